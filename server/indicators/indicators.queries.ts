// Indicators, scorecards, rankings and comparisons as plain rows. Medians come from
// indicator_benchmark (see indicator-benchmarks.ts); rankings and comparisons aggregate one
// indicator's values over a period through the primary key (indicator_code, month, office).
import { sql } from 'kysely';
import { INDICATOR_LIMITS } from '../../schema/limits.js';
import { ACTIVE_ADOPTION_STATUSES } from '../adoptions/adoption-status.js';
import type { Db } from '../db/read-db.js';
import type { TargetGroup, Theme } from '../practices/vocabulary.js';
import type { IndicatorDirection, IndicatorKind, IndicatorOwner, IndicatorUnit } from './indicator-vocabulary.js';
import type { IndicatorType, ScorecardMonth } from './indicator.types.js';
import type { Period } from './months.js';

/** Every indicator in scorecard order, with the months it has values for. */
export async function allIndicators(db: Db): Promise<IndicatorType[]> {
  const { rows } = await sql<IndicatorType>`
    select i.code, i.name, i.description, i.owner, i.kind, i.unit, i.direction, i.themes, i.target_groups as "targetGroups",
      i.source, i.note,
      (select to_char(min(v.month), 'YYYY-MM') from office_indicator_value v where v.indicator_code = i.code) as "firstMonth",
      (select to_char(max(v.month), 'YYYY-MM') from office_indicator_value v where v.indicator_code = i.code) as "lastMonth"
    from indicator i order by i.position, i.code`.execute(db);
  return rows.map((row) => ({
    ...row,
    owner: row.owner as IndicatorOwner,
    kind: row.kind as IndicatorKind,
    unit: row.unit as IndicatorUnit,
    direction: row.direction as IndicatorDirection,
    themes: row.themes as Theme[],
    targetGroups: row.targetGroups as TargetGroup[],
  }));
}

/** The last month with a value of the office, 'YYYY-MM', or null. */
export async function lastMonthOfOffice(db: Db, enhetsnummer: string): Promise<string | null> {
  const { rows } = await sql<{ month: string | null }>`
    select to_char(max(month), 'YYYY-MM') as month from office_indicator_value where office_enhetsnummer = ${enhetsnummer}`.execute(db);
  return rows[0]?.month ?? null;
}

export interface ScorecardRow extends ScorecardMonth {
  indicatorCode: string;
}

/** The office's values in the period with the medians of its region and the country, by indicator and month. */
export async function scorecardRows(db: Db, enhetsnummer: string, regionCode: string, period: Period): Promise<ScorecardRow[]> {
  const { rows } = await sql<ScorecardRow>`
    select v.indicator_code as "indicatorCode", to_char(v.month, 'YYYY-MM') as month, v.actual, v.expected,
      v.actual - v.expected as difference, v.demo, r.median as "regionMedian", c.median as "countryMedian"
    from office_indicator_value v
    left join indicator_benchmark r on r.indicator_code = v.indicator_code and r.month = v.month and r.region_code = ${regionCode}
    left join indicator_benchmark c on c.indicator_code = v.indicator_code and c.month = v.month and c.region_code = ''
    where v.office_enhetsnummer = ${enhetsnummer} and v.month between ${period.fromDay}::date and ${period.toDay}::date
    order by v.indicator_code, v.month`.execute(db);
  return rows;
}

export interface LeaderRow {
  rank: number;
  enhetsnummer: string;
  months: number;
  meanActual: number;
  meanExpected: number;
  advantage: number;
  demo: boolean;
  ranked: number;
}

/**
 * Offices ranked by their mean (actual − expected) × sign over the period, best first; only
 * offices with values for at least `minMonths` months count. `regionCode` null: the country.
 */
export async function leaderRows(
  db: Db,
  query: { indicatorCode: string; sign: 1 | -1; regionCode: string | null; period: Period; minMonths: number; first: number },
): Promise<LeaderRow[]> {
  const { indicatorCode, sign, regionCode, period, minMonths, first } = query;
  const inRegion = regionCode === null ? sql`true` : sql`o.region_code = ${regionCode}`;
  const { rows } = await sql<LeaderRow>`
    with scored as (
      select v.office_enhetsnummer as enhetsnummer, count(*)::int as months, avg(v.actual) as "meanActual",
        avg(v.expected) as "meanExpected", avg(v.actual - v.expected) * ${sql.lit(sign)} as advantage, bool_or(v.demo) as demo
      from office_indicator_value v join office o on o.enhetsnummer = v.office_enhetsnummer
      where v.indicator_code = ${indicatorCode} and v.month between ${period.fromDay}::date and ${period.toDay}::date and ${inRegion}
      group by v.office_enhetsnummer
      having count(*) >= ${minMonths}
    )
    select rank() over (order by advantage desc)::int as rank, scored.*, count(*) over ()::int as ranked
    from scored order by advantage desc, enhetsnummer limit ${first}`.execute(db);
  return rows;
}

export interface LeaderPracticeRow {
  enhetsnummer: string;
  practiceId: string;
  othersInRegionUsing: number;
  othersInRegion: number;
}

/** The published practices these offices pilot or use (those fewest others use, a few per office), with how many other offices of each one's region do. */
export async function practicesOfLeaders(db: Db, offices: string[]): Promise<LeaderPracticeRow[]> {
  if (offices.length === 0) return [];
  // Counted by grouping once, not per row: a correlated count over all adoptions took seconds at
  // national scale.
  const { rows } = await sql<LeaderPracticeRow>`
    with leader as (select enhetsnummer, region_code from office where enhetsnummer = any(${offices})),
    active as (
      select a.practice_id, a.office_enhetsnummer, o.region_code from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer
      where a.status = any(${ACTIVE_ADOPTION_STATUSES}::text[])
    ),
    leader_practice as (
      select l.enhetsnummer, l.region_code, a.practice_id from leader l join active a on a.office_enhetsnummer = l.enhetsnummer
    ),
    region_use as (
      select x.practice_id, x.region_code, count(*)::int as in_use from active x
      where (x.practice_id, x.region_code) in (select practice_id, region_code from leader_practice)
      group by x.practice_id, x.region_code
    ),
    region_size as (
      select region_code, count(*)::int as offices from office where region_code in (select region_code from leader) group by region_code
    )
    select enhetsnummer, "practiceId", "othersInRegionUsing", "othersInRegion" from (
      select lp.enhetsnummer, lp.practice_id as "practiceId", u.in_use - 1 as "othersInRegionUsing", s.offices - 1 as "othersInRegion",
        row_number() over (partition by lp.enhetsnummer order by u.in_use, p.title, p.id) as position
      from leader_practice lp
      join practice p on p.id = lp.practice_id and p.status = 'PUBLISHED'
      join region_use u on u.practice_id = lp.practice_id and u.region_code = lp.region_code
      join region_size s on s.region_code = lp.region_code
    ) ranked
    where position <= ${INDICATOR_LIMITS.practicesPerLeader}
    order by enhetsnummer, position`.execute(db);
  return rows;
}

export interface ComparisonRow {
  practiceId: string;
  indicatorCode: string;
  using: boolean;
  offices: number;
  medianDifference: number | null;
  demo: boolean;
}

/**
 * Per practice and indicator, offices piloting or using the practice against the rest: how many,
 * and the median of each office's mean (actual − expected) over the period. Offices need
 * `minMonths` values. One statement for all the practices (a page of them).
 */
export async function comparisonRows(db: Db, practiceIds: string[], indicatorCodes: string[], period: Period, minMonths: number): Promise<ComparisonRow[]> {
  if (indicatorCodes.length === 0 || practiceIds.length === 0) return [];
  const { rows } = await sql<ComparisonRow>`
    with per_office as (
      select v.indicator_code, v.office_enhetsnummer, avg(v.actual - v.expected) as difference, bool_or(v.demo) as demo
      from office_indicator_value v
      where v.indicator_code = any(${indicatorCodes}) and v.month between ${period.fromDay}::date and ${period.toDay}::date
      group by v.indicator_code, v.office_enhetsnummer
      having count(*) >= ${minMonths}
    ),
    users as (
      select distinct practice_id, office_enhetsnummer from adoption
      where practice_id = any(${practiceIds}::uuid[]) and status = any(${ACTIVE_ADOPTION_STATUSES}::text[])
    )
    select pr.id::text as "practiceId", p.indicator_code as "indicatorCode", (u.office_enhetsnummer is not null) as using, count(*)::int as offices,
      percentile_cont(0.5) within group (order by p.difference) as "medianDifference", bool_or(p.demo) as demo
    from unnest(${practiceIds}::uuid[]) as pr(id)
    cross join per_office p
    left join users u on u.practice_id = pr.id and u.office_enhetsnummer = p.office_enhetsnummer
    group by 1, 2, 3`.execute(db);
  return rows;
}
