import { ArrayType, Embeddable, Property } from '@mikro-orm/core';

/**
 * The rating aggregate of one practice, stored on the practice row so lists and sorting by rating
 * need no extra query. Kept by delta by triggers on `rating` (see the migration
 * aggregates_by_delta): the app never writes it.
 */
@Embeddable()
export class RatingAggregate {
  @Property({ type: 'integer' })
  count: number = 0;

  /** How many of the counted ratings are made-up demo data. */
  @Property({ type: 'integer' })
  demoCount: number = 0;

  /** Taken from a sequence at every change, so changes can be followed in order. */
  @Property({ type: 'bigint', columnType: 'bigint', defaultRaw: '0' })
  version?: string;

  @Property({ type: 'integer' })
  sum: number = 0;

  /** Mean score; 0 while nobody has rated (the API shows null then). Kept for sorting. */
  @Property({ type: 'double' })
  average: number = 0;

  /** How many ratings gave score 1, 2, 3, 4 and 5. */
  @Property({ type: new ArrayType<number>((item) => Number(item)), columnType: 'integer[]' })
  distribution: number[] = [0, 0, 0, 0, 0];

  @Property({ type: 'double', nullable: true })
  usefulness?: number;

  @Property({ type: 'integer' })
  usefulnessSum: number = 0;

  @Property({ type: 'integer' })
  usefulnessCount: number = 0;

  @Property({ type: 'double', nullable: true })
  transferability?: number;

  @Property({ type: 'integer' })
  transferabilitySum: number = 0;

  @Property({ type: 'integer' })
  transferabilityCount: number = 0;

  @Property({ type: 'double', nullable: true })
  observedEffect?: number;

  @Property({ type: 'integer' })
  observedEffectSum: number = 0;

  @Property({ type: 'integer' })
  observedEffectCount: number = 0;
}
