// ratingStats: rating aggregates for researchers, where no answer points at a person.
//
// 1. A cell with fewer than MIN_RATERS distinct raters is suppressed: its numbers are null.
// 2. Every other cell is released by the cell key method (perturbation.ts): each score's count is
//    perturbed by the key of its ratings, the released count is the sum of the perturbed counts, and
//    the average and standard deviation are those of the perturbed distribution. Raters are
//    perturbed by the key of the raters (their rater keys); with PRACTICE among the dimensions a
//    cell's raters are its ratings, and the released raters its released count.
//
// The complementary suppression that came before (hiding more cells so that a coarser cell minus
// the visible finer ones never isolated a few raters, and cells that a filter cut into a few raters
// and the rest) is gone, as in the ABS and ONS tables built this way: a difference of two released
// cells is now the hidden people plus the difference of two perturbations, noise that does not
// average away by asking again, because the same cell always gets the same answer.
//
// The numbers and the distinct raters come from the rollups kept by the rating writes (migration
// rating_rollup), except across practices chosen by theme, evidence level or slug, where only the
// ratings themselves tell who rated (rating-stats.queries.ts). The rollups count real ratings only;
// demo ratings are left out unless asked for (includeDemo), and then the ratings themselves are read.
import { MIN_RATERS } from '../../schema/limits.js';
import type { Db } from '../db/read-db.js';
import type { EvidenceLevel, Theme } from '../practices/vocabulary.js';
import { perturbed } from './perturbation.js';
import { cellRows, planOf, Route, type CellRow, type Plan } from './rating-stats.queries.js';
import { RatingDimension } from './rating-dimension.js';
import type { RatingStatsFilter, RatingStatsGroup } from './rating-stats.types.js';

const { REGION, OFFICE, THEME, EVIDENCE_LEVEL, PRACTICE, MONTH } = RatingDimension;

/**
 * What one ratingStats call costs against the query cost limit (server/graphql/limits.ts),
 * whatever it selects: an answer from the rollups reads up to some thousands of rows, one that
 * counts raters among the ratings themselves reads them all.
 */
export const RATING_STATS_COST = { fromRollups: 10_000, fromRatings: 20_000 } as const;

export function ratingStatsCost(groupBy: RatingDimension[], filter: RatingStatsFilter, includeDemo = false): number {
  return planOf(groupBy, filter, includeDemo).route === Route.RATINGS ? RATING_STATS_COST.fromRatings : RATING_STATS_COST.fromRollups;
}

export async function ratingStats(db: Db, groupBy: RatingDimension[], filter: RatingStatsFilter, includeDemo = false): Promise<RatingStatsGroup[]> {
  const plan = planOf(groupBy, filter, includeDemo);
  const rows = await cellRows(db, plan, filter);
  return rows.map((row) => present(row, plan));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

type Numbers = Pick<RatingStatsGroup, 'raters' | 'count' | 'average' | 'stddev' | 'distribution'>;

/** A released cell's numbers; null for a suppressed one. */
function released(row: CellRow, plan: Plan): Numbers | null {
  // By practice a rater is one rating, whichever route read them (includeDemo reads the ratings).
  const byPractice = plan.dims.includes(PRACTICE);
  const raters = byPractice ? row.n1 + row.n2 + row.n3 + row.n4 + row.n5 : row.raters!;
  if (raters < MIN_RATERS) return null;
  const distribution = [perturbed(row.n1, row.key1), perturbed(row.n2, row.key2), perturbed(row.n3, row.key3), perturbed(row.n4, row.key4), perturbed(row.n5, row.key5)];
  const count = sum(distribution);
  const { average, stddev } = moments(distribution);
  return { raters: byPractice ? count : perturbed(raters, row.ratersKey!), count, average, stddev, distribution };
}

// Written out rather than spread: object spreads cost more than all the rest for thousands of cells.
function present(row: CellRow, plan: Plan): RatingStatsGroup {
  const value = (dim: RatingDimension) => (plan.dims.includes(dim) ? row[`value${plan.dims.indexOf(dim)}`] : null);
  const numbers = released(row, plan);
  return {
    regionCode: value(REGION),
    office: value(OFFICE),
    theme: value(THEME) as Theme | null,
    evidenceLevel: value(EVIDENCE_LEVEL) as EvidenceLevel | null,
    practiceSlug: value(PRACTICE),
    month: value(MONTH)?.slice(0, 7) ?? null,
    suppressed: numbers === null,
    perturbed: numbers !== null,
    raters: numbers?.raters ?? null,
    count: numbers?.count ?? null,
    average: numbers?.average ?? null,
    stddev: numbers?.stddev ?? null,
    distribution: numbers?.distribution ?? null,
  };
}

/** Mean and sample standard deviation of the scores in a distribution; null where they are undefined. */
function moments(distribution: number[]): { average: number | null; stddev: number | null } {
  const n = sum(distribution);
  const total = sum(distribution.map((count, i) => (i + 1) * count));
  const squares = sum(distribution.map((count, i) => (i + 1) ** 2 * count));
  return {
    average: n > 0 ? total / n : null,
    stddev: n > 1 ? Math.sqrt(Math.max(0, n * squares - total * total) / (n * (n - 1))) : null,
  };
}
