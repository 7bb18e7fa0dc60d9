// The per-user rate limit counts in PostgreSQL: one count across workers and app instances, and a
// limiter that cannot count lets requests through instead of failing them.
import { sql } from 'kysely';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { openDatabase, type Database } from '../../server/db/database.js';
import { createReadDb, type Db } from '../../server/db/read-db.js';
import { countRequest, postgresRateLimitStore } from '../../server/http/rate-limit-store.js';
import { freePort } from '../support/ports.js';
import { createTestDatabase, startTestApp } from '../support/test-app.js';

const incr = (store: ReturnType<typeof postgresRateLimitStore>, key: string) =>
  new Promise<{ error: Error | null; current?: number }>((resolve) =>
    new store({}).incr(key, (error, result) => resolve({ error, current: result?.current }), 60_000, 10),
  );

describe('the rate limit store', () => {
  let database: Database;
  let otherInstance: Db;
  beforeAll(async () => {
    const databaseUrl = await createTestDatabase();
    database = await openDatabase({ databaseUrl, dataDir: tmpdir(), embeddedPostgresPort: 0 });
    otherInstance = createReadDb({ clientUrl: databaseUrl });
  });
  afterAll(async () => {
    await otherInstance.destroy();
    await database.close();
  });

  it('counts one key across app instances, one window at a time', async () => {
    const instances = [database.db, otherInstance, database.db, otherInstance];
    const counts = [];
    for (const db of instances) counts.push(await countRequest(db, 'user:everywhere', 400));
    expect(counts.map((count) => count.current)).toEqual([1, 2, 3, 4]);
    for (const { ttl } of counts) {
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(400);
    }
    expect((await countRequest(otherInstance, 'user:elsewhere', 400)).current).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await countRequest(database.db, 'user:everywhere', 400)).current).toBe(1);
  });

  it('removes keys whose window has ended', async () => {
    await sql`insert into rate_limit (key, count, window_ends_at) values ('user:gone', 3, now() - interval '1 second')`.execute(database.db);
    expect((await incr(postgresRateLimitStore(database.db, () => {}), 'user:present')).current).toBe(1);
    await expect
      .poll(async () => (await sql<{ key: string }>`select key from rate_limit where key = 'user:gone'`.execute(database.db)).rows)
      .toEqual([]);
  });

  it('fails each count while PostgreSQL is unreachable, saying so once', async () => {
    const unreachable = createReadDb({ clientUrl: `postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none` });
    const heard: string[] = [];
    try {
      const store = postgresRateLimitStore(unreachable, (message) => heard.push(message));
      const results = [await incr(store, 'user:a'), await incr(store, 'user:a'), await incr(store, 'user:b')];
      expect(results.every((result) => result.error instanceof Error)).toBe(true);
      expect(heard).toEqual([expect.stringMatching(/cannot count requests.*letting them through/)]);
    } finally {
      await unreachable.destroy();
    }
  });
});

describe('the rate limit in the app', () => {
  it('lets requests through while it cannot count, and limits again once it can', async () => {
    const app = await startTestApp({ seed: false, rateLimitPerMinute: 2 });
    try {
      const token = await app.tokenFor({ subject: 'steady', name: 'Jevn', role: Role.CASEWORKER });
      const status = async () => (await app.gql('{ me { name } }', {}, token)).status;
      await app.sql('alter table rate_limit rename to rate_limit_away');
      const whileAway = [await status(), await status(), await status()];
      expect(whileAway).toEqual([200, 200, 200]);
      await app.sql('alter table rate_limit_away rename to rate_limit');
      expect([await status(), await status(), await status()]).toEqual([200, 200, 429]);
    } finally {
      await app.close();
    }
  });
});
