// Deterministic demo values for every seeded office: 24 months of every indicator, actual against
// expected, the same on every run (a seeded generator), and flagged demo. Never presented as fact.
//
// Expected follows the office's context (unemployment, centrality, size); actual is expected plus
// the office's own small, steady deviation and monthly noise. On some OUTCOME indicators, offices
// that use a practice tied to the indicator (TIES) do consistently better than expected, so that
// "who does best" and the practice comparison have something to show. Activity indicators get no
// such tie: across Nav offices, good activity scores did not go with better outcomes.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AdoptionStatus } from '../server/adoptions/adoption-status.js';
import { ALL_BENCHMARKS_SQL } from '../server/indicators/indicator-benchmarks.js';
import { directionSign, IndicatorKind, IndicatorUnit } from '../server/indicators/indicator-vocabulary.js';
import { adoptions } from './data/adoptions.js';
import type { SeedIndicator } from './data/indicators.js';
import type { SeedOfficeContext } from './data/office-context.js';
import { generator, hash } from './random.js';

/** The demo months: the 24 months up to the seed catalogue's last full month. */
export const DEMO_MONTHS = Array.from({ length: 24 }, (_, i) => {
  const index = 2024 * 12 + 10 + i; // 2024-11 … 2026-10
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
});

/** Practices whose users do better than expected on these outcome indicators, in this demo data. */
export const TIES: Record<string, string[]> = {
  'individuell-jobbstotte': ['REDUCED_CAPACITY_TO_WORK', 'AAP_TO_WORK'],
  'forsok-med-kjerneoppgaver': ['ARBEIDSINDIKATOR', 'REDUCED_CAPACITY_TO_WORK'],
  kvalifiseringsprogrammet: ['KVP_TO_WORK'],
  'tettere-oppfolging-av-aap-mottakere': ['AAP_DURATION_DAYS'],
  'midlertidig-lonnstilskudd': ['WAGE_SUBSIDY_TO_WORK'],
  'rause-arbeidsgivere': ['SOCIAL_ASSISTANCE_TO_WORK', 'JOBSEEKERS_IN_WORK_6M'],
  'helseavklaring-for-langtidsmottakere-av-sosialhjelp': ['LONG_TERM_SOCIAL_ASSISTANCE'],
  'tverrfaglig-ungdomsteam': ['YOUTH_IN_WORK_OR_EDUCATION'],
  'jobbklubb-for-unge': ['YOUTH_IN_WORK_OR_EDUCATION'],
  'husbankens-boligvirkemidler': ['TEMPORARY_HOUSING_HOUSEHOLDS'],
};

/** Level and monthly spread of each indicator (count indicators scale with the office's size). */
const LEVELS: Record<string, [number, number]> = {
  ARBEIDSINDIKATOR: [48, 2.5],
  JOBSEEKERS_IN_WORK_6M: [55, 3],
  YOUTH_IN_WORK_OR_EDUCATION: [62, 3],
  REDUCED_CAPACITY_TO_WORK: [24, 2.5],
  AAP_TO_WORK: [3.2, 0.5],
  AAP_DURATION_DAYS: [1150, 60],
  WAGE_SUBSIDY_TO_WORK: [52, 4],
  FIRST_ACTIVITY_PLAN_DAYS: [21, 4],
  AAP_WITH_ACTIVITY: [71, 4],
  YOUTH_FOLLOW_UP_8_WEEKS: [83, 5],
  EMPLOYER_CONTACTS: [2.2, 0.4],
  WORK_CAPACITY_ASSESSMENT_DAYS: [64, 8],
  DIALOGUE_MEETINGS_ON_TIME: [88, 4],
  REDUCED_CAPACITY_IN_MEASURES: [34, 3],
  SOCIAL_ASSISTANCE_ACTIVITY_REQUIREMENT: [78, 5],
  LONG_TERM_SOCIAL_ASSISTANCE: [41, 3],
  SOCIAL_ASSISTANCE_TO_WORK: [18, 2.5],
  KVP_TO_WORK: [33, 5],
  TEMPORARY_HOUSING_HOUSEHOLDS: [0.12, 0.03],
  DEBT_ADVICE_WAITING_DAYS: [24, 5],
};

/** Roughly normal, mean 0 and deviation 1. */
const normal = (random: () => number) => (random() + random() + random() + random() - 2) * 1.73;

export interface DemoValue {
  indicatorCode: string;
  month: string;
  office: string;
  actual: number;
  expected: number;
}

/** The indicators on which each office does better than expected, through a practice it uses. */
export function tiedOutcomes(): Map<string, Set<string>> {
  const tied = new Map<string, Set<string>>();
  for (const adoption of adoptions) {
    const codes = TIES[adoption.practice];
    if (!codes || adoption.status !== AdoptionStatus.IN_USE) continue;
    // A few offices, not every user: about two in three.
    if (hash(`${adoption.office}|${adoption.practice}`) % 3 === 0) continue;
    const set = tied.get(adoption.office) ?? tied.set(adoption.office, new Set()).get(adoption.office)!;
    for (const code of codes) set.add(code);
  }
  return tied;
}

function rounded(unit: IndicatorUnit, value: number): number {
  if (unit === IndicatorUnit.PERCENT) return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
  return Math.max(0, Math.round(value));
}

export function demoIndicatorValues(indicators: SeedIndicator[], contexts: SeedOfficeContext[]): DemoValue[] {
  const tied = tiedOutcomes();
  const values: DemoValue[] = [];
  for (const context of contexts) {
    for (const indicator of indicators) {
      const random = generator(hash(`${context.office}|${indicator.code}`));
      const [level, spread] = LEVELS[indicator.code] ?? [50, 3];
      const sign = directionSign(indicator.direction);
      const scale = indicator.unit === IndicatorUnit.COUNT ? context.population / 1_000 : 1;
      // Local conditions: higher unemployment and lower centrality make good outcomes harder.
      const conditions = -sign * ((context.unemploymentRate - 2.3) * 0.8 + (context.centrality - 3) * 0.3) * spread;
      const steady = normal(random) * 0.35 * spread;
      const boost = indicator.kind === IndicatorKind.OUTCOME && tied.get(context.office)?.has(indicator.code) ? sign * (1.4 + random()) * spread : 0;
      DEMO_MONTHS.forEach((month, m) => {
        const season = Math.sin(((m % 12) / 12) * 2 * Math.PI) * 0.3 * spread;
        const expected = (level + conditions + season + normal(random) * 0.2 * spread) * scale;
        const actual = expected + (steady + boost + normal(random) * 0.5 * spread) * scale;
        values.push({
          indicatorCode: indicator.code,
          month,
          office: context.office,
          actual: rounded(indicator.unit, actual),
          expected: rounded(indicator.unit, expected),
        });
      });
    }
  }
  return values;
}

export interface IndicatorSeedReport {
  indicators: number;
  officeContexts: number;
  indicatorValues: number;
}

/**
 * Inserts what is missing, in bulk, in the seeder's transaction: indicators, office context and
 * demo values for offices that have none; then the medians. Values already there stay.
 */
export async function seedIndicators(em: EntityManager, indicators: SeedIndicator[], contexts: SeedOfficeContext[]): Promise<IndicatorSeedReport> {
  const connection = em.getConnection();
  const context = em.getTransactionContext();
  const run = async (sql: string, params: unknown[]) => (await connection.execute<{ n: number }[]>(sql, params, 'all', context))[0]?.n ?? 0;

  const indicatorRows = indicators.map((indicator, position) => ({ ...indicator, position }));
  const indicatorCount = await run(
    `with added as (
       insert into indicator (code, name, description, owner, kind, unit, direction, themes, target_groups, source, note, position)
       select code, name, description, owner, kind, unit, direction, themes, "targetGroups", source, note, position
       from jsonb_to_recordset(?::jsonb) as i(code text, name text, description text, owner text, kind text, unit text, direction text,
         themes text[], "targetGroups" text[], source text, note text, position int)
       on conflict (code) do nothing returning 1)
     select count(*)::int as n from added`,
    [JSON.stringify(indicatorRows)],
  );

  const contextCount = await run(
    `with added as (
       insert into office_context (office_enhetsnummer, municipalities, population, centrality, employees, unemployment_rate,
         organisation, partnership_model, source, demo)
       select c.office, c.municipalities, c.population, c.centrality, c.employees, c."unemploymentRate", c.organisation,
         c."partnershipModel", c.source, true
       from jsonb_to_recordset(?::jsonb) as c(office text, municipalities jsonb, population int, centrality int, employees int,
         "unemploymentRate" float8, organisation text, "partnershipModel" text, source text)
       where exists (select 1 from office o where o.enhetsnummer = c.office)
       on conflict (office_enhetsnummer) do nothing returning 1)
     select count(*)::int as n from added`,
    [JSON.stringify(contexts)],
  );

  // Only offices without any values get demo values: an office with real (imported) ones keeps just those.
  const valued = new Set(
    (await connection.execute<{ office: string }[]>('select distinct office_enhetsnummer as office from office_indicator_value', [], 'all', context)).map((row) => row.office),
  );
  const values = demoIndicatorValues(indicators, contexts.filter((c) => !valued.has(c.office)));
  const valueCount = await run(
    `with added as (
       insert into office_indicator_value (indicator_code, month, office_enhetsnummer, actual, expected, demo)
       select v."indicatorCode", v.month, v.office, v.actual, v.expected, true
       from jsonb_to_recordset(?::jsonb) as v("indicatorCode" text, month date, office text, actual float8, expected float8)
       where exists (select 1 from office o where o.enhetsnummer = v.office)
       on conflict do nothing returning 1)
     select count(*)::int as n from added`,
    [JSON.stringify(values)],
  );
  if (valueCount > 0) {
    await connection.execute('delete from indicator_benchmark', [], 'run', context);
    await connection.execute(ALL_BENCHMARKS_SQL, [], 'run', context);
  }
  return { indicators: indicatorCount, officeContexts: contextCount, indicatorValues: valueCount };
}
