import {
  Check,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Office } from '../offices/office.entity.js';
import { User } from '../users/user.entity.js';
import { RatingAggregate } from '../ratings/rating-aggregate.embeddable.js';
import { EvidenceLevel, PracticeKind, PracticeStatus, Responsibility, StudyDesign, TargetGroup, Theme } from './vocabulary.js';

/**
 * A measured effect: result against comparison, for whom, after how long, how measured, from where.
 * Stored in the practice's JSON with camelCase keys (fieldName), as the read path and migration
 * evidence_model write them.
 */
@Embeddable()
export class Outcome {
  /** The measure as its source names it (the API's `label`); kept under its first key for the data written since. */
  @Property({ type: 'text' })
  indicator!: string;

  /**
   * The catalogue indicator it measures, where one does; research measures often have none. The
   * foreign key is practice_outcome_indicator's, kept by trigger (migration outcome_indicators).
   */
  @Property({ fieldName: 'indicatorCode', type: 'text', nullable: true })
  indicatorCode?: string;

  @Enum({ fieldName: 'targetGroup', items: () => TargetGroup, nullable: true })
  targetGroup?: TargetGroup;

  /** Which people the figures count, e.g. "deltakere i IPS-forsøket (n=410)". */
  @Property({ type: 'text', nullable: true })
  population?: string;

  @Property({ fieldName: 'followUpMonths', type: 'integer', nullable: true })
  followUpMonths?: number;

  @Property({ type: 'double', nullable: true })
  value?: number;

  @Property({ fieldName: 'comparisonValue', type: 'double', nullable: true })
  comparisonValue?: number;

  @Property({ type: 'text' })
  unit!: string;

  /** Result minus comparison; percentage points where the unit is %. */
  @Property({ type: 'double', nullable: true })
  difference?: number;

  @Property({ fieldName: 'nResult', type: 'integer', nullable: true })
  nResult?: number;

  @Property({ fieldName: 'nComparison', type: 'integer', nullable: true })
  nComparison?: number;

  @Property({ type: 'boolean', nullable: true })
  significant?: boolean;

  @Enum({ items: () => StudyDesign })
  design!: StudyDesign;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ type: 'integer', nullable: true })
  year?: number;

  @Property({ type: 'text', nullable: true })
  source?: string;

  /** The report itself, not a home page. */
  @Property({ fieldName: 'sourceUrl', type: 'text', nullable: true })
  sourceUrl?: string;

  @Property({ type: 'boolean' })
  demo: boolean = false;
}

/** What a practice costs, with where the figures come from. */
@Embeddable()
export class PracticeCost {
  @Property({ fieldName: 'perParticipantNok', type: 'integer', nullable: true })
  perParticipantNok?: number;

  @Property({ fieldName: 'staffYearsPer100', type: 'double', nullable: true })
  staffYearsPer100?: number;

  @Property({ type: 'text' })
  source!: string;

  @Property({ fieldName: 'sourceUrl', type: 'text', nullable: true })
  sourceUrl?: string;

  @Property({ type: 'integer', nullable: true })
  year?: number;

  @Property({ type: 'boolean' })
  demo: boolean = false;
}

@Embeddable()
export class PracticeLink {
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  url!: string;
}

@Entity({ tableName: 'practice' })
@Index({ properties: ['status', 'title', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['status', 'rating.average', 'id'] })
@Index({ properties: ['status', 'adoptionCount', 'id'] })
@Index({ name: 'practice_rating_version_index', properties: ['rating.version'] })
@Check({ name: 'practice_title_not_blank', expression: `btrim(title) <> ''` })
@Check({ name: 'practice_rating_distribution_has_five', expression: `cardinality(rating_distribution) = 5` })
export class Practice {
  [OptionalProps]?: 'themes' | 'targetGroups' | 'status' | 'responsibility' | 'kind' | 'outcomes' | 'links' | 'rating' | 'adoptionCount' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text' })
  description!: string;

  @Index({ type: 'gin' })
  @Enum({ items: () => Theme, array: true })
  themes: Theme[] = [];

  @Index({ type: 'gin' })
  @Enum({ items: () => TargetGroup, array: true })
  targetGroups: TargetGroup[] = [];

  @Index()
  @Enum({ items: () => EvidenceLevel })
  evidenceLevel!: EvidenceLevel;

  @Enum({ items: () => PracticeStatus })
  status: PracticeStatus = PracticeStatus.DRAFT;

  @Enum({ items: () => Responsibility })
  responsibility: Responsibility = Responsibility.STATE;

  @Enum({ items: () => PracticeKind })
  kind: PracticeKind = PracticeKind.LOCAL;

  @Index()
  @ManyToOne(() => Office, { ref: true, deleteRule: 'restrict' })
  originOffice!: Ref<Office>;

  /** Who proposed it; null for the seed catalogue. Never exposed to researchers. */
  @Index()
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<User>;

  @Embedded(() => Outcome, { array: true })
  outcomes: Outcome[] = [];

  @Embedded(() => PracticeLink, { array: true })
  links: PracticeLink[] = [];

  @Embedded(() => PracticeCost, { object: true, nullable: true })
  cost?: PracticeCost | null;

  @Property({ type: 'date', nullable: true })
  reviewDue?: string;

  @Embedded(() => RatingAggregate, { prefix: 'rating_' })
  rating: RatingAggregate = new RatingAggregate();

  /** Offices piloting or using the practice; kept in step with adoptions. */
  @Property({ type: 'integer' })
  adoptionCount: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt?: Date;
}
