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
  indicatorCode: 'Indikator',
  label: 'Hva som er målt',
  targetGroup: 'Målgruppe',
  resultKind: 'Hva oppgir kilden?',
  value: 'Resultat',
  comparisonValue: 'Sammenligning',
  difference: 'Forskjell',
  unit: 'Enhet',
  nResult: 'Antall med praksisen',
  nComparison: 'Antall i sammenligningsgruppen',
  population: 'Hvem tallene gjelder',
  followUpMonths: 'Måneder etter start',
  design: 'Hvordan det er målt',
  note: 'Merknad',
  year: 'Måleår',
  source: 'Kilde',
  sourceUrl: 'Lenke til rapporten',
  demo: 'Dette er demodata',
} as const;

export const LINK_LABEL = {
  title: 'Lenketekst',
  url: 'Nettadresse',
} as const;

/** What one row of a repeated section is called; its legend is this with its number, "Resultat 2". */
export const ROW_NOUN = { outcomes: 'resultat', links: 'lenke' } as const;

const ROW_PATH = /^(outcomes|links)\.(\d+)\.(\w+)$/;

/** "Resultat 2" for a field of the second outcome, as its legend says; undefined for a field outside the rows. */
export function rowNameOf(path: string): string | undefined {
  const row = ROW_PATH.exec(path);
  if (!row) return undefined;
  const noun = ROW_NOUN[row[1] as keyof typeof ROW_NOUN];
  return `${noun[0].toUpperCase()}${noun.slice(1)} ${Number(row[2]) + 1}`;
}

/** An error as the error summary lists it: a row's error says which row ("Resultat 2: Skriv tallet"). */
export function summaryMessage(path: string, message: string): string {
  const row = rowNameOf(path);
  return row ? `${row}: ${message}` : message;
}

/**
 * The field error for an API error that names a field of this form, or undefined when it names
 * none (the form then shows messageFor in an Alert).
 */
export function fieldErrorOf(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  const path = error.field.replace(/^input\./, '');
  const row = ROW_PATH.exec(path);
  let label: string | undefined;
  // A row's field is named without its row: the field sits in the row's group, and the summary names the row.
  if (row) {
    const [, list, , key] = row;
    const labels: Record<string, string> = list === 'outcomes' ? OUTCOME_LABEL : LINK_LABEL;
    if (labels[key]) label = `«${labels[key]}»`;
  } else if (path in FIELD_LABEL) {
    label = `«${FIELD_LABEL[path as keyof typeof FIELD_LABEL]}»`;
  }
  return label ? { [path]: `${label} ble ikke godtatt. Sjekk det du har fylt inn.` } : undefined;
}
