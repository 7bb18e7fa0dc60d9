// npm run backup and npm run restore, as real processes: a database written to by the running app
// is dumped while the app runs, restored into an empty data directory, and reads the same there.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { EMBEDDED_DATABASE_NAME } from '../../server/db/database.js';
import { devLogin, startAppProcess } from '../support/app-process.js';
import { freePort } from '../support/ports.js';

const run = promisify(execFile);

/** A fingerprint of every table's rows, to compare two databases. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query(`select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1`)).rows;
    const result: Record<string, string> = {};
    for (const { tablename } of tables) {
      const [row] = (await client.query(`select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as print from "${tablename}" t`)).rows;
      result[tablename] = row.print;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('backup and restore of the embedded database', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('round-trips a database through npm run backup and npm run restore', async () => {
    const [source, target] = await Promise.all([mkdtemp(path.join(tmpdir(), 'pb-backup-')), mkdtemp(path.join(tmpdir(), 'pb-restore-'))]);
    folders.push(source, target);
    const sourcePort = String(await freePort());
    // The app runs on the source and writes to it; the backup is taken while it runs.
    const app = startAppProcess({ DATA_DIR: source, PORT: '0', EMBEDDED_PG_PORT: sourcePort });
    let backupFile: string;
    try {
      const url = await app.url;
      const token = await devLogin(url, 'veileder.drammen');
      const practice = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ practice(slug: "bolig-forst") { id } }' }),
      }).then((response) => response.json() as Promise<any>);
      const rated = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($id: ID!) { ratePractice(input: { practiceId: $id, score: 4, comment: "Tatt med i sikkerhetskopien" }) { rating { id } } }',
          variables: { id: practice.data.practice.id },
        }),
      }).then((response) => response.json() as Promise<any>);
      expect(rated.errors).toBeUndefined();
      const { stdout } = await run('npm', ['run', '--silent', 'backup'], { env: { ...process.env, DATA_DIR: source, EMBEDDED_PG_PORT: sourcePort } });
      backupFile = stdout.trim().split('\n').at(-1)!;
      expect(backupFile.startsWith(path.join(source, 'backups', 'praksisbanken-'))).toBe(true);
    } finally {
      app.process.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    }

    const targetPort = String(await freePort());
    await run('npm', ['run', '--silent', 'restore', backupFile], { env: { ...process.env, DATA_DIR: target, EMBEDDED_PG_PORT: targetPort } });

    // Both data directories, each on its own server, hold the same rows.
    const servers = await Promise.all([
      startEmbeddedPostgres({ dataDir: source, port: Number(sourcePort) }),
      startEmbeddedPostgres({ dataDir: target, port: Number(targetPort) }),
    ]);
    try {
      const [before, after] = await Promise.all(servers.map((server) => fingerprint(server.urlFor(EMBEDDED_DATABASE_NAME))));
      expect(Object.keys(after).length).toBeGreaterThan(10);
      expect(after.rating).toBe(before.rating);
      expect(after).toEqual(before);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }

    // Restoring over a database that is not empty is refused, and changes nothing.
    const refused = await run('npm', ['run', '--silent', 'restore', backupFile], { env: { ...process.env, DATA_DIR: target, EMBEDDED_PG_PORT: targetPort } }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((refused as { code: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toMatch(/not empty/);
  });
});
