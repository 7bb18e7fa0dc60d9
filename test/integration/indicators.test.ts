import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { indicators as seedIndicators } from '../../seeds/data/indicators.js';
import { DEMO_MONTHS, tiedOutcomes } from '../../seeds/indicator-values.js';
import { IndicatorsService } from '../../server/indicators/indicators.service.js';
import { codeOf, startTestApp, statementCounter, type TestApp } from '../support/test-app.js';
import { INDICATOR_LIMITS } from '../../schema/limits.js';

const SCORECARD = `query($enhetsnummer: ID!, $from: String, $to: String) {
  officeScorecard(enhetsnummer: $enhetsnummer, from: $from, to: $to) {
    from to office { enhetsnummer region { code } }
    indicators { indicator { code kind owner unit direction source note }
      months { month actual expected difference regionMedian countryMedian demo } } } }`;

const LEADERS = `query($code: ID!, $region: ID, $from: String, $to: String, $first: Int, $minMonths: Int) {
  indicatorLeaders(indicatorCode: $code, regionCode: $region, from: $from, to: $to, first: $first, minMonths: $minMonths) {
    from to minMonths rankedOffices region { code }
    leaders { rank months meanActual meanExpected advantage demo office { enhetsnummer region { code } }
      practices { othersInRegionUsing othersInRegion practice { slug } } } } }`;

const IMPORT = `mutation($csv: String!) { importIndicatorValues(csv: $csv) {
  rows inserted updated unchanged offices indicators firstMonth lastMonth } }`;

const lastMonth = DEMO_MONTHS[DEMO_MONTHS.length - 1].slice(0, 7);

describe('result indicators and scorecards', () => {
  let app: TestApp;
  let caseworker: string;
  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.login('veileder.drammen');
  });
  afterAll(() => app.close());

  it('lists the 20 seeded indicators, 14 state and 6 municipal, each with a source or a note that it is an example', async () => {
    const { data } = await app.gql('{ indicators { code owner kind unit direction source note firstMonth lastMonth themes targetGroups } }', {}, caseworker);
    expect(data.indicators).toHaveLength(20);
    expect(data.indicators.filter((i: any) => i.owner === 'STATE')).toHaveLength(14);
    expect(data.indicators.filter((i: any) => i.owner === 'MUNICIPAL')).toHaveLength(6);
    for (const indicator of data.indicators) {
      expect(indicator.source ?? indicator.note).toBeTruthy();
      expect(indicator.lastMonth).toBe(lastMonth);
    }
    expect(data.indicators.map((i: any) => i.code)).toEqual(seedIndicators.map((i) => i.code));
  });

  it("gives an office's scorecard per indicator and month, with the differences and the region's and country's medians as SQL computes them", async () => {
    const { data, errors } = await app.gql(SCORECARD, { enhetsnummer: '0602', from: '2026-05', to: lastMonth }, caseworker);
    expect(errors).toBeUndefined();
    const card = data.officeScorecard;
    expect(card).toMatchObject({ from: '2026-05', to: lastMonth, office: { enhetsnummer: '0602', region: { code: '33' } } });
    expect(card.indicators).toHaveLength(20);
    const work = card.indicators.find((i: any) => i.indicator.code === 'ARBEIDSINDIKATOR');
    expect(work.months.map((m: any) => m.month)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    const [oracle] = await app.sql(
      `select percentile_cont(0.5) within group (order by v.actual) as region,
         (select percentile_cont(0.5) within group (order by actual) from office_indicator_value where indicator_code = 'ARBEIDSINDIKATOR' and month = '2026-07-01') as country
       from office_indicator_value v join office o on o.enhetsnummer = v.office_enhetsnummer
       where v.indicator_code = 'ARBEIDSINDIKATOR' and v.month = '2026-07-01' and o.region_code = '33'`,
    );
    const july = work.months.find((m: any) => m.month === '2026-07');
    expect(july.regionMedian).toBeCloseTo(oracle.region, 9);
    expect(july.countryMedian).toBeCloseTo(oracle.country, 9);
    expect(july.difference).toBeCloseTo(july.actual - july.expected, 9);
    expect(july.demo).toBe(true);
  });

  it('defaults to the 24 months up to the last month with values, and refuses bad periods and unknown offices', async () => {
    const { data } = await app.gql(SCORECARD, { enhetsnummer: '1804' }, caseworker);
    expect(data.officeScorecard).toMatchObject({ from: DEMO_MONTHS[0].slice(0, 7), to: lastMonth });
    expect(data.officeScorecard.indicators[0].months).toHaveLength(24);
    const backwards = await app.gql(SCORECARD, { enhetsnummer: '1804', from: '2026-05', to: '2026-01' }, caseworker);
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const malformed = await app.gql(SCORECARD, { enhetsnummer: '1804', from: '2026-13' }, caseworker);
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].extensions!.field).toBe('from');
    const tooLong = await app.gql(SCORECARD, { enhetsnummer: '1804', from: '2010-01', to: '2026-01' }, caseworker);
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SCORECARD, { enhetsnummer: '9999' }, caseworker))).toBe('NOT_FOUND');
  });

  it('ranks offices on an outcome indicator by actual minus expected over the period, signed by direction, with a minimum of months', async () => {
    const { data, errors } = await app.gql(LEADERS, { code: 'AAP_DURATION_DAYS', first: 50 }, caseworker);
    expect(errors).toBeUndefined();
    const ranking = data.indicatorLeaders;
    expect(ranking).toMatchObject({ from: DEMO_MONTHS[12].slice(0, 7), to: lastMonth, minMonths: 6, region: null });
    // Lower is better: the leader's actual lies furthest below its expected.
    const oracle = await app.sql(
      `select office_enhetsnummer as office, avg(expected - actual) as advantage from office_indicator_value
       where indicator_code = 'AAP_DURATION_DAYS' and month between ?::date and ?::date group by 1 order by 2 desc, 1`,
      [`${ranking.from}-01`, `${ranking.to}-01`],
    );
    expect(ranking.rankedOffices).toBe(oracle.length);
    expect(ranking.leaders.map((l: any) => l.office.enhetsnummer)).toEqual(oracle.slice(0, 50).map((r: any) => r.office));
    expect(ranking.leaders[0].advantage).toBeCloseTo(oracle[0].advantage, 9);
    expect(ranking.leaders[0].meanExpected - ranking.leaders[0].meanActual).toBeCloseTo(ranking.leaders[0].advantage, 9);
    expect(ranking.leaders.map((l: any) => l.rank)).toEqual([...ranking.leaders.map((l: any) => l.rank)].sort((a, b) => a - b));
  });

  it('puts the offices that use a tied practice on top, and lists the practices they use that few others in the region do', async () => {
    const { data } = await app.gql(LEADERS, { code: 'KVP_TO_WORK', first: 5 }, caseworker);
    const tied = tiedOutcomes();
    const leaders = data.indicatorLeaders.leaders;
    expect(leaders.filter((l: any) => tied.get(l.office.enhetsnummer)?.has('KVP_TO_WORK')).length).toBeGreaterThanOrEqual(3);
    const withKvp = leaders.find((l: any) => l.practices.some((p: any) => p.practice.slug === 'kvalifiseringsprogrammet'));
    expect(withKvp).toBeDefined();
    const kvp = withKvp.practices.find((p: any) => p.practice.slug === 'kvalifiseringsprogrammet');
    const [counted] = await app.sql(
      `select count(*)::int as n from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer join practice p on p.id = a.practice_id
       where p.slug = 'kvalifiseringsprogrammet' and a.status in ('IN_USE', 'PILOTING') and o.region_code = ? and o.enhetsnummer <> ?`,
      [withKvp.office.region.code, withKvp.office.enhetsnummer],
    );
    expect(kvp.othersInRegionUsing).toBe(counted.n);
    const ordered = withKvp.practices.map((p: any) => p.othersInRegionUsing);
    expect(ordered).toEqual([...ordered].sort((a: number, b: number) => a - b));
    // Bounded: an office using hundreds of practices lists only those fewest others use.
    expect(leaders.every((l: any) => l.practices.length <= INDICATOR_LIMITS.practicesPerLeader)).toBe(true);
  });

  it('ranks within a region, and leaves out offices with too few months', async () => {
    const region = await app.gql(LEADERS, { code: 'ARBEIDSINDIKATOR', region: '33' }, caseworker);
    expect(region.data.indicatorLeaders.region).toEqual({ code: '33' });
    expect(region.data.indicatorLeaders.leaders.every((l: any) => l.office.region.code === '33')).toBe(true);
    await app.sql(`delete from office_indicator_value where office_enhetsnummer = '0604' and indicator_code = 'ARBEIDSINDIKATOR' and month > '2026-02-01'`);
    const after = await app.gql(LEADERS, { code: 'ARBEIDSINDIKATOR', region: '33', from: '2026-01', to: lastMonth, minMonths: 3 }, caseworker);
    expect(after.data.indicatorLeaders.leaders.some((l: any) => l.office.enhetsnummer === '0604')).toBe(false);
    const lenient = await app.gql(LEADERS, { code: 'ARBEIDSINDIKATOR', region: '33', from: '2026-01', to: lastMonth, minMonths: 2 }, caseworker);
    expect(lenient.data.indicatorLeaders.leaders.find((l: any) => l.office.enhetsnummer === '0604')).toMatchObject({ months: 2 });
  });

  it('refuses to rank on an activity indicator, and unknown indicators and regions', async () => {
    const activity = await app.gql(LEADERS, { code: 'FIRST_ACTIVITY_PLAN_DAYS' }, caseworker);
    expect(codeOf(activity)).toBe('BAD_USER_INPUT');
    expect(activity.errors![0].extensions!.field).toBe('indicatorCode');
    expect(codeOf(await app.gql(LEADERS, { code: 'NO_SUCH' }, caseworker))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(LEADERS, { code: 'KVP_TO_WORK', region: '99' }, caseworker))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(LEADERS, { code: 'KVP_TO_WORK', first: 500 }, caseworker))).toBe('BAD_USER_INPUT');
  });

  it("compares a practice's offices with the rest on an indicator: counts and median differences, descriptive", async () => {
    const query = `query($slug: String!) { practice(slug: $slug) {
      indicatorComparison(indicatorCode: "KVP_TO_WORK") { from to demo indicator { code } using { offices medianDifference } notUsing { offices medianDifference } }
      indicatorComparisons { indicator { code kind themes } using { offices } } themes } }`;
    const { data, errors } = await app.gql(query, { slug: 'kvalifiseringsprogrammet' }, caseworker);
    expect(errors).toBeUndefined();
    const comparison = data.practice.indicatorComparison;
    const [users] = await app.sql(
      `select count(distinct a.office_enhetsnummer)::int as n from adoption a join practice p on p.id = a.practice_id
       where p.slug = 'kvalifiseringsprogrammet' and a.status in ('IN_USE', 'PILOTING')`,
    );
    expect(comparison.using.offices).toBe(users.n);
    expect(comparison.using.offices + comparison.notUsing.offices).toBe((await app.sql('select count(*)::int as n from office_context'))[0].n);
    expect(comparison.using.medianDifference).toBeGreaterThan(comparison.notUsing.medianDifference);
    expect(comparison.demo).toBe(true);
    for (const other of data.practice.indicatorComparisons) {
      expect(other.indicator.kind).toBe('OUTCOME');
      expect(other.indicator.themes.some((t: string) => data.practice.themes.includes(t))).toBe(true);
    }
  });
});

describe('offices like mine', () => {
  let app: TestApp;
  let caseworker: string;
  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.login('veileder.drammen');
  });
  afterAll(() => app.close());

  const SIMILAR = `query($e: ID!, $first: Int) { similarOffices(enhetsnummer: $e, first: $first) { distance reasons office { enhetsnummer } } }`;

  it('gives each office its context', async () => {
    const { data } = await app.gql('{ office(enhetsnummer: "0602") { context { population centrality employees unemploymentRate organisation partnershipModel demo municipalities { name population } } } }', {}, caseworker);
    expect(data.office.context).toMatchObject({ centrality: 2, demo: true, municipalities: [{ name: 'Drammen' }] });
    expect(data.office.context.population).toBe(data.office.context.municipalities[0].population);
  });

  it('finds the nearest offices on standardised context, nearest first, with the reasons', async () => {
    await app.sql(`update office_context set population = 100000, centrality = 2, unemployment_rate = 2.5, employees = 100, organisation = 'SPECIALIST'
      where office_enhetsnummer in ('0602', '1001')`);
    const { data, errors } = await app.gql(SIMILAR, { e: '0602', first: 5 }, caseworker);
    expect(errors).toBeUndefined();
    const similar = data.similarOffices;
    expect(similar).toHaveLength(5);
    expect(similar[0]).toMatchObject({ office: { enhetsnummer: '1001' }, distance: 0 });
    expect(similar[0].reasons).toEqual(['SIMILAR_SIZE', 'SAME_CENTRALITY', 'SIMILAR_UNEMPLOYMENT', 'SIMILAR_STAFF', 'SAME_ORGANISATION']);
    const distances = similar.map((s: any) => s.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(similar.some((s: any) => s.office.enhetsnummer === '0602')).toBe(false);
    expect(codeOf(await app.gql(SIMILAR, { e: '9999' }, caseworker))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SIMILAR, { e: '0602', first: 500 }, caseworker))).toBe('BAD_USER_INPUT');
  });

  it('filters search to practices used by offices like mine, and a practice says which of them use it', async () => {
    const like = (await app.gql(SIMILAR, { e: '0602', first: 10 }, caseworker)).data.similarOffices.map((s: any) => s.office.enhetsnummer);
    const expected = await app.sql<{ slug: string }>(
      `select distinct p.slug from practice p join adoption a on a.practice_id = p.id
       where p.status = 'PUBLISHED' and a.status in ('IN_USE', 'PILOTING') and a.office_enhetsnummer = any(string_to_array(?, ',')) order by 1`,
      [like.join(',')],
    );
    expect(expected.length).toBeGreaterThan(0);
    const search = await app.gql(
      `query($f: PracticeSearchFilter) { searchPractices(query: "", filter: $f, pageSize: 50) { totalHits hits { practice { slug } } } }`,
      { f: { usedByOfficesLike: '0602' } },
      caseworker,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data.searchPractices.hits.map((h: any) => h.practice.slug).sort()).toEqual(expected.map((r) => r.slug));

    const slug = expected[0].slug;
    const practice = await app.gql(
      `query($slug: String!) { practice(slug: $slug) { usedByOfficesLike(office: "0602") { office { enhetsnummer } reasons } } }`,
      { slug },
      caseworker,
    );
    const using = practice.data.practice.usedByOfficesLike.map((s: any) => s.office.enhetsnummer);
    const [oracle] = await app.sql(
      `select array_agg(a.office_enhetsnummer order by a.office_enhetsnummer) as offices from adoption a join practice p on p.id = a.practice_id
       where p.slug = ? and a.status in ('IN_USE', 'PILOTING') and a.office_enhetsnummer = any(string_to_array(?, ','))`,
      [slug, like.join(',')],
    );
    expect([...using].sort()).toEqual(oracle.offices);
    const bad = await app.gql(`{ searchPractices(query: "", filter: { usedByOfficesLike: "12" }) { totalHits } }`, {}, caseworker);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('indicator fields on lists cost the same for 5 practices as for 40', () => {
  let app: TestApp;
  let token: string;
  let statements: ReturnType<typeof statementCounter>;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('veileder.drammen');
    statements = statementCounter(app);
  });
  afterAll(() => app.close());

  const LIST = `query($first: Int!) { practices(first: $first) { edges { node { slug
    indicatorComparisons { indicator { code } using { offices medianDifference } notUsing { offices } }
    usedByOfficesLike(office: "0602") { office { enhetsnummer } reasons } } } } }`;

  async function count(first: number) {
    await app.gql('{ me { name } }', {}, token);
    statements.reset();
    const result = await app.gql(LIST, { first }, token);
    expect(result.errors).toBeUndefined();
    return { statements: statements.count, edges: result.data.practices.edges };
  }

  it('batches the comparisons and "offices like mine" of a page of practices', async () => {
    const small = await count(5);
    const large = await count(40);
    expect(large.edges.length).toBeGreaterThan(30);
    expect(large.statements).toBe(small.statements);
    expect(large.edges.some((edge: any) => edge.node.indicatorComparisons.length > 0 && edge.node.indicatorComparisons[0].using.offices > 0)).toBe(true);
  });
});

describe('importing indicator values', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const director = () => app.tokenFor({ subject: 'dev:import.director', name: 'Direktør', role: Role.REGIONAL_DIRECTOR, regionCode: '33' });
  const editor = () => app.tokenFor({ subject: 'dev:import.editor', name: 'Redaktør', role: Role.ADMIN });

  it('lets directors and editors import, and no one else', async () => {
    const csv = 'office;indicator;month;actual;expected\n0602;ARBEIDSINDIKATOR;2025-01;50,0;49,0\n';
    for (const username of ['veileder.drammen', 'forsker']) {
      const token = await app.login(username);
      expect(codeOf(await app.gql(IMPORT, { csv }, token))).toBe('FORBIDDEN');
      expect((await app.gql('{ viewerCanImportIndicatorValues }', {}, token)).data.viewerCanImportIndicatorValues).toBe(false);
    }
    expect((await app.gql('{ viewerCanImportIndicatorValues }', {}, await director())).data.viewerCanImportIndicatorValues).toBe(true);
  });

  it("keeps a director to their own region's offices, naming the lines", async () => {
    const csv = 'office;indicator;month;actual;expected\n0602;ARBEIDSINDIKATOR;2025-01;50,0;49,0\n1804;ARBEIDSINDIKATOR;2025-01;50,0;49,0\n';
    const refused = await app.gql(IMPORT, { csv }, await director());
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions!.lineErrors).toEqual([{ line: 3, column: 'office', message: 'Office 1804 is not in your region' }]);
    const [row] = await app.sql(`select actual from office_indicator_value where office_enhetsnummer = '0602' and indicator_code = 'ARBEIDSINDIKATOR' and month = '2025-01-01'`);
    expect(row.actual).not.toBe(50);
  });

  it('checks every row and refuses the whole file with line numbers', async () => {
    const csv = [
      'enhetsnummer;indikator;måned;faktisk;forventet',
      '0602;ARBEIDSINDIKATOR;2025-02;51,5;49',
      '0602;NO_SUCH;2025-02;1;1',
      '9999;ARBEIDSINDIKATOR;2025-02;1;1',
      '0604;ARBEIDSINDIKATOR;2025-2;1;1',
      '0604;ARBEIDSINDIKATOR;2025-03;120;50',
      '0604;ARBEIDSINDIKATOR;2025-04;abc;50',
      '0602;ARBEIDSINDIKATOR;2025-02;52;49',
      '0605;ARBEIDSINDIKATOR;2025-02;52',
      '0605;ARBEIDSINDIKATOR;2999-01;52;50',
    ].join('\n');
    const refused = await app.gql(IMPORT, { csv }, await director());
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('csv');
    expect(refused.errors![0].extensions!.lineErrorCount).toBe(8);
    expect(refused.errors![0].extensions!.lineErrors).toEqual([
      { line: 3, column: 'indicator', message: 'No indicator with code "NO_SUCH"' },
      { line: 4, column: 'office', message: 'No office with enhetsnummer 9999' },
      { line: 5, column: 'month', message: '"2025-2" is not a month written YYYY-MM' },
      { line: 6, column: 'actual', message: '120 is outside 0–100 for an indicator in percent' },
      { line: 7, column: 'actual', message: '"abc" is not a number' },
      { line: 8, message: 'The same office, indicator and month as line 2' },
      { line: 9, message: 'Expected 5 fields, found 4' },
      { line: 10, column: 'month', message: '2999-01 has not ended yet' },
    ]);
    const [row] = await app.sql(`select actual from office_indicator_value where office_enhetsnummer = '0602' and indicator_code = 'ARBEIDSINDIKATOR' and month = '2025-02-01'`);
    expect(row.actual).not.toBe(51.5);
    const headless = await app.gql(IMPORT, { csv: 'a,b\n1,2' }, await director());
    expect(refused.errors![0].message).toMatch(/8 rows have errors; nothing was imported/);
    expect((headless.errors![0].extensions!.lineErrors as { line: number }[])[0].line).toBe(1);
  });

  it('refuses files over the size and row limits before reading them', async () => {
    const large = await app.gql(IMPORT, { csv: `office;indicator;month;actual;expected\n${'x'.repeat(900_000)}` }, await director());
    expect(codeOf(large)).toBe('BAD_USER_INPUT');
    expect(large.errors![0].extensions!.field).toBe('csv');
    const rows = await app.gql(IMPORT, { csv: `office;indicator;month;actual;expected\n${'1\n'.repeat(30_001)}` }, await director());
    expect(codeOf(rows)).toBe('BAD_USER_INPUT');
    expect(rows.errors![0].message).toBe('The file has 30001 rows, more than 30000: split it, e.g. by month');
  });

  it('writes all rows and the medians they move, and changes nothing when the same file comes again', async () => {
    const month = '2026-03';
    const csv = ['office,indicator,month,actual,expected', `0602,KVP_TO_WORK,${month},99.5,40`, `0604,KVP_TO_WORK,${month},98.5,41`, '0602,KVP_TO_WORK,2019-01,30,31'].join('\n');
    const first = await app.gql(IMPORT, { csv }, await director());
    expect(first.errors).toBeUndefined();
    expect(first.data.importIndicatorValues).toEqual({ rows: 3, inserted: 1, updated: 2, unchanged: 0, offices: 2, indicators: 1, firstMonth: '2019-01', lastMonth: month });
    const again = await app.gql(IMPORT, { csv }, await editor());
    expect(again.data.importIndicatorValues).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });

    const stored = await app.sql(`select office_enhetsnummer as office, actual, expected, demo from office_indicator_value
      where indicator_code = 'KVP_TO_WORK' and month = '2026-03-01' and office_enhetsnummer in ('0602', '0604') order by 1`);
    expect(stored).toEqual([{ office: '0602', actual: 99.5, expected: 40, demo: false }, { office: '0604', actual: 98.5, expected: 41, demo: false }]);
    const [medians] = await app.sql(`select
        (select percentile_cont(0.5) within group (order by v.actual) from office_indicator_value v join office o on o.enhetsnummer = v.office_enhetsnummer
          where v.indicator_code = 'KVP_TO_WORK' and v.month = '2026-03-01' and o.region_code = '33') as region,
        (select median from indicator_benchmark where indicator_code = 'KVP_TO_WORK' and month = '2026-03-01' and region_code = '33') as stored`);
    expect(medians.stored).toBeCloseTo(medians.region, 9);
    const card = await app.gql(`{ officeScorecard(enhetsnummer: "0602", from: "2026-03", to: "2026-03") { indicators { indicator { code } months { actual demo regionMedian } } } }`, {}, await editor());
    const kvp = card.data.officeScorecard.indicators.find((i: any) => i.indicator.code === 'KVP_TO_WORK');
    expect(kvp.months).toEqual([{ actual: 99.5, demo: false, regionMedian: medians.region }]);
  });

  it('writes a large file in batches, with progress lines in the log', async () => {
    const offices = (await app.sql<{ enhetsnummer: string }>('select enhetsnummer from office order by 1')).map((r) => r.enhetsnummer);
    const lines = ['office;indicator;month;actual;expected'];
    for (const office of offices) for (const { code } of seedIndicators) for (const month of ['2018-01', '2018-02', '2018-03', '2018-04', '2018-05', '2018-06']) lines.push(`${office};${code};${month};10;9`);
    expect(lines.length - 1).toBeGreaterThan(10_000);
    const log: string[] = [];
    const service = new IndicatorsService({ orm: app.orm, db: app.database.db, log: (line) => log.push(line) }, app.services.offices);
    const viewer = { id: '00000000-0000-4000-8000-000000000001', subject: 'dev:import.editor', name: 'Redaktør', role: Role.ADMIN };
    const result = await service.importValues(viewer, lines.join('\n'));
    expect(result).toMatchObject({ rows: lines.length - 1, inserted: lines.length - 1, firstMonth: '2018-01', lastMonth: '2018-06' });
    expect(log[0]).toBe(`importIndicatorValues: writing ${lines.length - 1} rows`);
    expect(log).toContain(`importIndicatorValues: 10000 of ${lines.length - 1} rows written`);
    expect(log[log.length - 1]).toBe(`importIndicatorValues: ${lines.length - 1} of ${lines.length - 1} rows written`);
  });
});
