// Checks the practice form in the browser, with the server's limits, before anything is sent.
// Errors are keyed by the same paths the API names in `extensions.field` ("title", "links.0.url").
import { PRACTICE_LIMITS as L } from '../../../schema/limits';
import { OTHER_INDICATOR, parseNumber, type LinkValues, type OutcomeValues, type PracticeValues } from './practice-values';
import { formatNumber } from '../format';

export type FieldErrors = Record<string, string>;

const count = (n: number) => formatNumber(n);
const tooLong = (text: string, max: number) => text.length > max;

/** The id of the element a field's error links to; also the element's DOM id. */
export const fieldId = (path: string) => `praksis-${path.replace(/\./g, '-')}`;

export function validatePractice(values: PracticeValues, options: { chooseOffice: boolean }): FieldErrors {
  const errors: FieldErrors = {};
  if (options.chooseOffice && !values.originOffice) errors.originOffice = 'Velg kontoret praksisen kommer fra';

  if (!values.title.trim()) errors.title = 'Skriv en tittel';
  else if (tooLong(values.title.trim(), L.titleMax)) errors.title = `Tittelen kan ha høyst ${count(L.titleMax)} tegn`;

  if (!values.summary.trim()) errors.summary = 'Skriv en kort oppsummering';
  else if (tooLong(values.summary.trim(), L.summaryMax)) errors.summary = `Oppsummeringen kan ha høyst ${count(L.summaryMax)} tegn`;

  if (tooLong(values.description, L.descriptionMax)) errors.description = `Beskrivelsen kan ha høyst ${count(L.descriptionMax)} tegn`;
  if (values.themes.length > L.themesMax) errors.themes = `Velg høyst ${L.themesMax} temaer`;
  if (values.targetGroups.length > L.targetGroupsMax) errors.targetGroups = `Velg høyst ${L.targetGroupsMax} målgrupper`;
  if (values.reviewDue && !isDate(values.reviewDue)) errors.reviewDue = 'Skriv datoen som dd.mm.åååå, for eksempel 01.09.2026';

  if (values.outcomes.length > L.outcomesMax) errors.outcomes = `Du kan legge inn høyst ${L.outcomesMax} resultater`;
  values.outcomes.forEach((outcome, index) => Object.assign(errors, outcomeErrors(outcome, `outcomes.${index}`)));
  if (values.links.length > L.linksMax) errors.links = `Du kan legge inn høyst ${L.linksMax} lenker`;
  values.links.forEach((link, index) => Object.assign(errors, linkErrors(link, `links.${index}`)));
  return errors;
}

function outcomeErrors(outcome: OutcomeValues, path: string): FieldErrors {
  const errors: FieldErrors = {};
  const text = (key: 'label' | 'unit' | 'population' | 'note' | 'source', empty: string | null, max: number = L.textMax) => {
    const value = outcome[key].trim();
    if (!value && empty) errors[`${path}.${key}`] = empty;
    else if (tooLong(value, max)) errors[`${path}.${key}`] = `Teksten kan ha høyst ${count(max)} tegn`;
  };
  const number = (key: 'value' | 'comparisonValue' | 'difference', empty: string | null, example: string) => {
    const value = outcome[key].trim();
    if (!value && empty) errors[`${path}.${key}`] = empty;
    else if (value && parseNumber(value) === undefined) errors[`${path}.${key}`] = `Skriv et tall, for eksempel ${example}`;
  };
  const wholeNumber = (key: 'followUpMonths' | 'nResult' | 'nComparison', message: string, max?: number) => {
    const value = outcome[key].trim();
    if (value && !(/^\d{1,9}$/.test(value) && (max === undefined || Number(value) <= max))) errors[`${path}.${key}`] = message;
  };
  // In the order the fields come on the page, so the error summary lists them that way.
  if (!outcome.indicatorCode) errors[`${path}.indicatorCode`] = 'Velg indikatoren som er målt, eller «Annet»';
  text('label', outcome.indicatorCode === OTHER_INDICATOR ? 'Skriv hva som er målt' : null);
  if (outcome.resultKind === 'LEVELS') {
    number('value', 'Skriv tallet', '42 eller 12,5');
    number('comparisonValue', null, '27,1');
  } else {
    number('difference', 'Skriv forskjellen, for eksempel 12 eller −3,5', '12 eller −3,5');
  }
  text('unit', 'Skriv enheten, for eksempel % eller deltakere', L.unitMax);
  wholeNumber('nResult', 'Skriv et helt antall personer');
  wholeNumber('nComparison', 'Skriv et helt antall personer');
  text('population', null);
  wholeNumber('followUpMonths', `Skriv et helt antall måneder, høyst ${L.followUpMonthsMax}`, L.followUpMonthsMax);
  const year = outcome.year.trim();
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= L.yearMin && Number(year) <= L.yearMax)) {
    errors[`${path}.year`] = `Skriv et årstall mellom ${L.yearMin} og ${L.yearMax}`;
  }
  text('note', null);
  text('source', outcome.demo ? null : 'Oppgi hvor tallet kommer fra, eller merk det som demodata');
  const url = outcome.sourceUrl.trim();
  if (url && !/^https?:\/\/\S+$/.test(url)) errors[`${path}.sourceUrl`] = 'Skriv en nettadresse som begynner med https://';
  else if (tooLong(url, L.urlMax)) errors[`${path}.sourceUrl`] = `Lenken kan ha høyst ${count(L.urlMax)} tegn`;
  return errors;
}

function linkErrors(link: LinkValues, path: string): FieldErrors {
  const errors: FieldErrors = {};
  const title = link.title.trim();
  if (!title) errors[`${path}.title`] = 'Skriv en tittel på lenken';
  else if (tooLong(title, L.textMax)) errors[`${path}.title`] = `Tittelen kan ha høyst ${count(L.textMax)} tegn`;
  const url = link.url.trim();
  if (!/^https?:\/\//i.test(url)) errors[`${path}.url`] = 'Lenken må begynne med https:// eller http://';
  else if (!isUrl(url)) errors[`${path}.url`] = 'Skriv en gyldig nettadresse, for eksempel https://www.nav.no';
  else if (tooLong(url, L.urlMax)) errors[`${path}.url`] = `Lenken kan ha høyst ${count(L.urlMax)} tegn`;
  return errors;
}

function isUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return /\./.test(url.hostname) && !/\s/.test(text);
  } catch {
    return false;
  }
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The order fields appear in on the page, for the error summary. */
export function inPageOrder(errors: FieldErrors): [string, string][] {
  const order = ['originOffice', 'title', 'summary', 'description', 'themes', 'targetGroups', 'evidenceLevel', 'responsibility', 'reviewDue', 'outcomes', 'links'];
  const rank = (path: string) => {
    const [head, index] = path.split('.');
    return order.indexOf(head) * 10_000 + (index ? Number(index) + 1 : 0);
  };
  return Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
}
