// The app as a user starts it: a real process with the embedded PostgreSQL under a data directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess as startApp } from '../support/app-process.js';
import { freePort } from '../support/ports.js';

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('starting and stopping the app', () => {
  let dataDir: string;
  let pgPort: number;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'praksisbanken-boot-'));
    pgPort = await freePort();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const env = () => ({ DATA_DIR: dataDir, PORT: '0', EMBEDDED_PG_PORT: String(pgPort) });

  it('starts the embedded database, migrates, seeds, serves, and stops cleanly on Ctrl-C', async () => {
    const app = startApp(env());
    const url = await app.url;
    expect(app.output()).toMatch(/loading the seed catalogue/);
    const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', database: { kind: 'embedded', state: 'up' } });
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { devLogin(username: "redaktor") { user { role } } }' }),
    });
    expect(((await login.json()) as any).data.devLogin.user.role).toBe('ADMIN');

    app.process.kill('SIGINT');
    expect(await app.exited).toBe(0);
    expect(await portIsOpen(pgPort)).toBe(false);
  });

  it('reuses its data on the next start without seeding again', async () => {
    const app = startApp(env());
    const url = await app.url;
    expect(app.output()).not.toMatch(/loading the seed catalogue/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    app.process.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });

  it('refuses to start without OIDC settings unless NODE_ENV is unset, development or test, saying why', async () => {
    for (const nodeEnv of ['production', 'staging', 'prod']) {
      const app = startApp({ ...env(), NODE_ENV: nodeEnv });
      expect(await app.exited, nodeEnv).toBe(1);
      expect(app.output()).toMatch(new RegExp(`configuration error: NODE_ENV=${nodeEnv} needs OIDC_ISSUER`));
    }
  });
});
