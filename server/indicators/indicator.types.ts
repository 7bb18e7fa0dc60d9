import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { OfficeType, RegionType } from '../offices/office.types.js';
import { INDICATOR_LIMITS } from '../../schema/limits.js';
import type { PracticeType } from '../practices/practice.types.js';
import { TargetGroup, Theme } from '../practices/vocabulary.js';
import { IndicatorDirection, IndicatorKind, IndicatorOwner, IndicatorUnit } from './indicator-vocabulary.js';

@ObjectType('Indicator', { description: 'A result indicator an office partnership steers by' })
export class IndicatorType {
  @Field(() => ID)
  code!: string;

  @Field(() => String, { description: 'Bokmål' })
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => IndicatorOwner)
  owner!: IndicatorOwner;

  @Field(() => IndicatorKind, { description: 'OUTCOME indicators rank offices ("who does best"); ACTIVITY indicators only describe' })
  kind!: IndicatorKind;

  @Field(() => IndicatorUnit)
  unit!: IndicatorUnit;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;

  @Field(() => [Theme])
  themes!: Theme[];

  @Field(() => [TargetGroup])
  targetGroups!: TargetGroup[];

  @Field(() => String, { nullable: true, description: 'Where the indicator is defined; null when it is given as an example' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'A plain note, e.g. that the indicator is an example' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'The first month with values, YYYY-MM' })
  firstMonth!: string | null;

  @Field(() => String, { nullable: true, description: 'The last month with values, YYYY-MM' })
  lastMonth!: string | null;
}

@ObjectType({ description: "One month of an office's indicator" })
export class ScorecardMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Float)
  actual!: number;

  @Field(() => Float, { description: "What the office's local conditions predict" })
  expected!: number;

  @Field(() => Float, { description: 'actual − expected; whether that is good depends on the direction' })
  difference!: number;

  @Field(() => Float, { nullable: true, description: "The median actual value of the region's offices that month" })
  regionMedian!: number | null;

  @Field(() => Float, { nullable: true, description: "The median actual value of the country's offices that month" })
  countryMedian!: number | null;

  @Field(() => Boolean, { description: 'True for made-up demo values' })
  demo!: boolean;
}

@ObjectType({ description: "An indicator on an office's scorecard, month by month" })
export class ScorecardIndicator {
  @Field(() => IndicatorType)
  indicator!: IndicatorType;

  @Field(() => [ScorecardMonth], { description: 'The months of the period with a value, oldest first' })
  months!: ScorecardMonth[];
}

@ObjectType({ description: "An office's scorecard (målekort) over a period" })
export class OfficeScorecard {
  /** The office, with its region. */
  office!: OfficeType;

  @Field(() => String, { description: 'YYYY-MM' })
  from!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  to!: string;

  @Field(() => [ScorecardIndicator], { description: 'Every indicator, in scorecard order; months empty where the office has no values' })
  indicators!: ScorecardIndicator[];
}

@ObjectType({ description: 'A practice a leading office pilots or uses, and how many others in its region do' })
export class LeaderPractice {
  practiceId!: string;

  @Field(() => Int, { description: 'Other offices of the region that pilot or use it' })
  othersInRegionUsing!: number;

  @Field(() => Int, { description: 'Other offices in the region' })
  othersInRegion!: number;
}

@ObjectType({ description: 'An office in a ranking on an outcome indicator' })
export class IndicatorLeader {
  @Field(() => Int, { description: '1 is best; offices with the same score share a rank' })
  rank!: number;

  /** The office, with its region. */
  office!: OfficeType;

  @Field(() => Int, { description: 'Months of the period with a value' })
  months!: number;

  @Field(() => Float)
  meanActual!: number;

  @Field(() => Float)
  meanExpected!: number;

  @Field(() => Float, {
    description: 'How much better than expected on average, in the indicator\'s unit: (actual − expected), negated where lower is better. What ranks',
  })
  advantage!: number;

  @Field(() => Boolean, { description: 'True when any of its values are made-up demo values' })
  demo!: boolean;

  @Field(() => [LeaderPractice], { description: `Published practices the office pilots or uses, those fewest others in its region use first; at most ${INDICATOR_LIMITS.practicesPerLeader}` })
  practices!: LeaderPractice[];
}

@ObjectType({
  description:
    'Offices ranked on an OUTCOME indicator by how far their actual values beat what their local conditions predict (actual minus expected), over a period. Descriptive: it says where results are better than expected, not why',
})
export class IndicatorLeaders {
  @Field(() => IndicatorType)
  indicator!: IndicatorType;

  /** Null: the whole country. */
  region!: RegionType | null;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Int, { description: 'Offices need values for at least this many months of the period to be ranked' })
  minMonths!: number;

  @Field(() => Int, { description: 'Offices ranked, all of them (the list holds the first few)' })
  rankedOffices!: number;

  @Field(() => [IndicatorLeader])
  leaders!: IndicatorLeader[];
}

@ObjectType({ description: 'Offices on one side of a comparison' })
export class ComparisonGroup {
  @Field(() => Int)
  offices!: number;

  @Field(() => Float, { nullable: true, description: "The median of the offices' mean (actual − expected) over the period; null without offices" })
  medianDifference!: number | null;
}

@ObjectType({
  description:
    'Offices that pilot or use a practice against those that do not, on one indicator: the median of actual minus expected. Descriptive, not causal: offices that take up a practice may differ in other ways',
})
export class IndicatorComparison {
  @Field(() => IndicatorType)
  indicator!: IndicatorType;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => ComparisonGroup, { description: 'Offices piloting or using the practice now' })
  using!: ComparisonGroup;

  @Field(() => ComparisonGroup)
  notUsing!: ComparisonGroup;

  @Field(() => Boolean, { description: 'True when the values compared include made-up demo values' })
  demo!: boolean;
}

@ObjectType({ description: 'What an import of indicator values did' })
export class IndicatorImportResult {
  @Field(() => Int, { description: 'Rows read, the header not counted' })
  rows!: number;

  @Field(() => Int, { description: 'Values that were new' })
  inserted!: number;

  @Field(() => Int, { description: 'Values that replaced different ones (demo values included)' })
  updated!: number;

  @Field(() => Int, { description: 'Values that were already there as given: importing a file twice changes nothing' })
  unchanged!: number;

  @Field(() => Int)
  offices!: number;

  @Field(() => Int)
  indicators!: number;

  @Field(() => String, { nullable: true, description: 'The first month in the file, YYYY-MM' })
  firstMonth!: string | null;

  @Field(() => String, { nullable: true })
  lastMonth!: string | null;
}

export type { PracticeType };
