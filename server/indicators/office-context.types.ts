import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { OfficeType } from '../offices/office.types.js';
import { OfficeOrganisation, PartnershipModel, SimilarityReason } from './indicator-vocabulary.js';

@ObjectType()
export class MunicipalityPopulation {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  population!: number;
}

@ObjectType('OfficeContext', { description: "What an office's results are read against: whom it serves and how it works" })
export class OfficeContextType {
  @Field(() => [MunicipalityPopulation])
  municipalities!: MunicipalityPopulation[];

  @Field(() => Int, { description: 'The people served in all' })
  population!: number;

  @Field(() => Int, { description: "SSB's centrality class, 1 (most central) to 6" })
  centrality!: number;

  @Field(() => Int)
  employees!: number;

  @Field(() => Float, { description: 'Registered unemployed, per cent of the labour force' })
  unemploymentRate!: number;

  @Field(() => OfficeOrganisation)
  organisation!: OfficeOrganisation;

  @Field(() => PartnershipModel)
  partnershipModel!: PartnershipModel;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => Boolean, { description: 'True when the figures are made-up demo values' })
  demo!: boolean;
}

@ObjectType({ description: 'An office like another, on standardised context' })
export class SimilarOffice {
  /** With its region. */
  office!: OfficeType;

  @Field(() => Float, { description: 'Distance on standardised context (log population, centrality, unemployment, log staff, organisation); 0 is identical' })
  distance!: number;

  @Field(() => [SimilarityReason], { description: 'What the two are close on' })
  reasons!: SimilarityReason[];
}
