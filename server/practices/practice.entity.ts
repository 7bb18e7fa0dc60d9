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
import { EvidenceLevel, PracticeStatus, Responsibility, TargetGroup, Theme } from './vocabulary.js';

@Embeddable()
export class Outcome {
  @Property({ type: 'text' })
  indicator!: string;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'text' })
  unit!: string;

  @Property({ type: 'text', nullable: true })
  denominator?: string;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'integer', nullable: true })
  year?: number;

  @Property({ type: 'text', nullable: true })
  source?: string;

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
  [OptionalProps]?: 'themes' | 'targetGroups' | 'status' | 'responsibility' | 'outcomes' | 'links' | 'rating' | 'adoptionCount' | 'createdAt' | 'updatedAt';

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
