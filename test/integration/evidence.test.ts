// The evidence model over real HTTP: outcomes as measured effects with a derived strength, a
// practice's kind (statutory ones cannot be stopped), the history of every adoption, and demo data
// kept out of what researchers get unless they ask for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const PRACTICE = `query($slug: String!) { practice(slug: $slug) {
  id kind cost { perParticipantNok staffYearsPer100 source demo }
  evidenceStrength { score design studies participants consistent }
  outcomes { label indicator { code name } followUpMonths value comparisonValue unit difference differenceUnit nResult nComparison design source sourceUrl demo }
  adoptions { id status demo fidelity { scale score min max } office { enhetsnummer }
    history { fromStatus toStatus since reason changedBy fidelity { scale score } demo } } } }`;
const SET = `mutation($input: SetAdoptionInput!) { setAdoption(input: $input) {
  id status note fidelity { scale score min max } history { fromStatus toStatus reason changedBy fidelity { score } } } }`;
const PROPOSE = `mutation($input: ProposePracticeInput!) { proposePractice(input: $input) {
  slug kind evidenceStrength { score design studies participants consistent }
  outcomes { difference differenceUnit design } } }`;
const EXPORT = `query($includeDemo: Boolean) { ratingsExport(first: 100, includeDemo: $includeDemo) { totalCount } }`;

const rct = (source: string, followUpMonths: number, value: number, comparisonValue: number, n = [120, 110]) => ({
  label: 'Andel i arbeid',
  followUpMonths,
  value,
  comparisonValue,
  unit: '%',
  nResult: n[0],
  nComparison: n[1],
  design: 'RANDOMISED',
  source,
});

describe('the evidence model', () => {
  let app: TestApp;
  let caseworker: string;
  let researcher: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.login('veileder.drammen');
    researcher = await app.login('forsker');
    admin = await app.login('redaktor');
  });
  afterAll(() => app.close());

  const practice = async (slug: string, token = caseworker) => {
    const result = await app.gql(PRACTICE, { slug }, token);
    expect(result.errors).toBeUndefined();
    return result.data.practice;
  };

  describe('outcomes and evidence strength', () => {
    it('gives IPS outcomes at 12 and 18 months against the comparison, in percentage points, and the strongest evidence', async () => {
      const ips = await practice('individuell-jobbstotte');
      expect(ips.kind).toBe('NATIONAL_METHOD');
      const work = ips.outcomes.filter((o: any) => o.label === 'Andel i ordinært lønnet arbeid');
      expect(work.map((o: any) => [o.followUpMonths, o.value, o.comparisonValue, o.difference, o.differenceUnit])).toEqual([
        [12, 36.6, 27.1, 9.5, 'prosentpoeng'],
        [18, 37.4, 27.1, 10.3, 'prosentpoeng'],
      ]);
      expect(ips.outcomes.every((o: any) => o.sourceUrl?.startsWith('https://') && !/^https:\/\/[^/]+\/?$/.test(o.sourceUrl))).toBe(true);
      expect(ips.evidenceStrength).toEqual({ score: 5, design: 'RANDOMISED', studies: 2, participants: 410, consistent: true });
    });

    it('shows the Supported Employment effect fading: +12 points at 24 months, none at 36 and 72', async () => {
      const se = await practice('supported-employment-i-nav');
      const byMonths = se.outcomes.map((o: any) => [o.followUpMonths, o.difference]).sort((a: number[], b: number[]) => a[0] - b[0]);
      expect(byMonths).toEqual([[24, 12], [36, 0], [72, 0]]);
    });

    it('derives the strength by the rule: design, size, number of studies and consistency; demo data and user knowledge never count', async () => {
      const propose = async (title: string, outcomes: unknown[]) => {
        const result = await app.gql(PROPOSE, { input: { title, summary: 'Prøves ut.', description: '', outcomes } }, caseworker);
        expect(result.errors, title).toBeUndefined();
        return result.data.proposePractice;
      };
      const two = await propose('To forsøk som peker samme vei', [rct('Studie A', 12, 40, 30), rct('Studie B', 12, 35, 30)]);
      expect(two.evidenceStrength).toEqual({ score: 5, design: 'RANDOMISED', studies: 2, participants: 230, consistent: true });
      expect(two.outcomes[0]).toEqual({ difference: 10, differenceUnit: 'prosentpoeng', design: 'RANDOMISED' });

      const small = await propose('Ett lite forsøk', [rct('Studie C', 12, 40, 30, [30, 30])]);
      expect(small.evidenceStrength).toMatchObject({ score: 3, studies: 1, participants: 60 });

      const disagreeing = await propose('To forsøk som spriker', [rct('Studie D', 12, 40, 30), { ...rct('Studie E', 24, 30, 30), significant: false }]);
      expect(disagreeing.evidenceStrength).toMatchObject({ score: 4, studies: 2, consistent: false });

      const descriptive = await propose('Bare egne tall', [
        { label: 'Andel i arbeid', value: 20, unit: '%', design: 'DESCRIPTIVE', year: 2025, source: 'Kontorets rapport 2025' },
        { label: 'Brukernes vurdering', value: 90, unit: '%', design: 'USER_KNOWLEDGE', year: 2025, source: 'Brukerundersøkelse 2025' },
        { ...rct('Demodata: forsøk', 12, 90, 10), demo: true },
      ]);
      expect(descriptive.evidenceStrength).toEqual({ score: 1, design: 'DESCRIPTIVE', studies: 1, participants: null, consistent: true });

      const none = await propose('Bare brukerkunnskap', [{ label: 'Brukernes vurdering', value: 90, unit: '%', design: 'USER_KNOWLEDGE', source: 'Brukerpanel' }]);
      expect(none.evidenceStrength).toBeNull();
    });

    it('refuses an outcome without result or difference, and a difference that is not result minus comparison', async () => {
      const bad = [
        [{ label: 'I arbeid', unit: '%', design: 'DESCRIPTIVE', source: 'X' }, 'outcomes.0.value'],
        [{ ...rct('Y', 12, 40, 30), difference: 3 }, 'outcomes.0.difference'],
        [{ ...rct('Y', 12, 40, 30), sourceUrl: 'ftp://example.org/r.pdf' }, 'outcomes.0.sourceUrl'],
      ] as const;
      for (const [outcome, field] of bad) {
        const result = await app.gql(PROPOSE, { input: { title: 'Feil', summary: 'x', description: '', outcomes: [outcome] } }, caseworker);
        expect(codeOf(result), field).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.field).toBe(field);
      }
    });

    it('lets only editors call a practice statutory or a national method, and keeps cost with its source', async () => {
      const input = { title: 'Lovpålagt?', summary: 'x', description: '', kind: 'STATUTORY' };
      expect(codeOf(await app.gql(PROPOSE, { input }, caseworker))).toBe('FORBIDDEN');
      const ok = await app.gql(PROPOSE, { input: { ...input, originOffice: '0602' } }, admin);
      expect(ok.data.proposePractice.kind).toBe('STATUTORY');
      const jobbklubb = await practice('jobbklubb-for-unge');
      expect(jobbklubb.cost).toEqual({ perParticipantNok: 9000, staffYearsPer100: 1.5, source: 'Demodata: kontorets eget anslag', demo: true });
    });
  });

  describe('the evidence and gap map', () => {
    const MAP = `query($regionCode: String) { evidenceGapMap(regionCode: $regionCode) {
      regionCode cells { theme targetGroup practiceCount bestStrength practices { slug strength } } } }`;

    it('counts the published practices of each target group × theme with their best evidence strength, for the country or a region', async () => {
      const country = (await app.gql(MAP, {}, caseworker)).data.evidenceGapMap;
      const cell = country.cells.find((c: any) => c.theme === 'MENTAL_HEALTH' && c.targetGroup === 'MENTAL_ILLNESS');
      expect(cell.bestStrength).toBe(5);
      expect(cell.practices[0]).toEqual({ slug: 'individuell-jobbstotte', strength: 5 });
      expect(cell.practiceCount).toBe(cell.practices.length);
      expect(country.cells.every((c: any) => c.practiceCount > 0)).toBe(true);

      const [{ n: published }] = await app.sql(`select count(*)::int as n from practice where status = 'PUBLISHED' and 'MENTAL_HEALTH' = any(themes) and 'MENTAL_ILLNESS' = any(target_groups)`);
      expect(cell.practiceCount).toBe(published);

      const nordland = (await app.gql(MAP, { regionCode: '18' }, caseworker)).data.evidenceGapMap;
      expect(nordland.regionCode).toBe('18');
      const total = (map: any) => map.cells.reduce((sum: number, c: any) => sum + c.practiceCount, 0);
      expect(total(nordland)).toBeLessThan(total(country));
      expect(nordland.cells.some((c: any) => c.practices.some((p: any) => p.slug === 'individuell-jobbstotte'))).toBe(true);
      expect(codeOf(await app.gql(MAP, { regionCode: '99' }, caseworker))).toBe('NOT_FOUND');
    });
  });

  describe('adoptions', () => {
    it('refuses to record that an office stopped a statutory practice, with a code that says why, and writes nothing', async () => {
      const kvp = await practice('kvalifiseringsprogrammet');
      expect(kvp.kind).toBe('STATUTORY');
      const [{ n: before }] = await app.sql('select count(*)::int as n from adoption_event');
      const stop = await app.gql(SET, { input: { practiceId: kvp.id, status: 'DISCONTINUED', reason: 'Vi vil ikke' } }, caseworker);
      expect(codeOf(stop)).toBe('BAD_USER_INPUT');
      expect(stop.errors![0].extensions).toMatchObject({ field: 'status', reason: 'STATUTORY_CANNOT_BE_STOPPED' });
      const [{ n: after }] = await app.sql('select count(*)::int as n from adoption_event');
      expect(after).toBe(before);
      // How the office works with it is what it records.
      const how = await app.gql(SET, { input: { practiceId: kvp.id, status: 'IN_USE', note: 'Egen programrådgiver for unge' } }, caseworker);
      expect(how.errors).toBeUndefined();
      expect(how.data.setAdoption.note).toBe('Egen programrådgiver for unge');
    });

    it('keeps every status change: who, when, from, to, why it stopped, and the fidelity score on its scale', async () => {
      const ips = await practice('individuell-jobbstotte');
      const office = '0602';
      expect(ips.adoptions.find((a: any) => a.office.enhetsnummer === office)).toMatchObject({ demo: true });
      const set = (input: Record<string, unknown>) => app.gql(SET, { input: { practiceId: ips.id, ...input } }, caseworker);

      expect((await set({ status: 'IN_USE', fidelity: { scale: 'IPS_25', score: 98 } })).errors).toBeUndefined();
      const outOfRange = await set({ status: 'IN_USE', fidelity: { scale: 'IPS_25', score: 126 } });
      expect(outOfRange.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fidelity.score', reason: 'FIDELITY_OUT_OF_RANGE' });
      const noReason = await set({ status: 'DISCONTINUED' });
      expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'REASON_REQUIRED' });
      const stopped = await set({ status: 'DISCONTINUED', reason: 'Jobbspesialisten sluttet' });
      expect(stopped.errors).toBeUndefined();
      expect(stopped.data.setAdoption.fidelity).toEqual({ scale: 'IPS_25', score: 98, min: 25, max: 125 });

      const history = stopped.data.setAdoption.history;
      expect(history.slice(-2)).toEqual([
        { fromStatus: 'PILOTING', toStatus: 'IN_USE', reason: null, changedBy: 'Ingrid Solberg', fidelity: { score: 98 } },
        { fromStatus: 'IN_USE', toStatus: 'DISCONTINUED', reason: 'Jobbspesialisten sluttet', changedBy: 'Ingrid Solberg', fidelity: null },
      ]);
      expect(history[0]).toMatchObject({ fromStatus: null, changedBy: null });

      // The practice page shows the same history; researchers see no person in it.
      const seen = (await practice('individuell-jobbstotte', researcher)).adoptions.find((a: any) => a.office.enhetsnummer === office);
      expect(seen.demo).toBe(false);
      expect(seen.history.map((h: any) => h.toStatus).slice(-2)).toEqual(['IN_USE', 'DISCONTINUED']);
      expect(seen.history.every((h: any) => h.changedBy === null)).toBe(true);
    });
  });

  describe('demo data', () => {
    it('flags the seed ratings and adoptions as demo, and leaves demo ratings out of the export unless asked for', async () => {
      const [{ ratings, demoRatings }] = await app.sql('select count(*)::int as ratings, count(*) filter (where demo)::int as "demoRatings" from rating');
      expect(demoRatings).toBe(ratings);
      const [{ nonDemo }] = await app.sql(`select count(*)::int as "nonDemo" from adoption where not demo and office_enhetsnummer <> '0602'`);
      expect(nonDemo).toBe(0);

      // Six real raters at one office in one month, and five more made demo: each group enough for the export to release it.
      const [{ id: practiceId }] = await app.sql(`select id from practice where slug = 'bolig-forst'`);
      for (const [i, office] of ['0602', '0602', '0602', '0602', '0602', '0602', '0604', '0604', '0604', '0604', '0604'].entries()) {
        const token = await app.tokenFor({ subject: `rater-${i}`, name: `Rater ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: office });
        const rated = await app.gql('mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { demo } } }', { input: { practiceId, score: 4 } }, token);
        expect(rated.data.ratePractice.rating.demo).toBe(false);
      }
      await app.sql(`update rating set demo = true where office_enhetsnummer = '0604' and user_id in (select id from app_user where subject like 'rater-%')`);
      const real = await app.gql(EXPORT, {}, researcher);
      const all = await app.gql(EXPORT, { includeDemo: true }, researcher);
      expect(real.data.ratingsExport.totalCount).toBe(6);
      expect(all.data.ratingsExport.totalCount).toBe(11);
    });
  });
});
