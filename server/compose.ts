// Builds the whole app from its configuration and database, the one way main.ts, the tests and the
// fault tests all use: identity, search engine and its outbox worker, services, HTTP.
import 'reflect-metadata';
import { createDevIssuer, type DevIssuer } from './auth/dev-issuer.js';
import { devTokenVerifier, oidcTokenVerifier, type TokenVerifier } from './auth/token-verifier.js';
import { usesDevelopmentIssuer, type Config } from './config.js';
import type { Database } from './db/database.js';
import { createApp, type LoginConfig } from './http/app.js';
import { developmentSecret, pseudonymizer } from './research/pseudonyms.js';
import { createSearchIndex } from './search/search-engine.js';
import { SearchOutboxWorker } from './search/search-outbox.js';
import type { SearchIndex } from './search/search.types.js';
import { createServices } from './services.js';

export interface ComposeOptions {
  log?: (line: string) => void;
  /** Another engine than the configuration names (tests). */
  searchIndex?: SearchIndex;
  /** Another way to check tokens than the configuration's (tests sign their own). */
  identity?: { verifier: TokenVerifier; devIssuer?: DevIssuer };
  /** Apply the search outbox as it fills; tests drain it when they choose. */
  runOutboxWorker?: boolean;
}

/**
 * Creates the keys composeApp keeps in the data directory (outside production), so that workers
 * starting together all read the same ones.
 */
export async function prepareDataDirectory(config: Pick<Config, 'dataDir' | 'oidc' | 'pseudonymSecret' | 'production'>): Promise<void> {
  if (usesDevelopmentIssuer(config)) await createDevIssuer(config.dataDir);
  if (!config.pseudonymSecret) await developmentSecret(config.dataDir);
}

export async function composeApp(config: Config, database: Database, options: ComposeOptions = {}) {
  const log = options.log ?? (() => {});
  const devIssuer = options.identity ? options.identity.devIssuer : usesDevelopmentIssuer(config) ? await createDevIssuer(config.dataDir) : undefined;
  const verifier = options.identity?.verifier ?? (config.oidc ? oidcTokenVerifier(config.oidc) : devTokenVerifier(devIssuer!));
  if (!options.identity && devIssuer) log('no OIDC settings: using the development issuer (mutation devLogin)');

  const searchIndex = options.searchIndex ?? createSearchIndex(config, database, log);
  const searchOutbox = new SearchOutboxWorker(database.db, searchIndex, { log });
  // Not ready (say, Meilisearch not up yet): logged, and the worker tries again before it sends anything.
  await searchOutbox.prepare();
  if (options.runOutboxWorker) searchOutbox.start();

  const services = createServices({
    orm: database.orm,
    db: database.db,
    searchIndex,
    pseudonymize: pseudonymizer(config.pseudonymSecret ?? (await developmentSecret(config.dataDir))),
    log,
  });
  const login: LoginConfig = config.oidc
    ? { mode: 'oidc', issuer: config.oidc.issuer, clientId: config.oidc.clientId ?? config.oidc.audience, scope: config.oidc.scope }
    : { mode: 'development' };
  const app = await createApp({ config, database, services, verifier, devIssuer, searchOutbox, login });
  return {
    app,
    services,
    searchIndex,
    searchOutbox,
    devIssuer,
    /** Stops taking requests, lets those under way finish, then stops the worker and the engine. */
    async close() {
      await app.close();
      await searchOutbox.stop();
      await searchIndex.close?.();
    },
  };
}

export type ComposedApp = Awaited<ReturnType<typeof composeApp>>;
