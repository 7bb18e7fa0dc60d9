import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { afterValues, checkCursor } from '../../server/graphql/pagination.js';

const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const ID = '00000000-0000-4000-8000-000000000000';
const refused = (after: string, keys: Parameters<typeof checkCursor>[1]) => () => checkCursor(after, keys);

describe('checkCursor', () => {
  it('takes the times our pages write, as Dates and as PostgreSQL writes a timestamptz', () => {
    expect(refused(cursor(['2024-02-29T23:59:59.999Z', ID]), ['timestamp', 'uuid'])).not.toThrow();
    expect(afterValues(cursor(['2024-02-29T23:59:59.999Z', ID]))).toEqual([new Date('2024-02-29T23:59:59.999Z'), ID]);
    for (const time of ['2025-03-01 12:00:00.123456+00', '2025-03-01 12:00:00+01', '2025-03-01 12:00:00.5-05:30']) {
      expect(refused(cursor([time, ID]), ['timestamptz', 'uuid']), time).not.toThrow();
    }
  });

  it('refuses times the calendar has not, before they reach SQL', () => {
    for (const time of ['2025-13-01T00:00:00.000Z', '2025-02-29T00:00:00.000Z', '2025-01-01T24:00:00.000Z', '2016-12-31T23:59:60.000Z', '0000-01-01T00:00:00.000Z', '+099999-01-01T00:00:00.000Z', '2025-01-01', 1735689600000]) {
      expect(refused(cursor([time, ID]), ['timestamp', 'uuid']), String(time)).toThrow(/cursor/);
    }
    for (const time of ['2025-13-01 00:00:00+00', '2025-02-30 00:00:00+00', '2025-01-01 24:00:00+00', '99999-01-01 00:00:00+00', '0000-01-01 00:00:00+00', '2025-01-01 00:00:00+16', '2025-01-01 00:00:00', '-infinity']) {
      expect(refused(cursor([time, ID]), ['timestamptz', 'uuid']), time).toThrow(/cursor/);
    }
  });

  it('leaves a text that only starts like a time as text', () => {
    expect(afterValues(cursor(['2025-13-01T00:00:00.000Z og mer', ID]))).toEqual(['2025-13-01T00:00:00.000Z og mer', ID]);
  });
});
