// Norwegian words and number formats for result indicators and office context.
import type { IndicatorDirection, IndicatorKind, IndicatorOwner, IndicatorUnit, OfficeOrganisation, PartnershipModel, SimilarityReason } from '../graphql/graphql';

export const INDICATOR_KIND: Record<IndicatorKind, string> = {
  ACTIVITY: 'Aktivitet',
  OUTCOME: 'Resultat',
};

export const INDICATOR_OWNER: Record<IndicatorOwner, string> = {
  STATE: 'Statlig',
  MUNICIPAL: 'Kommunal',
};

export const DIRECTION: Record<IndicatorDirection, string> = {
  HIGHER_IS_BETTER: 'Høyere er bedre',
  LOWER_IS_BETTER: 'Lavere er bedre',
};

export const ORGANISATION: Record<OfficeOrganisation, string> = {
  GENERALIST: 'Generalistteam',
  SPECIALIST: 'Spesialistteam',
};

export const PARTNERSHIP_MODEL: Record<PartnershipModel, string> = {
  UNIFIED_MANAGEMENT: 'Én leder for stat og kommune',
  SPLIT_MANAGEMENT: 'Egen statlig og kommunal leder',
};

const REASON: Record<SimilarityReason, string> = {
  SIMILAR_SIZE: 'størrelse',
  SAME_CENTRALITY: 'sentralitet',
  SIMILAR_UNEMPLOYMENT: 'ledighet',
  SIMILAR_STAFF: 'antall ansatte',
  SAME_ORGANISATION: 'organisering',
};

/** "lik størrelse og sentralitet", or a plain word when the offices are alike on nothing in particular. */
export function similarityText(reasons: readonly SimilarityReason[]): string {
  if (reasons.length === 0) return 'nærmest på samlet kontekst';
  return `lik ${new Intl.ListFormat('nb', { type: 'conjunction' }).format(reasons.map((reason) => REASON[reason]))}`;
}

const UNIT_SUFFIX: Record<IndicatorUnit, string> = { PERCENT: ' %', COUNT: '', DAYS: ' dager', NOK: ' kr' };

/** A value in its unit, e.g. "54,2 %", "21 dager". */
// Made once: toLocaleString with options builds a new formatter on every call (tables of many values).
const NUMBER = [0, 1].map((digits) => new Intl.NumberFormat('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const numberIn = (unit: IndicatorUnit) => NUMBER[unit === 'PERCENT' ? 1 : 0]!;
const SHORT_MONTH = new Intl.DateTimeFormat('nb-NO', { month: 'short', year: '2-digit' });
const LONG_MONTH = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric' });

export function formatValue(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined) return '–';
  return `${numberIn(unit).format(value)}${UNIT_SUFFIX[unit]}`;
}

/** A difference with its sign, in points for percentages: "+2,3 prosentpoeng", "−4 dager". */
export function formatDifference(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined) return '–';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const number = numberIn(unit).format(Math.abs(value));
  const suffix = unit === 'PERCENT' ? ' prosentpoeng' : UNIT_SUFFIX[unit];
  return `${sign}${number}${suffix}`;
}

const dateOf = (month: string) => new Date(`${month}-01T00:00:00`);
export const shortMonth = (month: string) => SHORT_MONTH.format(dateOf(month));
export const longMonth = (month: string) => LONG_MONTH.format(dateOf(month));

/** The month `count - 1` months before `to` ('YYYY-MM'), so that the period holds `count` months. */
export function monthsBefore(to: string, count: number): string {
  const [year, month] = to.split('-').map(Number);
  const index = year * 12 + (month - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
