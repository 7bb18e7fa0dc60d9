// What ratingStats must answer, worked out from the ratings themselves with the perturbation
// table: the rule of the cell key method in a few lines, to check the answers from the rollups by.
// And the recount of the rollups that the rating writes keep.
import { MIN_RATERS } from '../../schema/limits.js';
import { perturbed } from '../../server/research/perturbation.js';

export type Dimension = 'REGION' | 'OFFICE' | 'THEME' | 'EVIDENCE_LEVEL' | 'PRACTICE' | 'MONTH';

export interface Filter {
  regionCodes?: string[];
  themes?: string[];
  evidenceLevels?: string[];
  practiceSlugs?: string[];
  fromMonth?: string;
  toMonth?: string;
}

export interface RawRating {
  region: string | null;
  office: string | null;
  month: string;
  slug: string;
  themes: string[];
  evidence: string;
  user: string;
  score: number;
  key: number;
  raterKey: number;
}

export interface Group {
  regionCode: string | null;
  office: string | null;
  theme: string | null;
  evidenceLevel: string | null;
  practiceSlug: string | null;
  month: string | null;
  suppressed: boolean;
  perturbed: boolean;
  raters: number | null;
  count: number | null;
  distribution: number[] | null;
}

/** Every rating with what ratingStats groups and filters by, its record key and its rater's key. */
export const ALL_RAW_RATINGS_SQL = `select o.region_code as region, r.office_enhetsnummer as office,
    to_char(r.created_at at time zone 'UTC', 'YYYY-MM') as month, p.slug, p.themes, p.evidence_level as evidence,
    r.user_id as "user", r.score, r.record_key as key, k.record_key as "raterKey"
  from rating r join practice p on p.id = r.practice_id left join office o on o.enhetsnummer = r.office_enhetsnummer
    join rater_key k on k.user_id = r.user_id`;

/** The ratings ratingStats counts by default: demo ratings left out. */
export const RAW_RATINGS_SQL = `${ALL_RAW_RATINGS_SQL} where not r.demo`;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function inFilter(rating: RawRating, filter: Filter): boolean {
  const within = (list: string[] | undefined, value: string | null) => !list?.length || (value !== null && list.includes(value));
  return (
    within(filter.regionCodes, rating.region) &&
    (!filter.themes?.length || rating.themes.some((theme) => filter.themes!.includes(theme))) &&
    within(filter.evidenceLevels, rating.evidence) &&
    within(filter.practiceSlugs, rating.slug) &&
    (!filter.fromMonth || rating.month >= filter.fromMonth) &&
    (!filter.toMonth || rating.month <= filter.toMonth)
  );
}

/** A stable order of groups by their keys, to compare answers whatever order they come in. */
export const byKeys = (a: Group, b: Group) => {
  const keys = (g: Group) => JSON.stringify([g.regionCode, g.office, g.theme, g.evidenceLevel, g.practiceSlug, g.month]);
  return keys(a) < keys(b) ? -1 : keys(a) > keys(b) ? 1 : 0;
};

/**
 * The groups ratingStats must answer: under MIN_RATERS distinct raters suppressed; otherwise each
 * score's count plus the table's perturbation for the sum of its ratings' keys, and the raters plus
 * the perturbation for the sum of their rater keys (with PRACTICE, the released count).
 */
export function expectedStats(ratings: RawRating[], groupBy: Dimension[], filter: Filter = {}): Group[] {
  const cells = new Map<string, { values: Record<Dimension, string | null>; ratings: RawRating[] }>();
  for (const rating of ratings.filter((r) => inFilter(r, filter))) {
    for (const theme of groupBy.includes('THEME') ? new Set(rating.themes) : [null]) {
      const values = { REGION: rating.region, OFFICE: rating.office, THEME: theme, EVIDENCE_LEVEL: rating.evidence, PRACTICE: rating.slug, MONTH: rating.month };
      const key = JSON.stringify(groupBy.map((dim) => values[dim]));
      (cells.get(key) ?? cells.set(key, { values, ratings: [] }).get(key)!).ratings.push(rating);
    }
  }
  return [...cells.values()].map(({ values, ratings: inCell }) => released(groupBy, values, inCell)).sort(byKeys);
}

function released(groupBy: Dimension[], values: Record<Dimension, string | null>, ratings: RawRating[]): Group {
  const of = (dim: Dimension) => (groupBy.includes(dim) ? values[dim] : null);
  const cell = { regionCode: of('REGION'), office: of('OFFICE'), theme: of('THEME'), evidenceLevel: of('EVIDENCE_LEVEL'), practiceSlug: of('PRACTICE'), month: of('MONTH') };
  const raters = new Map(ratings.map((r) => [r.user, r.raterKey]));
  if (raters.size < MIN_RATERS) return { ...cell, suppressed: true, perturbed: false, raters: null, count: null, distribution: null };
  const distribution = [1, 2, 3, 4, 5].map((score) => {
    const given = ratings.filter((r) => r.score === score);
    return perturbed(given.length, sum(given.map((r) => r.key)));
  });
  const count = sum(distribution);
  const releasedRaters = groupBy.includes('PRACTICE') ? count : perturbed(raters.size, sum([...raters.values()]));
  return { ...cell, suppressed: false, perturbed: true, raters: releasedRaters, count, distribution };
}

const MONTH = `date_trunc('month', created_at at time zone 'UTC')::date`;
/** The rollups count real ratings only (migration evidence_model). */
const RATINGS = `(select * from rating where not demo) rating`;
const OFFICE = `coalesce(office_enhetsnummer, '')`;
const BUCKETS = [
  ...[1, 2, 3, 4, 5].map((s) => `count(*) filter (where score = ${s})::int as n${s}`),
  ...[1, 2, 3, 4, 5].map((s) => `coalesce(sum(record_key) filter (where score = ${s}), 0)::int as key${s}`),
].join(', ');
const BUCKET_NAMES = [1, 2, 3, 4, 5].map((s) => `n${s}`).concat([1, 2, 3, 4, 5].map((s) => `key${s}`)).join(', ');

/** Each rollup table's columns, and the same worked out from the ratings. */
export const ROLLUP_RECOUNTS: Record<string, { columns: string; recount: string }> = {
  rating_rollup: {
    columns: `practice_id, month, office, ${BUCKET_NAMES}`,
    recount: `select practice_id, ${MONTH}, ${OFFICE}, ${BUCKETS} from ${RATINGS} group by 1, 2, 3`,
  },
  rating_rollup_office: {
    columns: `month, office, ${BUCKET_NAMES}, raters, raters_key`,
    recount: `select month, office, ${BUCKET_NAMES}, raters, raters_key
      from (select ${MONTH} as month, ${OFFICE} as office, ${BUCKETS} from ${RATINGS} group by 1, 2) s
      join (select month, office, count(*)::int as raters, sum(k.record_key)::int as raters_key
            from (select distinct ${MONTH} as month, ${OFFICE} as office, user_id from ${RATINGS}) u join rater_key k using (user_id)
            group by 1, 2) r using (month, office)`,
  },
  rating_rater: {
    columns: 'month, user_id, office, n',
    recount: `select ${MONTH}, user_id, ${OFFICE}, count(*)::int from ${RATINGS} group by 1, 2, 3`,
  },
  rating_rater_month: {
    columns: 'month, user_id, offices',
    recount: `select ${MONTH}, user_id, count(distinct ${OFFICE})::int from ${RATINGS} group by 1, 2`,
  },
};

/** Rows in a rollup table and not in its recount, or the other way round. */
export const driftSql = (table: string) => {
  const { columns, recount } = ROLLUP_RECOUNTS[table];
  return `select count(*)::int as n from ((select ${columns} from ${table} except all ${recount})
    union all (${recount} except all select ${columns} from ${table})) d`;
};
