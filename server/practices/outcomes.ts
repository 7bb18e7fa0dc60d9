// Outcomes as written: checked and completed (the difference derived) before they are stored.
import { badInput } from '../common/errors.js';
import type { IndicatorType } from '../indicators/indicator.types.js';
import type { OutcomeType } from './practice.types.js';
import type { OutcomeInput } from './practice.inputs.js';
import { Outcome } from './practice.entity.js';

/** A difference between two shares is in percentage points; otherwise in the values' unit. */
export const differenceUnitOf = (unit: string) => (unit.trim() === '%' ? 'prosentpoeng' : unit);

/** Differences closer than this to value − comparisonValue are the same (reports round to one decimal). */
const ROUNDING = 0.05 + 1e-9;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The catalogue indicators' names by code, as far as the outcomes at hand name them. */
export type IndicatorNames = ReadonlyMap<string, string>;

/** The indicator codes the outcomes name, as they are stored (trimmed, upper case). */
export const indicatorCodesOf = (inputs: readonly Pick<OutcomeInput, 'indicatorCode'>[]) =>
  [...new Set(inputs.flatMap((input) => (input.indicatorCode?.trim() ? [input.indicatorCode.trim().toUpperCase()] : [])))];

/**
 * An outcome input as stored, or BAD_USER_INPUT naming the field at `outcomes.<index>`.
 * `indicators` holds at least the catalogue indicators the input names (see indicatorCodesOf).
 */
export function outcomeOf(input: OutcomeInput, index: number, indicators: IndicatorNames): Outcome {
  const field = (name: string) => `outcomes.${index}.${name}`;
  const indicatorCode = input.indicatorCode?.trim() ? input.indicatorCode.trim().toUpperCase() : undefined;
  const indicatorName = indicatorCode === undefined ? undefined : indicators.get(indicatorCode);
  if (indicatorCode !== undefined && indicatorName === undefined) {
    throw badInput(field('indicatorCode'), `No indicator has the code "${input.indicatorCode}": use a code from the indicators query, or leave it out and give a label`, 'UNKNOWN_INDICATOR');
  }
  const label = input.label?.trim() || indicatorName;
  if (!label) throw badInput(field('label'), 'Name what was measured: a catalogue indicator (indicatorCode), a label, or both');
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
    indicator: label,
    indicatorCode,
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

/** A stored outcome as the API answers it, with the catalogue indicator it names (read along with it). */
export function presentOutcome(
  { indicator: label, indicatorCode, ...stored }: Omit<OutcomeType, 'differenceUnit' | 'label' | 'indicator'> & { indicator: string; indicatorCode?: string | null },
  indicators: ReadonlyMap<string, IndicatorType>,
): OutcomeType {
  return {
    ...stored,
    label,
    indicator: indicatorCode ? (indicators.get(indicatorCode) ?? null) : null,
    differenceUnit: stored.difference == null ? null : differenceUnitOf(stored.unit),
  };
}
