// The practice form's labels in one place: the fields use them, and so does the message for a
// field the API turned down.
import { ApiError } from '../api/errors';
import type { FieldErrors } from './validate';

export const FIELD_LABEL = {
  originOffice: 'Kontoret praksisen kommer fra',
  title: 'Tittel',
  summary: 'Kort oppsummering',
  description: 'Beskrivelse',
  themes: 'Tema',
  targetGroups: 'Målgrupper',
  evidenceLevel: 'Kunnskapsgrunnlag',
  responsibility: 'Ansvar',
  reviewDue: 'Dato for ny gjennomgang',
  outcomes: 'Resultater',
  links: 'Lenker',
} as const;

export const OUTCOME_LABEL = {
  indicator: 'Indikator',
  value: 'Verdi',
  unit: 'Enhet',
  denominator: 'Andel av',
  period: 'Periode',
  year: 'År',
  source: 'Kilde',
  demo: 'Dette er demodata',
} as const;

export const LINK_LABEL = {
  title: 'Lenketekst',
  url: 'Nettadresse',
} as const;

/**
 * The field error for an API error that names a field of this form, or undefined when it names
 * none (the form then shows messageFor in an Alert).
 */
export function fieldErrorOf(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  const path = error.field.replace(/^input\./, '');
  const row = /^(outcomes|links)\.(\d+)\.(\w+)$/.exec(path);
  let label: string | undefined;
  if (row) {
    const [, list, index, key] = row;
    const labels: Record<string, string> = list === 'outcomes' ? OUTCOME_LABEL : LINK_LABEL;
    if (labels[key]) label = `«${labels[key]}» i ${list === 'outcomes' ? 'resultat' : 'lenke'} ${Number(index) + 1}`;
  } else if (path in FIELD_LABEL) {
    label = `«${FIELD_LABEL[path as keyof typeof FIELD_LABEL]}»`;
  }
  return label ? { [path]: `${label} ble ikke godtatt. Sjekk det du har fylt inn.` } : undefined;
}
