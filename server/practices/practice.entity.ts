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
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Office } from '../offices/office.entity.js';
import { User } from '../users/user.entity.js';
import { RatingAggregate } from '../ratings/rating-aggregate.embeddable.js';
import { EvidenceLevel, PracticeStatus, Responsibility, TargetGroup, Theme } from './vocabulary.js';

@ObjectType({ description: 'A measured result of a practice, always with what it counts and when' })
@Embeddable()
export class Outcome {
  @Field(() => String)
  @Property({ type: 'text' })
  indicator!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  value!: number;

  @Field(() => String, { description: 'e.g. "%", "prosentpoeng", "deltakere"' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Whom the figure is a share of' })
  @Property({ type: 'text', nullable: true })
  denominator?: string;

  @Field(() => String, { description: 'The period the figure describes' })
  @Property({ type: 'text' })
  period!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from' })
  @Property({ type: 'text', nullable: true })
  source?: string;

  @Field(() => Boolean, { description: 'True for a made-up figure shown only as demo data' })
  @Property({ type: 'boolean' })
  demo: boolean = false;
}

@ObjectType({ description: 'A link to an evaluation, report or guide' })
@Embeddable()
export class PracticeLink {
  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;
}

@ObjectType({ description: 'A working practice shared between NAV offices' })
@Entity({ tableName: 'practice' })
@Index({ properties: ['status', 'title', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['status', 'rating.average', 'id'] })
@Index({ properties: ['status', 'adoptionCount', 'id'] })
@Check({ name: 'practice_title_not_blank', expression: `btrim(title) <> ''` })
@Check({ name: 'practice_rating_distribution_has_five', expression: `cardinality(rating_distribution) = 5` })
export class Practice {
  [OptionalProps]?: 'themes' | 'targetGroups' | 'status' | 'responsibility' | 'outcomes' | 'links' | 'rating' | 'adoptionCount' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'Markdown; render it sanitised' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [Theme])
  @Index({ type: 'gin' })
  @Enum({ items: () => Theme, array: true })
  themes: Theme[] = [];

  @Field(() => [TargetGroup])
  @Index({ type: 'gin' })
  @Enum({ items: () => TargetGroup, array: true })
  targetGroups: TargetGroup[] = [];

  @Field(() => EvidenceLevel)
  @Index()
  @Enum({ items: () => EvidenceLevel })
  evidenceLevel!: EvidenceLevel;

  @Field(() => PracticeStatus)
  @Enum({ items: () => PracticeStatus })
  status: PracticeStatus = PracticeStatus.DRAFT;

  @Field(() => Responsibility)
  @Enum({ items: () => Responsibility })
  responsibility: Responsibility = Responsibility.STATE;

  @Index()
  @ManyToOne(() => Office, { ref: true, deleteRule: 'restrict' })
  originOffice!: Ref<Office>;

  /** Who proposed it; null for the seed catalogue. Never exposed to researchers. */
  @Index()
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<User>;

  @Field(() => [Outcome])
  @Embedded(() => Outcome, { array: true })
  outcomes: Outcome[] = [];

  @Field(() => [PracticeLink])
  @Embedded(() => PracticeLink, { array: true })
  links: PracticeLink[] = [];

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the practice should be reviewed' })
  @Property({ type: 'date', nullable: true })
  reviewDue?: string;

  @Embedded(() => RatingAggregate, { prefix: 'rating_' })
  rating: RatingAggregate = new RatingAggregate();

  /** Offices piloting or using the practice; kept in step with adoptions. */
  @Field(() => Int, { description: 'How many offices pilot or use the practice' })
  @Property({ type: 'integer' })
  adoptionCount: number = 0;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt?: Date;
}
