// The medians a scorecard compares with: per indicator × month, the median actual value of the
// country's offices (region_code '') and of each region's, computed by PostgreSQL (percentile_cont)
// whenever values are written, in the writer's transaction. Readers then read 2 rows per indicator
// and month instead of sorting every office's values on every request.
import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';

/** Recomputes the medians of these indicator × month pairs (month as its first day). */
export async function refreshBenchmarks(db: Kysely<Tables>, pairs: { indicatorCode: string; month: string }[]): Promise<void> {
  if (pairs.length === 0) return;
  const codes = pairs.map((pair) => pair.indicatorCode);
  const months = pairs.map((pair) => pair.month);
  const selected = sql`(select distinct * from unnest(${codes}::text[], ${months}::date[]) as p(indicator_code, month))`;
  await sql`delete from indicator_benchmark b using ${selected} as pair where b.indicator_code = pair.indicator_code and b.month = pair.month`.execute(db);
  await sql`insert into indicator_benchmark (indicator_code, month, region_code, median, offices)
    ${medians(sql`(v.indicator_code, v.month) in (select indicator_code, month from ${selected} as pair)`)}`.execute(db);
}

/** Every median, computed afresh: for bulk loads (the seed, the bench), after `delete from indicator_benchmark`. */
export const ALL_BENCHMARKS_SQL = `
  insert into indicator_benchmark (indicator_code, month, region_code, median, offices)
  select v.indicator_code, v.month, coalesce(o.region_code, ''), percentile_cont(0.5) within group (order by v.actual), count(*)::int
  from office_indicator_value v join office o on o.enhetsnummer = v.office_enhetsnummer
  group by grouping sets ((v.indicator_code, v.month, o.region_code), (v.indicator_code, v.month))`;

const medians = (where: ReturnType<typeof sql>) => sql`
  select v.indicator_code, v.month, coalesce(o.region_code, ''), percentile_cont(0.5) within group (order by v.actual), count(*)::int
  from office_indicator_value v join office o on o.enhetsnummer = v.office_enhetsnummer
  where ${where}
  group by grouping sets ((v.indicator_code, v.month, o.region_code), (v.indicator_code, v.month))`;
