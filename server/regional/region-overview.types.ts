import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AdoptionStatusCounts } from '../adoptions/adoption-counts.js';
import { AdoptionStatus } from '../adoptions/adoption-status.js';
import { Office } from '../offices/office.entity.js';
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';

@ObjectType({ description: "How a practice spreads among the region's offices" })
export class PracticeSpread extends AdoptionStatusCounts {
  @Field(() => Practice)
  practice!: Practice;

  @Field(() => Int, { description: 'Offices that took it up (pilot or use) this quarter' })
  newThisQuarter!: number;
}

@ObjectType({ description: "A practice as rated by the region's people, against everyone's" })
export class RegionalRating {
  @Field(() => Practice)
  practice!: Practice;

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
  @Field(() => [Office])
  offices!: Office[];

  @Field(() => [Practice])
  practices!: Practice[];

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
  @Field(() => Region)
  region!: Region;

  @Field(() => [PracticeSpread], { description: 'Most used first' })
  spreading!: PracticeSpread[];

  @Field(() => [RegionalRating], { description: 'Best rated in the region first' })
  bestRated!: RegionalRating[];

  @Field(() => AdoptionMatrix)
  adoptionMatrix!: AdoptionMatrix;

  @Field(() => [Practice], { description: 'Practices from the region whose review date has passed' })
  overdueReviews!: Practice[];

  @Field(() => [AdoptionMonth], { description: 'The last 24 months, oldest first' })
  adoptionsByMonth!: AdoptionMonth[];
}
