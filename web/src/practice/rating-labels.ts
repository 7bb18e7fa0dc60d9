// Norwegian words for scores and rating dimensions, shared by the practice and office pages.
import { RATING_LIMITS } from '../../../schema/limits';
import { formatScore } from '../labels';
import { formatNumber } from '../format';

/** 1 … 5, from the limits the server validates against. */
export const SCORES: number[] = Array.from(
  { length: RATING_LIMITS.scoreMax - RATING_LIMITS.scoreMin + 1 },
  (_, index) => RATING_LIMITS.scoreMin + index,
);

/** The overall score asks whether the rater would recommend the practice; usefulness is a dimension of its own. */
export const SCORE_LABEL: Record<number, string> = {
  1: 'Vil ikke anbefale',
  2: 'Vil neppe anbefale',
  3: 'Kanskje',
  4: 'Vil anbefale',
  5: 'Vil absolutt anbefale',
};

export type Dimension = 'usefulness' | 'transferability' | 'observedEffect';

export const DIMENSIONS: { key: Dimension; label: string; question: string }[] = [
  { key: 'usefulness', label: 'Nytte for brukerne', question: 'Hvor mye hjelper praksisen brukerne dere følger opp?' },
  { key: 'transferability', label: 'Overførbarhet', question: 'Hvor lett kan andre kontorer ta den i bruk?' },
  { key: 'observedEffect', label: 'Observert effekt', question: 'Hvor stor effekt har dere sett for brukerne?' },
];

export const countOf = (count: number) => `${formatNumber(count)} ${count === 1 ? 'vurdering' : 'vurderinger'}`;

/** "4,2 av 5 · 18 vurderinger", or "Ikke vurdert ennå". */
export const summaryLine = (average: number | null | undefined, count: number) =>
  count === 0 ? 'Ikke vurdert ennå' : `${formatScore(average)} av 5 · ${countOf(count)}`;

/** How many of the counted ratings are demo data: "Herav 12 demovurderinger", "Alle 12 er demovurderinger"; null for none. */
export function demoShareLine(count: number, demoCount: number): string | null {
  if (demoCount === 0) return null;
  if (demoCount < count) return `Herav ${formatNumber(demoCount)} ${demoCount === 1 ? 'demovurdering' : 'demovurderinger'}`;
  return count === 1 ? 'Vurderingen er en demovurdering' : `Alle ${formatNumber(count)} er demovurderinger`;
}

/** One person's score, e.g. "4 av 5 – Nyttig". */
export const scoreText = (score: number) => (SCORE_LABEL[score] ? `${score} av 5 – ${SCORE_LABEL[score]}` : `${score} av 5`);
