import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm-config.js';
import { createReadDb, type Db } from './read-db.js';

export const EMBEDDED_DATABASE_NAME = 'praksisbanken';

/** A statement as sent: `$1`… placeholders from the read path, `?` from the ORM. */
export type QueryListener = (query: { sql: string; parameters: readonly unknown[] }) => void;

/** Where the data lives, for logs and /healthz. */
export type DatabaseKind = 'embedded' | 'external';

export interface Database {
  /** Writes: entities, transactions, migrations. */
  orm: MikroORM;
  /** Reads: typed rows from one query builder. */
  db: Db;
  /** Calls the listener with every SQL statement either side sends; returns a function that stops it. */
  onQuery(listener: QueryListener): () => void;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/** A PostgreSQL server to connect to: the embedded one, started here, or the one DATABASE_URL names. */
export interface DatabaseServer {
  url: string;
  kind: DatabaseKind;
  /** Stops the embedded server; nothing for an external one. */
  stop(): Promise<void>;
}

export interface ConnectOptions {
  /** Apply pending migrations first (only one process of an app should). */
  migrate?: boolean;
  /** Connections in each of the two pools (writes and reads). */
  maxConnections?: number;
}

type ServerConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>;

export async function startDatabaseServer(
  config: ServerConfig,
  log: (line: string) => void = () => {},
  options: { maxConnections?: number } = {},
): Promise<DatabaseServer> {
  if (config.databaseUrl) return { url: config.databaseUrl, kind: 'external', stop: async () => {} };
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log,
    postgresFlags: options.maxConnections ? ['-c', `max_connections=${options.maxConnections}`] : [],
  });
  try {
    await embedded.createDatabaseIfMissing(EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  log(`embedded PostgreSQL on port ${embedded.port}, data in ${config.dataDir}`);
  return { url: embedded.urlFor(EMBEDDED_DATABASE_NAME), kind: 'embedded', stop: () => embedded.stop() };
}

/** Connects both roads to a running server; `close()` closes the connections and leaves the server running. */
export async function connectDatabase(
  server: Pick<DatabaseServer, 'url' | 'kind'>,
  log: (line: string) => void = () => {},
  { migrate = true, maxConnections = 10 }: ConnectOptions = {},
): Promise<Database> {
  const orm = await MikroORM.init(ormConfig({ clientUrl: server.url, maxConnections }));
  if (migrate) {
    try {
      const applied = await orm.getMigrator().up();
      if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    } catch (error) {
      await orm.close(true);
      throw error;
    }
  }
  const listeners = new Set<QueryListener>();
  const tell: QueryListener = (query) => listeners.forEach((listener) => listener(query));
  orm.em.getConnection().getKnex().on('query', (query: { sql: string; bindings?: unknown[] }) => tell({ sql: query.sql, parameters: query.bindings ?? [] }));
  const db = createReadDb({ clientUrl: server.url, maxConnections, onQuery: tell });
  return {
    orm,
    db,
    kind: server.kind,
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await db.destroy();
      await orm.close(true);
    },
  };
}

/** Connects to PostgreSQL (starting the embedded server unless DATABASE_URL is set) and migrates; `close()` stops it all. */
export async function openDatabase(config: ServerConfig, log: (line: string) => void = () => {}): Promise<Database> {
  const server = await startDatabaseServer(config, log);
  let database: Database;
  try {
    database = await connectDatabase(server, log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    ...database,
    async close() {
      await database.close();
      await server.stop();
    },
  };
}
