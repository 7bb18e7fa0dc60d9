import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AdoptionStatusCounts } from '../adoptions/adoption-counts.js';
import { AdoptionStatus } from '../adoptions/adoption-status.js';
import { OfficeType, RegionType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';

@ObjectType({ description: "How a practice spreads among the region's offices" })
export class PracticeSpread extends AdoptionStatusCounts {
  @Field(() => PracticeType)
  practice!: PracticeType;

  @Field(() => Int, { description: 'Offices that took it up (pilot or use) this quarter' })
  newThisQuarter!: number;
}

@ObjectType({ description: "A practice as rated by the region's people, against everyone's" })
export class RegionalRating {
  @Field(() => PracticeType)
  practice!: PracticeType;

  @Field(() => Float)
  regionAverage!: number;

  @Field(() => Int, { description: 'Distinct raters in the region; at least 5, or the practice is left out' })
  regionRaters!: number;

  @Field(() => Float)
  nationalAverage!: number;
}

@ObjectType()
export class AdoptionCell {
  @Field(() => ID)
  office!: string;

  @Field(() => ID)
  practiceId!: string;

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;
}

@ObjectType({ description: 'Offices × practices: which office has which practice in which status' })
export class AdoptionMatrix {
  @Field(() => [OfficeType])
  offices!: OfficeType[];

  @Field(() => [PracticeType])
  practices!: PracticeType[];

  @Field(() => [AdoptionCell])
  cells!: AdoptionCell[];
}

@ObjectType()
export class AdoptionMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: 'Adoptions (piloting or in use) that started that month' })
  started!: number;
}

@ObjectType()
export class RegionOverview {
  @Field(() => RegionType)
  region!: RegionType;

  @Field(() => [PracticeSpread], { description: 'Most used first' })
  spreading!: PracticeSpread[];

  @Field(() => [RegionalRating], { description: 'Best rated in the region first' })
  bestRated!: RegionalRating[];

  @Field(() => AdoptionMatrix)
  adoptionMatrix!: AdoptionMatrix;

  @Field(() => [PracticeType], { description: 'Practices from the region whose review date has passed' })
  overdueReviews!: PracticeType[];

  @Field(() => [AdoptionMonth], { description: 'The last 24 months, oldest first' })
  adoptionsByMonth!: AdoptionMonth[];
}
