// Norwegian words and number formats for result indicators and office context.
import type { IndicatorDirection, IndicatorKind, IndicatorOwner, IndicatorUnit, OfficeOrganisation, PartnershipModel, SimilarityReason } from '../graphql/graphql';
import { formatList, formatNumber } from '../format';

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
  return `lik ${formatList(reasons.map((reason) => REASON[reason]))}`;
}

const UNIT_SUFFIX: Record<IndicatorUnit, string> = { PERCENT: ' %', COUNT: '', DAYS: ' dager', NOK: ' kr' };

/** Percentages with one decimal, other units in whole numbers. */
const numberIn = (value: number, unit: IndicatorUnit) => {
  const digits = unit === 'PERCENT' ? 1 : 0;
  return formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

/** A value in its unit, e.g. "54,2 %", "21 dager". */
export function formatValue(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined) return '–';
  return `${numberIn(value, unit)}${UNIT_SUFFIX[unit]}`;
}

/** A difference with its sign, in points for percentages: "+2,3 prosentpoeng", "−4 dager". */
export function formatDifference(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined) return '–';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const number = numberIn(Math.abs(value), unit);
  const suffix = unit === 'PERCENT' ? ' prosentpoeng' : UNIT_SUFFIX[unit];
  return `${sign}${number}${suffix}`;
}

/** The month `count - 1` months before `to` ('YYYY-MM'), so that the period holds `count` months. */
export function monthsBefore(to: string, count: number): string {
  const [year, month] = to.split('-').map(Number);
  const index = year * 12 + (month - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
