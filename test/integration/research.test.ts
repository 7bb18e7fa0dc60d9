import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { codeOf, PSEUDONYM_SECRET, startTestApp, type TestApp } from '../support/test-app.js';

const EXPORT = `query($after: String, $first: Int = 100) { ratingsExport(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id raterPseudonym practiceSlug office regionCode score usefulness transferability observedEffect month period periodInterval } } } }`;

const RATE = 'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { id } } }';

const keyed = (value: string) => createHmac('sha256', PSEUDONYM_SECRET).update(value).digest('base64url').slice(0, 22);

describe('the researcher API', () => {
  let app: TestApp;
  let researcher: string;
  beforeAll(async () => {
    app = await startTestApp();
    researcher = await app.login('forsker');
    // The seed's demo raters are spread thinly (most offices have one): give Nav Drammen six raters
    // this month, so one office and month is big enough to be shown as it is.
    const [{ id: practiceId }] = await app.sql(`select id from practice where slug = 'bolig-forst'`);
    for (let i = 0; i < 6; i++) {
      const token = await app.tokenFor({ subject: `drammen-${i}`, name: `Veileder ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: '0602' });
      await app.gql(RATE, { input: { practiceId, score: 1 + (i % 5), comment: `Kommentar ${i}` } }, token);
    }
    // And one rater at each of five other offices of the region: too few for any office, enough for the region.
    const others = await app.sql<{ enhetsnummer: string }>(
      `select enhetsnummer from office where region_code = (select region_code from office where enhetsnummer = '0602')
         and enhetsnummer <> '0602' order by enhetsnummer limit 5`,
    );
    for (const { enhetsnummer } of others) {
      const token = await app.tokenFor({ subject: `region-${enhetsnummer}`, name: 'Veileder', role: Role.CASEWORKER, officeEnhetsnummer: enhetsnummer });
      await app.gql(RATE, { input: { practiceId, score: 4 } }, token);
    }
  });
  afterAll(() => app.close());

  const exportAll = async () => {
    const rows: any[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: any = await app.gql(EXPORT, { after }, researcher);
      expect(page.errors).toBeUndefined();
      rows.push(...page.data.ratingsExport.edges.map((edge: any) => edge.node));
      totalCount = page.data.ratingsExport.totalCount;
      after = page.data.ratingsExport.pageInfo.hasNextPage ? page.data.ratingsExport.pageInfo.endCursor : null;
    } while (after);
    return { rows, totalCount };
  };

  it('exports ratings under keyed row ids and rater pseudonyms: never a rating id, a user id, a name or a comment', async () => {
    const { rows, totalCount } = await exportAll();
    expect(rows.length).toBe(totalCount);
    const ratings = await app.sql<{ id: string; user_id: string }>('select id, user_id from rating');
    const ratingIds = new Set(ratings.map((r) => r.id));
    const rowIds = new Set(ratings.map((r) => keyed(`rating:${r.id}`)));
    const pseudonyms = new Set(ratings.map((r) => keyed(r.user_id)));
    for (const row of rows) {
      expect(ratingIds.has(row.id)).toBe(false);
      expect(rowIds.has(row.id)).toBe(true);
      expect(pseudonyms.has(row.raterPseudonym)).toBe(true);
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const fields = (await app.gql('{ __type(name: "RatingRecord") { fields { name } } }', {}, researcher)).data.__type.fields.map((f: any) => f.name);
    expect(fields).not.toContain('comment');
    expect(fields.filter((f: string) => /name|author|user/i.test(f))).toEqual([]);
  });

  it('is k-anonymous: every office, region and period in the export is shared by at least 5 raters', async () => {
    const { rows } = await exportAll();
    const classes = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = `${row.office}|${row.regionCode}|${row.period}`;
      (classes.get(key) ?? classes.set(key, new Set()).get(key)!).add(row.raterPseudonym);
      expect(row.period).toMatch(row.periodInterval === 'MONTH' ? /^\d{4}-\d{2}$/ : row.periodInterval === 'QUARTER' ? /^\d{4}-Q[1-4]$/ : /^\d{4}$/);
      if (row.periodInterval !== 'MONTH') expect(row.month).toBeNull();
    }
    for (const [key, raters] of classes) expect(raters.size, key).toBeGreaterThanOrEqual(5);
    // Nav Drammen this month is big enough to keep its office; the thin demo offices are generalised or left out.
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(rows.some((row) => row.office === '0602' && row.period === thisMonth)).toBe(true);
    expect(rows.some((row) => row.office === null && row.regionCode !== null)).toBe(true);
    const [{ n }] = await app.sql('select count(*)::int as n from rating');
    expect(rows.length).toBeLessThan(n);
  });

  it('pages consistently while ratings are being added', async () => {
    const seen: string[] = [];
    let page = await app.gql(EXPORT, { first: 2 }, researcher);
    seen.push(...page.data.ratingsExport.edges.map((e: any) => e.node.id));
    expect(page.data.ratingsExport.pageInfo.hasNextPage).toBe(true);
    // New ratings arrive between pages, in a class big enough to be shown.
    const [{ id: practiceId }] = await app.sql(`select id from practice where status = 'PUBLISHED' order by slug limit 1`);
    const late: string[] = [];
    for (let i = 0; i < 5; i++) {
      const token = await app.tokenFor({ subject: `late-${i}`, name: `Sen ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: '0602' });
      late.push((await app.gql(RATE, { input: { practiceId, score: 3 } }, token)).data.ratePractice.rating.id);
    }
    while (page.data.ratingsExport.pageInfo.hasNextPage) {
      page = await app.gql(EXPORT, { first: 2, after: page.data.ratingsExport.pageInfo.endCursor }, researcher);
      seen.push(...page.data.ratingsExport.edges.map((e: any) => e.node.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(page.data.ratingsExport.totalCount);
    for (const id of late) expect(seen).toContain(keyed(`rating:${id}`));
  });

  it('gives researchers no single ratings: no lists, no comments, no offices, no exact times', async () => {
    const practice = `{ practice(slug: "bolig-forst") { ratings(first: 50) { edges { node { comment office { name } createdAt } } } } }`;
    const office = `{ office(enhetsnummer: "0602") { ratings(first: 5) { edges { node { comment } } } } }`;
    expect(codeOf(await app.gql(practice, {}, researcher))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(office, {}, researcher))).toBe('FORBIDDEN');
    const caseworker = await app.login('veileder.drammen');
    const seen = await app.gql(practice, {}, caseworker);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.practice.ratings.edges.some((edge: any) => edge.node.comment?.startsWith('Kommentar'))).toBe(true);
    expect((await app.gql(office, {}, caseworker)).errors).toBeUndefined();
  });

  it('is for researchers and editors; a bad cursor is refused', async () => {
    expect(codeOf(await app.gql(EXPORT, {}, await app.login('veileder.drammen')))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(EXPORT, {}, await app.login('fylkesdirektor.buskerud')))).toBe('FORBIDDEN');
    expect((await app.gql(EXPORT, {}, await app.login('redaktor'))).errors).toBeUndefined();
    expect(codeOf(await app.gql(EXPORT, { after: Buffer.from('["x","y"]').toString('base64url') }, researcher))).toBe('BAD_USER_INPUT');
    for (const impossible of ['2025-13-01 00:00:00+00', '2025-02-30 00:00:00+00', '0000-01-01 00:00:00+00']) {
      const after = Buffer.from(JSON.stringify([impossible, '00000000-0000-0000-0000-000000000000'])).toString('base64url');
      const refused = await app.gql(EXPORT, { after }, researcher);
      expect(codeOf(refused), impossible).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.field).toBe('after');
    }
  });

  it('counts adoptions by the period they started in and their status now', async () => {
    const query = `query($slug: String, $theme: Theme, $interval: TimeInterval) {
      adoptionTimeline(practiceSlug: $slug, theme: $theme, interval: $interval) { period considering piloting inUse discontinued } }`;
    const yearly = (await app.gql(query, { slug: 'individuell-jobbstotte', interval: 'YEAR' }, researcher)).data.adoptionTimeline;
    const [{ n }] = await app.sql(`select count(*)::int as n from adoption a join practice p on p.id = a.practice_id where p.slug = 'individuell-jobbstotte'`);
    const total = yearly.reduce((sum: number, p: any) => sum + p.considering + p.piloting + p.inUse + p.discontinued, 0);
    expect(total).toBe(n);
    expect(yearly.every((p: any) => /^\d{4}-01-01$/.test(p.period))).toBe(true);
    const quarterly = (await app.gql(query, { theme: 'HOUSING', interval: 'QUARTER' }, researcher)).data.adoptionTimeline;
    expect(quarterly.every((p: any) => /^\d{4}-(01|04|07|10)-01$/.test(p.period))).toBe(true);
  });
});
