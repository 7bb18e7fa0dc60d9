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

export interface OutcomeValues {
  /** A stable React key; never sent. */
  key: string;
  indicator: string;
  value: string;
  comparisonValue: string;
  unit: string;
  population: string;
  followUpMonths: string;
  design: StudyDesign;
  year: string;
  source: string;
  sourceUrl: string;
  demo: boolean;
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
  indicator: '',
  value: '',
  comparisonValue: '',
  unit: '',
  population: '',
  followUpMonths: '',
  design: 'DESCRIPTIVE',
  year: '',
  source: '',
  sourceUrl: '',
  demo: false,
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
    indicator: string;
    value?: number | null;
    comparisonValue?: number | null;
    unit: string;
    population?: string | null;
    followUpMonths?: number | null;
    design: StudyDesign;
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
      indicator: outcome.indicator,
      value: numberText(outcome.value),
      comparisonValue: numberText(outcome.comparisonValue),
      unit: outcome.unit,
      population: outcome.population ?? '',
      followUpMonths: numberText(outcome.followUpMonths),
      design: outcome.design,
      year: outcome.year == null ? '' : String(outcome.year),
      source: outcome.source ?? '',
      sourceUrl: outcome.sourceUrl ?? '',
      demo: outcome.demo,
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

const outcomeInput = (outcome: OutcomeValues): OutcomeInput => ({
  indicator: outcome.indicator.trim(),
  value: parseNumber(outcome.value) ?? 0,
  comparisonValue: parseNumber(outcome.comparisonValue),
  unit: outcome.unit.trim(),
  population: optional(outcome.population),
  followUpMonths: outcome.followUpMonths.trim() ? Number(outcome.followUpMonths.trim()) : undefined,
  design: outcome.design,
  year: outcome.year.trim() ? Number(outcome.year.trim()) : undefined,
  source: optional(outcome.source),
  sourceUrl: optional(outcome.sourceUrl),
  demo: outcome.demo,
});

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
