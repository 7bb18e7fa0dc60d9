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

@ObjectType({
  description:
    'One rating for research: a pseudonym instead of the person, no comment, no exact time. The export is ' +
    'k-anonymous in office, region and period: every combination of the three is shared by at least 5 raters. ' +
    'Where an office and month hold fewer, the row is generalised — the office left out (region only), then the ' +
    'month widened to its quarter, then to its year — and left out where even that is too few.',
})
export class RatingRecord {
  @Field(() => ID, { description: 'A row id of the export: stable, keyed, never the rating\'s id' })
  id!: string;

  @Field(() => String, { description: "Stable per rater (keyed hash); never the user's id" })
  raterPseudonym!: string;

  @Field(() => String)
  practiceSlug!: string;

  @Field(() => String, { nullable: true, description: "The rater's office when they rated (enhetsnummer); null where generalised to the region" })
  office!: string | null;

  @Field(() => String, { nullable: true, description: 'The office\'s region; null for ratings given without an office' })
  regionCode!: string | null;

  @Field(() => Int)
  score!: number;

  @Field(() => Int, { nullable: true })
  usefulness!: number | null;

  @Field(() => Int, { nullable: true })
  transferability!: number | null;

  @Field(() => Int, { nullable: true })
  observedEffect!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM when first rated; null where the period was widened (see period)' })
  month!: string | null;

  @Field(() => String, { description: 'When first rated, as finely as the export may say: YYYY-MM, YYYY-Qn or YYYY' })
  period!: string;

  @Field(() => TimeInterval, { description: 'How wide `period` is' })
  periodInterval!: TimeInterval;
}

export const RatingRecordConnection = ConnectionType('RatingRecord', RatingRecord);
