// Boot: config -> database -> seed -> app (identity, search, services, http). Ctrl-C or SIGTERM stops it all cleanly.
import { ConfigError, loadConfig } from './config.js';
import { composeApp, type ComposedApp } from './compose.js';
import { openDatabase } from './db/database.js';
import { seedIfEmpty } from '../seeds/seeder.js';

const log = (line: string) => console.log(`[praksisbanken] ${line}`);

let database: Awaited<ReturnType<typeof openDatabase>> | undefined;

async function main() {
  const config = loadConfig();
  const startedAt = performance.now();
  database = await openDatabase(config, log);
  const db = database;
  let composed: ComposedApp | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: stopping`);
    try {
      await composed?.close();
      await db.close();
    } finally {
      log('stopped');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  await seedIfEmpty(db.orm, log);
  composed = await composeApp(config, db, { log, runOutboxWorker: true });
  log(`search engine: ${composed.searchIndex.engine}`);
  const { app } = composed;
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`Praksisbanken at http://localhost:${port}/ and GraphQL at /graphql (ready in ${Math.round(performance.now() - startedAt)} ms)`);
}

main().catch(async (error) => {
  if (error instanceof ConfigError) {
    console.error(`[praksisbanken] configuration error: ${error.message}`);
  } else {
    console.error('[praksisbanken] failed to start:', error);
  }
  // Do not leave the embedded database running behind a failed start.
  await database?.close().catch(() => {});
  process.exit(1);
});
