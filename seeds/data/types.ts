import type { AdoptionStatus } from '../../server/adoptions/adoption-status.js';
import type { FidelityScale } from '../../server/adoptions/fidelity.js';
import type { Role } from '../../server/auth/role.js';
import type {
  EvidenceLevel,
  PracticeKind,
  PracticeStatus,
  StudyDesign,
  Responsibility,
  TargetGroup,
  Theme,
} from '../../server/practices/vocabulary.js';

export interface SeedRegion {
  /** County number, two digits. */
  code: string;
  name: string;
}

export interface SeedOffice {
  /** Four digits. */
  enhetsnummer: string;
  name: string;
  regionCode: string;
  municipalities: string[];
}

/** A measured effect, as OutcomeInput (see server/practices/practice.inputs.ts). */
export interface SeedOutcome {
  /** The label: the measure as the source names it (OutcomeInput.label). */
  indicator: string;
  /** The catalogue indicator (seeds/data/indicators.ts) it measures, only where it measures the same thing. */
  indicatorCode?: string;
  targetGroup?: TargetGroup;
  /** Which people the figures count, e.g. "deltakere i IPS-forsøket". */
  population?: string;
  followUpMonths?: number;
  value?: number;
  comparisonValue?: number;
  unit: string;
  /** Reported where the study gives no levels; otherwise derived from value − comparisonValue. */
  difference?: number;
  nResult?: number;
  nComparison?: number;
  significant?: boolean;
  design: StudyDesign;
  note?: string;
  /** The year of measurement. */
  year?: number;
  /** Where the figure comes from; absent only for demo data. */
  source?: string;
  /** The report itself, not a home page. */
  sourceUrl?: string;
  /** True for a made-up figure shown only as demo data. */
  demo?: boolean;
}

export interface SeedCost {
  perParticipantNok?: number;
  staffYearsPer100?: number;
  source: string;
  sourceUrl?: string;
  year?: number;
  demo?: boolean;
}

export interface SeedLink {
  title: string;
  url: string;
}

export interface SeedPractice {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  themes: Theme[];
  targetGroups: TargetGroup[];
  evidenceLevel: EvidenceLevel;
  status: PracticeStatus;
  responsibility: Responsibility;
  kind: PracticeKind;
  cost?: SeedCost;
  /** enhetsnummer of the office the practice comes from. */
  originOffice: string;
  outcomes: SeedOutcome[];
  links: SeedLink[];
  /** ISO date. */
  reviewDue?: string;
  /** ISO date the practice entered the catalogue. */
  createdAt: string;
}

export interface SeedAdoption {
  office: string;
  practice: string;
  status: AdoptionStatus;
  /** ISO date. */
  since: string;
  fidelity?: { scale: FidelityScale; score: number };
  /** The status changes that led here, oldest first; one step (none to status) when left out. */
  history?: { from: AdoptionStatus | null; to: AdoptionStatus; since: string; reason?: string; fidelity?: { scale: FidelityScale; score: number } }[];
}

export interface SeedUser {
  username: string;
  name: string;
  role: Role;
  /** enhetsnummer */
  office?: string;
  regionCode?: string;
}
