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
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../db/sql-array.js';
import { MIN_RATERS } from '../regional/regional.service.js';
import type { EvidenceLevel, Theme } from '../practices/vocabulary.js';
import { RatingDimension, type RatingStatsFilter, type RatingStatsGroup } from './rating-stats.types.js';

const KEY_SQL: Record<RatingDimension, string> = {
  REGION: 'o.region_code',
  OFFICE: 'r.office_enhetsnummer',
  THEME: 't.theme',
  EVIDENCE_LEVEL: 'p.evidence_level',
  PRACTICE: 'p.slug',
  MONTH: `to_char(r.created_at at time zone 'UTC', 'YYYY-MM')`,
};

/** Groups this small have their raters listed, to count distinct raters across suppressed groups. */
const LIST_RATERS_BELOW = 2 * MIN_RATERS;

interface Row {
  gkey: string;
  keys: (string | null)[];
  region: string | null;
  evidence: string;
  themes: string[];
  raters: number;
  count: number;
  average: number;
  stddev: number | null;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
  outside_raters: number;
}

function filterSql(filter: RatingStatsFilter): { text: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.regionCodes?.length) (parts.push('o.region_code = any(?::text[])'), params.push(sqlArray(filter.regionCodes)));
  if (filter.themes?.length) (parts.push('p.themes && ?::text[]'), params.push(sqlArray(filter.themes)));
  if (filter.evidenceLevels?.length) (parts.push('p.evidence_level = any(?::text[])'), params.push(sqlArray(filter.evidenceLevels)));
  if (filter.practiceSlugs?.length) (parts.push('p.slug = any(?::text[])'), params.push(sqlArray(filter.practiceSlugs)));
  if (filter.fromMonth) (parts.push(`to_char(r.created_at at time zone 'UTC', 'YYYY-MM') >= ?`), params.push(filter.fromMonth));
  if (filter.toMonth) (parts.push(`to_char(r.created_at at time zone 'UTC', 'YYYY-MM') <= ?`), params.push(filter.toMonth));
  return { text: parts.length ? parts.join(' and ') : 'true', params };
}

export async function ratingStats(em: EntityManager, groupBy: RatingDimension[], filter: RatingStatsFilter): Promise<RatingStatsGroup[]> {
  const dims = [...new Set(groupBy)];
  const keySql = dims.map((d) => KEY_SQL[d]);
  const gkey = keySql.length ? `concat_ws('|', ${keySql.map((k) => `coalesce(${k}::text, '∅')`).join(', ')})` : `''`;
  const from = `from rating r join practice p on p.id = r.practice_id left join office o on o.enhetsnummer = r.office_enhetsnummer
    ${dims.includes(RatingDimension.THEME) ? 'cross join lateral unnest(p.themes) as t(theme)' : ''}`;
  const inside = filterSql(filter);
  const F = `(${inside.text})`;
  // Parents need the office's region and the practice's evidence level and themes.
  const extras = ['min(o.region_code) as region', 'min(p.evidence_level) as evidence', 'min(p.themes) as themes'];
  const groupClause = keySql.length ? `group by ${keySql.join(', ')}` : '';
  const run = <T>(sql: string, params: unknown[]) => em.getConnection().execute<T[]>(sql, params);

  // Filter parameters appear once for every use of F, in order.
  const fParams = (times: number) => Array.from({ length: times }, () => inside.params).flat();
  const rows = await run<Row>(
    `select ${gkey} as gkey, json_build_array(${keySql.join(', ') || 'null'}) as keys, ${extras.join(', ')},
       count(distinct r.user_id) filter (where ${F})::int as raters,
       count(*) filter (where ${F})::int as count,
       avg(r.score) filter (where ${F})::float8 as average,
       stddev_samp(r.score) filter (where ${F})::float8 as stddev,
       ${[1, 2, 3, 4, 5].map((s) => `count(*) filter (where ${F} and r.score = ${s})::int as s${s}`).join(', ')},
       count(distinct r.user_id) filter (where not ${F})::int as outside_raters
     ${from} ${groupClause}
     having count(*) filter (where ${F}) > 0
     order by 1`,
    fParams(11),
  );

  const small = await run<{ gkey: string; user_id: string }>(
    `with small as (select ${gkey} as gkey ${from} where ${F} ${groupClause} having count(distinct r.user_id) < ${LIST_RATERS_BELOW})
     select distinct ${gkey} as gkey, r.user_id ${from} where ${F} and ${gkey} in (select gkey from small)`,
    fParams(2),
  );
  const ratersOf = new Map<string, Set<string>>();
  for (const { gkey: key, user_id } of small) (ratersOf.get(key) ?? ratersOf.set(key, new Set()).get(key)!).add(user_id);

  const suppressed = new Set(
    rows.filter((row) => row.raters < MIN_RATERS || (row.outside_raters > 0 && row.outside_raters < MIN_RATERS)).map((row) => row.gkey),
  );
  const families = parentFamilies(rows, dims);
  // Suppressing for one family can open a gap in another: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const family of families.values()) {
      const hidden = family.filter((row) => suppressed.has(row.gkey));
      if (hidden.length === 0 || distinctRaters(hidden, ratersOf) >= MIN_RATERS) continue;
      const visible = family.filter((row) => !suppressed.has(row.gkey)).sort((a, b) => a.raters - b.raters || a.gkey.localeCompare(b.gkey));
      if (visible.length === 0) continue;
      suppressed.add(visible[0].gkey);
      changed = true;
    }
  }

  return rows.map((row) => present(row, dims, suppressed.has(row.gkey)));
}

/** Distinct raters across groups; a group too big to be listed has enough on its own. */
function distinctRaters(groups: Row[], ratersOf: Map<string, Set<string>>): number {
  const all = new Set<string>();
  for (const group of groups) {
    const listed = ratersOf.get(group.gkey);
    if (!listed) return Number.POSITIVE_INFINITY;
    listed.forEach((rater) => all.add(rater));
  }
  return all.size;
}

/** For each coarser group a released group belongs to, its members. */
function parentFamilies(rows: Row[], dims: RatingDimension[]): Map<string, Row[]> {
  const families = new Map<string, Row[]>();
  const join = (row: Row, index: number, replacement: string) =>
    [...row.keys.slice(0, index), replacement, ...row.keys.slice(index + 1)].map((k) => k ?? '∅').join('|');
  for (const row of rows) {
    const parents = new Set<string>();
    dims.forEach((dim, index) => {
      if (dim === RatingDimension.OFFICE) parents.add(`office>region:${join(row, index, `R${row.region ?? '∅'}`)}`);
      if (dim === RatingDimension.PRACTICE) {
        parents.add(`practice>evidence:${join(row, index, `E${row.evidence}`)}`);
        for (const theme of row.themes ?? []) parents.add(`practice>theme:${join(row, index, `T${theme}`)}`);
      }
      parents.add(`without:${dim}:${join(row, index, '*')}`);
    });
    for (const parent of parents) (families.get(parent) ?? families.set(parent, []).get(parent)!).push(row);
  }
  return families;
}

function present(row: Row, dims: RatingDimension[], suppressed: boolean): RatingStatsGroup {
  const key = (dim: RatingDimension) => (dims.includes(dim) ? (row.keys[dims.indexOf(dim)] as string | null) : null);
  return {
    regionCode: key(RatingDimension.REGION),
    office: key(RatingDimension.OFFICE),
    theme: key(RatingDimension.THEME) as Theme | null,
    evidenceLevel: key(RatingDimension.EVIDENCE_LEVEL) as EvidenceLevel | null,
    practiceSlug: key(RatingDimension.PRACTICE),
    month: key(RatingDimension.MONTH),
    suppressed,
    raters: suppressed ? null : row.raters,
    count: suppressed ? null : row.count,
    average: suppressed ? null : row.average,
    stddev: suppressed ? null : row.stddev,
    distribution: suppressed ? null : [row.s1, row.s2, row.s3, row.s4, row.s5],
  };
}
