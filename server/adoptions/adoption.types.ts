import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { OfficeType } from '../offices/office.types.js';
import { AdoptionStatus } from './adoption-status.js';
import { FidelityScale } from './fidelity.js';

@ObjectType('Fidelity', { description: 'How faithfully an office follows a method, on a named scale' })
export class FidelityType {
  @Field(() => FidelityScale)
  scale!: FidelityScale;

  @Field(() => Float)
  score!: number;

  @Field(() => Float, { description: 'The lowest score the scale gives' })
  min!: number;

  @Field(() => Float, { description: 'The highest score the scale gives' })
  max!: number;
}

@ObjectType('Adoption', { description: 'That an office considers, pilots, uses or has stopped using a practice' })
export class AdoptionType {
  @Field(() => ID)
  id!: string;

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => LocalDateResolver, { description: 'Since when the office has had this status' })
  since!: string;

  @Field(() => String, { nullable: true, description: 'How the office works with it' })
  note!: string | null;

  @Field(() => FidelityType, { nullable: true, description: 'The latest fidelity score recorded' })
  fidelity!: FidelityType | null;

  @Field(() => Boolean, { description: 'True for made-up demo data' })
  demo!: boolean;

  @Field(() => Date)
  updatedAt!: Date;

  practiceId!: string;

  /** The office, with its region, read with the adoption. */
  office!: OfficeType;
}

@ObjectType('AdoptionChange', { description: 'One status change of an adoption: who, when, from, to, and why an office stopped' })
export class AdoptionChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => AdoptionStatus, { nullable: true, description: 'null for the first status the office recorded' })
  fromStatus!: AdoptionStatus | null;

  @Field(() => AdoptionStatus)
  toStatus!: AdoptionStatus;

  @Field(() => LocalDateResolver, { description: 'Since when the new status holds' })
  since!: string;

  @Field(() => Date, { description: 'When the change was recorded' })
  changedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why the office stopped' })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => FidelityType, { nullable: true })
  fidelity!: FidelityType | null;

  @Field(() => Boolean)
  demo!: boolean;

  /** Who recorded it; shown by name to those who work in offices, never to researchers. */
  changedByName!: string | null;

  adoptionId!: string;
}
