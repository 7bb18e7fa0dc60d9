// The web client writes numbers, dates and lists itself (web/src/format.ts says why): here each
// function is held to Intl's nb-NO output, the format it stands in for.
import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatMonth, formatNumber, formatShortMonth } from '../../web/src/format.js';

/** A fixed stream of numbers of every size and sign, so a failure can be run again. */
function* numbers(count: number): Generator<number> {
  let seed = 20261202;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    const magnitude = 10 ** Math.floor(next() * 12 - 4);
    const value = next() * magnitude * (next() < 0.3 ? -1 : 1);
    yield value;
    yield Math.round(value * 100) / 100;
    yield Math.round(value);
  }
}

const EDGES = [0, -0, 1, -1, 5, 999, 1000, 9999, 10000, 123456, 1234567.891, -1234.5, 0.5, 1.5, 2.5, -0.5, 0.05, 0.15, 0.25, 0.35, 1.005, 1.045, 2.675, 0.0001, 1e-7, -4e-7, 1e15, 12345678901234, 1e21, 1.5e22, -2.5e25, 1.2345e-7, 5e-7, 99.95, 99.96, 9.995, 0.999, 54.25, 54.35, Number.MAX_SAFE_INTEGER];

const OPTIONS = [{}, { maximumFractionDigits: 0 }, { maximumFractionDigits: 1 }, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, { minimumFractionDigits: 0, maximumFractionDigits: 2 }];

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes for nb-NO, for every option the client uses', () => {
    for (const options of OPTIONS) {
      const intl = new Intl.NumberFormat('nb-NO', options);
      for (const value of [...EDGES, ...numbers(2000)]) {
        expect(formatNumber(value, options), `${value} with ${JSON.stringify(options)}`).toBe(intl.format(value));
      }
    }
  });

  it('groups thousands with a no-break space and writes a decimal comma and a minus sign', () => {
    expect(formatNumber(12345.6, { maximumFractionDigits: 1 })).toBe('12\u00a0345,6');
    expect(formatNumber(-3)).toBe('\u22123');
  });
});

describe('dates and months', () => {
  it('write what Intl.DateTimeFormat writes for nb-NO, every day of two years', () => {
    const long = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
    const month = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric' });
    const shortMonth = new Intl.DateTimeFormat('nb-NO', { month: 'short', year: '2-digit' });
    for (let day = new Date(2025, 0, 1); day.getFullYear() < 2027; day.setDate(day.getDate() + 1)) {
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      expect(formatDate(iso)).toBe(long.format(day));
      expect(formatMonth(iso.slice(0, 7))).toBe(month.format(day));
      expect(formatShortMonth(iso.slice(0, 7))).toBe(shortMonth.format(day));
    }
    expect(formatShortMonth('2009-05')).toBe(shortMonth.format(new Date(2009, 4, 1)));
  });

  it('write a time as the date where the user is', () => {
    const instant = '2026-03-01T12:30:00.000Z';
    expect(formatDate(instant)).toBe(new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant)));
  });
});

describe('formatList', () => {
  it('writes what Intl.ListFormat writes for nb', () => {
    const intl = new Intl.ListFormat('nb', { type: 'conjunction' });
    for (const items of [[], ['kommune'], ['kommune', 'bydel'], ['Drammen', 'Lier', 'Øvre Eiker'], ['a', 'b', 'c', 'd']]) {
      expect(formatList(items)).toBe(intl.format(items));
    }
  });
});
