import { ArrayType, Embeddable, Property } from '@mikro-orm/core';

/**
 * The rating aggregate of one practice, stored on the practice row so lists and sorting by rating
 * need no extra query. Recomputed from the ratings, under a row lock, by every rating write.
 */
@Embeddable()
export class RatingAggregate {
  @Property({ type: 'integer' })
  count: number = 0;

  /** Mean score; 0 while nobody has rated (the API shows null then). Kept for sorting. */
  @Property({ type: 'double' })
  average: number = 0;

  /** How many ratings gave score 1, 2, 3, 4 and 5. */
  @Property({ type: new ArrayType<number>((item) => Number(item)), columnType: 'integer[]' })
  distribution: number[] = [0, 0, 0, 0, 0];

  @Property({ type: 'double', nullable: true })
  usefulness?: number;

  @Property({ type: 'double', nullable: true })
  transferability?: number;

  @Property({ type: 'double', nullable: true })
  observedEffect?: number;
}
