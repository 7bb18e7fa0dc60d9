import { IsDateString, IsNumber, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ADOPTION_LIMITS as L } from '../../schema/limits.js';
import { FidelityScale } from './fidelity.js';
import { LocalDateResolver } from 'graphql-scalars';
import { AdoptionStatus } from './adoption-status.js';

@InputType({ description: 'A fidelity score on its scale, e.g. IPS-25 (25–125)' })
export class FidelityInput {
  @Field(() => FidelityScale)
  scale!: FidelityScale;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;
}

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

  @Field(() => String, { nullable: true, description: 'Why the office stopped; required with DISCONTINUED' })
  @IsOptional()
  @MaxLength(L.reasonMax)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'How the office works with it; for a statutory practice, what the adoption records' })
  @IsOptional()
  @MaxLength(L.noteMax)
  note?: string | null;

  @Field(() => FidelityInput, { nullable: true, description: 'The latest fidelity score, if the office measured it' })
  @IsOptional()
  @ValidateNested()
  fidelity?: FidelityInput | null;
}
