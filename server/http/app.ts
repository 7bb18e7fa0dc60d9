import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { sql } from 'kysely';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import type { DevIssuer } from '../auth/dev-issuer.js';
import type { Identity } from '../auth/identity.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { AppError, ErrorCode, unauthenticated } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { refuseControlCharacters } from '../graphql/control-characters.js';
import { createErrorFormatter, serviceUnavailableStatus } from '../graphql/format-error.js';
import { queryLimits } from '../graphql/limits.js';
import { createLoaders } from '../graphql/loaders.js';
import { requireAuthentication } from '../graphql/require-authentication.js';
import { buildApiSchema } from '../graphql/schema.js';
import type { SearchOutboxWorker } from '../search/search-outbox.js';
import type { Services } from '../services.js';
import { postgresRateLimitStore } from './rate-limit-store.js';
import { securityHeaders } from './security-headers.js';
import { serveWebClient } from './web-client.js';

export interface AppParts {
  config: Pick<Config, 'production' | 'logLevel' | 'bodyLimitBytes' | 'rateLimitPerMinute' | 'webRoot'>;
  database: Pick<Database, 'orm' | 'db' | 'kind'>;
  services: Services;
  verifier: TokenVerifier;
  devIssuer?: DevIssuer;
  searchOutbox: SearchOutboxWorker;
  /** What the web client needs to know to sign people in. */
  login: LoginConfig;
}

export type LoginConfig =
  | { mode: 'development' }
  | { mode: 'oidc'; issuer: string; clientId: string; scope: string };

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  return match[1];
}

export async function createApp(parts: AppParts): Promise<FastifyInstance> {
  const { config, database, services } = parts;
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' }),
  });
  const limits = queryLimits(config.production);
  // Answers finished while the app closes also close their connection: an idle keep-alive
  // connection would hold the close open until the client or the keep-alive timeout let go.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  await securityHeaders(app, { oidcIssuer: parts.login.mode === 'oidc' ? parts.login.issuer : undefined });

  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema({ devLogin: Boolean(parts.devIssuer) }),
    // No HTTP cache hints are used; Apollo's plugin for them would wrap every field resolver.
    plugins: [fastifyApolloDrainPlugin(app), requireAuthentication, ApolloServerPluginCacheControlDisabled(), refuseControlCharacters, serviceUnavailableStatus, ...limits.plugins],
    // Compact JSON: Apollo pretty-prints by default, a third more bytes to build and send.
    stringifyResult: (value) => JSON.stringify(value),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createErrorFormatter({
      production: config.production,
      log: (error) => app.log.error({ err: error }, 'unexpected error in a GraphQL request'),
    }),
    includeStacktraceInErrorResponses: !config.production,
    introspection: true,
    csrfPrevention: true,
    // main.ts stops the app (and, in a cluster, the primary stops its workers).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // The caller's identity is settled before the rate limit, so the limit counts per user.
  app.decorateRequest('identity', null);
  app.decorateRequest('identityError', null);
  const identify = async (request: FastifyRequest) => {
    try {
      const token = bearerToken(request);
      if (token) request.identity = await parts.verifier.verify(token);
    } catch (error) {
      request.identityError = error;
    }
  };

  const context = async (request: FastifyRequest): Promise<Context> => {
    if (request.identityError) {
      const error = request.identityError;
      if (error instanceof AppError) error.extensions.http = { status: 401 };
      throw error;
    }
    const viewer = request.identity ? await services.users.viewerFor(request.identity) : null;
    return { viewer, services, loaders: createLoaders(database.db, viewer), devIssuer: parts.devIssuer };
  };

  if (config.rateLimitPerMinute > 0) {
    // Counted in PostgreSQL, so the limit holds across workers and instances; a count that fails lets the request through.
    const store = postgresRateLimitStore(database.db, (message) => app.log.warn(message));
    await app.register(rateLimit, { global: false, store, skipOnError: true });
  }
  // API answers are compressed as they go (the web client's files were compressed at build time).
  await app.register(compress, { global: false, encodings: ['br', 'gzip'] });
  app.route({
    url: '/graphql',
    compress: { threshold: 1024 },
    method: ['GET', 'POST', 'OPTIONS'],
    preHandler: identify,
    config: config.rateLimitPerMinute > 0 ? { rateLimit: rateLimitOptions(config.rateLimitPerMinute) } : {},
    handler: fastifyApolloHandler(apollo, { context }),
  });

  app.get('/healthz', async (_request, reply) => {
    const [databaseState, search] = await Promise.all([databaseHealth(database), searchHealth(parts)]);
    const healthy = databaseState.state === 'up' && search.state === 'up';
    return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'degraded', database: databaseState, search });
  });

  app.get('/auth/config', async () => parts.login);

  if (config.webRoot) await serveWebClient(app, config.webRoot, { oidcIssuer: parts.login.mode === 'oidc' ? parts.login.issuer : undefined });
  return app;
}

async function databaseHealth({ db, kind }: AppParts['database']) {
  const started = performance.now();
  try {
    await sql`select 1`.execute(db);
    return { kind, state: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { kind, state: 'down' };
  }
}

/**
 * The engine's state, the outbox's backlog, changes the engine refuses for good (parked), and a
 * document count that differs from PostgreSQL's. Only an engine that cannot answer makes it 503.
 */
async function searchHealth({ services: { search }, searchOutbox }: AppParts) {
  const outbox = await searchOutbox.health();
  try {
    await search.ping();
    return { engine: search.engine, state: 'up', ...outbox };
  } catch {
    return { engine: search.engine, state: 'down', ...outbox };
  }
}

function rateLimitOptions(perMinute: number) {
  return {
    max: perMinute,
    timeWindow: 60_000,
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => (request.identity ? `user:${request.identity.subject}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request: FastifyRequest, context: { after: string; statusCode: number }) => ({
      statusCode: context.statusCode,
      errors: [
        {
          message: `Too many requests: wait ${context.after} and try again`,
          extensions: { code: ErrorCode.RATE_LIMITED },
        },
      ],
    }),
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
    identityError: unknown;
  }
}
