// The composition root of the features: every service built once, from the database and the
// search engine. The GraphQL context carries the result; main.ts and the tests build it the same
// way (see compose.ts).
import type { MikroORM } from '@mikro-orm/postgresql';
import { AdoptionsService } from './adoptions/adoptions.service.js';
import { CollectionsService } from './collections/collections.service.js';
import type { Db } from './db/read-db.js';
import { IndicatorsService } from './indicators/indicators.service.js';
import { OfficeContextService } from './indicators/office-context.service.js';
import { KnowledgeNeedsService } from './knowledge-needs/knowledge-needs.service.js';
import { OfficesService } from './offices/offices.service.js';
import { PracticesService } from './practices/practices.service.js';
import { RatingsService } from './ratings/ratings.service.js';
import { RegionalService } from './regional/regional.service.js';
import type { Pseudonymizer } from './research/pseudonyms.js';
import { ResearchService } from './research/research.service.js';
import { SearchService } from './search/search.service.js';
import type { SearchIndex } from './search/search.types.js';
import { UsersService } from './users/users.service.js';

/** What every service reads and writes through: entities for writes, typed rows for reads. */
export interface ServiceDeps {
  orm: MikroORM;
  db: Db;
}

export function createServices(
  deps: ServiceDeps & { searchIndex: SearchIndex; pseudonymize: Pseudonymizer; log?: (line: string) => void },
) {
  const offices = new OfficesService(deps);
  const practices = new PracticesService(deps, offices);
  const officeContext = new OfficeContextService(deps, offices);
  const search = new SearchService(deps.searchIndex, deps, practices, officeContext);
  return {
    users: new UsersService(deps),
    offices,
    practices,
    ratings: new RatingsService(deps, practices, search),
    adoptions: new AdoptionsService(deps, offices, practices),
    collections: new CollectionsService(deps, offices, practices),
    knowledgeNeeds: new KnowledgeNeedsService(deps, offices, practices),
    regional: new RegionalService(deps, offices, practices),
    research: new ResearchService(deps, deps.pseudonymize),
    search,
    indicators: new IndicatorsService(deps, offices),
    officeContext,
  };
}

export type Services = ReturnType<typeof createServices>;
