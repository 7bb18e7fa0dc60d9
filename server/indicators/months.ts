// Months as the API speaks them ('YYYY-MM') and as the database keeps them (the month's first day).
import { INDICATOR_LIMITS } from '../../schema/limits.js';
import { badInput } from '../common/errors.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string) => MONTH.test(value);

/** 'YYYY-MM' to the month's first day; throws BAD_USER_INPUT naming the field otherwise. */
export function firstDayOf(field: string, month: string): string {
  if (!isMonth(month)) throw badInput(field, `${field} must be a month written YYYY-MM`);
  return `${month}-01`;
}

/** Months from a to b, both included ('YYYY-MM'). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The month `count - 1` months before `to`, so that the period holds `count` months. */
export function monthsBefore(to: string, count: number): string {
  const [y, m] = to.split('-').map(Number);
  const index = y * 12 + (m - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface Period {
  from: string;
  to: string;
  /** First days, for SQL. */
  fromDay: string;
  toDay: string;
  months: number;
}

/** A checked period: from ≤ to, at most periodMaxMonths long. */
export function periodOf(from: string, to: string): Period {
  const fromDay = firstDayOf('from', from);
  const toDay = firstDayOf('to', to);
  const months = monthsBetween(from, to);
  if (months < 1) throw badInput('from', 'from must not come after to');
  if (months > INDICATOR_LIMITS.periodMaxMonths) throw badInput('from', `A period is at most ${INDICATOR_LIMITS.periodMaxMonths} months`);
  return { from, to, fromDay, toDay, months };
}
