import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { StoredRatingAggregate } from '../practices/practice.types.js';

@ObjectType({ description: 'Average of each optional dimension, over the ratings that scored it' })
export class RatingDimensions {
  @Field(() => Float, { nullable: true })
  usefulness!: number | null;

  @Field(() => Float, { nullable: true })
  transferability!: number | null;

  @Field(() => Float, { nullable: true })
  observedEffect!: number | null;
}

@ObjectType()
export class RatingSummary {
  @Field(() => Float, { nullable: true, description: 'Mean score; null while nobody has rated' })
  average!: number | null;

  @Field(() => Int, { description: 'How many ratings the summary counts, demo ratings included' })
  count!: number;

  @Field(() => Int, { description: 'How many of the counted ratings are made-up demo data' })
  demoCount!: number;

  @Field(() => [Int], { description: 'How many gave score 1, 2, 3, 4 and 5, in that order' })
  distribution!: number[];

  @Field(() => RatingDimensions)
  dimensions!: RatingDimensions;
}

export function presentRatingSummary(aggregate: StoredRatingAggregate): RatingSummary {
  return {
    average: aggregate.count > 0 ? aggregate.average : null,
    count: aggregate.count,
    demoCount: aggregate.demoCount,
    distribution: aggregate.distribution,
    dimensions: {
      usefulness: aggregate.usefulness ?? null,
      transferability: aggregate.transferability ?? null,
      observedEffect: aggregate.observedEffect ?? null,
    },
  };
}
