// ratingStats: rating aggregates for researchers, with no group that could point at a person.
//
// 1. A group with fewer than MIN_RATERS distinct raters is suppressed.
// 2. Complementary suppression: within every coarser group a suppressed group could be worked out
//    from (the same groups without one dimension; an office's region; a practice's evidence level
//    and themes), the suppressed groups together must hold at least MIN_RATERS distinct raters, so
//    "coarser minus the visible ones" never isolates fewer people. More groups are suppressed,
//    smallest first, until that holds everywhere.
// 3. A filter that cuts through a group (themes on offices, say) must leave either none or at least
//    MIN_RATERS distinct raters of that group outside it, or the group is suppressed: otherwise the
//    unfiltered group minus the filtered one would isolate a few people.
//
// One statement does the counting. It sums each rater's ratings in each group first (a hash
// aggregate, where count(distinct) would sort every rating), then sums those per group: a group's
// raters inside and outside the filter are its raters with ratings there, and a group small enough
// to need them for rule 2 lists its raters.
import { sql as kysely, type RawBuilder } from 'kysely';
import { MIN_RATERS } from '../../schema/limits.js';
import type { Db } from '../db/read-db.js';
import type { EvidenceLevel, Theme } from '../practices/vocabulary.js';
import { RatingDimension, type RatingStatsFilter, type RatingStatsGroup } from './rating-stats.types.js';

const { REGION, OFFICE, THEME, EVIDENCE_LEVEL, PRACTICE, MONTH } = RatingDimension;

/** Each dimension's key over a rating r, its practice p, office o and theme t. */
const KEY_SQL: Record<RatingDimension, string> = {
  REGION: 'o.region_code',
  OFFICE: 'r.office_enhetsnummer',
  THEME: 't.theme',
  EVIDENCE_LEVEL: 'p.evidence_level',
  PRACTICE: 'r.practice_id',
  MONTH: `date_trunc('month', r.created_at at time zone 'UTC')`,
};

/** The table besides the rating a key or a filter condition reads: practice p or office o. */
type Joined = 'p' | 'o' | null;
const KEY_READS: Record<RatingDimension, Joined> = { REGION: 'o', OFFICE: null, THEME: 'p', EVIDENCE_LEVEL: 'p', PRACTICE: null, MONTH: null };

/** Groups this small have their raters listed, to count distinct raters across suppressed groups. */
const LIST_RATERS_BELOW = 2 * MIN_RATERS;

const SCORES = [1, 2, 3, 4, 5];

/**
 * Raters in two halves by id (random, so about even). Each half is summed per rater on its own, so
 * PostgreSQL can run the two side by side in parallel workers; a rater's ratings all fall in one.
 */
const RATER_HALVES = [`r.user_id < '80000000-0000-0000-0000-000000000000'`, `r.user_id >= '80000000-0000-0000-0000-000000000000'`];

/**
 * Settings for the statement: hash aggregates with room for a row per rater and group (some 120 000
 * for REGION and MONTH at a million ratings). The planner cannot estimate how many such rows there
 * are and would otherwise sort all the ratings.
 */
const SETTINGS_SQL = kysely`select set_config('work_mem', '32MB', true), set_config('enable_sort', 'off', true)`;

interface Row {
  /** The group's keys, one for each dimension: key0, key1… */
  [key: `key${number}`]: string | null;
  /** The office's region, with OFFICE among the dimensions. */
  region: string | null;
  /** The practice's evidence level and themes, with PRACTICE among the dimensions. */
  evidence: string | null;
  themes: string[] | null;
  raters: number;
  outside_raters: number;
  /** Only for groups with at least MIN_RATERS raters, the only ones that can be released. */
  count: number | null;
  average: number | null;
  stddev: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: number[] | null;
  /** The raters of a group with fewer than LIST_RATERS_BELOW of them, comma-separated; otherwise null. */
  listed: string | null;
}

type Fragment = RawBuilder<unknown>;

interface Condition {
  sql: Fragment;
  reads: Joined;
  /** Dimensions whose groups each lie wholly inside or wholly outside the condition. */
  decidedBy: RatingDimension[];
}

/**
 * Kysely's `sql` where interpolated strings and numbers are SQL text (generated names and
 * constants, never input); input goes in as fragments with parameters.
 */
function sql(strings: TemplateStringsArray, ...parts: (Fragment | string | number)[]): Fragment {
  return kysely(strings, ...parts.map((part) => (typeof part === 'object' ? part : kysely.raw(String(part)))));
}

const joinSql = (fragments: Fragment[], separator: string): Fragment => kysely.join(fragments, kysely.raw(separator));

const allOf = (conditions: Fragment[]): Fragment => (conditions.length ? joinSql(conditions, ' and ') : sql`true`);

function conditions(filter: RatingStatsFilter): Condition[] {
  const list: Condition[] = [];
  const add = (condition: Fragment, reads: Joined, decidedBy: RatingDimension[]) => list.push({ sql: condition, reads, decidedBy });
  if (filter.regionCodes?.length) add(kysely`o.region_code = any(${filter.regionCodes}::text[])`, 'o', [REGION, OFFICE]);
  if (filter.themes?.length) add(kysely`p.themes && ${filter.themes}::text[]`, 'p', [PRACTICE]);
  if (filter.evidenceLevels?.length) add(kysely`p.evidence_level = any(${filter.evidenceLevels}::text[])`, 'p', [EVIDENCE_LEVEL, PRACTICE]);
  if (filter.practiceSlugs?.length) add(kysely`p.slug = any(${filter.practiceSlugs}::text[])`, 'p', [PRACTICE]);
  if (filter.fromMonth) add(kysely`r.created_at >= ${monthStart(filter.fromMonth, 0)}::timestamptz`, null, [MONTH]);
  if (filter.toMonth) add(kysely`r.created_at < ${monthStart(filter.toMonth, 1)}::timestamptz`, null, [MONTH]);
  return list;
}

/** When a month given as YYYY-MM (or the one `later` months after it) starts in UTC; year 0 is before every date. */
function monthStart(month: string, later: number): string {
  const [year, number] = month.split('-').map(Number);
  if (year === 0) return '-infinity';
  const index = year * 12 + number - 1 + later;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01 00:00:00+00`;
}

/** One row per group with a rating inside the filter. */
function statsSql(dims: RatingDimension[], filter: RatingStatsFilter): Fragment {
  const all = conditions(filter);
  // A condition the groups decide keeps a group whole or leaves nothing of it inside the filter, so
  // it can drop ratings up front. The others split groups into the ratings inside and outside.
  const decided = all.filter((c) => c.decidedBy.some((dim) => dims.includes(dim)));
  const splitting = all.filter((c) => !decided.includes(c));
  const reads = new Set([...dims.map((dim) => KEY_READS[dim]), ...all.map((c) => c.reads)]);
  const from = [
    'rating r',
    reads.has('p') ? 'join practice p on p.id = r.practice_id' : '',
    reads.has('o') ? 'left join office o on o.enhetsnummer = r.office_enhetsnummer' : '',
    dims.includes(THEME) ? 'cross join lateral unnest(p.themes) as t(theme)' : '',
  ].join(' ');
  const perRater = perRaterSql(dims, from, decided.map((c) => c.sql), splitting.length ? allOf(splitting.map((c) => c.sql)) : undefined);
  const keys = dims.map((_, i) => `k${i}, `).join('');
  const inFilter = SCORES.map((s) => `s${s}`).join(' + ');
  return sql`with per_rater as (${perRater}),
    groups as (
      select ${keys}count(*) filter (where ${inFilter} > 0)::int as raters,
        ${SCORES.map((s) => `sum(s${s})::int8 as s${s}`).join(', ')},
        count(*) filter (where outside > 0)::int as outside_raters,
        case when count(*) filter (where ${inFilter} > 0) < ${LIST_RATERS_BELOW}
          then array_to_string(array_agg(user_id) filter (where ${inFilter} > 0), ',') end as listed
      from per_rater ${dims.length ? `group by ${keys.slice(0, -2)}` : ''}
      having sum(${inFilter}) > 0)
    ${outputSql(dims)}`;
}

/**
 * Each rater's ratings in each group: how many inside the filter gave each score, and how many lie
 * outside it. A rating the filter cannot tell about (one without an office, filtered by region)
 * counts in neither, as with count(*) filter (where ...).
 */
function perRaterSql(dims: RatingDimension[], from: string, where: Fragment[], inside?: Fragment): Fragment {
  // A practice has one rating per rater, so with PRACTICE among the dimensions each rating is a
  // rater of its group; not with THEME as well, though, where a theme listed twice counts twice.
  const perRating = dims.includes(PRACTICE) && !dims.includes(THEME);
  const tally = (test: Fragment) => (perRating ? sql`(${test})::int` : sql`count(*) filter (where ${test})`);
  // The score goes first, so the filter is tested once per rating rather than once per score.
  const scoreTests = SCORES.map((s) => (inside ? sql`r.score = ${s} and ${inside}` : sql`r.score = ${s}`));
  const columns = joinSql(
    [...scoreTests.map((test, i) => sql`${tally(test)} as s${i + 1}`), inside ? sql`${tally(sql`not (${inside})`)} as outside` : sql`0 as outside`],
    ', ',
  );
  const select = (filters: Fragment[]) =>
    sql`select ${dims.map((dim, i) => `${KEY_SQL[dim]} as k${i}, `).join('')}r.user_id, ${columns} from ${from} where ${allOf(filters)}`;
  if (perRating) return select(where);
  const groupBy = [...dims.map((_, i) => i + 1), 'r.user_id'].join(', ');
  return joinSql(
    RATER_HALVES.map((half) => sql`${select([...where, sql`${half}`])} group by ${groupBy}`),
    ' union all ',
  );
}

/** Each group's keys, parents and, if it can be released, numbers; ordered by the keys joined with '|'. */
function outputSql(dims: RatingDimension[]): string {
  const labels = dims.map((dim, i) => (dim === PRACTICE ? 'gp.slug' : dim === MONTH ? `to_char(g.k${i}, 'YYYY-MM')` : `g.k${i}`));
  const office = dims.includes(OFFICE) ? `left join office go on go.enhetsnummer = g.k${dims.indexOf(OFFICE)}` : '';
  const practice = dims.includes(PRACTICE) ? `join practice gp on gp.id = g.k${dims.indexOf(PRACTICE)}` : '';
  const weighted = (power: number) => SCORES.map((s) => (s ** power === 1 ? `s${s}` : `${s ** power} * s${s}`)).join(' + ');
  // avg() and stddev_samp() of the scores, worked out in numeric the way PostgreSQL does, to the bit.
  const spread = '(g.n::numeric * g.squares - g.total::numeric * g.total)';
  const stddev = `(case when ${spread} <= 0 then 0 else sqrt(${spread} / (g.n::numeric * (g.n - 1))) end)::float8`;
  // A group with fewer raters than MIN_RATERS is never released: its numbers are not needed.
  const released = (expression: string) => `case when g.raters >= ${MIN_RATERS} then ${expression} end`;
  return `select ${labels.map((label, i) => `${label} as key${i}, `).join('')}
      ${office ? 'go.region_code' : 'null'} as region,
      ${practice ? 'gp.evidence_level' : 'null'} as evidence,
      ${practice ? 'to_json(gp.themes)' : 'null'} as themes,
      g.raters, g.outside_raters, g.listed,
      ${released('g.n::int')} as count,
      ${released('(g.total::numeric / g.n)::float8')} as average,
      ${released(stddev)} as stddev,
      ${released(`array[${SCORES.map((s) => `g.s${s}`).join(', ')}]::int[]`)} as distribution
    from (select *, ${weighted(0)} as n, ${weighted(1)} as total, ${weighted(2)} as squares from groups) g ${office} ${practice}
    ${dims.length ? `order by concat_ws('|', ${labels.map((label) => `coalesce(${label}, '∅')`).join(', ')})` : ''}`;
}

export async function ratingStats(db: Db, groupBy: RatingDimension[], filter: RatingStatsFilter): Promise<RatingStatsGroup[]> {
  const dims = [...new Set(groupBy)];
  const statement = statsSql(dims, filter);
  const rows = await db.transaction().execute(async (trx) => {
    await SETTINGS_SQL.execute(trx);
    return (await (statement as RawBuilder<Row>).execute(trx)).rows;
  });
  const suppressed = suppress(rows, dims);
  return rows.map((row, i) => present(row, dims, suppressed[i]));
}

/** Which groups are suppressed, by rules 1 to 3. */
function suppress(rows: Row[], dims: RatingDimension[]): boolean[] {
  const suppressed = rows.map((row) => row.raters < MIN_RATERS || (row.outside_raters > 0 && row.outside_raters < MIN_RATERS));
  const families = parentFamilies(rows, dims, suppressed);
  // Suppressing for one family can open a gap in another: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const family of families) {
      const hidden = family.filter((i) => suppressed[i]);
      if (hidden.length === 0 || hasEnoughRaters(hidden.map((i) => rows[i]))) continue;
      const next = smallestVisible(rows, dims, family, suppressed);
      if (next === undefined) continue;
      suppressed[next] = true;
      changed = true;
    }
  }
  return suppressed;
}

/** Whether groups hold MIN_RATERS distinct raters between them; a group too big to be listed has enough on its own. */
function hasEnoughRaters(groups: Row[]): boolean {
  const all = new Set<string>();
  for (const group of groups) {
    if (!group.listed) return true;
    for (const rater of group.listed.split(',')) all.add(rater);
    if (all.size >= MIN_RATERS) return true;
  }
  return false;
}

/** The visible group with the fewest raters (the first by key string among equals), if any. */
function smallestVisible(rows: Row[], dims: RatingDimension[], family: number[], suppressed: boolean[]): number | undefined {
  const keyString = (row: Row) => dims.map((_, i) => keyAt(row, i) ?? '∅').join('|');
  let best: number | undefined;
  for (const i of family) {
    if (suppressed[i]) continue;
    const order = best === undefined ? -1 : rows[i].raters - rows[best].raters || keyString(rows[i]).localeCompare(keyString(rows[best]));
    if (order < 0) best = i;
  }
  return best;
}

/**
 * The members (indices) of each coarser group a released group belongs to, in the order they first
 * appear. A family only ever needs more suppressed while it has a visible member, and visible groups
 * only become fewer, so families without one are left out, as are families of one.
 */
function parentFamilies(rows: Row[], dims: RatingDimension[], suppressed: boolean[]): number[][] {
  const live = new Set<string>();
  rows.forEach((row, i) => {
    if (!suppressed[i]) for (const key of parentsOf(row, dims)) live.add(key);
  });
  const families = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const key of parentsOf(row, dims, live)) if (live.has(key)) (families.get(key) ?? families.set(key, []).get(key)!).push(i);
  });
  return [...families.values()].filter((family) => family.length > 1);
}

/**
 * A group's coarser groups: its keys with one of them replaced by a parent, or by '*' when left out.
 * Given the live families, skips a dimension where even the group without it is not among them.
 */
function parentsOf(row: Row, dims: RatingDimension[], live?: Set<string>): Set<string> {
  const parts = dims.map((_, i) => keyAt(row, i) ?? '∅');
  const replace = (index: number, by: string) => parts.map((part, i) => (i === index ? by : part)).join('|');
  const parents = new Set<string>();
  dims.forEach((dim, index) => {
    const without = `without:${dim}:${replace(index, '*')}`;
    if (live && !live.has(without)) return;
    if (dim === OFFICE) parents.add(`office>region:${replace(index, `R${row.region ?? '∅'}`)}`);
    if (dim === PRACTICE) {
      parents.add(`practice>evidence:${replace(index, `E${row.evidence}`)}`);
      for (const theme of row.themes ?? []) parents.add(`practice>theme:${replace(index, `T${theme}`)}`);
    }
    parents.add(without);
  });
  return parents;
}

const keyAt = (row: Row, index: number) => row[`key${index}`];

function present(row: Row, dims: RatingDimension[], suppressed: boolean): RatingStatsGroup {
  const key = (dim: RatingDimension) => (dims.includes(dim) ? keyAt(row, dims.indexOf(dim)) : null);
  return {
    regionCode: key(REGION),
    office: key(OFFICE),
    theme: key(THEME) as Theme | null,
    evidenceLevel: key(EVIDENCE_LEVEL) as EvidenceLevel | null,
    practiceSlug: key(PRACTICE),
    month: key(MONTH),
    suppressed,
    raters: suppressed ? null : row.raters,
    count: suppressed ? null : row.count,
    average: suppressed ? null : row.average,
    stddev: suppressed ? null : row.stddev,
    distribution: suppressed ? null : row.distribution,
  };
}
