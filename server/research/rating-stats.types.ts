import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceLevel, Theme } from '../practices/vocabulary.js';

export enum RatingDimension {
  REGION = 'REGION',
  OFFICE = 'OFFICE',
  THEME = 'THEME',
  EVIDENCE_LEVEL = 'EVIDENCE_LEVEL',
  PRACTICE = 'PRACTICE',
  MONTH = 'MONTH',
}
registerEnumType(RatingDimension, { name: 'RatingDimension' });

@InputType({ description: 'Which ratings to count; every filter selects whole groups (regions, practices, months)' })
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

@ObjectType({ description: 'Ratings of one group. Fewer than 5 distinct raters, or a risk of working them out from other groups: suppressed, numbers null.' })
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

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Distinct raters' })
  raters!: number | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => Float, { nullable: true, description: 'Sample standard deviation of the scores' })
  stddev!: number | null;

  @Field(() => [Int], { nullable: true, description: 'How many gave 1, 2, 3, 4 and 5' })
  distribution!: number[] | null;
}
