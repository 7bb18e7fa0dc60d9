// The one statement behind ratingStats: each cell's ratings per score with the sums of their record
// keys, and its distinct raters with the sum of their rater keys, from the rollups of migration
// rating_rollup wherever the dimensions and filters allow (Route). Distinct raters decide
// suppression, so they are always exact.
import { sql as kysely, type RawBuilder } from 'kysely';
import type { Db } from '../db/read-db.js';
import { RatingDimension } from './rating-dimension.js';
import type { RatingStatsFilter } from './rating-stats.types.js';

const { REGION, OFFICE, THEME, EVIDENCE_LEVEL, PRACTICE, MONTH } = RatingDimension;

const SCORES = [1, 2, 3, 4, 5];

/** Where a plan reads a cell's numbers and its distinct raters from. */
export enum Route {
  /** PRACTICE among the dimensions: the office × practice × month rollup; a rater rates a practice once, so raters are ratings. */
  PRACTICES = 'PRACTICES',
  /** By month, across practices: the office × month rollup, whose raters are each office's that month, less users counted in several offices. */
  OFFICE_MONTHS = 'OFFICE_MONTHS',
  /** Across months and practices: the office × month rollup; raters are the distinct users of the office × month × user rows. */
  RATER_ROWS = 'RATER_ROWS',
  /** Across practices chosen by theme, evidence level or slug: the ratings themselves. */
  RATINGS = 'RATINGS',
}

export interface Plan {
  dims: RatingDimension[];
  route: Route;
  /** Demo ratings counted too. The rollups hold real ratings only (migration evidence_model), so this reads the ratings. */
  includeDemo: boolean;
}

export function planOf(groupBy: RatingDimension[], filter: RatingStatsFilter, includeDemo = false): Plan {
  const dims = [...new Set(groupBy)];
  const byPractice =
    includeDemo || dims.some((dim) => dim === THEME || dim === EVIDENCE_LEVEL) || Boolean(filter.themes?.length || filter.evidenceLevels?.length || filter.practiceSlugs?.length);
  const route = dims.includes(PRACTICE) && !includeDemo ? Route.PRACTICES : byPractice ? Route.RATINGS : dims.includes(MONTH) ? Route.OFFICE_MONTHS : Route.RATER_ROWS;
  return { dims, route, includeDemo };
}

/** A score's column in a cell's row: how many gave it (n1…n5) and the sum of their record keys mod 256 (key1…key5). */
type ScoreColumn = `n${1 | 2 | 3 | 4 | 5}` | `key${1 | 2 | 3 | 4 | 5}`;

export type CellRow = {
  /** The cell's value of each dimension, in the order of the plan's: value0, value1… (a month as YYYY-MM-DD). */
  [value: `value${number}`]: string | null;
} & Record<ScoreColumn, number> & {
  /** Distinct raters and the sum of their rater keys, mod 256; null on Route.PRACTICES. */
  raters: number | null;
  ratersKey: number | null;
};

type Fragment = RawBuilder<unknown>;

/** Rows as t, with their office ('' for none) and month (a date); p is the practice where there is one. */
interface Source {
  from: string;
  office: string;
  month: string;
  /** The office column to join the office on, if not `office`. */
  officeColumn?: string;
}

const PRACTICE_ROLLUP: Source = { from: 'rating_rollup t join practice p on p.id = t.practice_id', office: 't.office', month: 't.month' };
const OFFICE_ROLLUP: Source = { from: 'rating_rollup_office t', office: 't.office', month: 't.month' };
const RATER_ROWS: Source = { from: 'rating_rater t', office: 't.office', month: 't.month' };
/** Rater rows of users who rated from several offices in their month. */
const SHARED_RATER_ROWS: Source = { ...RATER_ROWS, from: 'rating_rater_month m join rating_rater t on t.month = m.month and t.user_id = m.user_id' };
const RATINGS: Source = {
  from: 'rating t join practice p on p.id = t.practice_id',
  office: `coalesce(t.office_enhetsnummer, '')`,
  officeColumn: 't.office_enhetsnummer',
  month: `date_trunc('month', t.created_at at time zone 'UTC')::date`,
};

/** A dimension's value over a source, never null, so cells join on equality: '' for no office or region. */
function valueOf(dim: RatingDimension, source: Source): string {
  switch (dim) {
    case REGION:
      return `coalesce(o.region_code, '')`;
    case OFFICE:
      return source.office;
    case MONTH:
      return source.month;
    case THEME:
      return 'th.theme';
    case EVIDENCE_LEVEL:
      return 'p.evidence_level';
    case PRACTICE:
      return 'p.slug';
  }
}

/** The value as answered (a month as its first day, a date). */
const labelOf = (dim: RatingDimension, column: string) => (dim === REGION || dim === OFFICE ? `nullif(${column}, '')` : column);

/**
 * Kysely's `sql` where interpolated strings and numbers are SQL text (generated names and
 * constants, never input); input goes in as fragments with parameters.
 */
function sql(strings: TemplateStringsArray, ...parts: (Fragment | string | number)[]): Fragment {
  return kysely(strings, ...parts.map((part) => (typeof part === 'object' ? part : kysely.raw(String(part)))));
}

/** A month given as YYYY-MM as its first day; year 0 is before every date. */
const monthDate = (month: string) => (month.startsWith('0000') ? '-infinity' : `${month}-01`);

function conditions(filter: RatingStatsFilter, source: Source): Fragment[] {
  const list: Fragment[] = [];
  if (filter.regionCodes?.length) list.push(kysely`o.region_code = any(${filter.regionCodes}::text[])`);
  if (filter.themes?.length) list.push(kysely`p.themes && ${filter.themes}::text[]`);
  if (filter.evidenceLevels?.length) list.push(kysely`p.evidence_level = any(${filter.evidenceLevels}::text[])`);
  if (filter.practiceSlugs?.length) list.push(kysely`p.slug = any(${filter.practiceSlugs}::text[])`);
  if (filter.fromMonth) list.push(sql`${source.month} >= ${kysely`${monthDate(filter.fromMonth)}::date`}`);
  if (filter.toMonth) list.push(sql`${source.month} <= ${kysely`${monthDate(filter.toMonth)}::date`}`);
  return list;
}

/**
 * `select <the cell's values>, <columns> from <source> where <filter> group by <the cell>`,
 * and by the user too with `perUser`.
 */
function cellsSql(source: Source, plan: Plan, filter: RatingStatsFilter, columns: string, options: { perUser?: boolean; where?: string } = {}): Fragment {
  const { dims } = plan;
  const from = [
    source.from,
    dims.includes(REGION) || filter.regionCodes?.length ? `left join office o on o.enhetsnummer = ${source.officeColumn ?? source.office}` : '',
    dims.includes(THEME) ? 'join (select distinct id, unnest(themes) as theme from practice) th on th.id = t.practice_id' : '',
  ].join(' ');
  const where = [...conditions(filter, source), ...(options.where ? [sql`${options.where}`] : [])];
  const groups = dims.length + (options.perUser ? 1 : 0);
  const selected = [...dims.map((dim, i) => `${valueOf(dim, source)} as c${i}`), ...(options.perUser ? ['t.user_id'] : []), columns];
  return sql`select ${selected.filter(Boolean).join(', ')}
    from ${from} where ${where.length ? kysely.join(where, kysely.raw(' and ')) : sql`true`}
    ${groups ? `group by ${Array.from({ length: groups }, (_, i) => i + 1).join(', ')}` : ''}`;
}

const SCORE_SUMS = [...SCORES.map((s) => `sum(t.n${s})::int as n${s}`), ...SCORES.map((s) => `(sum(t.key${s}) % 256)::int as key${s}`)].join(', ');
const RATING_SCORES = [
  ...SCORES.map((s) => `count(*) filter (where t.score = ${s})::int as n${s}`),
  ...SCORES.map((s) => `coalesce(sum(t.record_key) filter (where t.score = ${s}), 0)::int as key${s}`),
].join(', ');

const cellColumns = (plan: Plan) => plan.dims.map((_, i) => `c${i}, `).join('');
const byCell = (plan: Plan) => (plan.dims.length ? `group by ${cellColumns(plan).slice(0, -2)}` : '');

/** Rows per cell and user, with columns `columns`, made rows per cell: the users counted once each, with their keys. */
function perCellSql(plan: Plan, perUser: Fragment, columns: string): Fragment {
  return sql`select ${cellColumns(plan)}${columns} from (${perUser}) t join rater_key k using (user_id) ${byCell(plan)}`;
}

/** Each cell's numbers, and on the routes that count raters alongside, its raters and their keys. */
function numbersSql(plan: Plan, filter: RatingStatsFilter): Fragment {
  switch (plan.route) {
    case Route.PRACTICES:
      return cellsSql(PRACTICE_ROLLUP, plan, filter, SCORE_SUMS);
    case Route.OFFICE_MONTHS:
      return cellsSql(OFFICE_ROLLUP, plan, filter, `${SCORE_SUMS}, sum(t.raters)::int as raters, sum(t.raters_key)::int8 as raters_key`);
    case Route.RATER_ROWS:
      return cellsSql(OFFICE_ROLLUP, plan, filter, SCORE_SUMS);
    case Route.RATINGS: {
      // Each rater's ratings in each cell first (a hash aggregate, where count(distinct) would sort every rating), then each cell's.
      const perUser = cellsSql(RATINGS, plan, filter, RATING_SCORES, { perUser: true, where: plan.includeDemo ? undefined : 'not t.demo' });
      return perCellSql(plan, perUser, `${SCORE_SUMS}, count(*)::int as raters, sum(k.record_key)::int8 as raters_key`);
    }
  }
}

/** Where each cell's raters come from: numbers, or numbers and a second table `counted`. */
function ratersOf(plan: Plan, filter: RatingStatsFilter): { counted?: Fragment; raters: string; key: string } {
  const numbers = { raters: 'numbers.raters', key: 'numbers.raters_key' };
  switch (plan.route) {
    case Route.PRACTICES:
      return { raters: 'null::int', key: 'null::int' };
    case Route.OFFICE_MONTHS: {
      // Within one office a rater is counted once; across offices, users who rated from several are counted too often.
      if (plan.dims.includes(OFFICE)) return numbers;
      const shared = cellsSql(SHARED_RATER_ROWS, plan, filter, 'count(*) - 1 as extra', { perUser: true, where: 'm.offices > 1' });
      const counted = perCellSql(plan, shared, 'sum(extra)::int as extra, sum(extra * k.record_key)::int8 as extra_key');
      return { counted, raters: 'numbers.raters - coalesce(extra, 0)', key: 'numbers.raters_key - coalesce(extra_key, 0)' };
    }
    case Route.RATER_ROWS: {
      const counted = perCellSql(plan, cellsSql(RATER_ROWS, plan, filter, '', { perUser: true }), 'count(*)::int as raters, sum(k.record_key)::int8 as raters_key');
      return { counted, raters: 'counted.raters', key: 'counted.raters_key' };
    }
    case Route.RATINGS:
      return numbers;
  }
}

function statsSql(plan: Plan, filter: RatingStatsFilter): Fragment {
  const { dims } = plan;
  const { counted, raters, key } = ratersOf(plan, filter);
  const join = dims.length ? `using (${dims.map((_, i) => `c${i}`).join(', ')})` : 'on true';
  return sql`with numbers as (${numbersSql(plan, filter)})${counted ? sql`, counted as (${counted})` : ''}
    select ${dims.map((dim, i) => `${labelOf(dim, `c${i}`)} as value${i}, `).join('')}
      ${SCORES.map((s) => `n${s}, key${s}, `).join('')}
      ${raters} as raters, ((${key}) % 256)::int as "ratersKey"
    from numbers ${counted ? `left join counted ${join}` : ''}
    ${dims.length ? `order by ${dims.map((_, i) => i + 1).join(', ')}` : ''}`;
}

/**
 * Hash aggregates with room for a row per rater and cell (some 120 000 across a million ratings):
 * the planner cannot estimate how many there are and would otherwise sort all the ratings.
 */
const RATINGS_SETTINGS = kysely`select set_config('work_mem', '64MB', true), set_config('enable_sort', 'off', true),
  set_config('enable_incremental_sort', 'off', true)`;

export async function cellRows(db: Db, plan: Plan, filter: RatingStatsFilter): Promise<CellRow[]> {
  const statement = statsSql(plan, filter) as RawBuilder<CellRow>;
  if (plan.route !== Route.RATINGS) return (await statement.execute(db)).rows;
  return db.transaction().execute(async (trx) => {
    await RATINGS_SETTINGS.execute(trx);
    return (await statement.execute(trx)).rows;
  });
}
