// Migration evidence_model carries today's data over: run back to before it, with data as it was
// then, and forward again.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';

const EVIDENCE_MODEL = 'Migration20261217000000_evidence_model';

describe('migration evidence_model', () => {
  const running = useTestApp();

  it('turns free-text outcomes into structured ones where they parse, moves the rest into the description, and marks the seed demo data', async () => {
    const { app } = running;
    const migrator = app.orm.getMigrator();
    await migrator.down({ migrations: [EVIDENCE_MODEL] });
    const old = [
      { indicator: 'I arbeid', value: 37.4, unit: '%', denominator: 'IPS-gruppen (n=229)', period: '18 måneder etter oppstart', year: 2017, source: 'NORCE 2017', demo: false },
      { indicator: 'Frist for oppfølging', value: 8, unit: 'uker', period: 'ordningens innretning', source: 'Fafo-rapport 2020:19', demo: false },
    ];
    await app.sql(`update practice set outcomes = ?::jsonb, description = 'Teksten.' where slug = 'individuell-jobbstotte'`, [JSON.stringify(old)]);
    const [{ ratings }] = await app.sql('select count(*)::int as ratings from rating_rollup_office');
    expect(ratings).toBeGreaterThan(0);

    await migrator.up();
    const [ips] = await app.sql(`select kind, outcomes, description from practice where slug = 'individuell-jobbstotte'`);
    expect(ips.kind).toBe('NATIONAL_METHOD');
    expect(ips.outcomes).toEqual([
      { indicator: 'I arbeid', population: 'IPS-gruppen (n=229)', followUpMonths: 18, value: 37.4, unit: '%', design: 'DESCRIPTIVE', note: '18 måneder etter oppstart', year: 2017, source: 'NORCE 2017', demo: false },
    ]);
    expect(ips.description).toBe('Teksten.\n\n## Tall uten måletidspunkt\n- Frist for oppfølging: 8 uker (ordningens innretning; kilde: Fafo-rapport 2020:19)\n');
    const [{ kind }] = await app.sql(`select kind from practice where slug = 'kvalifiseringsprogrammet'`);
    expect(kind).toBe('STATUTORY');

    // The seed's ratings (all from demo caseworkers) and adoptions are demo data; every adoption has its first change.
    const [counts] = await app.sql(`select (select count(*) filter (where not demo) from rating)::int as "realRatings",
      (select count(*) filter (where not demo) from adoption)::int as "realAdoptions",
      (select count(*) from adoption)::int as adoptions, (select count(*) from adoption_event)::int as events,
      (select count(*) from rating_rollup_office)::int as rollups`);
    expect(counts).toEqual({ realRatings: 0, realAdoptions: 0, adoptions: counts.adoptions, events: counts.adoptions, rollups: 0 });
  });
});
