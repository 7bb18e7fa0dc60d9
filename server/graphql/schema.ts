import 'reflect-metadata';
import './enums.js';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import type { GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, type NonEmptyArray } from 'type-graphql';
import { AdoptionChangesResolver, AdoptionsResolver } from '../adoptions/adoptions.resolver.js';
import { DevLoginResolver } from '../auth/dev-login.resolver.js';
import { CollectionItemsResolver, CollectionsResolver } from '../collections/collections.resolver.js';
import { indicatorResolvers } from '../indicators/indicators.resolver.js';
import { KnowledgeNeedsResolver } from '../knowledge-needs/knowledge-needs.resolver.js';
import { OfficesResolver, RegionsResolver } from '../offices/offices.resolver.js';
import { GapMapResolver } from '../practices/gap-map.resolver.js';
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
    GapMapResolver,
    RatingsResolver,
    AdoptionsResolver,
    AdoptionChangesResolver,
    SearchResolver,
    CollectionsResolver,
    CollectionItemsResolver,
    KnowledgeNeedsResolver,
    RegionalResolver,
    ResearchResolver,
    ...indicatorResolvers,
  ];
  if (options.devLogin) resolvers.push(DevLoginResolver);
  return buildSchema({
    resolvers: resolvers as NonEmptyArray<Function>,
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
}

const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * What type-graphql's built-in validation does, with class-validator imported once: the built-in
 * one imports it dynamically for every argument, and under a module loader (tsx) each such
 * import is a round trip to the loader's thread.
 */
async function validateArgument(value: unknown): Promise<void> {
  const objects = (Array.isArray(value) ? value : [value]).filter((item) => item !== null && typeof item === 'object');
  try {
    await Promise.all(objects.map((item) => validateOrReject(item as object, VALIDATOR_OPTIONS)));
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
}
