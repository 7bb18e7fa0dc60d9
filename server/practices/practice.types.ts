import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../graphql/pagination.js';
import type { OfficeType } from '../offices/office.types.js';
import { EvidenceLevel, PracticeStatus, Responsibility, TargetGroup, Theme } from './vocabulary.js';

export enum PracticeOrder {
  TITLE = 'TITLE',
  NEWEST = 'NEWEST',
  RATING = 'RATING',
  ADOPTIONS = 'ADOPTIONS',
}

registerEnumType(PracticeOrder, {
  name: 'PracticeOrder',
  valuesConfig: {
    TITLE: { description: 'Alphabetical by title' },
    NEWEST: { description: 'Newest in the catalogue first' },
    RATING: { description: 'Highest average rating first' },
    ADOPTIONS: { description: 'Most offices piloting or using it first' },
  },
});

@ObjectType('Outcome', { description: 'A measured result of a practice, always with what it counts and when' })
export class OutcomeType {
  @Field(() => String)
  indicator!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { description: 'e.g. "%", "prosentpoeng", "deltakere"' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Whom the figure is a share of' })
  denominator?: string | null;

  @Field(() => String, { description: 'The period the figure describes' })
  period!: string;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from' })
  source?: string | null;

  @Field(() => Boolean, { description: 'True for a made-up figure shown only as demo data' })
  demo!: boolean;
}

@ObjectType('PracticeLink', { description: 'A link to an evaluation, report or guide' })
export class PracticeLinkType {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  url!: string;
}

/** A practice's rating aggregate as stored on its row. */
export interface StoredRatingAggregate {
  count: number;
  /** 0 while nobody has rated. */
  average: number;
  distribution: number[];
  usefulness: number | null;
  transferability: number | null;
  observedEffect: number | null;
}

/** The long texts of a practice, read only when asked for. */
export interface PracticeDetails {
  description: string;
  outcomes: OutcomeType[];
  links: PracticeLinkType[];
}

@ObjectType('Practice', { description: 'A working practice shared between NAV offices' })
export class PracticeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => [Theme])
  themes!: Theme[];

  @Field(() => [TargetGroup])
  targetGroups!: TargetGroup[];

  @Field(() => EvidenceLevel)
  evidenceLevel!: EvidenceLevel;

  @Field(() => PracticeStatus)
  status!: PracticeStatus;

  @Field(() => Responsibility)
  responsibility!: Responsibility;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the practice should be reviewed' })
  reviewDue!: string | null;

  @Field(() => Int, { description: 'How many offices pilot or use the practice' })
  adoptionCount!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last published; null if it never was (then, archived or not, only those who may see drafts see it)' })
  publishedAt!: Date | null;

  /** The office it comes from, with its region. */
  originOffice!: OfficeType;

  /** Who proposed it; null for the seed catalogue. Never exposed. */
  authorId!: string | null;

  rating!: StoredRatingAggregate;

  /** Present when the query read the long texts; otherwise a loader reads them. */
  details?: PracticeDetails;
}

@ObjectType({ description: 'What the viewer may do with a practice now' })
export class PracticeViewerCan {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean)
  publish!: boolean;

  @Field(() => Boolean)
  archive!: boolean;

  @Field(() => Boolean)
  rate!: boolean;

  @Field(() => Boolean, { description: 'Record what an office does with it' })
  adopt!: boolean;
}

export const PracticeConnection = ConnectionType('Practice', PracticeType);
