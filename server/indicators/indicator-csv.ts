// Reads a CSV of monthly indicator values, one row per office × indicator × month, and checks every
// row, so that an import is refused with the lines at fault, or taken as a whole.
//
//   office;indicator;month;actual;expected        (or enhetsnummer;indikator;måned;faktisk;forventet)
//   0602;IN_WORK_6_MONTHS;2025-01;54,2;51,0
//
// The delimiter is the header's: `;` (as Norwegian spreadsheets write it, with decimal commas), `,`
// or a tab. Fields may be double-quoted.
import { INDICATOR_LIMITS } from '../../schema/limits.js';
import type { LineError } from '../common/errors.js';
import { IndicatorUnit } from './indicator-vocabulary.js';
import { isMonth } from './months.js';

export interface IndicatorValueRow {
  line: number;
  office: string;
  indicatorCode: string;
  /** The month's first day. */
  month: string;
  actual: number;
  expected: number;
}

type Column = 'office' | 'indicator' | 'month' | 'actual' | 'expected';

const HEADER_NAMES: Record<string, Column> = {
  office: 'office',
  enhetsnummer: 'office',
  kontor: 'office',
  indicator: 'indicator',
  indikator: 'indicator',
  month: 'month',
  måned: 'month',
  maned: 'month',
  actual: 'actual',
  faktisk: 'actual',
  expected: 'expected',
  forventet: 'expected',
};

const COLUMNS: Column[] = ['office', 'indicator', 'month', 'actual', 'expected'];

export interface CsvKnowledge {
  offices: Set<string>;
  units: Map<string, IndicatorUnit>;
  /** The current month, 'YYYY-MM': values cannot come from later months. */
  currentMonth: string;
}

export interface ParsedCsv {
  rows: IndicatorValueRow[];
  /** The first errors, up to importErrorsListed. */
  errors: LineError[];
  errorCount: number;
}

/** Splits one line into fields, honouring double quotes ("" inside quotes is a quote). */
function fieldsOf(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (char === delimiter) {
      fields.push(current.trim());
      current = '';
    } else current += char;
  }
  fields.push(current.trim());
  return fields;
}

function numberOf(text: string, delimiter: string): number | undefined {
  const normal = delimiter === ',' ? text : text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal.replace(/\s/g, ''))) return undefined;
  return Number(normal.replace(/\s/g, ''));
}

const RANGES: Record<IndicatorUnit, [number, number]> = {
  [IndicatorUnit.PERCENT]: [0, 100],
  [IndicatorUnit.COUNT]: [0, INDICATOR_LIMITS.valueMax],
  [IndicatorUnit.DAYS]: [0, INDICATOR_LIMITS.valueMax],
  [IndicatorUnit.NOK]: [0, INDICATOR_LIMITS.valueMax],
};

export function parseIndicatorCsv(text: string, known: CsvKnowledge): ParsedCsv {
  const errors: LineError[] = [];
  let errorCount = 0;
  const fail = (line: number, message: string, column?: string) => {
    errorCount++;
    if (errors.length < INDICATOR_LIMITS.importErrorsListed) errors.push(column ? { line, column, message } : { line, message });
  };

  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const header = lines[0] ?? '';
  const delimiter = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  const names = fieldsOf(header, delimiter).map((name) => HEADER_NAMES[name.toLowerCase()]);
  const missing = COLUMNS.filter((column) => !names.includes(column));
  if (header.trim() === '' || missing.length > 0) {
    fail(1, `The header must name the columns office, indicator, month, actual and expected; missing: ${missing.join(', ')}`);
    return { rows: [], errors, errorCount };
  }
  const index = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<Column, number>;

  const rows: IndicatorValueRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i].trim() === '') continue;
    const fields = fieldsOf(lines[i], delimiter);
    if (fields.length !== names.length) {
      fail(line, `Expected ${names.length} fields, found ${fields.length}`);
      continue;
    }
    const office = fields[index.office];
    const indicatorCode = fields[index.indicator].toUpperCase();
    const month = fields[index.month];
    const before = errorCount;
    if (!/^\d{4}$/.test(office)) fail(line, `"${office}" is not an enhetsnummer of four digits`, 'office');
    else if (!known.offices.has(office)) fail(line, `No office with enhetsnummer ${office}`, 'office');
    const unit = known.units.get(indicatorCode);
    if (!unit) fail(line, `No indicator with code "${fields[index.indicator]}"`, 'indicator');
    if (!isMonth(month)) fail(line, `"${month}" is not a month written YYYY-MM`, 'month');
    else if (month > known.currentMonth) fail(line, `${month} has not ended yet`, 'month');
    const values: Partial<Record<'actual' | 'expected', number>> = {};
    for (const column of ['actual', 'expected'] as const) {
      const value = numberOf(fields[index[column]], delimiter);
      if (value === undefined) fail(line, `"${fields[index[column]]}" is not a number`, column);
      else if (unit && (value < RANGES[unit][0] || value > RANGES[unit][1])) {
        fail(line, `${value} is outside ${RANGES[unit][0]}–${RANGES[unit][1]} for an indicator in ${unit.toLowerCase()}`, column);
      } else values[column] = value;
    }
    if (errorCount > before) continue;
    const key = `${office}|${indicatorCode}|${month}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(line, `The same office, indicator and month as line ${earlier}`);
      continue;
    }
    seen.set(key, line);
    rows.push({ line, office, indicatorCode, month: `${month}-01`, actual: values.actual!, expected: values.expected! });
  }
  if (rows.length === 0 && errorCount === 0) fail(1, 'The file has no rows of values');
  return { rows, errors, errorCount };
}
