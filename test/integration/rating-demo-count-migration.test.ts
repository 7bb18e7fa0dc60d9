// Migration rating_demo_count carries today's data over: run back to before it, change the demo
// ratings while the old triggers count, and forward again.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';

const RATING_DEMO_COUNT = 'Migration20261218000000_rating_demo_count';
const DRIFTED = `select p.slug, p.rating_demo_count, coalesce(r.n, 0) as recount from practice p
  left join (select practice_id, count(*)::int as n from rating where demo group by practice_id) r on r.practice_id = p.id
  where p.rating_demo_count <> coalesce(r.n, 0)`;

describe('migration rating_demo_count', () => {
  const running = useTestApp();

  it("counts each practice's demo ratings from the ratings, and keeps counting them after", async () => {
    const { app } = running;
    await app.orm.getMigrator().down({ migrations: [RATING_DEMO_COUNT] });
    // Changes the old triggers know nothing of: a demo rating gone, another marked real.
    await app.sql(`delete from rating where id = (select id from rating where demo order by id limit 1)`);
    await app.sql(`update rating set demo = false where id = (select id from rating where demo order by id limit 1)`);

    await app.orm.getMigrator().up();
    const [{ counted }] = await app.sql(`select sum(rating_demo_count)::int as counted from practice`);
    const [{ demo }] = await app.sql(`select count(*)::int as demo from rating where demo`);
    expect(counted).toBe(demo);
    expect(demo).toBeGreaterThan(0);
    expect(await app.sql(DRIFTED)).toEqual([]);

    await app.sql(`delete from rating where id = (select id from rating where demo order by id limit 1)`);
    expect(await app.sql(DRIFTED)).toEqual([]);
  });
});
