import 'reflect-metadata';
import './enums.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AdoptionsResolver } from '../adoptions/adoptions.resolver.js';
import { DevLoginResolver } from '../auth/dev-login.resolver.js';
import { CollectionItemsResolver, CollectionsResolver } from '../collections/collections.resolver.js';
import { KnowledgeNeedsResolver } from '../knowledge-needs/knowledge-needs.resolver.js';
import { OfficesResolver, RegionsResolver } from '../offices/offices.resolver.js';
import { PracticesResolver } from '../practices/practices.resolver.js';
import { RatingsResolver } from '../ratings/ratings.resolver.js';
import { RegionalResolver } from '../regional/regional.resolver.js';
import { ResearchResolver } from '../research/research.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { MeResolver } from '../users/users.resolver.js';

/** The API's schema; `devLogin` exists only when the development issuer runs. */
export function buildApiSchema(options: { devLogin: boolean }): Promise<GraphQLSchema> {
  const resolvers: Function[] = [
    MeResolver,
    RegionsResolver,
    OfficesResolver,
    PracticesResolver,
    RatingsResolver,
    AdoptionsResolver,
    SearchResolver,
    CollectionsResolver,
    CollectionItemsResolver,
    KnowledgeNeedsResolver,
    RegionalResolver,
    ResearchResolver,
  ];
  if (options.devLogin) resolvers.push(DevLoginResolver);
  return buildSchema({
    resolvers: resolvers as NonEmptyArray<Function>,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
