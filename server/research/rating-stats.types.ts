import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceLevel, Theme } from '../practices/vocabulary.js';
import { RatingDimension } from './rating-dimension.js';

export { RatingDimension };
registerEnumType(RatingDimension, { name: 'RatingDimension' });

@InputType({ description: 'Which ratings to count: every filter given must hold; a list holds for any of its values' })
export class RatingStatsFilter {
  @Field(() => [String], { nullable: true })
  regionCodes?: string[];

  @Field(() => [Theme], { nullable: true })
  themes?: Theme[];

  @Field(() => [EvidenceLevel], { nullable: true })
  evidenceLevels?: EvidenceLevel[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  practiceSlugs?: string[];

  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'fromMonth must be YYYY-MM' })
  fromMonth?: string;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'toMonth must be YYYY-MM' })
  toMonth?: string;
}

// Plain fields without middleware (no field here has any): an answer has thousands of groups.
@ObjectType({
  simpleResolvers: true,
  description:
    'Ratings of one group. Fewer than 5 distinct raters: suppressed, numbers null. Otherwise the numbers are perturbed by the cell key method ' +
    '(README "For researchers"): each score\'s count by at most ±2, the same group always the same way, so that the difference of two answers is noise, not a person.',
})
export class RatingStatsGroup {
  @Field(() => String, { nullable: true })
  regionCode!: string | null;

  @Field(() => String, { nullable: true })
  office!: string | null;

  @Field(() => Theme, { nullable: true })
  theme!: Theme | null;

  @Field(() => EvidenceLevel, { nullable: true })
  evidenceLevel!: EvidenceLevel | null;

  @Field(() => String, { nullable: true })
  practiceSlug!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month!: string | null;

  @Field(() => Boolean, { description: 'Fewer than 5 distinct raters: the numbers are null' })
  suppressed!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether the numbers went through the cell key method: true for every group released. It never says whether a number was changed, ' +
      'as that would make the difference of two answers exact again.',
  })
  perturbed!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Distinct raters, perturbed by at most ±2 from the raters\' keys; with PRACTICE among the dimensions the same as count',
  })
  raters!: number | null;

  @Field(() => Int, { nullable: true, description: 'Ratings: the sum of the perturbed distribution' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score of the perturbed distribution; null if it holds no ratings' })
  average!: number | null;

  @Field(() => Float, { nullable: true, description: 'Sample standard deviation of the perturbed distribution; null below 2 ratings' })
  stddev!: number | null;

  @Field(() => [Int], { nullable: true, description: 'How many gave 1, 2, 3, 4 and 5, each perturbed by at most ±2 and never below 0' })
  distribution!: number[] | null;
}
