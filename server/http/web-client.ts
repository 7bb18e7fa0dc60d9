// Serves the built web client: files from web/dist, and index.html for client-side routes.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from './security-headers.js';

const API_PREFIXES = ['/graphql', '/healthz', '/auth/'];

export async function serveWebClient(app: FastifyInstance, root: string, options: { oidcIssuer?: string } = {}): Promise<void> {
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn(`no web client in ${root}: run "npm run build" to serve it`);
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    // The build leaves brotli and gzip copies beside each file (web/vite.config.ts): sent as they are.
    preCompressed: true,
    // Hashed asset names never change; index.html must always be fresh.
    setHeaders(reply, filePath) {
      reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The GraphQL explorer is a page of its own.
  if (existsSync(path.join(root, 'graphiql.html'))) {
    app.get(
      '/graphiql',
      { helmet: { contentSecurityPolicy: contentSecurityPolicy({ ...options, explorer: true }) } },
      (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('graphiql.html'),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !API_PREFIXES.some((prefix) => request.url.startsWith(prefix));
    const isFile = path.extname(request.url.split('?')[0]) !== '';
    if (wantsPage && !isFile) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ error: 'Not Found' });
  });
}
