import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const RATE = `mutation($input: RatePracticeInput!) {
  ratePractice(input: $input) {
    rating { id score usefulness transferability observedEffect comment office { enhetsnummer } author { name } }
    practice { id ratingSummary { average count distribution dimensions { usefulness transferability observedEffect } } myRating { score } }
  }
}`;
const SUMMARY = `query($slug: String!) { practice(slug: $slug) { id
  ratingSummary { average count distribution dimensions { usefulness transferability observedEffect } }
  myRating { score comment } } }`;

describe('rating a practice', () => {
  let app: TestApp;
  let caseworker: string;
  let practiceId: string;
  const slug = 'kvalifiseringsprogrammet';

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.login('veileder.drammen');
    practiceId = (await app.gql(SUMMARY, { slug }, caseworker)).data.practice.id;
  });
  afterAll(() => app.close());

  const summary = async (token = caseworker) => (await app.gql(SUMMARY, { slug }, token)).data.practice;
  const rowsFor = () => app.sql('select * from rating where practice_id = ?', [practiceId]);

  it('rates once per user: a second call edits the same rating', async () => {
    const before = await summary();
    const first = await app.gql(RATE, { input: { practiceId, score: 2, usefulness: 3, comment: '  Nyttig for oss  ' } }, caseworker);
    expect(first.errors).toBeUndefined();
    expect(first.data.ratePractice.rating).toMatchObject({
      score: 2,
      usefulness: 3,
      transferability: null,
      comment: 'Nyttig for oss',
      office: { enhetsnummer: '0602' },
      author: { name: 'Ingrid Solberg' },
    });
    expect(first.data.ratePractice.practice.ratingSummary.count).toBe(before.ratingSummary.count + 1);
    expect(first.data.ratePractice.practice.myRating).toEqual({ score: 2 });

    const second = await app.gql(RATE, { input: { practiceId, score: 5 } }, caseworker);
    expect(second.data.ratePractice.rating.id).toBe(first.data.ratePractice.rating.id);
    const after = second.data.ratePractice.practice.ratingSummary;
    expect(after.count).toBe(before.ratingSummary.count + 1);
    expect(after.distribution[4]).toBe(before.ratingSummary.distribution[4] + 1);
    expect(after.distribution[1]).toBe(before.ratingSummary.distribution[1]);
    expect((await summary()).myRating).toEqual({ score: 5, comment: null });
  });

  it('deletes my rating and the summary follows', async () => {
    const before = await summary();
    const deleted = await app.gql(
      'mutation($id: ID!) { deleteMyRating(practiceId: $id) { ratingSummary { count } myRating { score } } }',
      { id: practiceId },
      caseworker,
    );
    expect(deleted.data.deleteMyRating).toEqual({ ratingSummary: { count: before.ratingSummary.count - 1 }, myRating: null });
    const again = await app.gql('mutation($id: ID!) { deleteMyRating(practiceId: $id) { id } }', { id: practiceId }, caseworker);
    expect(codeOf(again)).toBe('NOT_FOUND');
  });

  it('says how many of the counted ratings are demo data, and the count follows every change of the rows', async () => {
    const DEMO = 'query($slug: String!) { practice(slug: $slug) { ratingSummary { count demoCount } } }';
    const counted = async () => (await app.gql(DEMO, { slug }, caseworker)).data.practice.ratingSummary;
    const recount = async () =>
      (await app.sql(`select count(*)::int as count, (count(*) filter (where demo))::int as "demoCount" from rating where practice_id = ?`, [practiceId]))[0];

    const before = await counted();
    expect(before.demoCount).toBeGreaterThan(0);
    expect(before).toEqual(await recount());

    // A caseworker's own rating is real: counted, not as demo.
    await app.gql(RATE, { input: { practiceId, score: 4 } }, caseworker);
    expect(await counted()).toEqual({ count: before.count + 1, demoCount: before.demoCount });

    // A demo rater editing their demo rating keeps it demo; deleting it takes it out of both counts.
    const [{ username }] = await app.sql(
      `select u.username from rating r join app_user u on u.id = r.user_id where r.practice_id = ? and r.demo order by u.username limit 1`,
      [practiceId],
    );
    const demoRater = await app.login(username);
    expect((await app.gql(RATE, { input: { practiceId, score: 1 } }, demoRater)).errors).toBeUndefined();
    expect(await counted()).toEqual({ count: before.count + 1, demoCount: before.demoCount });
    await app.gql('mutation($id: ID!) { deleteMyRating(practiceId: $id) { id } }', { id: practiceId }, demoRater);
    expect(await counted()).toEqual({ count: before.count, demoCount: before.demoCount - 1 });

    // Any writer, not only the app: a rating marked real by hand leaves the demo count.
    await app.sql(`update rating set demo = false where id = (select id from rating where practice_id = ? and demo order by id limit 1)`, [practiceId]);
    expect(await counted()).toEqual({ count: before.count, demoCount: before.demoCount - 2 });
    expect(await counted()).toEqual(await recount());
    await app.gql('mutation($id: ID!) { deleteMyRating(practiceId: $id) { id } }', { id: practiceId }, caseworker);
  });

  it('refuses bad input with a code and the field, and writes nothing', async () => {
    const before = await rowsFor();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ practiceId, score: 0 }, 'BAD_USER_INPUT', 'score'],
      [{ practiceId, score: 6 }, 'BAD_USER_INPUT', 'score'],
      [{ practiceId, score: 3, usefulness: 9 }, 'BAD_USER_INPUT', 'usefulness'],
      [{ practiceId, score: 3, comment: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'comment'],
      [{ practiceId: 'not-an-id', score: 3 }, 'BAD_USER_INPUT', 'practiceId'],
      [{ practiceId: '00000000-0000-4000-8000-000000000000', score: 3 }, 'NOT_FOUND', 'practiceId'],
    ];
    for (const [input, code, field] of cases) {
      const result = await app.gql(RATE, { input }, caseworker);
      expect(codeOf(result), JSON.stringify(input).slice(0, 80)).toBe(code);
      expect(result.errors![0].extensions!.field).toBe(field);
      expect(result.errors![0].message).not.toMatch(/select|insert|stack/i);
    }
    expect(await rowsFor()).toEqual(before);
    const exactlyAtLimit = await app.gql(RATE, { input: { practiceId, score: 3, comment: 'x'.repeat(2000) } }, caseworker);
    expect(exactlyAtLimit.errors).toBeUndefined();
  });

  it('refuses to rate a draft or archived practice with CONFLICT', async () => {
    const archived = await app.gql('{ practices(first: 1, filter: { statuses: [ARCHIVED] }) { edges { node { id } } } }', {}, caseworker);
    const id = archived.data.practices.edges[0].node.id;
    expect(codeOf(await app.gql(RATE, { input: { practiceId: id, score: 4 } }, caseworker))).toBe('CONFLICT');
  });

  it('never lets researchers rate or read single ratings; others see who wrote them', async () => {
    const researcher = await app.login('forsker');
    expect(codeOf(await app.gql(RATE, { input: { practiceId, score: 4 } }, researcher))).toBe('FORBIDDEN');
    const query = `query($slug: String!) { practice(slug: $slug) { ratings(first: 50) { totalCount edges { node { score comment office { name } author { name } } } } } }`;
    // Researchers have ratingStats and the export instead (see research.test.ts).
    expect(codeOf(await app.gql(query, { slug }, researcher))).toBe('FORBIDDEN');
    const asCaseworker = await app.gql(query, { slug }, caseworker);
    expect(asCaseworker.data.practice.ratings.edges.length).toBeGreaterThan(0);
    expect(asCaseworker.data.practice.ratings.edges.every((e: any) => typeof e.node.author.name === 'string')).toBe(true);
  });

  it('pages through ratings newest first', async () => {
    const query = `query($slug: String!, $after: String) { practice(slug: $slug) { ratings(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await app.gql(query, { slug, after }, caseworker);
      total = page.data.practice.ratings.totalCount;
      ids.push(...page.data.practice.ratings.edges.map((e: any) => e.node.id));
      after = page.data.practice.ratings.pageInfo.hasNextPage ? page.data.practice.ratings.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const rows = await app.sql<{ id: string }>('select id from rating where practice_id = ? order by updated_at desc, id desc', [practiceId]);
    expect(ids).toEqual(rows.map((r) => r.id));
  });

  it('keeps the aggregate exact under 200 concurrent ratings from 50 users', async () => {
    const users = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app.tokenFor({ subject: `load-${i}`, name: `Last ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: '0602' }),
      ),
    );
    // Four writes per user, all at once: each user rates, re-rates and re-rates the same practice.
    const calls = users.flatMap((token, i) =>
      [0, 1, 2, 3].map((round) =>
        app.gql(
          RATE,
          { input: { practiceId, score: ((i + round) % 5) + 1, usefulness: round % 2 ? ((i % 5) + 1) : null } },
          token,
        ),
      ),
    );
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results).toHaveLength(200);

    const rows = await rowsFor();
    const loadRows = await app.sql(
      `select count(*)::int as n from rating r join app_user u on u.id = r.user_id where r.practice_id = ? and u.subject like 'load-%'`,
      [practiceId],
    );
    expect(loadRows[0].n).toBe(50);
    const { ratingSummary } = await summary();
    const scores = rows.map((r: any) => r.score);
    expect(ratingSummary.count).toBe(rows.length);
    expect(ratingSummary.distribution).toEqual([1, 2, 3, 4, 5].map((s) => scores.filter((x: number) => x === s).length));
    expect(ratingSummary.average).toBeCloseTo(scores.reduce((a: number, b: number) => a + b, 0) / rows.length, 10);
    const usefulness = rows.map((r: any) => r.usefulness).filter((u: any) => u !== null);
    expect(ratingSummary.dimensions.usefulness).toBeCloseTo(
      usefulness.reduce((a: number, b: number) => a + b, 0) / usefulness.length,
      10,
    );
  });

  it('stays exact when the same users rate and delete their ratings concurrently', async () => {
    const users = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.tokenFor({ subject: `flip-${i}`, name: `Flip ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: '0602' }),
      ),
    );
    const DELETE = 'mutation($id: ID!) { deleteMyRating(practiceId: $id) { ratingSummary { count } } }';
    // Each user rates, deletes and rates again, twelve calls at once, so deletes race with writes.
    const calls = users.flatMap((token, i) =>
      Array.from({ length: 12 }, (_, k) =>
        k % 3 === 1
          ? app.gql(DELETE, { id: practiceId }, token)
          : app.gql(RATE, { input: { practiceId, score: ((i + k) % 5) + 1, transferability: k % 2 ? 2 : null } }, token),
      ),
    );
    const results = await Promise.all(calls);
    // A delete may find no rating (another delete came first); nothing else may fail.
    expect(results.filter((r) => r.errors && codeOf(r) !== 'NOT_FOUND')).toEqual([]);

    const rows = await rowsFor();
    const flipRows = await app.sql(
      `select count(*)::int as n, count(distinct r.user_id)::int as users from rating r join app_user u on u.id = r.user_id
       where r.practice_id = ? and u.subject like 'flip-%'`,
      [practiceId],
    );
    expect(flipRows[0].n).toBe(flipRows[0].users);
    const { ratingSummary } = await summary();
    const scores = rows.map((r: any) => r.score);
    expect(ratingSummary.count).toBe(rows.length);
    expect(ratingSummary.distribution).toEqual([1, 2, 3, 4, 5].map((s) => scores.filter((x: number) => x === s).length));
    expect(ratingSummary.average).toBeCloseTo(scores.reduce((a: number, b: number) => a + b, 0) / rows.length, 10);
    const transferability = rows.map((r: any) => r.transferability).filter((t: any) => t !== null);
    expect(ratingSummary.dimensions.transferability).toBeCloseTo(
      transferability.reduce((a: number, b: number) => a + b, 0) / transferability.length,
      10,
    );
  });

  it('keeps every practice\'s stored aggregates equal to a recount after a burst of rates, edits and deletes', async () => {
    const slugs = (await app.sql(`select slug, id from practice where status = 'PUBLISHED' order by slug limit 4`)) as { slug: string; id: string }[];
    const users = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.tokenFor({ subject: `burst-${i}`, name: `Burst ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: '0602' }),
      ),
    );
    // Demo raters of the same practices edit and delete their demo ratings among the others' writes.
    const demoRaters = (await app.sql(
      `select distinct u.username from rating r join app_user u on u.id = r.user_id
       where r.demo and r.practice_id in (${slugs.map(() => '?').join(', ')}) order by 1 limit 6`,
      slugs.map((p) => p.id),
    )) as { username: string }[];
    expect(demoRaters.length).toBeGreaterThan(0);
    const demoTokens = await Promise.all(demoRaters.map((r) => app.login(r.username)));
    const DELETE = 'mutation($id: ID!) { deleteMyRating(practiceId: $id) { id } }';
    const calls = [...users, ...demoTokens].flatMap((token, i) =>
      Array.from({ length: 10 }, (_, k) => {
        const id = slugs[(i + k) % slugs.length].id;
        if (k % 4 === 3) return app.gql(DELETE, { id }, token);
        const dimensions = k % 2 ? { usefulness: ((i * k) % 5) + 1, observedEffect: null } : { usefulness: null, observedEffect: (k % 5) + 1 };
        return app.gql(RATE, { input: { practiceId: id, score: ((i + 2 * k) % 5) + 1, ...dimensions } }, token);
      }),
    );
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.errors && codeOf(r) !== 'NOT_FOUND')).toEqual([]);

    const drifted = await app.sql(
      `select p.slug from practice p
       left join (select practice_id, count(*)::int as n, count(*) filter (where demo)::int as demo_n, sum(score)::int as total,
                    array[count(*) filter (where score = 1), count(*) filter (where score = 2), count(*) filter (where score = 3),
                          count(*) filter (where score = 4), count(*) filter (where score = 5)]::int[] as distribution,
                    coalesce(sum(usefulness), 0)::int as usefulness_sum, count(usefulness)::int as usefulness_count,
                    coalesce(sum(transferability), 0)::int as transferability_sum, count(transferability)::int as transferability_count,
                    coalesce(sum(observed_effect), 0)::int as observed_effect_sum, count(observed_effect)::int as observed_effect_count
                  from rating group by practice_id) r on r.practice_id = p.id
       where (p.rating_count, p.rating_demo_count, p.rating_sum, p.rating_distribution, p.rating_usefulness_sum, p.rating_usefulness_count,
              p.rating_transferability_sum, p.rating_transferability_count, p.rating_observed_effect_sum, p.rating_observed_effect_count)
         is distinct from
             (coalesce(r.n, 0), coalesce(r.demo_n, 0), coalesce(r.total, 0), coalesce(r.distribution, '{0,0,0,0,0}'), coalesce(r.usefulness_sum, 0),
              coalesce(r.usefulness_count, 0), coalesce(r.transferability_sum, 0), coalesce(r.transferability_count, 0),
              coalesce(r.observed_effect_sum, 0), coalesce(r.observed_effect_count, 0))
          or abs(p.rating_average - coalesce(r.total::float8 / nullif(r.n, 0), 0)) > 1e-9`,
    );
    expect(drifted).toEqual([]);
  });
});
