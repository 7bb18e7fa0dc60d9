import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { OfficeType } from '../offices/office.types.js';
import { AdoptionStatus } from './adoption-status.js';

@ObjectType('Adoption', { description: 'That an office considers, pilots, uses or has stopped using a practice' })
export class AdoptionType {
  @Field(() => ID)
  id!: string;

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => LocalDateResolver, { description: 'Since when the office has had this status' })
  since!: string;

  @Field(() => Date)
  updatedAt!: Date;

  practiceId!: string;

  /** The office, with its region, read with the adoption. */
  office!: OfficeType;
}
