// How an outcome reads in words: the headline, the table and the chart say it the same way.
import type { OutcomeFieldsFragment } from '../graphql/graphql';
import { formatNumber } from '../format';

export type Outcome = OutcomeFieldsFragment;

const number = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

/** "37,4 %", "60 henvendelser". */
export const amount = (value: number, unit: string) => (unit.trim() === '%' ? `${number(value)} %` : `${number(value)} ${unit}`);

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The catalogue indicator an outcome measures, where it names one in other words than its label. */
export const otherIndicatorName = (outcome: Outcome): string | null =>
  outcome.indicator && !same(outcome.indicator.name, outcome.label) ? outcome.indicator.name : null;

/** What was measured: "I arbeid ett år etter (indikator: I arbeid etter kvalifiseringsprogrammet)". */
export function measureText(outcome: Outcome): string {
  const indicator = otherIndicatorName(outcome);
  return indicator ? `${outcome.label} (indikator: ${indicator})` : outcome.label;
}

/** "+10,3 prosentpoeng", or "Ingen signifikant forskjell". */
export function differenceText(outcome: Outcome): string | null {
  if (outcome.difference == null) return null;
  if (outcome.significant === false || outcome.difference === 0) return 'Ingen signifikant forskjell';
  const sign = outcome.difference > 0 ? '+' : '−';
  return `${sign}${number(Math.abs(outcome.difference))} ${outcome.differenceUnit ?? outcome.unit}`;
}

/** "etter 18 måneder", "etter 3 år", or the year it was measured. */
export function whenText(outcome: Outcome): string | null {
  const months = outcome.followUpMonths;
  if (months != null) return months % 12 === 0 && months >= 24 ? `etter ${months / 12} år` : `etter ${months} måneder`;
  return outcome.year != null ? `målt ${outcome.year}` : null;
}

/** "37,4 % mot 27,1 % i sammenligningsgruppen". */
export function comparisonText(outcome: Outcome): string | null {
  if (outcome.value == null) return null;
  const result = amount(outcome.value, outcome.unit);
  return outcome.comparisonValue == null ? result : `${result} mot ${amount(outcome.comparisonValue, outcome.unit)} i sammenligningsgruppen`;
}

const DESIGN_RANK = { RANDOMISED: 0, QUASI_EXPERIMENTAL: 1, BEFORE_AFTER: 2, DESCRIPTIVE: 3, USER_KNOWLEDGE: 4 } as const;

/**
 * The outcome a headline shows: research before user knowledge, real data before demo data, the
 * strongest design, an effect against a comparison before a bare figure, and the longest follow-up
 * (so a fading effect shows as it ends, not as it began).
 */
export function headlineOutcome(outcomes: Outcome[]): Outcome | undefined {
  const score = (o: Outcome) => [
    o.design === 'USER_KNOWLEDGE' ? 1 : 0,
    o.demo ? 1 : 0,
    DESIGN_RANK[o.design],
    o.difference == null ? 1 : 0,
    -(o.followUpMonths ?? 0),
  ];
  return [...outcomes].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    const i = x.findIndex((value, index) => value !== y[index]);
    return i < 0 ? 0 : x[i] - y[i];
  })[0];
}

/** Outcomes that together show an effect over time: a difference at a follow-up, at two follow-ups or more. */
export function effectsOverTime(outcomes: Outcome[]): Outcome[] {
  const points = outcomes.filter((o) => o.followUpMonths != null && o.difference != null && o.design !== 'USER_KNOWLEDGE');
  return new Set(points.map((o) => o.followUpMonths)).size >= 2 ? points.sort((a, b) => a.followUpMonths! - b.followUpMonths!) : [];
}

/** A short name for the study an outcome comes from: its citation up to the first colon or comma. */
export const studyName = (outcome: Outcome) => (outcome.source ?? 'Demodata').split(/[:,]/)[0]!.trim();
