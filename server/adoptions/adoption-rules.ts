// The rules an adoption write must keep, as values with reasons the web client can explain.
import { badInput } from '../common/errors.js';
import { PracticeKind } from '../practices/vocabulary.js';
import { AdoptionStatus } from './adoption-status.js';
import { FIDELITY_RANGE, onScale } from './fidelity.js';
import type { SetAdoptionInput } from './adoption.inputs.js';

export const ADOPTION_RULE = {
  STATUTORY_CANNOT_BE_STOPPED: 'STATUTORY_CANNOT_BE_STOPPED',
  REASON_REQUIRED: 'REASON_REQUIRED',
  FIDELITY_OUT_OF_RANGE: 'FIDELITY_OUT_OF_RANGE',
} as const;

/** What a status change must carry, before anything is read for it. */
export function checkAdoptionInput(input: SetAdoptionInput): void {
  if (input.status === AdoptionStatus.DISCONTINUED && !input.reason?.trim()) {
    throw badInput('reason', 'Say why the office stopped using the practice', ADOPTION_RULE.REASON_REQUIRED);
  }
  if (input.fidelity && !onScale(input.fidelity.scale, input.fidelity.score)) {
    const { name, min, max } = FIDELITY_RANGE[input.fidelity.scale];
    throw badInput('fidelity.score', `A score on ${name} lies between ${min} and ${max}`, ADOPTION_RULE.FIDELITY_OUT_OF_RANGE);
  }
}

/** A statutory practice is a duty: offices record how they work with it, never that they stopped. */
export function checkStatusForKind(kind: PracticeKind, status: AdoptionStatus): void {
  if (kind === PracticeKind.STATUTORY && status === AdoptionStatus.DISCONTINUED) {
    throw badInput(
      'status',
      'A statutory practice cannot be stopped: record how the office works with it instead',
      ADOPTION_RULE.STATUTORY_CANNOT_BE_STOPPED,
    );
  }
}
