import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { ormConfig } from './orm-config.js';
import { createReadDb, type Db } from './read-db.js';

export const EMBEDDED_DATABASE_NAME = 'praksisbanken';

/** A statement as sent: `$1`… placeholders from the read path, `?` from the ORM. */
export type QueryListener = (query: { sql: string; parameters: readonly unknown[] }) => void;

export interface Database {
  /** Writes: entities, transactions, migrations. */
  orm: MikroORM;
  /** Reads: typed rows from one query builder. */
  db: Db;
  /** Calls the listener with every SQL statement either side sends; returns a function that stops it. */
  onQuery(listener: QueryListener): () => void;
  /** Where the data lives, for logs and /healthz: "embedded" or "external". */
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

/** Connects to PostgreSQL (starting the embedded server unless DATABASE_URL is set) and migrates. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
  log: (line: string) => void = () => {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let clientUrl = config.databaseUrl;
  if (!clientUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log });
    await embedded.createDatabaseIfMissing(EMBEDDED_DATABASE_NAME);
    clientUrl = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    log(`embedded PostgreSQL on port ${config.embeddedPostgresPort}, data in ${config.dataDir}`);
  }
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(ormConfig({ clientUrl }));
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const listeners = new Set<QueryListener>();
  const tell: QueryListener = (query) => listeners.forEach((listener) => listener(query));
  orm.em.getConnection().getKnex().on('query', (query: { sql: string; bindings?: unknown[] }) => tell({ sql: query.sql, parameters: query.bindings ?? [] }));
  const db = createReadDb({ clientUrl, onQuery: tell });
  return {
    orm,
    db,
    kind: embedded ? 'embedded' : 'external',
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await db.destroy();
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
