// Every environment variable the app reads, parsed and validated in one place.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /**
   * The web client's registration at the identity provider, for signing in (authorization code +
   * PKCE); the audience when unset. When it differs, tokens issued to it (ID tokens) are refused.
   */
  clientId?: string;
  scope: string;
}

export interface Config {
  /** Every NODE_ENV but unset, `development` and `test`: OIDC required, no error details shown. */
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  /** An external PostgreSQL; when absent the app starts an embedded one under `dataDir`. */
  databaseUrl?: string;
  /** The embedded PostgreSQL's port; by default the one its data directory keeps (see embedded-postgres.ts). */
  embeddedPostgresPort?: number;
  /**
   * Set by the primary process for its workers, never by hand: the embedded PostgreSQL the primary
   * runs, so that workers connect to it instead of starting one of their own.
   */
  embeddedDatabaseUrl?: string;
  /** Worker processes serving the one port (node:cluster); 1 keeps a single process. */
  webConcurrency: number;
  /** Set in production; without it (and outside production) the app runs its own development issuer. */
  oidc?: OidcConfig;
  logLevel: string;
  bodyLimitBytes: number;
  /** Meilisearch, the production search engine; without it search runs on PostgreSQL. */
  meilisearch?: { url: string; apiKey?: string };
  /** The built web client. */
  webRoot: string;
  /** GraphQL requests per user (or address, before signing in) and minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Answers the PostgreSQL search engine keeps for repeated searches; 0 turns the cache off. */
  searchCacheEntries: number;
  /** Key for researchers' stable rater pseudonyms; kept in the data directory outside production. */
  pseudonymSecret?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The environments the app runs in as development: the development issuer is allowed there only. */
const DEVELOPMENT_ENVIRONMENTS = [undefined, '', 'development', 'test'];

const noDevelopmentIssuer = (nodeEnv: string | undefined) =>
  new ConfigError(
    `NODE_ENV=${nodeEnv} needs OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL: ` +
      'the development issuer runs only when NODE_ENV is unset, development or test',
  );

function oidcFrom(env: Env, production: boolean): OidcConfig | undefined {
  const names = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const;
  const given = names.filter((name) => env[name]);
  if (given.length === 0) {
    if (production) throw noDevelopmentIssuer(env.NODE_ENV);
    return undefined;
  }
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new ConfigError(`OIDC settings are incomplete: ${missing.join(', ')} missing`);
  }
  try {
    new URL(env.OIDC_JWKS_URL!);
  } catch {
    throw new ConfigError(`OIDC_JWKS_URL is not a URL: "${env.OIDC_JWKS_URL}"`);
  }
  return {
    issuer: env.OIDC_ISSUER!,
    audience: env.OIDC_AUDIENCE!,
    jwksUrl: env.OIDC_JWKS_URL!,
    clientId: env.OIDC_CLIENT_ID || undefined,
    scope: env.OIDC_SCOPE || 'openid profile',
  };
}

/** MEILI_API_KEY: a key limited to the app's indexes and actions; MEILI_MASTER_KEY still works in its place. */
function meilisearchFrom(env: Env): Config['meilisearch'] {
  if (!env.MEILI_URL) {
    if (env.MEILI_API_KEY || env.MEILI_MASTER_KEY) throw new ConfigError(`${env.MEILI_API_KEY ? 'MEILI_API_KEY' : 'MEILI_MASTER_KEY'} is set but MEILI_URL is not`);
    return undefined;
  }
  try {
    new URL(env.MEILI_URL);
  } catch {
    throw new ConfigError(`MEILI_URL is not a URL: "${env.MEILI_URL}"`);
  }
  return { url: env.MEILI_URL, apiKey: env.MEILI_API_KEY || env.MEILI_MASTER_KEY || undefined };
}

function pseudonymSecretFrom(env: Env, production: boolean): string | undefined {
  const secret = env.RESEARCH_PSEUDONYM_SECRET;
  if (!secret) {
    if (production) throw new ConfigError(`NODE_ENV=${env.NODE_ENV} needs RESEARCH_PSEUDONYM_SECRET (at least 32 characters)`);
    return undefined;
  }
  if (secret.length < 32) throw new ConfigError('RESEARCH_PSEUDONYM_SECRET must be at least 32 characters');
  return secret;
}

/** The folder with package.json: above server/ under tsx, above dist/server/ when compiled. */
function appFolder(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
}

function postgresUrl(env: Env, name: string): string | undefined {
  const url = env[name] || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`${name} must start with postgres:// or postgresql://`);
  return url;
}

/**
 * Whether the app runs its own development issuer: when no identity provider is configured, which
 * outside development is refused (also for a configuration not made by loadConfig).
 */
export function usesDevelopmentIssuer(config: Pick<Config, 'production' | 'oidc'>): boolean {
  if (config.oidc) return false;
  if (config.production) throw noDevelopmentIssuer('production');
  return true;
}

export function loadConfig(env: Env = process.env): Config {
  const production = !DEVELOPMENT_ENVIRONMENTS.includes(env.NODE_ENV);
  return {
    production,
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    embeddedPostgresPort: env.EMBEDDED_PG_PORT ? integer(env, 'EMBEDDED_PG_PORT', 0, 1, 65535) : undefined,
    embeddedDatabaseUrl: postgresUrl(env, 'EMBEDDED_DATABASE_URL'),
    webConcurrency: integer(env, 'WEB_CONCURRENCY', availableParallelism(), 1, 256),
    oidc: oidcFrom(env, production),
    logLevel: env.LOG_LEVEL || 'info',
    bodyLimitBytes: 1024 * 1024,
    meilisearch: meilisearchFrom(env),
    webRoot: env.WEB_ROOT ? path.resolve(env.WEB_ROOT) : path.join(appFolder(), 'web', 'dist'),
    pseudonymSecret: pseudonymSecretFrom(env, production),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 300, 0, 1_000_000),
    searchCacheEntries: integer(env, 'SEARCH_CACHE_ENTRIES', 1000, 0, 1_000_000),
  };
}
