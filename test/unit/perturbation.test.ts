// The perturbation table of the cell key method, as README "For researchers" documents it.
import { describe, expect, it } from 'vitest';
import { cellKey, PERTURBATION_BOUNDS, PERTURBATION_TABLE, perturbation, perturbed } from '../../server/research/perturbation.js';

const keys = Array.from({ length: 256 }, (_, key) => key);

describe('the perturbation table', () => {
  it('gives every one of the 256 cell keys a perturbation in each row, within the bounds', () => {
    for (const { row } of PERTURBATION_TABLE) {
      expect(row.reduce((n, [count]) => n + count, 0)).toBe(256);
      for (const [, value] of row) expect(value).toBeGreaterThanOrEqual(PERTURBATION_BOUNDS.min);
      for (const [, value] of row) expect(value).toBeLessThanOrEqual(PERTURBATION_BOUNDS.max);
    }
  });

  it('is unbiased: over uniform keys every count is released on average as it is', () => {
    for (const count of [1, 2, 3, 10, 1000]) expect(keys.reduce((total, key) => total + perturbation(count, key), 0)).toBe(0);
  });

  it('never perturbs an empty count, nor any count below 0', () => {
    expect(keys.every((key) => perturbation(0, key) === 0)).toBe(true);
    expect([1, 2, 3].map((count) => Math.min(...keys.map((key) => perturbed(count, key))))).toEqual([0, 0, 1]);
  });

  it('looks a count up by its key ranges, the key being the sum of the record keys mod 256', () => {
    expect([0, 63, 64, 191, 192, 255].map((key) => perturbation(1, key))).toEqual([-1, -1, 0, 0, 1, 1]);
    expect([0, 15, 16, 79, 80, 175, 176, 239, 240, 255].map((key) => perturbation(7, key))).toEqual([-2, -2, -1, -1, 0, 0, 1, 1, 2, 2]);
    expect([cellKey(256 + 15), cellKey(-1), perturbation(2, 3 * 256 + 250)]).toEqual([15, 255, 2]);
  });

  it('releases the README example as documented', () => {
    // Scores 1–5 given by 0, 1, 4, 9 and 6 ratings whose keys sum to 0, 200, 1000, 1900 and 777.
    const distribution = [0, 1, 4, 9, 6].map((count, i) => perturbed(count, [0, 200, 1000, 1900, 777][i]));
    expect(distribution).toEqual([0, 2, 5, 9, 4]);
  });
});
