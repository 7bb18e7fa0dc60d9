// Apps with their own data directories never collide: each embedded PostgreSQL keeps a port of its
// own; a data directory or port already in use is said in one line, and the app exits non-zero.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { freePort } from '../support/ports.js';

describe('data directories and their ports', () => {
  const folders: string[] = [];
  const apps: AppProcess[] = [];
  const folder = async () => {
    const made = await mkdtemp(path.join(tmpdir(), 'pb-data-'));
    folders.push(made);
    return made;
  };
  const start = (env: Record<string, string>) => {
    const app = startAppProcess({ PORT: '0', ...env });
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    for (const app of apps) app.process.kill('SIGTERM');
    await Promise.all(apps.map((app) => app.exited));
    for (const made of folders) await rm(made, { recursive: true, force: true });
  });

  it('runs two apps with different data directories at once, each on a port of its own', async () => {
    const [first, second] = await Promise.all([folder(), folder()]);
    const apps = [start({ DATA_DIR: first }), start({ DATA_DIR: second })];
    const urls = await Promise.all(apps.map((app) => app.url));
    for (const url of urls) expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ports = await Promise.all([first, second].map(async (dir) => Number(await readFile(path.join(dir, 'postgres-port'), 'utf8'))));
    expect(ports[0]).not.toBe(ports[1]);
    // The port stays with the data directory: a restart uses it again.
    apps[0].process.kill('SIGTERM');
    expect(await apps[0].exited).toBe(0);
    const again = start({ DATA_DIR: first });
    expect((await fetch(`${await again.url}/healthz`)).status).toBe(200);
    expect(again.output()).toContain(`embedded PostgreSQL on port ${ports[0]}`);
  });

  it('refuses a second app on a data directory in use, in one clear line', async () => {
    const dir = await folder();
    const running = start({ DATA_DIR: dir });
    await running.url;
    const second = start({ DATA_DIR: dir });
    expect(await second.exited).toBe(1);
    const said = second.output().trim().split('\n').filter((line) => line.includes('cannot start'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/in use by another Praksisbanken \(pid \d+\)/);
    expect((await fetch(`${await running.url}/healthz`)).status).toBe(200);
  });

  it('says so when another program holds the embedded database\'s port', async () => {
    const port = await freePort();
    const holder = createServer().listen(port, '127.0.0.1');
    try {
      const app = start({ DATA_DIR: await folder(), EMBEDDED_PG_PORT: String(port) });
      expect(await app.exited).toBe(1);
      expect(app.output()).toMatch(new RegExp(`cannot start: Port ${port} of the embedded PostgreSQL .* is taken by another program`));
    } finally {
      holder.close();
    }
  });
});
