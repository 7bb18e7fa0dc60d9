import { sql } from 'kysely';
import { INDICATOR_LIMITS } from '../../schema/limits.js';
import type { Viewer } from '../auth/identity.js';
import { badInput, badLines, ErrorCode, forbidden, notFound, type LineError } from '../common/errors.js';
import type { OfficesService } from '../offices/offices.service.js';
import type { OfficeType } from '../offices/office.types.js';
import type { PracticeType } from '../practices/practice.types.js';
import type { ServiceDeps } from '../services.js';
import { refreshBenchmarks } from './indicator-benchmarks.js';
import { parseIndicatorCsv, type IndicatorValueRow } from './indicator-csv.js';
import { canImportForRegion, canImportIndicatorValues } from './indicator.policy.js';
import type { IndicatorComparison, IndicatorImportResult, IndicatorLeaders, IndicatorType, OfficeScorecard } from './indicator.types.js';
import { directionSign, IndicatorKind } from './indicator-vocabulary.js';
import { allIndicators, comparisonRows, lastMonthOfOffice, leaderRows, practicesOfLeaders, scorecardRows } from './indicators.queries.js';
import { monthsBefore, periodOf, type Period } from './months.js';
import type { LeadersArgs, PeriodArgs } from './indicator.inputs.js';

/** Rows written per statement in an import; a progress line is logged every PROGRESS_EVERY rows. */
const BATCH = 2_000;
const PROGRESS_EVERY = 10_000;

const currentMonth = () => new Date().toISOString().slice(0, 7);

export class IndicatorsService {
  constructor(
    private readonly deps: ServiceDeps & { log?: (line: string) => void },
    private readonly offices: OfficesService,
  ) {}

  indicators(): Promise<IndicatorType[]> {
    return allIndicators(this.deps.db);
  }

  async indicator(code: string, field = 'indicatorCode'): Promise<IndicatorType> {
    const found = (await this.indicators()).find((indicator) => indicator.code === code);
    if (!found) throw notFound('indicator', field, code);
    return found;
  }

  /**
   * The period asked for; where a bound is left out, `months` months ending at `last` (the last
   * month with values), or at the current month when there are none.
   */
  private period(args: PeriodArgs, last: string | null, months: number): Period {
    const to = args.to ?? last ?? currentMonth();
    return periodOf(args.from ?? monthsBefore(to, months), to);
  }

  async scorecard(enhetsnummer: string, args: PeriodArgs): Promise<OfficeScorecard> {
    const office = await this.offices.office(enhetsnummer);
    const period = this.period(args, await lastMonthOfOffice(this.deps.db, enhetsnummer), 24);
    const [indicators, rows] = await Promise.all([this.indicators(), scorecardRows(this.deps.db, enhetsnummer, office.region.code, period)]);
    const byIndicator = new Map(indicators.map((indicator) => [indicator.code, { indicator, months: [] as OfficeScorecard['indicators'][number]['months'] }]));
    for (const { indicatorCode, ...month } of rows) byIndicator.get(indicatorCode)?.months.push(month);
    return { office, from: period.from, to: period.to, indicators: [...byIndicator.values()] };
  }

  /** Minimum months to be ranked: as asked, else the default, never more than the period has. */
  private minMonths(period: Period, asked: number | undefined): number {
    return Math.min(asked ?? INDICATOR_LIMITS.minMonthsDefault, period.months);
  }

  async leaders(args: LeadersArgs): Promise<IndicatorLeaders & { leaders: { office: OfficeType }[] }> {
    const indicator = await this.indicator(args.indicatorCode);
    if (indicator.kind !== IndicatorKind.OUTCOME) {
      throw badInput('indicatorCode', 'Offices are ranked on OUTCOME indicators only: good activity scores have not gone with better outcomes');
    }
    const region = args.regionCode ? await this.offices.region(args.regionCode, 'regionCode') : null;
    const period = this.period(args, indicator.lastMonth, 12);
    const minMonths = this.minMonths(period, args.minMonths);
    const rows = await leaderRows(this.deps.db, {
      indicatorCode: indicator.code,
      sign: directionSign(indicator.direction) as 1 | -1,
      regionCode: region?.code ?? null,
      period,
      minMonths,
      first: args.first,
    });
    const numbers = rows.map((row) => row.enhetsnummer);
    const [offices, practices] = await Promise.all([this.offices.byNumbers(numbers), practicesOfLeaders(this.deps.db, numbers)]);
    const officeOf = new Map(offices.map((office) => [office.enhetsnummer, office]));
    return {
      indicator,
      region,
      from: period.from,
      to: period.to,
      minMonths,
      rankedOffices: rows[0]?.ranked ?? 0,
      leaders: rows.map((row) => ({
        rank: row.rank,
        office: officeOf.get(row.enhetsnummer)!,
        months: row.months,
        meanActual: row.meanActual,
        meanExpected: row.meanExpected,
        advantage: row.advantage,
        demo: row.demo,
        practices: practices.filter((p) => p.enhetsnummer === row.enhetsnummer),
      })),
    };
  }

  /**
   * Each practice's offices against the rest, on the named indicators or (codes null) on every
   * OUTCOME indicator sharing a theme with it; by default over the 12 months ending at the last month
   * any indicator has values for. One statement for all the practices.
   */
  async comparisons(practices: PracticeType[], codes: string[] | null, args: PeriodArgs): Promise<IndicatorComparison[][]> {
    const all = await this.indicators();
    const named = (code: string) => {
      const found = all.find((indicator) => indicator.code === code);
      if (!found) throw notFound('indicator', 'indicatorCode', code);
      return found;
    };
    const chosen = practices.map((practice) =>
      codes
        ? codes.map(named)
        : all.filter((indicator) => indicator.kind === IndicatorKind.OUTCOME && indicator.themes.some((theme) => practice.themes.includes(theme))),
    );
    const last = all.map((indicator) => indicator.lastMonth).filter((month): month is string => month !== null).sort().pop() ?? null;
    const period = this.period(args, last, 12);
    const used = [...new Set(chosen.flat().map((indicator) => indicator.code))];
    const rows = await comparisonRows(this.deps.db, practices.map((practice) => practice.id), used, period, this.minMonths(period, undefined));
    const rowOf = new Map(rows.map((row) => [`${row.practiceId}|${row.indicatorCode}|${row.using}`, row]));
    return practices.map((practice, i) =>
      chosen[i].map((indicator) => {
        const group = (using: boolean) => {
          const row = rowOf.get(`${practice.id}|${indicator.code}|${using}`);
          return { row, offices: row?.offices ?? 0, medianDifference: row?.medianDifference ?? null };
        };
        const using = group(true);
        const notUsing = group(false);
        return {
          indicator,
          from: period.from,
          to: period.to,
          using: { offices: using.offices, medianDifference: using.medianDifference },
          notUsing: { offices: notUsing.offices, medianDifference: notUsing.medianDifference },
          demo: Boolean(using.row?.demo || notUsing.row?.demo),
        };
      }),
    );
  }

  /**
   * Loads monthly values from CSV, all or nothing: every row is checked first (errors name their
   * lines), then the director's rights for every office named, then one transaction writes the rows
   * (an upsert, so loading the same file again changes nothing) and the medians they move.
   */
  async importValues(viewer: Viewer, csv: string): Promise<IndicatorImportResult> {
    if (!canImportIndicatorValues(viewer)) throw forbidden('Only regional directors and editors load indicator values');
    const dataLines = csv.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length - 1;
    if (dataLines > INDICATOR_LIMITS.importMaxRows) {
      throw badInput('csv', `The file has ${dataLines} rows, more than ${INDICATOR_LIMITS.importMaxRows}: split it, e.g. by month`);
    }
    const [indicators, offices] = await Promise.all([this.indicators(), this.offices.all()]);
    const parsed = parseIndicatorCsv(csv, {
      offices: new Set(offices.map((office) => office.enhetsnummer)),
      units: new Map(indicators.map((indicator) => [indicator.code, indicator.unit])),
      currentMonth: currentMonth(),
    });
    if (parsed.errorCount > 0) {
      throw badLines(ErrorCode.BAD_USER_INPUT, 'csv', summary(parsed.errorCount, parsed.errors), parsed.errors, parsed.errorCount);
    }
    const regionOf = new Map(offices.map((office) => [office.enhetsnummer, office.region.code]));
    const foreign = parsed.rows.filter((row) => !canImportForRegion(viewer, regionOf.get(row.office)!));
    if (foreign.length > 0) {
      const errors = foreign
        .slice(0, INDICATOR_LIMITS.importErrorsListed)
        .map((row) => ({ line: row.line, column: 'office', message: `Office ${row.office} is not in your region` }));
      throw badLines(ErrorCode.FORBIDDEN, 'csv', `You may load values only for the offices of your region: ${summary(foreign.length, errors)}`, errors, foreign.length);
    }
    return this.write(parsed.rows);
  }

  // A bulk upsert in SQL rather than through entities: a file is up to 30,000 rows, and the rows were
  // checked above; managed entities would cost time and memory and check nothing more.
  private async write(rows: IndicatorValueRow[]): Promise<IndicatorImportResult> {
    const log = this.deps.log ?? (() => {});
    const large = rows.length > PROGRESS_EVERY;
    if (large) log(`importIndicatorValues: writing ${rows.length} rows`);
    let inserted = 0;
    let updated = 0;
    await this.deps.db.transaction().execute(async (trx) => {
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH);
        const { rows: written } = await sql<{ inserted: boolean }>`
          insert into office_indicator_value as t (indicator_code, month, office_enhetsnummer, actual, expected, demo, updated_at)
          select * , false, now() from unnest(${batch.map((r) => r.indicatorCode)}::text[], ${batch.map((r) => r.month)}::date[],
            ${batch.map((r) => r.office)}::text[], ${batch.map((r) => r.actual)}::float8[], ${batch.map((r) => r.expected)}::float8[])
          on conflict (indicator_code, month, office_enhetsnummer) do update
            set actual = excluded.actual, expected = excluded.expected, demo = false, updated_at = now()
            where (t.actual, t.expected, t.demo) is distinct from (excluded.actual, excluded.expected, false)
          returning (xmax = 0) as inserted`.execute(trx);
        for (const row of written) row.inserted ? inserted++ : updated++;
        const done = start + batch.length;
        if (large && (done % PROGRESS_EVERY < BATCH || done === rows.length)) log(`importIndicatorValues: ${done} of ${rows.length} rows written`);
      }
      const pairs = new Map(rows.map((row) => [`${row.indicatorCode}|${row.month}`, { indicatorCode: row.indicatorCode, month: row.month }]));
      await refreshBenchmarks(trx, [...pairs.values()]);
    });
    const months = rows.map((row) => row.month.slice(0, 7)).sort();
    return {
      rows: rows.length,
      inserted,
      updated,
      unchanged: rows.length - inserted - updated,
      offices: new Set(rows.map((row) => row.office)).size,
      indicators: new Set(rows.map((row) => row.indicatorCode)).size,
      firstMonth: months[0] ?? null,
      lastMonth: months[months.length - 1] ?? null,
    };
  }
}

function summary(count: number, errors: LineError[]): string {
  const first = errors[0];
  const where = first ? ` (line ${first.line}: ${first.message})` : '';
  return `${count} ${count === 1 ? 'row has an error' : 'rows have errors'}; nothing was imported${where}`;
}
