// Outcomes that name a catalogue indicator, over real HTTP: linked by code (checked), free text
// where the catalogue has no such measure, difference-only outcomes, and migration
// outcome_indicators linking today's outcomes whose text names an indicator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const PROPOSE = `mutation($input: ProposePracticeInput!) { proposePractice(input: $input) {
  slug outcomes { label indicator { code name unit } targetGroup followUpMonths value comparisonValue unit difference differenceUnit nResult nComparison design source sourceUrl year } } }`;
const OUTCOMES = `query($slug: String!) { practice(slug: $slug) { outcomes { label indicator { code name } year } } }`;
const OUTCOME_INDICATORS = 'Migration20261219000000_outcome_indicators';

const study = { unit: '%', design: 'QUASI_EXPERIMENTAL', source: 'Evaluering 2024', sourceUrl: 'https://example.org/rapport-2024.pdf', year: 2024 };

describe('outcomes and catalogue indicators', () => {
  let app: TestApp;
  let caseworker: string;

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.login('veileder.drammen');
  });
  afterAll(() => app.close());

  const propose = (title: string, outcomes: unknown[]) => app.gql(PROPOSE, { input: { title, summary: 'Prøves ut.', description: '', outcomes } }, caseworker);

  it('links an outcome to a catalogue indicator by code, with its own label or the indicator name, and keeps free-text measures', async () => {
    const result = await propose('Kvalifisering med tett oppfølging', [
      { ...study, indicatorCode: 'KVP_TO_WORK', targetGroup: 'LONG_TERM_SOCIAL_ASSISTANCE', followUpMonths: 12, value: 31, comparisonValue: 24, nResult: 80, nComparison: 95 },
      { ...study, indicatorCode: 'kvp_to_work', label: 'I arbeid ett år etter fullført program', value: 33 },
      { ...study, label: 'I arbeid 12 mnd etter', value: 40 },
    ]);
    expect(result.errors).toBeUndefined();
    const [linked, labelled, free] = result.data.proposePractice.outcomes;
    const kvp = { code: 'KVP_TO_WORK', name: 'I arbeid etter kvalifiseringsprogrammet', unit: 'PERCENT' };
    expect(linked).toMatchObject({ label: kvp.name, indicator: kvp, targetGroup: 'LONG_TERM_SOCIAL_ASSISTANCE', followUpMonths: 12, difference: 7, differenceUnit: 'prosentpoeng', nResult: 80, nComparison: 95 });
    expect(labelled).toMatchObject({ label: 'I arbeid ett år etter fullført program', indicator: kvp });
    expect(free).toMatchObject({ label: 'I arbeid 12 mnd etter', indicator: null });

    // The database holds the link under a foreign key: the indicator cannot go while outcomes name it.
    const links = await app.sql(`select l.indicator_code from practice_outcome_indicator l join practice p on p.id = l.practice_id where p.slug = ?`, [result.data.proposePractice.slug]);
    expect(links).toEqual([{ indicator_code: 'KVP_TO_WORK' }]);
    await expect(app.sql(`delete from indicator where code = 'KVP_TO_WORK'`)).rejects.toThrow(/practice_outcome_indicator/);
  });

  it('refuses an unknown indicator code, and an outcome that names no measure at all, with the field', async () => {
    const unknown = await propose('Ukjent indikator', [{ ...study, indicatorCode: 'FINNES_IKKE', value: 30 }]);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions!.field).toBe('outcomes.0.indicatorCode');
    expect(unknown.errors![0].message).toContain('"FINNES_IKKE"');

    const second = await propose('Ukjent indikator nummer to', [{ ...study, label: 'I arbeid', value: 30 }, { ...study, indicatorCode: 'NOPE', value: 30 }]);
    expect(second.errors![0].extensions!.field).toBe('outcomes.1.indicatorCode');

    const nameless = await propose('Uten mål', [{ ...study, value: 30 }]);
    expect(codeOf(nameless)).toBe('BAD_USER_INPUT');
    expect(nameless.errors![0].extensions!.field).toBe('outcomes.0.label');
  });

  it('accepts an outcome that reports only the difference, in percentage points, and shows it', async () => {
    const result = await propose('Bare forskjellen', [{ ...study, label: 'Andel i arbeid', followUpMonths: 24, difference: 12, nResult: 150, nComparison: 140 }]);
    expect(result.errors).toBeUndefined();
    const { slug, outcomes } = result.data.proposePractice;
    expect(outcomes[0]).toMatchObject({ value: null, comparisonValue: null, difference: 12, differenceUnit: 'prosentpoeng', nResult: 150, nComparison: 140 });
    const shown = await app.gql(`query($slug: String!) { practice(slug: $slug) { outcomes { label difference differenceUnit followUpMonths } } }`, { slug }, caseworker);
    expect(shown.data.practice.outcomes).toEqual([{ label: 'Andel i arbeid', difference: 12, differenceUnit: 'prosentpoeng', followUpMonths: 24 }]);

    // A comparison value without the result it compares with stays refused.
    const half = await propose('Halv sammenligning', [{ ...study, label: 'Andel i arbeid', comparisonValue: 20, difference: 5 }]);
    expect(half.errors![0].extensions!.field).toBe('outcomes.0.value');
  });

  it('gives the seeded KVP cohorts the catalogue indicator they measure', async () => {
    const { data } = await app.gql(OUTCOMES, { slug: 'kvalifiseringsprogrammet' }, caseworker);
    const cohorts = data.practice.outcomes.filter((o: any) => o.label === 'Andel yrkesaktive etter fullført program');
    expect(cohorts.map((o: any) => [o.year, o.indicator?.code])).toEqual([
      [2010, 'KVP_TO_WORK'],
      [2015, 'KVP_TO_WORK'],
    ]);
  });

  it('migration outcome_indicators links the outcomes whose text names exactly one indicator, and keeps the text of the rest', async () => {
    const migrator = app.orm.getMigrator();
    await migrator.down({ migrations: [OUTCOME_INDICATORS] });
    const [before] = await app.sql(`select outcomes from practice where slug = 'kvalifiseringsprogrammet'`);
    expect(before.outcomes.some((o: any) => 'indicatorCode' in o)).toBe(false);
    const old = [
      { indicator: '  i arbeid etter  Kvalifiseringsprogrammet ', value: 30, unit: '%', design: 'DESCRIPTIVE', year: 2020, source: 'A', demo: false },
      { indicator: 'kvp_to_work', value: 31, unit: '%', design: 'DESCRIPTIVE', year: 2021, source: 'B', demo: false },
      { indicator: 'I arbeid 12 mnd etter', value: 32, unit: '%', design: 'DESCRIPTIVE', year: 2022, source: 'C', demo: false },
    ];
    await app.sql(`update practice set outcomes = ?::jsonb where slug = 'individuell-jobbstotte'`, [JSON.stringify(old)]);

    await migrator.up();
    const [ips] = await app.sql(`select id, outcomes from practice where slug = 'individuell-jobbstotte'`);
    expect(ips.outcomes).toEqual([
      { ...old[0], indicatorCode: 'KVP_TO_WORK' },
      { ...old[1], indicatorCode: 'KVP_TO_WORK' },
      old[2],
    ]);
    expect(await app.sql(`select indicator_code from practice_outcome_indicator where practice_id = ?`, [ips.id])).toEqual([{ indicator_code: 'KVP_TO_WORK' }]);
    // The API shows the linked indicator.
    const { data } = await app.gql(OUTCOMES, { slug: 'individuell-jobbstotte' }, caseworker);
    expect(data.practice.outcomes.map((o: any) => o.indicator?.name ?? null)).toEqual(['I arbeid etter kvalifiseringsprogrammet', 'I arbeid etter kvalifiseringsprogrammet', null]);
  });
});
