import { IsDateString, IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { AdoptionStatus } from './adoption-status.js';

@InputType()
export class SetAdoptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'practiceId is not a valid id' })
  practiceId!: string;

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Since when; today when left out' })
  @IsOptional()
  @IsDateString({ strict: true })
  since?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The office (enhetsnummer); the caller's own when left out. Directors may name an office in their region",
  })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'office must be an enhetsnummer of four digits' })
  office?: string | null;
}
