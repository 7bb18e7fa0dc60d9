// The read path's SQL: one query builder (Kysely) and its `sql` tag for what the builder cannot
// say, over a pg pool of its own. Reads return typed plain rows; MikroORM entities serve writes.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables.js';

export type Db = Kysely<Tables>;

const DATE_OID = 1082;

/** `date` stays 'YYYY-MM-DD': a JavaScript Date would shift it by the time zone. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export interface ReadDbOptions {
  clientUrl: string;
  maxConnections?: number;
  /** Called with every statement, e.g. to count statements per request. */
  onQuery?: (query: { sql: string; parameters: readonly unknown[] }) => void;
}

export function createReadDb({ clientUrl, maxConnections = 10, onQuery }: ReadDbOptions): Db {
  // UTC, as MikroORM's connections: months and dates are cut in UTC everywhere.
  const pool = new pg.Pool({ connectionString: clientUrl, max: maxConnections, types, options: '-c TimeZone=UTC' });
  // A client losing its server (a restart) must not take the process down: idle ones report to the
  // pool, and one held by a transaction between two statements reports to itself; the next
  // statement on it fails, and the pool replaces it.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Tables>({
    dialect: new PostgresDialect({ pool }),
    log: onQuery
      ? (event) => {
          if (event.level === 'query') onQuery(event.query);
        }
      : undefined,
  });
}
