import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { MeilisearchIndex } from './meilisearch/meilisearch-index.js';
import { praksisLexemes } from './meilisearch/meilisearch-lexemes.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import type { SearchIndex } from './search.types.js';

/** Meilisearch when MEILI_URL is set, otherwise PostgreSQL's own full-text search. */
export function createSearchIndex(
  config: Pick<Config, 'meilisearch' | 'searchCacheEntries'>,
  database: Pick<Database, 'orm' | 'db'>,
  log?: (message: string) => void,
): SearchIndex {
  return config.meilisearch
    ? new MeilisearchIndex({ ...config.meilisearch, lexemes: (words) => praksisLexemes(database.db, words) })
    : new PostgresSearchIndex(database, { cacheEntries: config.searchCacheEntries, log });
}
