// Outcomes as written: checked and completed (the difference derived) before they are stored.
import { badInput } from '../common/errors.js';
import type { OutcomeType } from './practice.types.js';
import type { OutcomeInput } from './practice.inputs.js';
import { Outcome } from './practice.entity.js';

/** A difference between two shares is in percentage points; otherwise in the values' unit. */
export const differenceUnitOf = (unit: string) => (unit.trim() === '%' ? 'prosentpoeng' : unit);

/** Differences closer than this to value − comparisonValue are the same (reports round to one decimal). */
const ROUNDING = 0.05 + 1e-9;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** An outcome input as stored, or BAD_USER_INPUT naming the field at `outcomes.<index>`. */
export function outcomeOf(input: OutcomeInput, index: number): Outcome {
  const field = (name: string) => `outcomes.${index}.${name}`;
  // No invented statistics presented as facts: a figure without a source is demo data.
  if (!input.source?.trim() && !input.demo) throw badInput(field('source'), 'An outcome needs its source, or must be marked as demo data');
  if (input.value == null && input.difference == null) throw badInput(field('value'), 'An outcome needs its result (value) or the difference the study reports');
  if (input.comparisonValue != null && input.value == null) throw badInput(field('value'), 'A comparison value needs the result it is compared with');
  let difference = input.difference;
  if (input.value != null && input.comparisonValue != null) {
    const derived = round(input.value - input.comparisonValue);
    if (difference != null && Math.abs(difference - derived) > ROUNDING) {
      throw badInput(field('difference'), `The difference must be value minus comparisonValue (${derived})`);
    }
    difference ??= derived;
  }
  const trimmed = (text?: string | null) => text?.trim() || undefined;
  return Object.assign(new Outcome(), {
    indicator: input.indicator.trim(),
    targetGroup: input.targetGroup ?? undefined,
    population: trimmed(input.population),
    followUpMonths: input.followUpMonths ?? undefined,
    value: input.value ?? undefined,
    comparisonValue: input.comparisonValue ?? undefined,
    unit: input.unit.trim(),
    difference: difference ?? undefined,
    nResult: input.nResult ?? undefined,
    nComparison: input.nComparison ?? undefined,
    significant: input.significant ?? undefined,
    design: input.design,
    note: trimmed(input.note),
    year: input.year ?? undefined,
    source: trimmed(input.source),
    sourceUrl: trimmed(input.sourceUrl),
    demo: input.demo,
  });
}

/** A stored outcome as the API answers it. */
export function presentOutcome(stored: Omit<OutcomeType, 'differenceUnit'>): OutcomeType {
  return { ...stored, differenceUnit: stored.difference == null ? null : differenceUnitOf(stored.unit) };
}
