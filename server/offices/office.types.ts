import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Region', { description: 'A Nav region: one of the counties (fylker)' })
export class RegionType {
  @Field(() => ID, { description: 'County number, two digits' })
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'What the viewer may do in a region' })
export class RegionViewerCan {
  @Field(() => Boolean, { description: 'See what spreads in it and what its offices search for in vain' })
  seeOverview!: boolean;

  @Field(() => Boolean, { description: 'Curate its collections, publish its practices, answer its knowledge needs' })
  curate!: boolean;
}

@ObjectType('Office', { description: 'A Nav office (Nav-kontor)' })
export class OfficeType {
  @Field(() => ID, { description: 'Enhetsnummer: four digits' })
  enhetsnummer!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'The municipalities the office serves' })
  municipalities!: string[];

  /** The office's region, read with it. */
  region!: RegionType;
}
