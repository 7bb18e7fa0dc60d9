// What the practice form holds, and how it turns into the API's inputs. Every text is kept as the
// person typed it; numbers are parsed only when the form is sent.
import type {
  EvidenceLevel,
  LinkInput,
  OutcomeInput,
  ProposePracticeInput,
  Responsibility,
  StudyDesign,
  TargetGroup,
  Theme,
  UpdatePracticeInput,
} from '../graphql/graphql';

/** The indicator choice of an outcome that names none from the catalogue: its label says what was measured. */
export const OTHER_INDICATOR = 'ANNET';

/** LEVELS: the result (and the comparison, if any); DIFFERENCE: the study gives only the difference. */
export type ResultKind = 'LEVELS' | 'DIFFERENCE';

export interface OutcomeValues {
  /** A stable React key; never sent. */
  key: string;
  /** A catalogue indicator's code, OTHER_INDICATOR, or empty until chosen. */
  indicatorCode: string;
  /** What was measured, in the source's words: required for OTHER_INDICATOR, otherwise optional. */
  label: string;
  /** Empty: not given. */
  targetGroup: TargetGroup | '';
  resultKind: ResultKind;
  value: string;
  comparisonValue: string;
  difference: string;
  unit: string;
  nResult: string;
  nComparison: string;
  population: string;
  followUpMonths: string;
  design: StudyDesign;
  note: string;
  year: string;
  source: string;
  sourceUrl: string;
  demo: boolean;
  /** Not edited in the form; kept as saved so that saving the form does not drop it. */
  significant: boolean | null;
}

export interface LinkValues {
  key: string;
  title: string;
  url: string;
}

export interface PracticeValues {
  title: string;
  summary: string;
  description: string;
  themes: Theme[];
  targetGroups: TargetGroup[];
  evidenceLevel: EvidenceLevel;
  /** Empty until chosen. */
  responsibility: Responsibility | '';
  /** YYYY-MM-DD, or empty. */
  reviewDue: string;
  /** Enhetsnummer; used only where the person chooses the origin office. */
  originOffice: string;
  outcomes: OutcomeValues[];
  links: LinkValues[];
}

let nextKey = 0;
const newKey = () => `rad-${++nextKey}`;

export const emptyOutcome = (): OutcomeValues => ({
  key: newKey(),
  indicatorCode: '',
  label: '',
  targetGroup: '',
  resultKind: 'LEVELS',
  value: '',
  comparisonValue: '',
  difference: '',
  unit: '',
  nResult: '',
  nComparison: '',
  population: '',
  followUpMonths: '',
  design: 'DESCRIPTIVE',
  note: '',
  year: '',
  source: '',
  sourceUrl: '',
  demo: false,
  significant: null,
});

export const emptyLink = (): LinkValues => ({ key: newKey(), title: '', url: '' });

export const emptyPractice = (originOffice = ''): PracticeValues => ({
  title: '',
  summary: '',
  description: '',
  themes: [],
  targetGroups: [],
  evidenceLevel: 'LOCAL_EXPERIENCE',
  responsibility: '',
  reviewDue: '',
  originOffice,
  outcomes: [],
  links: [],
});

/** The fields of a saved practice that the form edits. */
export interface EditablePractice {
  title: string;
  summary: string;
  description: string;
  themes: Theme[];
  targetGroups: TargetGroup[];
  evidenceLevel: EvidenceLevel;
  responsibility: Responsibility;
  reviewDue?: string | null;
  outcomes: {
    label: string;
    indicator?: { code: string; name: string } | null;
    targetGroup?: TargetGroup | null;
    value?: number | null;
    comparisonValue?: number | null;
    difference?: number | null;
    unit: string;
    nResult?: number | null;
    nComparison?: number | null;
    significant?: boolean | null;
    population?: string | null;
    followUpMonths?: number | null;
    design: StudyDesign;
    note?: string | null;
    year?: number | null;
    source?: string | null;
    sourceUrl?: string | null;
    demo: boolean;
  }[];
  links: { title: string; url: string }[];
}

export function valuesOf(practice: EditablePractice): PracticeValues {
  return {
    ...emptyPractice(),
    title: practice.title,
    summary: practice.summary,
    description: practice.description,
    themes: practice.themes,
    targetGroups: practice.targetGroups,
    evidenceLevel: practice.evidenceLevel,
    responsibility: practice.responsibility,
    reviewDue: practice.reviewDue ?? '',
    outcomes: practice.outcomes.map((outcome) => ({
      key: newKey(),
      indicatorCode: outcome.indicator?.code ?? OTHER_INDICATOR,
      // The indicator's own name is no label of the outcome's: the indicator says it.
      label: outcome.indicator && outcome.indicator.name === outcome.label ? '' : outcome.label,
      targetGroup: outcome.targetGroup ?? '',
      resultKind: outcome.value == null && outcome.difference != null ? 'DIFFERENCE' : 'LEVELS',
      value: numberText(outcome.value),
      comparisonValue: numberText(outcome.comparisonValue),
      // Derived from the two values where both are given; kept only where the study reported it alone.
      difference: outcome.comparisonValue == null ? numberText(outcome.difference) : '',
      unit: outcome.unit,
      nResult: numberText(outcome.nResult),
      nComparison: numberText(outcome.nComparison),
      population: outcome.population ?? '',
      followUpMonths: numberText(outcome.followUpMonths),
      design: outcome.design,
      note: outcome.note ?? '',
      year: outcome.year == null ? '' : String(outcome.year),
      source: outcome.source ?? '',
      sourceUrl: outcome.sourceUrl ?? '',
      demo: outcome.demo,
      significant: outcome.significant ?? null,
    })),
    links: practice.links.map((link) => ({ key: newKey(), title: link.title, url: link.url })),
  };
}

const numberText = (value: number | null | undefined) => (value == null ? '' : String(value).replace('.', ','));

/** Accepts a decimal comma as well as a point, and spaces between thousands. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.').replace('−', '-');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

const whole = (text: string) => (text.trim() ? Number(text.trim()) : undefined);

function outcomeInput(outcome: OutcomeValues): OutcomeInput {
  const levels = outcome.resultKind === 'LEVELS';
  const comparisonValue = levels ? parseNumber(outcome.comparisonValue) : undefined;
  return {
    indicatorCode: outcome.indicatorCode && outcome.indicatorCode !== OTHER_INDICATOR ? outcome.indicatorCode : undefined,
    label: optional(outcome.label),
    targetGroup: outcome.targetGroup || undefined,
    value: levels ? parseNumber(outcome.value) : undefined,
    comparisonValue,
    // With both values the server derives the difference; without a comparison, a reported one is kept.
    difference: comparisonValue === undefined ? parseNumber(outcome.difference) : undefined,
    unit: outcome.unit.trim(),
    nResult: whole(outcome.nResult),
    nComparison: whole(outcome.nComparison),
    significant: outcome.significant ?? undefined,
    population: optional(outcome.population),
    followUpMonths: whole(outcome.followUpMonths),
    design: outcome.design,
    note: optional(outcome.note),
    year: whole(outcome.year),
    source: optional(outcome.source),
    sourceUrl: optional(outcome.sourceUrl),
    demo: outcome.demo,
  };
}

const linkInput = (link: LinkValues): LinkInput => ({ title: link.title.trim(), url: link.url.trim() });

/** Every editable field: a saved form replaces what was there, including emptied lists. */
function fieldsOf(values: PracticeValues) {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    themes: values.themes,
    targetGroups: values.targetGroups,
    evidenceLevel: values.evidenceLevel,
    responsibility: values.responsibility || undefined,
    outcomes: values.outcomes.map(outcomeInput),
    links: values.links.map(linkInput),
  };
}

export const proposeInput = (values: PracticeValues): ProposePracticeInput => ({
  ...fieldsOf(values),
  reviewDue: values.reviewDue || undefined,
  originOffice: values.originOffice || undefined,
});

/** An emptied review date is sent as null, which clears it. */
export const updateInput = (values: PracticeValues): UpdatePracticeInput => ({
  ...fieldsOf(values),
  reviewDue: values.reviewDue || null,
});
