import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const POST = 'mutation($input: PostKnowledgeNeedInput!) { postKnowledgeNeed(input: $input) { id title supportCount postedByMe supportedByMe region { code } } }';
const SUPPORT = 'mutation($id: ID!) { supportKnowledgeNeed(id: $id) { supportCount supportedByMe } }';
const LIST = `query($regionCode: String, $orderBy: KnowledgeNeedOrder, $after: String) {
  knowledgeNeeds(regionCode: $regionCode, orderBy: $orderBy, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title supportCount answeredBy { slug } } } } }`;

describe('knowledge needs and search gaps', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    // veileder.07 and veileder.22 are caseworkers in Buskerud, as veileder.drammen is.
    for (const user of ['veileder.drammen', 'veileder.bodo', 'fylkesdirektor.buskerud', 'fylkesdirektor.nordland', 'forsker', 'redaktor', 'veileder.07', 'veileder.22']) {
      token[user] = await app.login(user);
    }
  });
  afterAll(() => app.close());

  it("are posted from the poster's region and supported once per user", async () => {
    const posted = await app.gql(POST, { input: { title: 'Hvordan følge opp unge uføre?', description: 'Vi mangler erfaringer.', themes: ['FOLLOW_UP'] } }, token['veileder.drammen']);
    const need = posted.data.postKnowledgeNeed;
    expect(need).toMatchObject({ supportCount: 1, postedByMe: true, supportedByMe: true, region: { code: '33' } });
    const twice = await Promise.all([1, 2, 3].map(() => app.gql(SUPPORT, { id: need.id }, token['veileder.07'])));
    expect(twice.map((r) => r.data.supportKnowledgeNeed.supportCount)).toContain(2);
    const [{ n }] = await app.sql('select support_count as n from knowledge_need where id = ?', [need.id]);
    expect(n).toBe(2);
    expect(codeOf(await app.gql(SUPPORT, { id: need.id }, token.forsker))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(POST, { input: { title: 'x', description: 'y' } }, token.forsker))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(POST, { input: { title: ' ', description: 'y' } }, token['veileder.drammen']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(POST, { input: { title: 'x', description: 'y', regionCode: '18' } }, token['veileder.drammen']))).toBe('FORBIDDEN');
  });

  it('are listed by support or newest, a page at a time, and answered by the region with a practice', async () => {
    const as = token['veileder.drammen'];
    const ids: string[] = [];
    for (const title of ['Behov A', 'Behov B', 'Behov C']) ids.push((await app.gql(POST, { input: { title, description: '…' } }, as)).data.postKnowledgeNeed.id);
    await app.gql(SUPPORT, { id: ids[2] }, token['veileder.07']);
    await app.gql(SUPPORT, { id: ids[2] }, token['veileder.22']);
    const first = await app.gql(LIST, { regionCode: '33', orderBy: 'SUPPORT' }, as);
    expect(first.data.knowledgeNeeds.edges[0].node.id).toBe(ids[2]);
    const second = await app.gql(LIST, { regionCode: '33', orderBy: 'SUPPORT', after: first.data.knowledgeNeeds.pageInfo.endCursor }, as);
    expect(second.data.knowledgeNeeds.edges.map((e: any) => e.node.id)).not.toContain(ids[2]);
    const newest = await app.gql(LIST, { regionCode: '33', orderBy: 'NEWEST' }, as);
    expect(newest.data.knowledgeNeeds.edges[0].node.id).toBe(ids[2]);

    const [{ id: practiceId }] = await app.sql(`select id from practice where slug = 'individuell-jobbstotte'`);
    const answer = (who: string) => app.gql('mutation($id: ID!, $p: ID!) { answerKnowledgeNeed(id: $id, practiceId: $p) { answeredAt answeredBy { slug } } }', { id: ids[0], p: practiceId }, token[who]);
    expect(codeOf(await answer('veileder.drammen'))).toBe('FORBIDDEN');
    expect(codeOf(await answer('fylkesdirektor.nordland'))).toBe('FORBIDDEN');
    expect((await answer('fylkesdirektor.buskerud')).data.answerKnowledgeNeed.answeredBy.slug).toBe('individuell-jobbstotte');
  });

  it("are supported by caseworkers and directors of the need's region and by editors, and viewerCan says so", async () => {
    const need = (await app.gql(POST, { input: { title: 'Hvordan jobber andre med sommerjobber?', description: 'Vi vil lære.' } }, token['veileder.drammen'])).data.postKnowledgeNeed;
    const supportCount = async () => (await app.sql('select support_count as n from knowledge_need where id = ?', [need.id]))[0].n;
    const maySupport = async (who: string) =>
      (await app.gql('query { knowledgeNeeds(regionCode: "33", first: 100) { edges { node { id viewerCan { support } } } } }', {}, token[who]))
        .data.knowledgeNeeds.edges.find((e: any) => e.node.id === need.id).node.viewerCan.support;
    for (const who of ['veileder.bodo', 'fylkesdirektor.nordland', 'forsker']) {
      const refused = await app.gql(SUPPORT, { id: need.id }, token[who]);
      expect(codeOf(refused), who).toBe('FORBIDDEN');
      expect(await maySupport(who), who).toBe(false);
    }
    expect(await supportCount()).toBe(1);
    for (const who of ['veileder.22', 'fylkesdirektor.buskerud', 'redaktor']) {
      expect(await maySupport(who), who).toBe(true);
      expect((await app.gql(SUPPORT, { id: need.id }, token[who])).data.supportKnowledgeNeed.supportedByMe, who).toBe(true);
    }
    expect(await supportCount()).toBe(4);
  });

  it("show a region's searches that found nothing, counted, to its directors and researchers", async () => {
    for (const query of ['tegnspråktolk', 'tegnspråktolk', 'sommerjobb for ungdom med autisme']) {
      await app.gql('query($q: String!) { searchPractices(query: $q) { totalHits } }', { q: query }, token['veileder.drammen']);
    }
    await app.gql('query($q: String!) { searchPractices(query: $q) { totalHits } }', { q: 'rakfiskprodusenter' }, token['veileder.bodo']);
    const gaps = (who: string, code = '33') =>
      app.gql('query($code: String!, $since: DateTimeISO!) { searchGaps(regionCode: $code, since: $since) { query count lastSearchedAt } }', { code, since: '2020-01-01T00:00:00Z' }, token[who]);
    const buskerud = (await gaps('fylkesdirektor.buskerud')).data.searchGaps;
    expect(buskerud[0]).toMatchObject({ query: 'tegnspråktolk', count: 2 });
    expect(buskerud.map((g: any) => g.query)).not.toContain('rakfiskprodusenter');
    expect((await gaps('forsker', '18')).data.searchGaps.map((g: any) => g.query)).toContain('rakfiskprodusenter');
    expect(codeOf(await gaps('fylkesdirektor.nordland'))).toBe('FORBIDDEN');
    expect(codeOf(await gaps('veileder.drammen'))).toBe('FORBIDDEN');
  });
});

describe('the region overview', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const OVERVIEW = `query($code: String!) { regionOverview(code: $code) {
    region { name }
    spreading { practice { slug } considering piloting inUse discontinued newThisQuarter }
    bestRated { practice { slug } regionAverage regionRaters nationalAverage }
    adoptionMatrix { offices { enhetsnummer } practices { id } cells { office practiceId status } }
    overdueReviews { slug reviewDue }
    adoptionsByMonth { month started } } }`;

  it('shows what spreads in the region, its best rated practices against the national average, and overdue reviews', async () => {
    const director = await app.login('fylkesdirektor.buskerud');
    const { data, errors } = await app.gql(OVERVIEW, { code: '33' }, director);
    expect(errors).toBeUndefined();
    const overview = data.regionOverview;
    expect(overview.region.name).toBe('Buskerud');
    const [{ n }] = await app.sql(
      `select count(*)::int as n from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer where o.region_code = '33'`,
    );
    const spreadTotal = overview.spreading.reduce((sum: number, s: any) => sum + s.considering + s.piloting + s.inUse + s.discontinued, 0);
    expect(spreadTotal).toBe(n);
    expect(overview.adoptionMatrix.cells).toHaveLength(n);
    expect(overview.adoptionMatrix.offices.length).toBeGreaterThan(0);
    expect(overview.bestRated.every((r: any) => r.regionRaters >= 5)).toBe(true);
    expect(overview.adoptionsByMonth).toHaveLength(24);
    expect(overview.overdueReviews.every((p: any) => p.reviewDue < new Date().toISOString().slice(0, 10))).toBe(true);
    expect(codeOf(await app.gql(OVERVIEW, { code: '18' }, director))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(OVERVIEW, { code: '33' }, await app.login('veileder.drammen')))).toBe('FORBIDDEN');
    expect((await app.gql(OVERVIEW, { code: '18' }, await app.login('forsker'))).data.regionOverview.region.name).toBe('Nordland');
  });
});
