// Boot: config -> database -> seed -> app (identity, search, services, http). Ctrl-C or SIGTERM stops it all cleanly.
// With WEB_CONCURRENCY above 1 the primary process runs the database (starting the embedded one,
// migrating, seeding) and forks that many workers serving the one port; each connects to it.
import 'reflect-metadata';
import cluster from 'node:cluster';
import { onStopRequest, pickFreePort, reportReady, startWorkers } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { composeApp, prepareDataDirectory } from './compose.js';
import { claimDataDirectory, DataDirectoryInUse } from './db/data-directory.js';
import { connectDatabase, startDatabaseServer, type Database, type DatabaseServer } from './db/database.js';
import { EmbeddedPortTaken } from './db/embedded-postgres.js';
import { seedIfEmpty } from '../seeds/seeder.js';

const tag = cluster.isWorker ? `[praksisbanken worker ${process.pid}]` : '[praksisbanken]';
const log = (line: string) => console.log(`${tag} ${line}`);

/** Stopping takes at most this long; then the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;
/** Connections per pool, shared out among workers (each has two pools and a LISTEN connection). */
const POOL_BUDGET = 10;

/** What to undo when the process stops, latest first; filled as the boot gets further. */
const cleanups: (() => Promise<void>)[] = [];

/** Runs `cleanup` when the process stops; the function returned runs it now instead. */
function onStop(cleanup: () => Promise<void>): () => Promise<void> {
  cleanups.unshift(cleanup);
  return async () => {
    const index = cleanups.indexOf(cleanup);
    if (index < 0) return;
    cleanups.splice(index, 1);
    await cleanup();
  };
}

async function cleanUp() {
  for (const cleanup of cleanups.splice(0)) await cleanup();
}

let stopping = false;
function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  log(`${reason}: stopping`);
  setTimeout(() => {
    log(`still stopping after ${SHUTDOWN_DEADLINE_MS} ms: exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  cleanUp().then(
    () => {
      log('stopped');
      process.exit(0);
    },
    (error) => {
      console.error(`${tag} failed to stop cleanly:`, error);
      process.exit(1);
    },
  );
}

async function serve(config: Config, database: Database) {
  const composed = await composeApp(config, database, { log, runOutboxWorker: true });
  onStop(() => composed.close());
  log(`search engine: ${composed.searchIndex.engine}`);
  const { app } = composed;
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : config.port;
}

function ready(port: number, startedAt: number, workers = 1) {
  const count = workers > 1 ? `${workers} workers, ` : '';
  log(`Praksisbanken at http://localhost:${port}/ and GraphQL at /graphql (${count}ready in ${Math.round(performance.now() - startedAt)} ms)`);
}

/** Starts the database server (unless external), migrates and seeds. */
async function openAndSeed(config: Config, options: { maxConnections?: number } = {}) {
  if (!config.databaseUrl) onStop(await claimDataDirectory(config.dataDir));
  const server = await startDatabaseServer(config, log, options);
  onStop(() => server.stop());
  const database = await connectDatabase(server, log);
  const closeDatabase = onStop(() => database.close());
  await seedIfEmpty(database.orm, log);
  return { server, database, closeDatabase };
}

async function singleProcess(config: Config, startedAt: number) {
  const { database } = await openAndSeed(config);
  ready(await serve(config, database), startedAt);
}

async function primary(config: Config, startedAt: number) {
  const workerConnections = 2 * poolSize(config.webConcurrency) + 2;
  const { server, closeDatabase } = await openAndSeed(config, {
    maxConnections: Math.max(100, config.webConcurrency * workerConnections + 20),
  });
  // The workers keep their own connections; the primary only keeps the server running.
  await closeDatabase();
  // Workers starting together must find the data directory's keys, not each write its own.
  await prepareDataDirectory(config);
  const port = config.port === 0 ? await pickFreePort(config.host) : config.port;
  const workers = startWorkers({ count: config.webConcurrency, env: { ...workerEnv(server), PORT: String(port) }, log });
  // What is left of the deadline after the workers is for stopping PostgreSQL.
  onStop(() => workers.stop(SHUTDOWN_DEADLINE_MS - 2_000));
  ready(await workers.ready, startedAt, config.webConcurrency);
}

async function worker(config: Config) {
  onStopRequest(() => stop('told by the primary'));
  const url = config.embeddedDatabaseUrl ?? config.databaseUrl;
  if (!url) throw new Error('a worker needs the database URL from its primary');
  const database = await connectDatabase(
    { url, kind: config.embeddedDatabaseUrl ? 'embedded' : 'external' },
    log,
    { migrate: false, maxConnections: poolSize(config.webConcurrency) },
  );
  onStop(() => database.close());
  reportReady(await serve(config, database));
}

function poolSize(workers: number) {
  return Math.max(2, Math.ceil(POOL_BUDGET / workers));
}

function workerEnv(server: DatabaseServer): Record<string, string> {
  return server.kind === 'embedded' ? { EMBEDDED_DATABASE_URL: server.url } : {};
}

async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  if (cluster.isWorker) await worker(config);
  else if (config.webConcurrency > 1) await primary(config, startedAt);
  else await singleProcess(config, startedAt);
}

main().catch(async (error) => {
  if (error instanceof ConfigError) {
    console.error(`${tag} configuration error: ${error.message}`);
  } else if (error instanceof DataDirectoryInUse || error instanceof EmbeddedPortTaken) {
    console.error(`${tag} cannot start: ${error.message}`);
  } else {
    console.error(`${tag} failed to start:`, error);
  }
  // Do not leave the embedded database (or workers) running behind a failed start.
  await cleanUp().catch(() => {});
  process.exit(1);
});
