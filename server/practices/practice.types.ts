import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../graphql/pagination.js';
import { IndicatorType } from '../indicators/indicator.types.js';
import type { OfficeType } from '../offices/office.types.js';
import { EvidenceLevel, PracticeKind, PracticeStatus, Responsibility, StudyDesign, TargetGroup, Theme } from './vocabulary.js';

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

@ObjectType('Outcome', {
  description: 'A measured effect of a practice: result against comparison, for whom, after how long, how it was measured and where it comes from',
})
export class OutcomeType {
  @Field(() => String, { description: "The measure as its source names it; the catalogue indicator's name where the proposer gave none" })
  label!: string;

  @Field(() => IndicatorType, { nullable: true, description: 'The catalogue indicator it measures; null for a measure the catalogue does not have' })
  indicator!: IndicatorType | null;

  @Field(() => TargetGroup, { nullable: true })
  targetGroup?: TargetGroup | null;

  @Field(() => String, { nullable: true, description: 'Which people the figures count' })
  population?: string | null;

  @Field(() => Int, { nullable: true, description: 'Months from the start to the measurement' })
  followUpMonths?: number | null;

  @Field(() => Float, { nullable: true, description: 'The result in the group that got the practice' })
  value?: number | null;

  @Field(() => Float, { nullable: true, description: 'The result in the comparison group' })
  comparisonValue?: number | null;

  @Field(() => String, { description: 'Unit of value and comparisonValue, e.g. "%", "personer"' })
  unit!: string;

  @Field(() => Float, { nullable: true, description: 'value minus comparisonValue, or the difference the study reports' })
  difference?: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the difference: "prosentpoeng" where the unit is %' })
  differenceUnit?: string | null;

  @Field(() => Int, { nullable: true, description: 'Participants in the group that got the practice' })
  nResult?: number | null;

  @Field(() => Int, { nullable: true, description: 'Participants in the comparison group' })
  nComparison?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false where the study found no significant difference' })
  significant?: boolean | null;

  @Field(() => StudyDesign)
  design!: StudyDesign;

  @Field(() => String, { nullable: true, description: 'What else the reader must know to read the figure' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year of measurement' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'The citation: report, authors, year' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the report itself' })
  sourceUrl?: string | null;

  @Field(() => Boolean, { description: 'True for a made-up figure shown only as demo data' })
  demo!: boolean;
}

@ObjectType('PracticeCost', { description: 'What a practice costs, with its source' })
export class PracticeCostType {
  @Field(() => Int, { nullable: true, description: 'Cost per participant, NOK' })
  perParticipantNok?: number | null;

  @Field(() => Float, { nullable: true, description: 'Staff-years (årsverk) per 100 participants' })
  staffYearsPer100?: number | null;

  @Field(() => String)
  source!: string;

  @Field(() => String, { nullable: true })
  sourceUrl?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Boolean)
  demo!: boolean;
}

@ObjectType('EvidenceStrength', {
  description:
    'The research strand on a 1–5 scale, derived from the outcomes by the rule in the README (design, size, number of studies, consistency). ' +
    'Office experience (ratings) and user knowledge are separate strands and never part of it.',
})
export class EvidenceStrengthType {
  @Field(() => Int)
  score!: number;

  @Field(() => StudyDesign, { description: 'The strongest design among the outcomes' })
  design!: StudyDesign;

  @Field(() => Int, { description: 'Distinct studies (sources) with that design' })
  studies!: number;

  @Field(() => Int, { nullable: true, description: 'Participants in the largest of those studies' })
  participants!: number | null;

  @Field(() => Boolean, { description: 'Whether the studies point the same way at their longest follow-up' })
  consistent!: boolean;
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
  /** How many of the counted ratings are demo data. */
  demoCount: number;
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

@ObjectType('Practice', { description: 'A working practice shared between Nav offices' })
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

  @Field(() => PracticeKind)
  kind!: PracticeKind;

  @Field(() => PracticeCostType, { nullable: true })
  cost!: PracticeCostType | null;

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
