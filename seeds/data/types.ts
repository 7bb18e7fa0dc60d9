import type { AdoptionStatus } from '../../server/adoptions/adoption-status.js';
import type { Role } from '../../server/auth/role.js';
import type {
  EvidenceLevel,
  PracticeStatus,
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

export interface SeedOutcome {
  indicator: string;
  value: number;
  unit: string;
  /** Which people the figure is a share of or counted among, e.g. "deltakere i IPS-gruppen (n=229)". */
  denominator?: string;
  /** The period the figure describes, e.g. "18 måneder etter oppstart" or "2015-kullet". */
  period: string;
  /** The year the figure was measured or published. */
  year?: number;
  /** Where the figure comes from; absent only for demo data. */
  source?: string;
  /** True for a made-up figure shown only as demo data. */
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
}

export interface SeedUser {
  username: string;
  name: string;
  role: Role;
  /** enhetsnummer */
  office?: string;
  regionCode?: string;
}
