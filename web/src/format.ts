// Numbers, dates and lists in Norwegian bokmål, written out here rather than asked of Intl. The first
// Intl formatter a page makes loads the locale's data: 60–190 ms on the main thread of the phone
// Lighthouse's mobile profile stands for, one long task in every first load of a page that shows a
// number. test/unit/format.test.ts holds every function here to Intl's own output for nb-NO.

/** No-break space: groups thousands ("10 000") and keeps a number with its unit. */
const GROUP = '\u00a0';
/** Intl's minus for nb-NO: the minus sign, not the hyphen. */
const MINUS = '\u2212';

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const SHORT_MONTHS = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

/** The shortest decimal form of a number that reads back as it, without an exponent (1e21 → "1000…"). */
function shortestDecimal(magnitude: number): string {
  const [mantissa = '0', exponentText] = String(magnitude).split('e');
  if (exponentText === undefined) return mantissa;
  const exponent = Number(exponentText);
  const [lead = '0', rest = ''] = mantissa.split('.');
  const digits = lead + rest;
  const point = lead.length + exponent;
  return point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The digits of `magnitude` rounded half away from zero to `digits` decimals. Rounded in its shortest
 * decimal form, as Intl does (1.005 is "1.01" here and in Intl, "1.00" in toFixed).
 */
function roundedDigits(magnitude: number, digits: number): { whole: string; fraction: string } {
  const [whole = '0', fraction = ''] = shortestDecimal(magnitude).split('.');
  if (fraction.length <= digits) return { whole, fraction: fraction.padEnd(digits, '0') };
  let kept = whole + fraction.slice(0, digits);
  if (fraction[digits]! >= '5') kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  return { whole: kept.slice(0, kept.length - digits) || '0', fraction: kept.slice(kept.length - digits) };
}

/**
 * A number as nb-NO writes it: "12 345", "4,5", "−3". Like Intl.NumberFormat's options of the same
 * names: at most `maximumFractionDigits` decimals, trailing zeros kept down to `minimumFractionDigits`.
 */
export function formatNumber(value: number, { minimumFractionDigits = 0, maximumFractionDigits = Math.max(minimumFractionDigits, 3) } = {}): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : `${value < 0 ? MINUS : ''}∞`;
  const negative = value < 0 || Object.is(value, -0);
  const { whole, fraction } = roundedDigits(Math.abs(value), maximumFractionDigits);
  let shown = fraction;
  while (shown.length > minimumFractionDigits && shown.endsWith('0')) shown = shown.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, GROUP);
  return `${negative ? MINUS : ''}${grouped}${shown ? `,${shown}` : ''}`;
}

/** A date at midnight where the user is, for a day without a time ("2026-03-01"); any other ISO time as given. */
const dateOf = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);

/** "1. mars 2026". */
export function formatDate(iso: string): string {
  const date = dateOf(iso);
  return `${date.getDate()}. ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** "mars 2026", of a month written "2026-03". */
export function formatMonth(month: string): string {
  const date = dateOf(`${month}-01`);
  return `${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** "mars 26", "jan. 26": a month, short, for a chart's axis. */
export function formatShortMonth(month: string): string {
  const date = dateOf(`${month}-01`);
  return `${SHORT_MONTHS[date.getMonth()]} ${String(date.getFullYear() % 100).padStart(2, '0')}`;
}

/** "a, b og c". */
export function formatList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}
