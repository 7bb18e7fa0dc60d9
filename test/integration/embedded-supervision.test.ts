// The app supervises its embedded PostgreSQL: killed as the OOM killer would (kill -9 on the
// postmaster) under a load of writes, it is started again on the same data; requests meanwhile get
// a clean 503, every write the app confirmed is still there, and SIGTERM then ends it all.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { devLogin, startAppProcess, type AppProcess } from '../support/app-process.js';

describe('the embedded PostgreSQL killed under load', () => {
  let dataDir: string;
  let app: AppProcess | undefined;
  afterAll(async () => {
    app?.process.kill('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is started again, loses no confirmed write, and SIGTERM still ends everything within 10 s', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pb-supervise-'));
    app = startAppProcess({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' });
    const url = await app.url;
    const postmaster = async () => Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const graphql = (query: string, variables: object, token: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then(async (response) => ({ status: response.status, body: (await response.json().catch(() => ({}))) as any }));
    const tokens = await Promise.all(Array.from({ length: 8 }, (_, i) => devLogin(url, `veileder.${String(i + 1).padStart(2, '0')}`)));
    const practices = (await graphql('{ practices(first: 8) { edges { node { id } } } }', {}, tokens[0])).body.data.practices.edges.map((e: any) => e.node.id);
    const RATE = 'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { id score } } }';

    // Writes keep coming while the postmaster is killed.
    const confirmed = new Set<string>();
    const statuses: number[] = [];
    let writing = true;
    const writers = tokens.map(async (token, i) => {
      for (let n = 0; writing; n++) {
        const score = 1 + ((i + n) % 5);
        const result = await graphql(RATE, { input: { practiceId: practices[n % practices.length], score } }, token);
        statuses.push(result.status);
        if (result.status === 200 && !result.body.errors) confirmed.add(result.body.data.ratePractice.rating.id);
        else expect(result.body.errors?.[0]?.extensions?.code, JSON.stringify(result.body)).toBe('SERVICE_UNAVAILABLE');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const killed = await postmaster();
    process.kill(killed, 'SIGKILL');
    await expect.poll(async () => (await fetch(`${url}/healthz`)).status, { timeout: 10_000, interval: 50 }).toBe(503);
    await expect.poll(async () => (await fetch(`${url}/healthz`)).status, { timeout: 30_000, interval: 250 }).toBe(200);
    expect(await postmaster()).not.toBe(killed);
    await new Promise((resolve) => setTimeout(resolve, 500));
    writing = false;
    await Promise.all(writers);
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(app.output()).toMatch(/the embedded PostgreSQL exited .*starting it again/);

    // Every write the app confirmed is in the database.
    const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
    const port = (await readFile(path.join(dataDir, 'postgres-port'), 'utf8')).trim();
    const client = new pg.Client({ connectionString: `postgresql://praksisbanken:${encodeURIComponent(password)}@127.0.0.1:${port}/praksisbanken` });
    await client.connect();
    try {
      const { rows } = await client.query('select id from rating where id = any($1::uuid[])', [[...confirmed]]);
      expect(rows.length).toBe(confirmed.size);
    } finally {
      await client.end();
    }

    const stopping = performance.now();
    app.process.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(performance.now() - stopping).toBeLessThan(10_000);
    await expect(readFile(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();
  });
});
