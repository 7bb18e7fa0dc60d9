// ratingStats never lets anyone point at a person: groups under 5 distinct raters are suppressed,
// and every released number is perturbed by the cell key method, so that subtracting one answer
// from another gives the hidden people plus noise, not the people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { ALL_RAW_RATINGS_SQL, byKeys, driftSql, expectedStats, RAW_RATINGS_SQL, ROLLUP_RECOUNTS, type Dimension, type Filter, type Group, type RawRating } from '../support/rating-stats-oracle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const STATS = `query($groupBy: [RatingDimension!]!, $filter: RatingStatsFilter, $includeDemo: Boolean) {
  ratingStats(groupBy: $groupBy, filter: $filter, includeDemo: $includeDemo) {
    regionCode office theme evidenceLevel practiceSlug month suppressed perturbed raters count average stddev distribution } }`;
const RATE = 'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { id } } }';
const DELETE = 'mutation($id: ID!) { deleteMyRating(practiceId: $id) { id } }';

/** Two months before any demo rating, where the differencing tests have the ratings to themselves. */
const MARCH = '2001-03';
const APRIL = '2001-04';

describe('rating statistics for researchers', () => {
  let app: TestApp;
  let researcher: string;
  /** Regions A and B and an office in each, and three practices, for the differencing tests. */
  const world = { a: '', b: '', officeA: '', officeB: '', practices: [] as { id: string; slug: string; themes: string[]; evidence: string }[] };

  const rate = async (subject: string, office: string | undefined, practiceId: string, score: number) => {
    const token = await app.tokenFor({ subject, name: subject, role: Role.CASEWORKER, officeEnhetsnummer: office });
    const result = await app.gql(RATE, { input: { practiceId, score } }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };

  beforeAll(async () => {
    app = await startTestApp();
    researcher = await app.login('forsker');
    // The demo data spreads its raters thinly. Give two Buskerud offices enough people, one of whom
    // also rates from the other office (a rater counted once in the region), and one without an office.
    const [{ id: practiceId }] = await app.sql(`select id from practice where slug = 'bolig-forst'`);
    const [{ id: otherId }] = await app.sql(`select id from practice where slug = 'individuell-jobbstotte'`);
    for (const office of ['0602', '0604']) {
      for (let i = 0; i < 7; i++) await rate(`${office}-${i}`, office, practiceId, 1 + (i % 5));
    }
    await rate('0602-0', '0604', otherId, 4);
    await rate('no-office', undefined, practiceId, 3);
    await buildWorld();
  });
  afterAll(() => app.close());

  /**
   * In March 2001: six raters of office A each rate practices 1 and 2, a seventh rates practice 3,
   * and one rater of office B rates practice 1; in April one of A's raters rates practice 3. Record
   * keys are random; the test sets its ratings' keys and its raters' keys by SQL so that the answers,
   * and the noise in their differences, are known in advance. (With other keys the noise differs,
   * and for 3 keys in 8 a perturbation is 0, so any one difference may be exact; which, nobody can tell.)
   */
  async function buildWorld() {
    const [a, b] = await app.sql<{ enhetsnummer: string; region_code: string }>(
      `select distinct on (region_code) enhetsnummer, region_code from office
       where region_code in (select region_code from office where enhetsnummer in ('0602', '0312')) order by region_code, enhetsnummer`,
    );
    Object.assign(world, { a: a.region_code, b: b.region_code, officeA: a.enhetsnummer, officeB: b.enhetsnummer });
    world.practices = await app.sql(`select id, slug, themes, evidence_level as evidence from practice where status = 'PUBLISHED' order by slug limit 3`);
    const ratings = [
      ...[4, 4, 5, 3, 4, 2].map((score, i) => ({ who: `a${i}`, office: world.officeA, practice: 0, score, month: MARCH, key: (37 * i + 5) % 256 })),
      ...[3, 3, 4, 2, 5, 3].map((score, i) => ({ who: `a${i}`, office: world.officeA, practice: 1, score, month: MARCH, key: (53 * i + 11) % 256 })),
      { who: 'a6', office: world.officeA, practice: 2, score: 2, month: MARCH, key: 200 },
      { who: 'a0', office: world.officeA, practice: 2, score: 5, month: APRIL, key: 90 },
      { who: 'b0', office: world.officeB, practice: 0, score: 4, month: MARCH, key: 130 },
    ];
    for (const r of ratings) await rate(`world-${r.who}`, r.office, world.practices[r.practice].id, r.score);
    for (const r of ratings) {
      await app.sql(
        `update rating set created_at = ?::timestamptz, record_key = ? where practice_id = ? and user_id = (select id from app_user where subject = ?)`,
        [`${r.month}-15T12:00:00Z`, r.key, world.practices[r.practice].id, `world-${r.who}`],
      );
    }
    const raterKeys = { a0: 17, a1: 240, a2: 66, a3: 101, a4: 3, a5: 188, a6: 150, b0: 100 };
    for (const [who, key] of Object.entries(raterKeys)) {
      await app.sql(`update rater_key set record_key = ? where user_id = (select id from app_user where subject = ?)`, [key, `world-${who}`]);
    }
  }

  const stats = async (groupBy: Dimension[], filter?: Filter, includeDemo?: boolean): Promise<(Group & { average: number | null; stddev: number | null })[]> => {
    const result = await app.gql(STATS, { groupBy, filter, includeDemo }, researcher);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.ratingStats;
  };
  const rawRatings = () => app.sql<RawRating>(RAW_RATINGS_SQL);
  /** The answer without average and spread, in a stable order, to compare with the expected groups. */
  const comparable = (groups: (Group & { average: unknown; stddev: unknown })[]) => groups.map(({ average: _a, stddev: _s, ...group }) => group).sort(byKeys);

  it('suppresses groups with fewer than 5 distinct raters: no numbers, and not marked perturbed', async () => {
    const offices = await stats(['OFFICE']);
    const [{ n: small }] = await app.sql(`select count(*)::int as n from (select office_enhetsnummer from rating where not demo group by 1 having count(distinct user_id) < 5) s`);
    expect(small).toBeGreaterThan(0);
    expect(offices.filter((g) => g.suppressed)).toHaveLength(small);
    for (const group of offices.filter((g) => g.suppressed)) {
      expect(group).toMatchObject({ perturbed: false, raters: null, count: null, average: null, stddev: null, distribution: null });
    }
    expect(offices.filter((g) => !g.suppressed).every((g) => g.perturbed && g.count! > 0)).toBe(true);
  });

  it('releases every other group as its ratings perturbed by the table for their keys, by any grouping and filter', async () => {
    const raw = await rawRatings();
    const cases: [Dimension[], Filter?][] = [
      [[]], [['REGION']], [['OFFICE']], [['MONTH']], [['REGION', 'MONTH']], [['OFFICE', 'MONTH']], [['REGION', 'OFFICE']],
      [['THEME']], [['EVIDENCE_LEVEL']], [['PRACTICE']], [['REGION', 'THEME']], [['PRACTICE', 'MONTH']], [['THEME', 'PRACTICE']],
      [['REGION'], { regionCodes: ['33', '03'] }], [['MONTH'], { fromMonth: '2025-01', toMonth: '2026-06' }],
      [['OFFICE'], { themes: ['MENTAL_HEALTH'] }], [['REGION'], { evidenceLevels: ['EVALUATED'] }], [['MONTH'], { regionCodes: ['33'] }],
      [[], { practiceSlugs: ['bolig-forst', 'individuell-jobbstotte'] }], [['REGION', 'EVIDENCE_LEVEL'], { fromMonth: '2026-01' }],
    ];
    for (const [groupBy, filter] of cases) {
      const answer = await stats(groupBy, filter);
      expect(comparable(answer), JSON.stringify({ groupBy, filter })).toEqual(expectedStats(raw, groupBy, filter));
      for (const group of answer.filter((g) => !g.suppressed)) {
        const scores = group.distribution!.flatMap((n, i) => Array<number>(n).fill(i + 1));
        expect(group.average).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 10);
      }
    }
    // The case at hand for REGION by MONTH: Buskerud's raters this month, with one rater in two offices counted once.
    const thisMonth = new Date().toISOString().slice(0, 7);
    const [buskerud] = await stats(['REGION', 'MONTH'], { regionCodes: ['33'], fromMonth: thisMonth, toMonth: thisMonth });
    expect(Math.abs(buskerud.raters! - 14)).toBeLessThanOrEqual(2);
  });

  it('leaves the demo ratings out unless asked for, and with includeDemo counts them by the same rules', async () => {
    const [{ demo }] = await app.sql(`select count(*)::int as demo from rating where demo`);
    expect(demo).toBeGreaterThan(0);
    const real = await rawRatings();
    const all = await app.sql<RawRating>(ALL_RAW_RATINGS_SQL);
    expect(all.length - real.length).toBe(demo);
    const cases: [Dimension[], Filter?][] = [[[]], [['REGION']], [['OFFICE', 'MONTH']], [['PRACTICE']], [['THEME']], [['REGION'], { regionCodes: ['33'] }]];
    for (const [groupBy, filter] of cases) {
      expect(comparable(await stats(groupBy, filter)), JSON.stringify(groupBy)).toEqual(expectedStats(real, groupBy, filter));
      expect(comparable(await stats(groupBy, filter, true)), JSON.stringify(groupBy)).toEqual(expectedStats(all, groupBy, filter));
    }
    const [everything] = await stats([], undefined, true);
    const [realOnly] = await stats([]);
    expect(everything.count!).toBeGreaterThan(realOnly.count!);
  });

  it('answers the same group the same way in every query that asks for it', async () => {
    const [whole] = await stats([]);
    expect((await stats([], { fromMonth: '0000-01' }))[0]).toEqual(whole);
    const regions = await stats(['REGION']);
    for (const region of regions.filter((g) => g.regionCode)) {
      expect((await stats(['REGION'], { regionCodes: [region.regionCode!] }))[0]).toEqual(region);
    }
  });

  describe('differencing two answers gives noise, not the hidden ratings', () => {
    /** Two answers whose difference in the chosen group would be the hidden ratings if they were exact. */
    async function difference(groupBy: Dimension[], wider: Filter, narrower: Filter, group: (g: Group) => boolean) {
      const raw = await rawRatings();
      const [w, n] = [await stats(groupBy, wider), await stats(groupBy, narrower)];
      expect(comparable(w)).toEqual(expectedStats(raw, groupBy, wider));
      expect(comparable(n)).toEqual(expectedStats(raw, groupBy, narrower));
      const [a, b] = [w.find(group)!, n.find(group)!];
      expect([a.suppressed, b.suppressed]).toEqual([false, false]);
      return { count: a.count! - b.count!, raters: a.raters! - b.raters!, distribution: a.distribution!.map((x, i) => x - b.distribution![i]) };
    }
    const months = { fromMonth: MARCH, toMonth: MARCH };

    it('regions {A, B} minus {A}', async () => {
      // B alone has one rater, so it is suppressed; the difference is what an attacker would try.
      expect((await stats([], { ...months, regionCodes: [world.b] }))[0]).toMatchObject({ suppressed: true, count: null });
      const diff = await difference([], { ...months, regionCodes: [world.a, world.b] }, { ...months, regionCodes: [world.a] }, () => true);
      // The truth is one rating of 4 by one rater.
      expect(diff.count).not.toBe(1);
      expect(diff.raters).not.toBe(1);
      expect(diff.distribution).not.toEqual([0, 0, 0, 1, 0]);
    });

    it('all practices minus one, by practiceSlugs', async () => {
      const slugs = world.practices.map((p) => p.slug);
      const diff = await difference([], months, { ...months, practiceSlugs: slugs.slice(0, 2) }, () => true);
      expect(diff.count).not.toBe(1);
      expect(diff.raters).not.toBe(1);
    });

    it('a toMonth cut on the same regions', async () => {
      const regions = [world.a, world.b];
      const diff = await difference([], { regionCodes: regions, fromMonth: MARCH, toMonth: APRIL }, { regionCodes: regions, ...months }, () => true);
      expect(diff.count).not.toBe(1);
      expect(diff.distribution).not.toEqual([0, 0, 0, 0, 1]);
      // April's rater rated in March too: the same raters, so the same key and the same released raters.
      expect(diff.raters).toBe(0);
    });

    const oneRegionLess = (groupBy: Dimension[], group: (g: Group) => boolean) =>
      difference(groupBy, { ...months, regionCodes: [world.a, world.b] }, { ...months, regionCodes: [world.a] }, group);

    it('a region set minus one region, by PRACTICE', async () => {
      const diff = await oneRegionLess(['PRACTICE'], (g) => g.practiceSlug === world.practices[0].slug);
      expect(diff.count).not.toBe(1);
      expect(diff.distribution).not.toEqual([0, 0, 0, 1, 0]);
    });

    it('a region set minus one region, by THEME', async () => {
      const diff = await oneRegionLess(['THEME'], (g) => g.theme === world.practices[0].themes[0]);
      expect(diff.count).not.toBe(1);
      expect(diff.raters).not.toBe(1);
    });

    it('a region set minus one region, by EVIDENCE_LEVEL', async () => {
      const diff = await oneRegionLess(['EVIDENCE_LEVEL'], (g) => g.evidenceLevel === world.practices[0].evidence);
      expect(diff.count).not.toBe(1);
      expect(diff.raters).not.toBe(1);
    });
  });

  it('keeps the rollups equal to a recount of the ratings after a burst of concurrent rates, edits and deletes', async () => {
    const practices = await app.sql<{ id: string }>(`select id from practice where status = 'PUBLISHED' order by slug limit 4`);
    // Each user writes from two offices (one in another region) in turn, so edits move ratings between offices.
    const offices = ['0602', '0604', '0312'];
    const calls = Array.from({ length: 12 }, (_, i) => i).flatMap((i) =>
      Array.from({ length: 10 }, async (_, k) => {
        const token = await app.tokenFor({ subject: `burst-${i}`, name: `Burst ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: offices[(i + k) % 3] });
        const id = practices[(i + k) % practices.length].id;
        return k % 4 === 3 ? app.gql(DELETE, { id }, token) : app.gql(RATE, { input: { practiceId: id, score: ((i + 2 * k) % 5) + 1 } }, token);
      }),
    );
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.errors && codeOf(r) !== 'NOT_FOUND')).toEqual([]);
    // What the app never does, the rollups follow all the same: keys, months and offices changed by hand.
    await app.sql(`update rating set record_key = (record_key + 77) % 256 where user_id in (select id from app_user where subject like 'burst-%')`);
    await app.sql(`update rater_key set record_key = (record_key + 5) % 256 where user_id in (select id from app_user where subject like 'burst-1%')`);
    await app.sql(`update rating set created_at = created_at - interval '40 days', office_enhetsnummer = null
      where user_id in (select id from app_user where subject in ('burst-2', 'burst-3'))`);
    for (const table of Object.keys(ROLLUP_RECOUNTS)) expect((await app.sql(driftSql(table)))[0].n, table).toBe(0);
    const [{ n }] = await app.sql(`select count(*)::int as n from rating_rollup`);
    expect(n).toBeGreaterThan(0);
  });

  it('counts every ratingStats call by its work, so aliases cannot multiply it', async () => {
    const aliased = (n: number, args: string) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: ratingStats(${args}) { count }`).join(' ')} }`;
    expect((await app.gql(aliased(4, 'groupBy: [REGION]'), {}, researcher)).errors).toBeUndefined();
    expect((await app.gql(aliased(2, 'groupBy: [THEME]'), {}, researcher)).errors).toBeUndefined();
    for (const query of [aliased(15, 'groupBy: [REGION]'), aliased(5, 'groupBy: [REGION, MONTH]'), aliased(3, 'groupBy: [THEME]')]) {
      const result = await app.gql(query, {}, researcher);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/cost/);
    }
  });

  it('is for researchers and editors only', async () => {
    expect(codeOf(await app.gql(STATS, { groupBy: ['REGION'] }, await app.login('veileder.drammen')))).toBe('FORBIDDEN');
    expect((await app.gql(STATS, { groupBy: ['REGION'] }, await app.login('redaktor'))).errors).toBeUndefined();
    expect(codeOf(await app.gql(STATS, { groupBy: ['REGION', 'OFFICE', 'MONTH', 'THEME'] }, researcher))).toBe('BAD_USER_INPUT');
  });
});
