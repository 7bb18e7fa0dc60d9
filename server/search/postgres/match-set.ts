// What a cached search keeps: everything it matched, with what orders it but the ratings, which
// are read live from the rating board when a page is cut (see rating-board.ts).
import { SearchSort, type SearchFacets } from '../search.types.js';

export interface MatchSet {
  total: number;
  facets: SearchFacets;
  /** The matched practices, with their title tier (RELEVANCE), adoption count, creation time and rating when matched. */
  ids: string[];
  tiers: Int8Array;
  adoptions: Int32Array;
  created: Float64Array;
  ratings: Float64Array;
  /** The rating board's version when `ratings` was last brought up to date. */
  ratingsVersion: number;
  /** Highlights of the hits shown so far, by id. */
  highlights: Map<string, { title: string; summary: string }>;
}

/** Deep pages sort everything: keeping the best few by insertion only pays for the first pages. */
const FULL_SORT_FROM = 500;

type Compare = (set: MatchSet, a: number, b: number) => number;

const byId: Compare = (set, a, b) => (set.ids[a] < set.ids[b] ? -1 : set.ids[a] > set.ids[b] ? 1 : 0);
const descending = (values: (set: MatchSet) => ArrayLike<number>): Compare => (set, a, b) => values(set)[b] - values(set)[a];
const tier = descending((set) => set.tiers);
const rating = descending((set) => set.ratings);
const adoptions = descending((set) => set.adoptions);
const created = descending((set) => set.created);

/** The orders of search.types' SearchSort, as PostgreSQL's direct search sorts them too. */
const ORDERS: Record<SearchSort, Compare[]> = {
  [SearchSort.RELEVANCE]: [tier, rating, adoptions, byId],
  [SearchSort.RATING]: [rating, adoptions, byId],
  [SearchSort.ADOPTIONS]: [adoptions, rating, byId],
  [SearchSort.NEWEST]: [created, byId],
};

/**
 * The ids of one page in the given order: keeps only the best `page × pageSize` matches while it
 * passes over them once, so a first page of a broad search costs little more than the pass.
 */
export function pageOf(set: MatchSet, sort: SearchSort, page: number, pageSize: number): string[] {
  const skipped = (page - 1) * pageSize;
  if (skipped >= set.ids.length) return [];
  const order = ORDERS[sort];
  const compare = (a: number, b: number) => {
    for (const by of order) {
      const difference = by(set, a, b);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  const wanted = Math.min(page * pageSize, set.ids.length);
  if (wanted > FULL_SORT_FROM) {
    const all = Array.from(set.ids, (_, i) => i).sort(compare);
    return all.slice(skipped, wanted).map((i) => set.ids[i]);
  }
  const best: number[] = [];
  for (let i = 0; i < set.ids.length; i++) {
    if (best.length === wanted && compare(i, best[wanted - 1]) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(best[middle], i) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, i);
    if (best.length > wanted) best.pop();
  }
  return best.slice(skipped).map((i) => set.ids[i]);
}
