import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { codeOf, PSEUDONYM_SECRET, startTestApp, type TestApp } from '../support/test-app.js';

const EXPORT = `query($after: String) { ratingsExport(first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id raterPseudonym practiceSlug office regionCode score usefulness transferability observedEffect month } } } }`;

describe('the researcher API', () => {
  let app: TestApp;
  let researcher: string;
  beforeAll(async () => {
    app = await startTestApp();
    researcher = await app.login('forsker');
  });
  afterAll(() => app.close());

  it('exports every rating with a stable keyed pseudonym, never the user id, a name or a comment', async () => {
    const first = await app.gql(EXPORT, {}, researcher);
    expect(first.errors).toBeUndefined();
    const rows = await app.sql<{ id: string; user_id: string; score: number }>('select id, user_id, score from rating');
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const { node } of first.data.ratingsExport.edges) {
      const row = byId.get(node.id)!;
      expect(node.raterPseudonym).toBe(createHmac('sha256', PSEUDONYM_SECRET).update(row.user_id).digest('base64url').slice(0, 22));
      expect(node.raterPseudonym).not.toContain(row.user_id);
      expect(node.score).toBe(row.score);
      expect(node.month).toMatch(/^\d{4}-\d{2}$/);
    }
    const fields = (await app.gql('{ __type(name: "RatingRecord") { fields { name } } }', {}, researcher)).data.__type.fields.map((f: any) => f.name);
    expect(fields).not.toContain('comment');
    expect(fields.filter((f: string) => /name|author|user/i.test(f))).toEqual([]);
  });

  it('pages consistently while ratings are being added', async () => {
    const seen: string[] = [];
    let page = await app.gql(EXPORT, {}, researcher);
    seen.push(...page.data.ratingsExport.edges.map((e: any) => e.node.id));
    // New ratings arrive between pages.
    const [{ id: practiceId }] = await app.sql(`select id from practice where status = 'PUBLISHED' order by slug limit 1`);
    for (let i = 0; i < 5; i++) {
      const token = await app.tokenFor({ subject: `late-${i}`, name: `Sen ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: '0602' });
      await app.gql('mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { id } } }', { input: { practiceId, score: 3 } }, token);
    }
    while (page.data.ratingsExport.pageInfo.hasNextPage) {
      page = await app.gql(EXPORT, { after: page.data.ratingsExport.pageInfo.endCursor }, researcher);
      seen.push(...page.data.ratingsExport.edges.map((e: any) => e.node.id));
    }
    const [{ n }] = await app.sql('select count(*)::int as n from rating');
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('is for researchers and editors; a bad cursor is refused', async () => {
    expect(codeOf(await app.gql(EXPORT, {}, await app.login('veileder.drammen')))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(EXPORT, {}, await app.login('fylkesdirektor.buskerud')))).toBe('FORBIDDEN');
    expect((await app.gql(EXPORT, {}, await app.login('redaktor'))).errors).toBeUndefined();
    expect(codeOf(await app.gql(EXPORT, { after: Buffer.from('["x","y"]').toString('base64url') }, researcher))).toBe('BAD_USER_INPUT');
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
