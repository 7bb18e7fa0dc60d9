// The tables as the read path's query builder (Kysely) sees them. Migrations define them; this file
// follows. Columns with a default the writer may leave out are Generated.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** `date` columns come back as 'YYYY-MM-DD' (see read-db.ts). */
type LocalDate = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface RegionTable {
  code: string;
  name: string;
}

export interface OfficeTable {
  enhetsnummer: string;
  name: string;
  municipalities: string[];
  region_code: string;
}

export interface AppUserTable {
  id: string;
  subject: string;
  username: string | null;
  name: string;
  role: string;
  office_enhetsnummer: string | null;
  region_code: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StoredOutcome {
  /** The label: the measure as its source names it. */
  indicator: string;
  indicatorCode?: string | null;
  targetGroup?: string | null;
  population?: string | null;
  followUpMonths?: number | null;
  value?: number | null;
  comparisonValue?: number | null;
  unit: string;
  difference?: number | null;
  nResult?: number | null;
  nComparison?: number | null;
  significant?: boolean | null;
  design: string;
  note?: string | null;
  year?: number | null;
  source?: string | null;
  sourceUrl?: string | null;
  demo: boolean;
}

export interface StoredCost {
  perParticipantNok?: number | null;
  staffYearsPer100?: number | null;
  source: string;
  sourceUrl?: string | null;
  year?: number | null;
  demo: boolean;
}

export interface StoredLink {
  title: string;
  url: string;
}

export interface PracticeTable {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  themes: string[];
  target_groups: string[];
  evidence_level: string;
  status: Generated<string>;
  responsibility: Generated<string>;
  kind: Generated<string>;
  cost: Json<StoredCost | null>;
  origin_office_enhetsnummer: string;
  author_id: string | null;
  outcomes: Json<StoredOutcome[]>;
  links: Json<StoredLink[]>;
  review_due: LocalDate | null;
  rating_count: Generated<number>;
  rating_demo_count: Generated<number>;
  rating_average: Generated<number>;
  rating_distribution: number[];
  rating_usefulness: number | null;
  rating_transferability: number | null;
  rating_observed_effect: number | null;
  adoption_count: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Timestamp | null;
}

export interface RatingTable {
  id: string;
  practice_id: string;
  user_id: string;
  office_enhetsnummer: string | null;
  score: number;
  usefulness: number | null;
  transferability: number | null;
  observed_effect: number | null;
  comment: string | null;
  /** 0–255, given at insert, never changed: the cell key method's record key. */
  record_key: Generated<number>;
  demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One key per rater, 0–255, given with their first rating (migration rating_rollup). */
export interface RaterKeyTable {
  user_id: string;
  record_key: Generated<number>;
}

/** Per score 1–5: the number of ratings (n1…n5) and the sum of their record keys (key1…key5). */
interface ScoreBuckets {
  n1: number;
  n2: number;
  n3: number;
  n4: number;
  n5: number;
  key1: number;
  key2: number;
  key3: number;
  key4: number;
  key5: number;
}

/** Office × practice × month; office '' holds ratings without an office, month is the UTC month's first day. */
export interface RatingRollupTable extends ScoreBuckets {
  practice_id: string;
  month: LocalDate;
  office: string;
}

/** Office × month, with its distinct raters and the sum of their rater keys. */
export interface RatingRollupOfficeTable extends ScoreBuckets {
  month: LocalDate;
  office: string;
  raters: number;
  raters_key: number;
}

/** Office × month × user: the user's number of ratings there. */
export interface RatingRaterTable {
  month: LocalDate;
  user_id: string;
  office: string;
  n: number;
}

/** Month × user: how many offices the user rated from that month. */
export interface RatingRaterMonthTable {
  month: LocalDate;
  user_id: string;
  offices: number;
}

export interface AdoptionTable {
  id: string;
  practice_id: string;
  office_enhetsnummer: string;
  status: string;
  since: LocalDate;
  note: string | null;
  fidelity_score: number | null;
  fidelity_scale: string | null;
  demo: Generated<boolean>;
  updated_at: Timestamp;
}

/** Every status change of an adoption, the first one included (from_status null). */
export interface AdoptionEventTable {
  id: string;
  adoption_id: string;
  from_status: string | null;
  to_status: string;
  since: LocalDate;
  changed_at: Timestamp;
  changed_by_id: string | null;
  reason: string | null;
  note: string | null;
  fidelity_score: number | null;
  fidelity_scale: string | null;
  demo: Generated<boolean>;
}

export interface CollectionTable {
  id: string;
  region_code: string;
  title: string;
  description: Generated<string>;
  curator_id: string | null;
  published_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CollectionItemTable {
  id: string;
  collection_id: string;
  practice_id: string;
  position: number;
  note: Generated<string>;
}

export interface KnowledgeNeedTable {
  id: string;
  title: string;
  description: string;
  themes: string[];
  region_code: string;
  author_id: string | null;
  support_count: Generated<number>;
  answered_by_id: string | null;
  answered_at: Timestamp | null;
  created_at: Timestamp;
}

export interface KnowledgeNeedSupportTable {
  id: Generated<string>;
  need_id: string;
  user_id: string;
  created_at: Timestamp;
}

export interface SearchOutboxTable {
  id: Generated<string>;
  practice_id: string;
  reason: string;
  enqueued_at: Timestamp;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  task_uid: string | null;
  claimed_until: Timestamp | null;
  parked_at: Timestamp | null;
}

export interface SearchMissTable {
  id: Generated<string>;
  query: string;
  searched_at: Timestamp;
  role: string;
  region_code: string | null;
}

export interface PracticeSearchTable {
  practice_id: string;
  vector: string;
  words: string;
  region_codes: Generated<string[]>;
  text_hash: string;
  indexed_at: Generated<Timestamp>;
}

export interface IndicatorTable {
  code: string;
  name: string;
  description: string;
  owner: string;
  kind: string;
  unit: string;
  direction: string;
  themes: string[];
  target_groups: string[];
  source: string | null;
  note: string | null;
  position: number;
}

export interface OfficeIndicatorValueTable {
  indicator_code: string;
  /** The month's first day. */
  month: LocalDate;
  office_enhetsnummer: string;
  actual: number;
  expected: number;
  demo: Generated<boolean>;
  updated_at: Generated<Timestamp>;
}

/** Median actual value per indicator × month, for the country (region_code '') and each region. */
export interface IndicatorBenchmarkTable {
  indicator_code: string;
  month: LocalDate;
  region_code: string;
  median: number;
  offices: number;
}

export interface OfficeContextTable {
  office_enhetsnummer: string;
  municipalities: Json<{ name: string; population: number }[]>;
  population: number;
  centrality: number;
  employees: number;
  unemployment_rate: number;
  organisation: string;
  partnership_model: string;
  source: string | null;
  demo: Generated<boolean>;
}

/** The catalogue indicators a practice's outcomes name: kept by trigger from practice.outcomes. */
export interface PracticeOutcomeIndicatorTable {
  practice_id: string;
  indicator_code: string;
}

export interface Tables {
  region: RegionTable;
  office: OfficeTable;
  app_user: AppUserTable;
  practice: PracticeTable;
  rating: RatingTable;
  rater_key: RaterKeyTable;
  rating_rollup: RatingRollupTable;
  rating_rollup_office: RatingRollupOfficeTable;
  rating_rater: RatingRaterTable;
  rating_rater_month: RatingRaterMonthTable;
  adoption: AdoptionTable;
  adoption_event: AdoptionEventTable;
  collection: CollectionTable;
  collection_item: CollectionItemTable;
  knowledge_need: KnowledgeNeedTable;
  knowledge_need_support: KnowledgeNeedSupportTable;
  search_outbox: SearchOutboxTable;
  search_miss: SearchMissTable;
  practice_search: PracticeSearchTable;
  indicator: IndicatorTable;
  office_indicator_value: OfficeIndicatorValueTable;
  indicator_benchmark: IndicatorBenchmarkTable;
  office_context: OfficeContextTable;
  practice_outcome_indicator: PracticeOutcomeIndicatorTable;
}
