import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../seeds/seeder.js';
import { practices } from '../../seeds/data/practices.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the seed catalogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const counts = () =>
    app.sql(`select (select count(*) from region)::int as regions, (select count(*) from office)::int as offices,
      (select count(*) from practice)::int as practices, (select count(*) from app_user)::int as users,
      (select count(*) from adoption)::int as adoptions, (select count(*) from rating)::int as ratings,
      (select sum(rating_count) from practice)::int as rated`);

  it('holds every county, at least 40 offices and 30 practices, with the named slugs', async () => {
    const [c] = await counts();
    expect(c.regions).toBe(15);
    expect(c.offices).toBeGreaterThanOrEqual(40);
    expect(c.practices).toBeGreaterThanOrEqual(30);
    expect(c.ratings).toBeGreaterThan(0);
    expect(c.rated).toBe(c.ratings);
    const slugs = (await app.sql<{ slug: string }>('select slug from practice')).map((r) => r.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'individuell-jobbstotte',
        'kvalifiseringsprogrammet',
        'forsok-med-kjerneoppgaver',
        'aktivitetsplikt-for-unge-sosialhjelpsmottakere',
      ]),
    );
  });

  it('labels every outcome without a source as demo data', () => {
    const outcomes = practices.flatMap((p) => p.outcomes);
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) {
      if (!outcome.source) expect(outcome.demo, outcome.indicator).toBe(true);
      if (outcome.demo) expect(outcome.indicator).toMatch(/^Demodata/);
    }
  });

  it('is idempotent: a second run adds nothing and changes nothing', async () => {
    const [before] = await counts();
    const snapshot = await app.sql('select slug, title, rating_count, rating_average, adoption_count from practice order by slug');
    const report = await seedCatalogue(app.orm);
    expect(report).toEqual({ regions: 0, offices: 0, users: 0, practices: 0, adoptions: 0, ratings: 0, indicators: 0, officeContexts: 0, indicatorValues: 0 });
    expect((await counts())[0]).toEqual(before);
    expect(await app.sql('select slug, title, rating_count, rating_average, adoption_count from practice order by slug')).toEqual(snapshot);
  });
});
