// The research strand's evidence strength, 1–5, derived from a practice's outcomes by one written
// rule (README "Evidence strength"). Office experience (ratings) and user knowledge are strands of
// their own and never enter it.
import { StudyDesign } from './vocabulary.js';

/** What the rule reads of an outcome. */
export interface StrengthInput {
  design: StudyDesign;
  /** The study it comes from: outcomes with the same source count as one study. */
  source?: string | null;
  nResult?: number | null;
  nComparison?: number | null;
  difference?: number | null;
  /** false where the study found no significant difference. */
  significant?: boolean | null;
  followUpMonths?: number | null;
  demo?: boolean;
}

export type Direction = 'POSITIVE' | 'NONE' | 'NEGATIVE';

export interface EvidenceStrength {
  score: number;
  /** The strongest design among the outcomes that count. */
  design: StudyDesign;
  /** Distinct studies (sources) with that design. */
  studies: number;
  /** Participants in the largest of those studies, where known. */
  participants: number | null;
  /** Whether every study's longest follow-up points the same way. */
  consistent: boolean;
}

const BASE: Record<Exclude<StudyDesign, StudyDesign.USER_KNOWLEDGE>, number> = {
  [StudyDesign.RANDOMISED]: 4,
  [StudyDesign.QUASI_EXPERIMENTAL]: 3,
  [StudyDesign.BEFORE_AFTER]: 2,
  [StudyDesign.DESCRIPTIVE]: 1,
};

/** Fewer participants than this in the largest study of the best design lowers the strength by one. */
export const SMALL_STUDY = 100;

const DESIGN_ORDER = [StudyDesign.RANDOMISED, StudyDesign.QUASI_EXPERIMENTAL, StudyDesign.BEFORE_AFTER, StudyDesign.DESCRIPTIVE];

/** Which way an outcome points: no difference (or none significant) is NONE. */
export function directionOf(outcome: Pick<StrengthInput, 'difference' | 'significant'>): Direction | null {
  if (outcome.difference == null) return null;
  if (outcome.significant === false || outcome.difference === 0) return 'NONE';
  return outcome.difference > 0 ? 'POSITIVE' : 'NEGATIVE';
}

/**
 * The rule:
 * 1. Only research outcomes count: not demo data, not user knowledge. None: no strength (null).
 * 2. Start from the strongest design present: randomised 4, quasi-experimental 3, before–after 2,
 *    descriptive 1.
 * 3. Size: the largest study of that design has fewer than 100 participants (or none stated): −1.
 * 4. Number of studies: two or more studies (distinct sources) of that design: +1.
 * 5. Consistency: the studies of that design disagree in direction at their longest follow-up
 *    (one positive, another none or negative): −1.
 * 6. The result is kept within 1–5.
 */
export function evidenceStrength(outcomes: readonly StrengthInput[]): EvidenceStrength | null {
  const research = outcomes.filter((o) => !o.demo && o.design !== StudyDesign.USER_KNOWLEDGE);
  const design = DESIGN_ORDER.find((d) => research.some((o) => o.design === d));
  if (!design) return null;
  const studies = new Map<string, StrengthInput[]>();
  for (const outcome of research.filter((o) => o.design === design)) {
    const key = outcome.source?.trim() || '(uten kilde)';
    studies.set(key, [...(studies.get(key) ?? []), outcome]);
  }
  const sizes = [...studies.values()].map((study) => Math.max(0, ...study.map((o) => (o.nResult ?? 0) + (o.nComparison ?? 0))));
  const participants = Math.max(0, ...sizes) || null;
  const directions = new Set([...studies.values()].map(finalDirection).filter((d): d is Direction => d !== null));
  const consistent = directions.size <= 1;

  let score = BASE[design as keyof typeof BASE];
  if ((participants ?? 0) < SMALL_STUDY) score -= 1;
  if (studies.size >= 2) score += 1;
  if (!consistent) score -= 1;
  return { score: Math.min(5, Math.max(1, score)), design, studies: studies.size, participants, consistent };
}

/** A study's direction at its longest follow-up with a known difference. */
function finalDirection(study: StrengthInput[]): Direction | null {
  const measured = study.filter((o) => directionOf(o) !== null);
  if (!measured.length) return null;
  const last = measured.reduce((a, b) => ((b.followUpMonths ?? 0) > (a.followUpMonths ?? 0) ? b : a));
  return directionOf(last);
}
