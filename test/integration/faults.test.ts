// Faults a running app must survive: PostgreSQL restarting under load, and SIGTERM under load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevIssuer } from '../../server/auth/dev-issuer.js';
import { Role } from '../../server/auth/role.js';
import { devTokenVerifier } from '../../server/auth/token-verifier.js';
import { openDatabase, type Database } from '../../server/db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres.js';
import { composeApp, type ComposedApp } from '../../server/compose.js';
import { loadConfig } from '../../server/config.js';
import { PostgresSearchIndex } from '../../server/search/postgres/postgres-search-index.js';
import { devLogin, startAppProcess } from '../support/app-process.js';
import { freePort } from '../support/ports.js';

describe('PostgreSQL restarting under load', () => {
  let dataDir: string;
  let port: number;
  let server: EmbeddedDatabase;
  let database: Database;
  let composed: ComposedApp;
  let url: string;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'praksisbanken-fault-'));
    port = await freePort();
    server = await startEmbeddedPostgres({ dataDir, port });
    await server.createDatabaseIfMissing('fault');
    database = await openDatabase({ databaseUrl: server.urlFor('fault'), dataDir, embeddedPostgresPort: port });
    const issuer = await createDevIssuer(dataDir);
    const config = { ...loadConfig({}), dataDir, production: true, logLevel: 'silent', rateLimitPerMinute: 0, webRoot: '', pseudonymSecret: 'x'.repeat(32) };
    composed = await composeApp(config, database, {
      searchIndex: new PostgresSearchIndex(database),
      identity: { verifier: devTokenVerifier(issuer) },
    });
    const { app } = composed;
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    token = await issuer.sign({ subject: 'fault', name: 'Feil', role: Role.RESEARCHER });
  });
  afterAll(async () => {
    await composed?.close();
    await database?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const query = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));

  it('fails requests cleanly while the database is down, then recovers without restarting the app', async () => {
    expect((await query()).status).toBe(200);
    const load = Array.from({ length: 20 }, () => query());
    await server.stop();
    const during = await Promise.all([...load, ...Array.from({ length: 10 }, () => query())]);
    expect(during.some((result) => result.status === 503)).toBe(true);
    for (const result of during) {
      if (result.status === 200 && !result.body.errors) continue;
      expect(result.status).toBe(503);
      expect(result.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(result.body)).not.toMatch(/ECONNREFUSED|select|stack/i);
    }
    expect((await fetch(`${url}/healthz`)).status).toBe(503);

    server = await startEmbeddedPostgres({ dataDir, port });
    await expect.poll(async () => (await query()).status, { timeout: 20_000, interval: 250 }).toBe(200);
    const after = await Promise.all(Array.from({ length: 20 }, () => query()));
    expect(after.every((result) => result.status === 200 && !result.body.errors)).toBe(true);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('SIGTERM under load', () => {
  it.each(['1', '2'])('lets in-flight requests finish, then exits cleanly (WEB_CONCURRENCY=%s)', async (workers) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'praksisbanken-sigterm-'));
    const app = startAppProcess({ DATA_DIR: dataDir, PORT: '0', EMBEDDED_PG_PORT: String(await freePort()), WEB_CONCURRENCY: workers });
    try {
      const url = await app.url;
      const token = await devLogin(url, 'forsker');
      const requests = Array.from({ length: 30 }, () =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ searchPractices(query: "ungdom", pageSize: 50) { totalHits } }' }),
        }).then((response) => response.status),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      app.process.kill('SIGTERM');
      const statuses = await Promise.all(requests.map((request) => request.catch(() => 'refused')));
      // Requests already accepted finish; those arriving once shutdown began get 503 or a refused
      // connection (a load balancer tries elsewhere), never a cut-off answer.
      expect(statuses.filter((status) => status !== 200 && status !== 503 && status !== 'refused')).toEqual([]);
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
      expect(await app.exited).toBe(0);
    } finally {
      app.process.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
