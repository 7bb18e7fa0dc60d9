// The cell key method, as the ABS TableBuilder and the ONS 2021 Census flexible tables use it.
// Every rating and every rater carries a permanent random record key, 0–255 (migration
// rating_rollup). A released count of records gets its cell key, the sum of their keys mod 256, and
// its perturbation is looked up in the fixed table below by the count and that key. The same
// records always give the same key, so a cell always gets the same answer, however often and in
// whatever query it is asked for; two cells that differ by one person have unrelated keys, so the
// difference of their answers is that person plus noise. Keys are uniform, so a count's perturbation
// takes each value of its row with the share of the 256 keys the row gives it: mean 0 (unbiased),
// within PERTURBATION_BOUNDS, and never a count below 0. README "For researchers" documents it.

/** A row of the table: consecutive ranges of cell keys (how many keys each) and what each adds. */
type Row = readonly (readonly [keys: number, perturbation: number])[];

export const PERTURBATION_BOUNDS = { min: -2, max: 2 } as const;

export const PERTURBATION_TABLE: readonly { counts: string; from: number; row: Row }[] = [
  // A count of 1 comes out as 0, 1 or 2.
  { counts: '1', from: 1, row: [[64, -1], [128, 0], [64, 1]] },
  // Probabilities 1/16, 1/4, 3/8, 1/4, 1/16: a variance of 1.
  { counts: '2 and more', from: 2, row: [[16, -2], [64, -1], [96, 0], [64, 1], [16, 2]] },
];

/** A sum of record keys as a cell key, 0–255. */
export const cellKey = (keySum: number): number => ((keySum % 256) + 256) % 256;

/** Each row spelled out, key by key. */
const BY_KEY = PERTURBATION_TABLE.map(({ row }) => row.flatMap(([keys, value]) => Array<number>(keys).fill(value)));

/** What the table adds to a count whose records' keys sum to `keySum`; nothing to an empty count. */
export function perturbation(count: number, keySum: number): number {
  if (count === 0) return 0;
  return BY_KEY[PERTURBATION_TABLE.findLastIndex((entry) => count >= entry.from)][cellKey(keySum)];
}

/** A count as released: the count plus its perturbation. */
export const perturbed = (count: number, keySum: number): number => count + perturbation(count, keySum);
