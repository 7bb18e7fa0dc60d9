// Boot: config -> database -> seed -> identity -> http. Ctrl-C or SIGTERM stops it all cleanly.
import { createDevIssuer } from './auth/dev-issuer.js';
import { devTokenVerifier, oidcTokenVerifier } from './auth/token-verifier.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { createApp } from './http/app.js';
import { createSearchIndex } from './search/search-engine.js';
import { SearchOutboxWorker } from './search/search-outbox.js';
import { SearchService } from './search/search.service.js';
import type { SearchIndex } from './search/search.types.js';
import { developmentSecret, pseudonymizer } from './research/pseudonyms.js';
import { ResearchService } from './research/research.service.js';
import { seedIfEmpty } from '../seeds/seeder.js';

const log = (line: string) => console.log(`[praksisbanken] ${line}`);

let database: Awaited<ReturnType<typeof openDatabase>> | undefined;

async function main() {
  const config = loadConfig();
  const startedAt = performance.now();
  database = await openDatabase(config, log);
  const db = database;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let searchOutbox: SearchOutboxWorker | undefined;
  let searchIndex: SearchIndex | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: stopping`);
    try {
      await app?.close();
      await searchOutbox?.stop();
      await searchIndex?.close?.();
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
  const devIssuer = config.oidc ? undefined : await createDevIssuer(config.dataDir);
  const verifier = config.oidc ? oidcTokenVerifier(config.oidc) : devTokenVerifier(devIssuer!);
  if (devIssuer) log('no OIDC settings: using the development issuer (mutation devLogin)');

  const index = createSearchIndex(config, db.orm, log);
  searchIndex = index;
  await index.prepare().catch((error) => log(`search engine ${index.engine} not ready (${error.message}); changes wait in the outbox`));
  searchOutbox = new SearchOutboxWorker(db.orm, index, { log });
  searchOutbox.start();
  log(`search engine: ${index.engine}`);

  app = await createApp({
    config,
    orm: db.orm,
    databaseKind: db.kind,
    verifier,
    devIssuer,
    search: new SearchService(index),
    searchOutbox,
    research: new ResearchService(pseudonymizer(config.pseudonymSecret ?? (await developmentSecret(config.dataDir)))),
    webRoot: config.webRoot,
    login: config.oidc
      ? { mode: 'oidc', issuer: config.oidc.issuer, clientId: config.oidc.clientId ?? config.oidc.audience, scope: config.oidc.scope }
      : { mode: 'development' },
  });
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
