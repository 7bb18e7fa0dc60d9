import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdoptionStatusCounts } from '../adoptions/adoption-counts.js';
import { ConnectionType } from '../graphql/pagination.js';

export enum TimeInterval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(TimeInterval, { name: 'TimeInterval' });

@ObjectType({ description: 'Adoptions that started in a period, by their status now' })
export class AdoptionPeriod extends AdoptionStatusCounts {
  @Field(() => String, { description: 'First day of the period, YYYY-MM-DD' })
  period!: string;
}

@ObjectType({ description: 'One rating for research: a pseudonym instead of the person, no comment' })
export class RatingRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Stable per rater (keyed hash); never the user's id" })
  raterPseudonym!: string;

  @Field(() => String)
  practiceSlug!: string;

  @Field(() => String, { nullable: true, description: "The rater's office when they rated (enhetsnummer)" })
  office!: string | null;

  @Field(() => String, { nullable: true })
  regionCode!: string | null;

  @Field(() => Int)
  score!: number;

  @Field(() => Int, { nullable: true })
  usefulness!: number | null;

  @Field(() => Int, { nullable: true })
  transferability!: number | null;

  @Field(() => Int, { nullable: true })
  observedEffect!: number | null;

  @Field(() => String, { description: 'YYYY-MM when first rated' })
  month!: string;
}

export const RatingRecordConnection = ConnectionType('RatingRecord', RatingRecord);
