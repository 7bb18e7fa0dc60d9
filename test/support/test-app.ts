// Starts the real app over real HTTP against a fresh database on the test run's PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDevIssuer, type DevIssuer } from '../../server/auth/dev-issuer.js';
import type { Identity } from '../../server/auth/identity.js';
import { devTokenVerifier, type TokenVerifier } from '../../server/auth/token-verifier.js';
import { loadConfig, type Config, type OidcConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/db/database.js';
import { composeApp } from '../../server/compose.js';
import { seedCatalogue } from '../../seeds/seeder.js';
import type { SearchIndex } from '../../server/search/search.types.js';

/** The tests' pseudonym key, so a test can check a pseudonym is the keyed hash it should be. */
export const PSEUDONYM_SECRET = 'test-secret-for-rater-pseudonyms-0123456789';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

export interface TestAppOptions {
  seed?: boolean;
  /** The search engine; PostgreSQL's by default. */
  searchIndex?: (database: Database) => SearchIndex;
  production?: boolean;
  verifier?: TokenVerifier;
  bodyLimitBytes?: number;
  /** Serve the built web client from here (end-to-end tests). */
  webRoot?: string;
  /** Requests per user and minute; off unless a test is about the limit. */
  rateLimitPerMinute?: number;
  /** Run the outbox worker as the app does, instead of draining by hand. */
  runOutboxWorker?: boolean;
  /** Verify tokens from this identity provider, as production does (no development issuer, no devLogin). */
  oidc?: OidcConfig;
}

export async function startTestApp(options: TestAppOptions = {}) {
  const databaseUrl = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praksisbanken-app-'));
  const database = await openDatabase({ databaseUrl, dataDir, embeddedPostgresPort: 0 });
  if (options.seed !== false) await seedCatalogue(database.orm);
  const devIssuer: DevIssuer = await createDevIssuer(dataDir);
  // The app's defaults (the answer cache included), with what the test asks for.
  const config: Config = {
    ...loadConfig({}),
    dataDir,
    production: Boolean(options.production),
    logLevel: 'silent',
    bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    webRoot: options.webRoot ?? '',
    pseudonymSecret: PSEUDONYM_SECRET,
    oidc: options.oidc,
  };
  const composed = await composeApp(config, database, {
    searchIndex: options.searchIndex?.(database),
    identity: options.oidc ? undefined : { verifier: options.verifier ?? devTokenVerifier(devIssuer), devIssuer: options.production ? undefined : devIssuer },
    runOutboxWorker: options.runOutboxWorker,
  });
  const { app, searchIndex, searchOutbox } = composed;
  // Tests drain the outbox when they want the index up to date; the seed's rows first.
  await searchOutbox.drain();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;

  async function gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** Signs in as a seeded user through the API, as the web client does. */
  async function login(username: string): Promise<string> {
    const result = await gql<{ devLogin: { token: string } }>(
      'mutation($username: String!) { devLogin(username: $username) { token } }',
      { username },
    );
    if (!result.data) throw new Error(`devLogin(${username}) failed: ${JSON.stringify(result.errors)}`);
    return result.data.devLogin.token;
  }

  /** A real token from the development issuer for any identity, e.g. users not in the seed. */
  const tokenFor = (identity: Identity) => devIssuer.sign(identity);

  /** Runs SQL directly, to check what the API wrote. */
  const sql = <R = any>(text: string, params: unknown[] = []) =>
    database.orm.em.getConnection().execute<R[]>(text, params);

  return {
    url,
    orm: database.orm,
    database,
    services: composed.services,
    searchIndex,
    searchOutbox,
    gql,
    login,
    tokenFor,
    sql,
    async close() {
      await composed.close();
      await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** The error code of the first error, for terse assertions. */
export const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

/** Starts a test app before the tests of the enclosing `describe` and closes it after them. */
export function useTestApp(options: TestAppOptions = {}): { readonly app: TestApp } {
  const holder = {} as { app: TestApp };
  beforeAll(async () => {
    holder.app = await startTestApp(options);
  });
  afterAll(() => holder.app.close());
  return holder;
}

/**
 * Counts the SQL statements the app runs, leaving out the search engine's twice-a-second check for
 * rating changes (background work, not a request's). `reset()` before the request, `count` after.
 */
export function statementCounter(app: TestApp): { reset(): void; readonly count: number } {
  let count = 0;
  app.database.onQuery((query) => {
    if (query.sql.includes('rating_version >')) return;
    count++;
    if (process.env.SHOW_SQL) console.log(query.sql.slice(0, 150));
  });
  return {
    reset: () => void (count = 0),
    get count() {
      return count;
    },
  };
}
