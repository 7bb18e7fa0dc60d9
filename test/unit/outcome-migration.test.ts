// How migration evidence_model reads the free-text outcomes it finds.
import { describe, expect, it } from 'vitest';
import { followUpMonthsOf, outcomeAsText, structuredOutcome } from '../../server/db/migrations/Migration20261217000000_evidence_model.js';

describe('carrying free-text outcomes over', () => {
  it('reads a follow-up in months or years from the period text', () => {
    expect(followUpMonthsOf('18 måneder etter oppstart (forsøk fra 2013)')).toBe(18);
    expect(followUpMonthsOf('innen 12 måneder')).toBe(12);
    expect(followUpMonthsOf('innen tre år etter tiltaket')).toBe(36);
    expect(followUpMonthsOf('fulgt i 2 år')).toBe(24);
    expect(followUpMonthsOf('2022')).toBeUndefined();
  });

  it('makes an outcome with a follow-up or a year structured, keeping the period as a note and points as a difference', () => {
    expect(structuredOutcome({ indicator: 'I arbeid', value: 37.4, unit: '%', denominator: 'IPS-gruppen', period: '18 måneder etter oppstart', source: 'Rapport' })).toEqual({
      indicator: 'I arbeid',
      population: 'IPS-gruppen',
      followUpMonths: 18,
      value: 37.4,
      unit: '%',
      difference: undefined,
      design: 'DESCRIPTIVE',
      note: '18 måneder etter oppstart',
      year: undefined,
      source: 'Rapport',
      demo: false,
    });
    expect(structuredOutcome({ indicator: 'Forskjell', value: 12, unit: 'prosentpoeng', period: '24 måneder', source: 'A' })).toMatchObject({ value: undefined, unit: '%', difference: 12 });
    expect(structuredOutcome({ indicator: 'Fullført', value: 23, unit: '%', period: '2022', source: 'SSB' })).toMatchObject({ followUpMonths: undefined, year: 2022 });
  });

  it('leaves an outcome whose period says neither for the description, as text', () => {
    const old = { indicator: 'Frist for oppfølging', value: 8, unit: 'uker', denominator: 'unge', period: 'ordningens innretning', source: 'Fafo 2020:19' };
    expect(structuredOutcome(old)).toBeNull();
    expect(outcomeAsText(old)).toBe('- Frist for oppfølging: 8 uker (unge; ordningens innretning; kilde: Fafo 2020:19)');
    expect(outcomeAsText({ ...old, value: 2.5, demo: true, source: null, denominator: null })).toBe('- Demodata: Frist for oppfølging: 2,5 uker (ordningens innretning)');
  });
});
