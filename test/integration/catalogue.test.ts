import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const PAGE = `query($first: Int, $after: String, $filter: PracticeFilter, $orderBy: PracticeOrder) {
  practices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { slug title status themes targetGroups evidenceLevel adoptionCount createdAt
      ratingSummary { average count } originOffice { enhetsnummer region { code } } } }
  }
}`;

describe('reading the catalogue', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('veileder.drammen');
  });
  afterAll(() => app.close());

  const practices = (variables: Record<string, unknown>) => app.gql(PAGE, variables, token);

  it('lists every county as a region, each with its offices', async () => {
    const result = await app.gql('{ regions { code name offices { enhetsnummer name municipalities } } }', {}, token);
    const regions = result.data.regions;
    expect(regions).toHaveLength(15);
    expect(regions.every((r: any) => r.offices.length > 0)).toBe(true);
    expect(regions.flatMap((r: any) => r.offices).length).toBeGreaterThanOrEqual(40);
    const buskerud = regions.find((r: any) => r.code === '33');
    expect(buskerud.name).toBe('Buskerud');
    expect(buskerud.offices.map((o: any) => o.name)).toContain('Nav Drammen');
  });

  it('finds a region by code and an office by enhetsnummer, with its adoptions', async () => {
    const region = await app.gql('{ region(code: "18") { name offices { name } } }', {}, token);
    expect(region.data.region.name).toBe('Nordland');
    const office = await app.gql(
      '{ office(enhetsnummer: "1804") { name region { name } adoptions { status since practice { slug } } } }',
      {},
      token,
    );
    expect(office.data.office).toMatchObject({ name: 'Nav Bodø', region: { name: 'Nordland' } });
    expect(office.data.office.adoptions.map((a: any) => a.practice.slug)).toContain('individuell-jobbstotte');
  });

  it('answers NOT_FOUND for an unknown region, office or slug, naming the argument', async () => {
    for (const [query, field] of [
      ['{ region(code: "99") { name } }', 'code'],
      ['{ office(enhetsnummer: "9999") { name } }', 'enhetsnummer'],
      ['{ practice(slug: "finnes-ikke") { title } }', 'slug'],
    ]) {
      const result = await app.gql(query, {}, token);
      expect(codeOf(result), query).toBe('NOT_FOUND');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });

  it('holds the named practices with outcomes that carry their source', async () => {
    const result = await app.gql(
      `{ practice(slug: "individuell-jobbstotte") { title evidenceLevel status responsibility themes targetGroups
          originOffice { name } outcomes { label indicator { code } value comparisonValue unit difference differenceUnit followUpMonths design year source demo } links { title url }
          adoptions { status since office { name region { name } } }
          ratingSummary { average count distribution dimensions { usefulness transferability observedEffect } }
          myRating { score } } }`,
      {},
      token,
    );
    const ips = result.data.practice;
    expect(ips.evidenceLevel).toBe('RESEARCH_BASED');
    expect(ips.outcomes.length).toBeGreaterThan(0);
    expect(ips.outcomes.filter((o: any) => !o.demo).every((o: any) => o.source && (o.followUpMonths !== null || o.year !== null))).toBe(true);
    expect(ips.ratingSummary.distribution).toHaveLength(5);
    expect(ips.ratingSummary.count).toBe(ips.ratingSummary.distribution.reduce((a: number, b: number) => a + b, 0));
    expect(ips.myRating).toBeNull();
    for (const slug of ['kvalifiseringsprogrammet', 'forsok-med-kjerneoppgaver', 'aktivitetsplikt-for-unge-sosialhjelpsmottakere']) {
      expect((await app.gql(`{ practice(slug: "${slug}") { slug } }`, {}, token)).data.practice.slug).toBe(slug);
    }
  });

  it('pages through all published practices without gaps or repeats, in every order', async () => {
    for (const orderBy of ['TITLE', 'NEWEST', 'RATING', 'ADOPTIONS']) {
      const seen: any[] = [];
      let after: string | null = null;
      let totalCount = 0;
      do {
        const result: any = await practices({ first: 7, after, orderBy });
        expect(result.errors, orderBy).toBeUndefined();
        totalCount = result.data.practices.totalCount;
        seen.push(...result.data.practices.edges.map((e: any) => e.node));
        after = result.data.practices.pageInfo.hasNextPage ? result.data.practices.pageInfo.endCursor : null;
      } while (after);
      expect(seen.length, orderBy).toBe(totalCount);
      expect(new Set(seen.map((p) => p.slug)).size).toBe(totalCount);
      expect(seen.every((p) => p.status === 'PUBLISHED')).toBe(true);
      const keyOf: Record<string, (p: any) => number | string> = {
        TITLE: (p) => p.title,
        NEWEST: (p) => -Date.parse(p.createdAt),
        RATING: (p) => -(p.ratingSummary.average ?? 0),
        ADOPTIONS: (p) => -p.adoptionCount,
      };
      const keys = seen.map(keyOf[orderBy]);
      const norwegian = new Intl.Collator('nb-NO');
      const compare = (a: any, b: any) => (typeof a === 'string' ? norwegian.compare(a, b) : a - b);
      expect(keys, orderBy).toEqual([...keys].sort(compare));
    }
    const all = await practices({ first: 100 });
    expect(all.data.practices.totalCount).toBeGreaterThanOrEqual(30);
  });

  it('filters by theme, target group, evidence level, region and office', async () => {
    const youth = await practices({ first: 100, filter: { targetGroups: ['YOUTH'] } });
    expect(youth.data.practices.totalCount).toBeGreaterThan(0);
    expect(youth.data.practices.edges.every((e: any) => e.node.targetGroups.includes('YOUTH'))).toBe(true);

    const themes = await practices({ first: 100, filter: { themes: ['HOUSING', 'FINANCIAL_ADVICE'] } });
    expect(
      themes.data.practices.edges.every((e: any) => e.node.themes.some((t: string) => ['HOUSING', 'FINANCIAL_ADVICE'].includes(t))),
    ).toBe(true);

    const evaluated = await practices({ first: 100, filter: { evidenceLevels: ['EVALUATED', 'RESEARCH_BASED'] } });
    const slugs = evaluated.data.practices.edges.map((e: any) => e.node.slug);
    expect(slugs).toEqual(expect.arrayContaining(['individuell-jobbstotte', 'forsok-med-kjerneoppgaver']));

    const buskerud = await practices({ first: 100, filter: { regionCode: '33' } });
    expect(buskerud.data.practices.totalCount).toBeGreaterThan(0);
    expect(buskerud.data.practices.edges.every((e: any) => e.node.originOffice.region.code === '33')).toBe(true);

    const drammen = await practices({ first: 100, filter: { office: '0602' } });
    expect(drammen.data.practices.edges.every((e: any) => e.node.originOffice.enhetsnummer === '0602')).toBe(true);

    const combined = await practices({ first: 100, filter: { regionCode: '33', targetGroups: ['YOUTH'], themes: ['HOUSING'] } });
    expect(combined.data.practices.totalCount).toBeLessThanOrEqual(buskerud.data.practices.totalCount);
  });

  it('shows archived practices only when asked for', async () => {
    const archived = await practices({ first: 100, filter: { statuses: ['ARCHIVED'] } });
    expect(archived.data.practices.totalCount).toBeGreaterThan(0);
    expect(archived.data.practices.edges.every((e: any) => e.node.status === 'ARCHIVED')).toBe(true);
  });

  it('refuses a page over 100, a malformed cursor and a cursor from another order', async () => {
    const tooMany = await practices({ first: 101 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].extensions!.field).toBe('first');
    for (const after of ['not-a-cursor', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from('{"x":1}').toString('base64url')]) {
      const result = await practices({ first: 5, after });
      expect(codeOf(result), after).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('after');
    }
    const byTitle = await practices({ first: 5, orderBy: 'TITLE' });
    const wrongOrder = await practices({ first: 5, orderBy: 'NEWEST', after: byTitle.data.practices.pageInfo.endCursor });
    expect(codeOf(wrongOrder)).toBe('BAD_USER_INPUT');
  });
});
