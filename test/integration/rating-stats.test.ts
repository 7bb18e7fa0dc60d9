// ratingStats never lets anyone point at a person: small groups are suppressed, and no coarser
// group minus the visible finer ones isolates fewer than 5 raters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const STATS = `query($groupBy: [RatingDimension!]!, $filter: RatingStatsFilter) {
  ratingStats(groupBy: $groupBy, filter: $filter) {
    regionCode office theme evidenceLevel practiceSlug month suppressed raters count average stddev distribution } }`;

type Group = { regionCode: string | null; office: string | null; month: string | null; practiceSlug: string | null; suppressed: boolean; raters: number | null; count: number | null };

describe('rating statistics for researchers', () => {
  let app: TestApp;
  let researcher: string;
  beforeAll(async () => {
    app = await startTestApp();
    researcher = await app.login('forsker');
    // The demo data spreads its raters thinly. Give two Buskerud offices enough people: one of them
    // can then be shown, while the other covers for the region's small offices.
    const [{ id: practiceId }] = await app.sql(`select id from practice where slug = 'bolig-forst'`);
    for (const office of ['0602', '0604']) {
      for (let i = 0; i < 7; i++) {
        const token = await app.tokenFor({ subject: `${office}-${i}`, name: `Veileder ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: office });
        await app.gql('mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { id } } }', { input: { practiceId, score: 1 + (i % 5) } }, token);
      }
    }
  });
  afterAll(() => app.close());

  const stats = async (groupBy: string[], filter?: Record<string, unknown>): Promise<Group[]> => {
    const result = await app.gql(STATS, { groupBy, filter }, researcher);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.ratingStats;
  };

  /** Distinct raters among the ratings of the given offices (and months), straight from the database. */
  const ratersIn = async (offices: string[], months?: string[]) => {
    if (offices.length === 0) return 0;
    const [{ n }] = await app.sql(
      `select count(distinct user_id)::int as n from rating where office_enhetsnummer = any(?::text[])
       ${months ? `and to_char(created_at at time zone 'UTC', 'YYYY-MM') = any(?::text[])` : ''}`,
      months ? [`{${offices.join(',')}}`, `{${months.join(',')}}`] : [`{${offices.join(',')}}`],
    );
    return n;
  };

  it('suppresses groups with fewer than 5 distinct raters and gives exact numbers for the rest', async () => {
    const offices = await stats(['OFFICE']);
    expect(offices.some((g) => g.suppressed)).toBe(true);
    expect(offices.some((g) => !g.suppressed)).toBe(true);
    for (const group of offices) {
      const truth = await ratersIn([group.office!]);
      if (truth < 5) expect(group.suppressed, group.office!).toBe(true);
      if (group.suppressed) expect([group.raters, group.count]).toEqual([null, null]);
      else expect(group.raters).toBe(truth);
    }
  });

  it('never lets a region minus its visible offices isolate fewer than 5 raters', async () => {
    const regions = await stats(['REGION']);
    const offices = await stats(['OFFICE']);
    const regionOf = new Map((await app.sql<{ enhetsnummer: string; region_code: string }>('select enhetsnummer, region_code from office')).map((o) => [o.enhetsnummer, o.region_code]));
    for (const region of regions.filter((r) => !r.suppressed)) {
      const inRegion = offices.filter((o) => regionOf.get(o.office!) === region.regionCode);
      const hidden = inRegion.filter((o) => o.suppressed).map((o) => o.office!);
      const visibleCount = inRegion.filter((o) => !o.suppressed).reduce((sum, o) => sum + o.count!, 0);
      const remainder = region.count! - visibleCount;
      if (hidden.length === 0) expect(remainder).toBe(0);
      else expect(await ratersIn(hidden), `region ${region.regionCode}`).toBeGreaterThanOrEqual(5);
    }
    // The same for the whole country minus its visible regions.
    const [total] = await stats([]);
    const hiddenRegions = regions.filter((r) => r.suppressed).map((r) => r.regionCode!);
    if (hiddenRegions.length > 0) {
      const offices = [...regionOf].filter(([, region]) => hiddenRegions.includes(region)).map(([office]) => office);
      expect(await ratersIn(offices)).toBeGreaterThanOrEqual(5);
    }
    expect(total.suppressed).toBe(false);
  });

  it('protects both margins of a two-way table (office by month)', async () => {
    const cells = await stats(['OFFICE', 'MONTH']);
    const byOffice = new Map<string, Group[]>();
    const byMonth = new Map<string, Group[]>();
    for (const cell of cells) {
      (byOffice.get(cell.office!) ?? byOffice.set(cell.office!, []).get(cell.office!)!).push(cell);
      (byMonth.get(cell.month!) ?? byMonth.set(cell.month!, []).get(cell.month!)!).push(cell);
    }
    // A row or column whose own total has fewer than 5 raters is suppressed in the coarser table
    // too, so there is nothing to subtract from; every other one must hide at least 5 raters or none.
    const monthsOf = (groups: Group[]) => groups.map((c) => c.month!);
    for (const [office, row] of byOffice) {
      if ((await ratersIn([office])) < 5) continue;
      const hidden = row.filter((c) => c.suppressed).map((c) => c.month!);
      if (hidden.length > 0) expect(await ratersIn([office], hidden), `office ${office}`).toBeGreaterThanOrEqual(5);
      expect(monthsOf(row).length).toBeGreaterThan(0);
    }
    for (const [month, column] of byMonth) {
      if ((await ratersIn(column.map((c) => c.office!), [month])) < 5) continue;
      const hidden = column.filter((c) => c.suppressed).map((c) => c.office!);
      if (hidden.length > 0) expect(await ratersIn(hidden, [month]), `month ${month}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('suppresses a group that a filter would cut into a few raters and the rest', async () => {
    const all = new Map((await stats(['OFFICE'])).map((g) => [g.office, g]));
    const filtered = await stats(['OFFICE'], { themes: ['MENTAL_HEALTH'] });
    for (const group of filtered.filter((g) => !g.suppressed)) {
      const whole = all.get(group.office);
      if (!whole || whole.suppressed) continue;
      const [{ n }] = await app.sql(
        `select count(distinct r.user_id)::int as n from rating r join practice p on p.id = r.practice_id
         where r.office_enhetsnummer = ? and not (p.themes && '{MENTAL_HEALTH}')`,
        [group.office],
      );
      expect(n === 0 || n >= 5, `office ${group.office}: ${n} raters outside the filter`).toBe(true);
    }
  });

  it('gives averages, spread and distribution that match the ratings', async () => {
    const [total] = await stats([]);
    const [truth] = await app.sql('select count(*)::int as n, avg(score)::float8 as a, count(distinct user_id)::int as raters from rating');
    expect(total).toMatchObject({ suppressed: false, count: truth.n, raters: truth.raters });
    const result = await app.gql(STATS, { groupBy: [] }, researcher);
    expect(result.data.ratingStats[0].average).toBeCloseTo(truth.a, 10);
    expect(result.data.ratingStats[0].distribution.reduce((a: number, b: number) => a + b, 0)).toBe(truth.n);
  });

  it('is for researchers and editors only', async () => {
    expect(codeOf(await app.gql(STATS, { groupBy: ['REGION'] }, await app.login('veileder.drammen')))).toBe('FORBIDDEN');
    expect((await app.gql(STATS, { groupBy: ['REGION'] }, await app.login('redaktor'))).errors).toBeUndefined();
    expect(codeOf(await app.gql(STATS, { groupBy: ['REGION', 'OFFICE', 'MONTH', 'THEME'] }, researcher))).toBe('BAD_USER_INPUT');
  });
});
