import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { MeilisearchIndex } from './meilisearch/meilisearch-index.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import type { SearchIndex } from './search.types.js';

/** Meilisearch when MEILI_URL is set, otherwise PostgreSQL's own full-text search. */
export function createSearchIndex(
  config: Pick<Config, 'meilisearch' | 'searchCacheEntries'>,
  orm: MikroORM,
  log?: (message: string) => void,
): SearchIndex {
  return config.meilisearch
    ? new MeilisearchIndex(config.meilisearch)
    : new PostgresSearchIndex(orm, { cacheEntries: config.searchCacheEntries, log });
}
