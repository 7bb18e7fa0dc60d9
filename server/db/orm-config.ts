import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export interface OrmConfigOptions {
  clientUrl: string;
  /** Size of the connection pool; 10 unless said otherwise. */
  maxConnections?: number;
  debug?: boolean;
  /** Called with every SQL statement; used to count statements per request. */
  onQuery?: (sql: string) => void;
}

export function ormConfig({ clientUrl, maxConnections = 10, debug = false, onQuery }: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true },
    migrations: {
      migrationsList: migrations,
      path: 'server/db/migrations',
      pathTs: 'server/db/migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
      // Search tables (practice_search, search_vocabulary) are owned by hand-written SQL, not entities.
      dropTables: false,
    },
    forceUtcTimezone: true,
    pool: { min: 1, max: maxConnections },
    debug: debug || Boolean(onQuery),
    logger: onQuery ? (message) => onQuery(message) : undefined,
    loggerFactory: undefined,
  });
}
