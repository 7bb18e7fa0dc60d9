import { describe, expect, it } from 'vitest';
import { evidenceStrength, type StrengthInput } from '../../server/practices/evidence-strength.js';
import { StudyDesign } from '../../server/practices/vocabulary.js';

const { RANDOMISED, QUASI_EXPERIMENTAL, BEFORE_AFTER, DESCRIPTIVE, USER_KNOWLEDGE } = StudyDesign;

const study = (source: string, design: StudyDesign, more: Partial<StrengthInput> = {}): StrengthInput => ({
  source,
  design,
  nResult: 100,
  nComparison: 100,
  difference: 5,
  followUpMonths: 12,
  ...more,
});

describe('evidence strength', () => {
  it('starts from the strongest design: randomised 4, quasi-experimental 3, before–after 2, descriptive 1', () => {
    expect(evidenceStrength([study('A', RANDOMISED)])?.score).toBe(4);
    expect(evidenceStrength([study('A', QUASI_EXPERIMENTAL)])?.score).toBe(3);
    expect(evidenceStrength([study('A', BEFORE_AFTER)])?.score).toBe(2);
    expect(evidenceStrength([study('A', DESCRIPTIVE)])?.score).toBe(1);
    expect(evidenceStrength([study('A', DESCRIPTIVE), study('B', RANDOMISED)])).toMatchObject({ design: RANDOMISED, studies: 1 });
  });

  it('lowers it by one when the largest study of that design has fewer than 100 participants or none stated', () => {
    expect(evidenceStrength([study('A', RANDOMISED, { nResult: 50, nComparison: 46 })])).toMatchObject({ score: 3, participants: 96 });
    expect(evidenceStrength([study('A', RANDOMISED, { nResult: null, nComparison: null })])).toMatchObject({ score: 3, participants: null });
    expect(evidenceStrength([study('A', RANDOMISED, { nResult: 60, nComparison: 40 })])?.score).toBe(4);
  });

  it('raises it by one for two or more studies of that design, counting outcomes with the same source as one study', () => {
    expect(evidenceStrength([study('A', RANDOMISED), study('A', RANDOMISED, { followUpMonths: 18 })])).toMatchObject({ score: 4, studies: 1 });
    expect(evidenceStrength([study('A', RANDOMISED), study('B', RANDOMISED)])).toMatchObject({ score: 5, studies: 2 });
    expect(evidenceStrength([study('A', RANDOMISED), study('B', QUASI_EXPERIMENTAL)])).toMatchObject({ score: 4, studies: 1 });
  });

  it('lowers it by one when the studies disagree at their longest follow-up, and reads a fading effect as that follow-up says', () => {
    const fades = study('B', RANDOMISED, { followUpMonths: 36, difference: 0, significant: false });
    expect(evidenceStrength([study('A', RANDOMISED), study('B', RANDOMISED, { followUpMonths: 24 }), fades])).toMatchObject({ score: 4, consistent: false });
    expect(evidenceStrength([study('A', RANDOMISED, { difference: -3 }), study('B', RANDOMISED)])).toMatchObject({ consistent: false });
    const bothFade = [study('A', RANDOMISED, { followUpMonths: 72, difference: 0 }), fades];
    expect(evidenceStrength(bothFade)).toMatchObject({ score: 5, consistent: true });
  });

  it('keeps the score within 1–5 and counts neither demo data nor user knowledge', () => {
    expect(evidenceStrength([study('A', DESCRIPTIVE, { nResult: 1, nComparison: 1, difference: 1 }), study('B', DESCRIPTIVE, { difference: -1, nResult: 1 })])?.score).toBe(1);
    expect(evidenceStrength([study('A', RANDOMISED, { demo: true })])).toBeNull();
    expect(evidenceStrength([study('A', USER_KNOWLEDGE)])).toBeNull();
    expect(evidenceStrength([])).toBeNull();
  });
});
