// The rules of migration catalogue_corrections for one practice row (the migration over a real
// database: test/integration/catalogue-corrections-migration.test.ts).
import { describe, expect, it } from 'vitest';
import { correctionOf, replaceSeeded } from '../../server/db/migrations/Migration20261220000000_catalogue_corrections.js';
import { corrections, notResults } from '../../server/db/migrations/Migration20261220000000_catalogue_corrections.data.js';

const kvp = corrections.find((c) => c.slug === 'kvalifiseringsprogrammet')!;
const a = { title: 'A', url: 'https://a.example/' };
const b = { title: 'B', url: 'https://b.example/' };
const c = { title: 'C', url: 'https://c.example/' };

describe('replaceSeeded', () => {
  it('puts the corrected items in place of the seeded ones and keeps what was added, after them', () => {
    expect(replaceSeeded([a, c], [a], [b])).toEqual([b, c]);
  });

  it('leaves the items alone where a seeded one was changed or removed', () => {
    expect(replaceSeeded([{ ...a, url: 'https://a.example/rapport' }], [a], [b])).toBeNull();
    expect(replaceSeeded([c], [a], [b])).toBeNull();
  });

  it('accepts a seeded item with fields added by a later migration', () => {
    expect(replaceSeeded<object>([{ ...a, indicatorCode: 'X' }], [a], [b])).toEqual([b]);
  });

  it('fills an empty list only while it is empty, and never twice', () => {
    expect(replaceSeeded([], [], [b])).toEqual([b]);
    expect(replaceSeeded([c], [], [b])).toBeNull();
    expect(replaceSeeded([b], [a], [b])).toBeNull();
  });
});

describe('correctionOf', () => {
  const corrected = kvp.outcomes!.to;
  const row = { id: 'x', summary: 'S', description: kvp.description!.to, evidence_level: 'DOCUMENTED', links: [], outcomes: corrected, cost: null };

  it('changes nothing in a practice that is already corrected', () => {
    expect(correctionOf(row, kvp, new Set(['KVP_TO_WORK']))).toEqual({});
  });

  it('leaves out an indicator code the database has no indicator for', () => {
    const linked = { ...corrected[0], indicatorCode: 'KVP_TO_WORK' };
    const correction = { ...kvp, outcomes: { from: [], to: [linked] } };
    const { indicatorCode, ...unlinked } = linked;
    expect(indicatorCode).toBe('KVP_TO_WORK');
    expect(correctionOf({ ...row, description: 'Redigert.', outcomes: [] }, correction, new Set())).toEqual({ outcomes: [unlinked] });
    expect(correctionOf({ ...row, description: 'Redigert.', outcomes: [] }, correction, new Set(['KVP_TO_WORK']))).toEqual({ outcomes: [linked] });
  });
});

describe('the outcomes that were no results', () => {
  it.each(notResults)('$indicator: an old outcome of $slug whose text the corrected description already has', (n) => {
    const correction = corrections.find((c) => c.slug === n.slug)!;
    expect(correction.outcomes!.from.map((o) => o.indicator)).toContain(n.indicator);
    expect(correction.outcomes!.to.map((o) => o.indicator)).not.toContain(n.indicator);
    expect(n.text).toContain(n.marker);
    expect(correction.description?.to ?? '').toContain(n.marker);
  });
});
