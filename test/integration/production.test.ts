// The production shape: worker processes on one port sharing the rate limit, and the compiled build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { devLogin, startAppProcess, type AppProcess } from '../support/app-process.js';
import { freePort } from '../support/ports.js';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A GraphQL request over a connection of its own, so that the primary hands each to the next worker. */
const postOnNewConnection = (url: string, query: string, token: string) =>
  new Promise<number>((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (response) => response.resume().on('end', () => resolve(response.statusCode!)),
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });

/** Worker pids from their log lines' tag. */
const workerPids = (output: string) => new Set([...output.matchAll(/\[praksisbanken worker (\d+)\]/g)].map((match) => Number(match[1])));

/** Pids of the processes that answered requests, from Fastify's debug-level request log. */
const answeringPids = (output: string) =>
  new Set(
    output
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes('"msg":"request completed"'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid),
  );

async function withApp(env: Record<string, string>, args: string[] | undefined, use: (app: AppProcess, dataDir: string) => Promise<void>) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praksisbanken-production-'));
  const app = startAppProcess({ DATA_DIR: dataDir, PORT: '0', EMBEDDED_PG_PORT: String(await freePort()), ...env }, args);
  try {
    await use(app, dataDir);
  } finally {
    app.process.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('several workers', () => {
  it('share one port and one rate limit, replace a worker that dies, and stop with the database on SIGTERM', async () => {
    await withApp({ WEB_CONCURRENCY: '2', RATE_LIMIT_PER_MINUTE: '8', LOG_LEVEL: 'debug' }, undefined, async (app, dataDir) => {
      const url = await app.url;
      const postmaster = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(isRunning(postmaster)).toBe(true);
      const workers = workerPids(app.output());
      expect(workers.size).toBe(2);
      expect(workers.has(app.process.pid!)).toBe(false);

      const token = await devLogin(url, 'forsker');
      const statuses = [];
      for (let i = 0; i < 9; i++) statuses.push(await postOnNewConnection(url, '{ me { name } }', token));
      // Counted per worker, each would have let 8 through.
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
      expect(answeringPids(app.output())).toEqual(workers);

      const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ status: 'ok', database: { kind: 'embedded', state: 'up' } });

      const [victim] = workers;
      process.kill(victim, 'SIGKILL');
      await expect.poll(() => app.output(), { timeout: 10_000 }).toMatch(new RegExp(`worker ${victim} exited on SIGKILL; starting another`));
      await expect.poll(() => workerPids(app.output()).size, { timeout: 30_000, interval: 200 }).toBe(3);
      const replacement = [...workerPids(app.output())].find((pid) => !workers.has(pid))!;
      await expect
        .poll(async () => {
          await postOnNewConnection(url, '{ me { name } }', token);
          return answeringPids(app.output()).has(replacement);
        }, { timeout: 20_000, interval: 100 })
        .toBe(true);

      app.process.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      expect(app.output()).toMatch(/\[praksisbanken\] stopped/);
      expect(isRunning(postmaster)).toBe(false);
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
      for (const pid of workerPids(app.output())) expect(isRunning(pid)).toBe(false);
    });
  });
});

describe('the compiled build', () => {
  beforeAll(async () => {
    // `npm run build:server`: a clean clone has no dist/ yet.
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const build = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    build.stdout.on('data', (chunk) => (output += chunk));
    build.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
    if (code !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${output}`);
  });

  it('starts with plain node, answers /healthz and GraphQL, and stops cleanly', async () => {
    await withApp({ WEB_CONCURRENCY: '2' }, ['dist/server/main.js'], async (app) => {
      const url = await app.url;
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      const token = await devLogin(url, 'forsker');
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ practices(first: 1) { totalCount } }' }),
      });
      expect(((await response.json()) as any).data.practices.totalCount).toBeGreaterThan(0);
      app.process.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    });
  });
});
