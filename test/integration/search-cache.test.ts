// The PostgreSQL engine keeps answers to repeated searches until something they depend on
// changes: this app's own commits drop them at once, anyone else's through LISTEN/NOTIFY, and
// without a listening connection nothing is served from the cache.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEARCH = `query($query: String!, $sort: SearchSort) {
  searchPractices(query: $query, sort: $sort, pageSize: 50) { totalHits hits { practice { id slug } } facets { themes { value count } } }
}`;

describe('search answer cache', () => {
  let app: TestApp;
  let caseworker: string;
  let other: pg.Client;
  const statements: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.login('veileder.drammen');
    other = new pg.Client({ connectionString: app.orm.config.get('clientUrl') });
    await other.connect();
    app.database.onQuery((query) => statements.push(query.sql));
  });
  afterAll(async () => {
    await other.end();
    await app.close();
  });

  const search = async (query: string, sort = 'RELEVANCE') => {
    const result = await app.gql(SEARCH, { query, sort }, caseworker);
    expect(result.errors).toBeUndefined();
    return result.data.searchPractices;
  };
  const searchStatements = () => statements.filter((sql) => sql.includes('matched')).length;
  const until = async (check: () => Promise<boolean>) => {
    for (let waited = 0; !(await check()); waited += 25) {
      if (waited > 5_000) throw new Error('not within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  it('answers a repeated search without searching the database again', async () => {
    const first = await search('jobbstøtte');
    const counted = searchStatements();
    expect(await search('jobbstøtte')).toEqual(first);
    expect(searchStatements()).toBe(counted);
    await search('jobbstøtte', 'NEWEST');
    expect(searchStatements()).toBe(counted + 1);
    // Someone else asking the same shares the answer; drafts are asked for per person.
    const director = await app.login('fylkesdirektor.nordland');
    expect((await app.gql(SEARCH, { query: 'jobbstøtte', sort: 'NEWEST' }, director)).data.searchPractices).toEqual(
      await search('jobbstøtte', 'NEWEST'),
    );
    expect(searchStatements()).toBe(counted + 1);
    const withDrafts = `query { searchPractices(query: "jobbstøtte", filter: { statuses: [PUBLISHED, DRAFT] }) { totalHits } }`;
    await app.gql(withDrafts, {}, caseworker);
    await app.gql(withDrafts, {}, director);
    expect(searchStatements()).toBe(counted + 3);
  });

  it("shows this app's own writes at once", async () => {
    const byRating = await search('', 'RATING');
    const last = byRating.hits.at(-1).practice;
    const raters = ['veileder.drammen', 'veileder.bodo', 'redaktor'];
    for (const username of raters) {
      const rated = await app.gql(
        'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { score } } }',
        { input: { practiceId: last.id, score: 5 } },
        await app.login(username),
      );
      expect(rated.errors).toBeUndefined();
    }
    const after = await search('', 'RATING');
    expect(after.hits.findIndex((hit: any) => hit.practice.id === last.id)).toBeLessThan(byRating.hits.length - 1);
  });

  it('keeps its answers while ratings come in, and orders them by the ratings as they are now', async () => {
    const byRating = await search('', 'RATING');
    const counted = searchStatements();
    // A rating from this app: the next search shows it at once, from the same cached matches.
    const lowest = byRating.hits.at(-1).practice;
    const rated = await app.gql(
      'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { score } } }',
      { input: { practiceId: lowest.id, score: 5 } },
      await app.login('veileder.01'),
    );
    expect(rated.errors).toBeUndefined();
    const after = await search('', 'RATING');
    expect(after.hits.findIndex((hit: any) => hit.practice.id === lowest.id)).toBeLessThan(byRating.hits.length - 1);
    // Ratings written by anyone else (another app instance, here plain SQL) are followed too.
    const next = after.hits.at(-1).practice;
    await other.query(
      `insert into rating (id, practice_id, user_id, score, created_at, updated_at)
       select gen_random_uuid(), $1, id, 5, now(), now() from app_user where username like 'veileder.0%' limit 6
       on conflict (practice_id, user_id) do update set score = 5`,
      [next.id],
    );
    await until(async () => (await search('', 'RATING')).hits.findIndex((hit: any) => hit.practice.id === next.id) < after.hits.length - 1);
    expect(searchStatements()).toBe(counted);
  });

  it('drops answers when another connection changes practices', async () => {
    const before = await search('');
    const [{ id, slug }] = (await other.query(`select id, slug from practice where status = 'PUBLISHED' order by slug limit 1`)).rows;
    expect(before.hits.some((hit: any) => hit.practice.slug === slug)).toBe(true);
    await other.query(`update practice set status = 'ARCHIVED' where id = $1`, [id]);
    await until(async () => (await search('')).totalHits === before.totalHits - 1);
    await other.query(`update practice set status = 'PUBLISHED' where id = $1`, [id]);
    await until(async () => (await search('')).totalHits === before.totalHits);
  });

  it('forgets everything when its listening connection is lost, and caches again once it listens', async () => {
    const listener = async () =>
      (await other.query(`select pid from pg_stat_activity where query ilike 'LISTEN%' and datname = current_database()`)).rows[0]?.pid;
    const before = await search('');
    const lost = await listener();
    expect(lost).toBeDefined();
    await other.query('select pg_terminate_backend($1)', [lost]);
    // Changed while nobody listens: no notification will ever arrive for it.
    const [{ id }] = (await other.query(`select id from practice where status = 'PUBLISHED' order by slug limit 1`)).rows;
    await other.query(`update practice set status = 'ARCHIVED' where id = $1`, [id]);
    await until(async () => ((await listener()) ?? lost) !== lost);
    expect((await search('')).totalHits).toBe(before.totalHits - 1);
    await other.query(`update practice set status = 'PUBLISHED' where id = $1`, [id]);
    await until(async () => (await search('')).totalHits === before.totalHits);
    const counted = searchStatements();
    await search('');
    expect(searchStatements()).toBe(counted);
  });
});
