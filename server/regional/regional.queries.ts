// What spreads in a region, as plain rows.
import { sql } from 'kysely';
import { MIN_RATERS } from '../../schema/limits.js';
import { ADOPTION_STATUS_COUNTS, type AdoptionStatusCounts } from '../adoptions/adoption-counts.js';
import type { AdoptionStatus } from '../adoptions/adoption-status.js';
import type { Db } from '../db/read-db.js';

export async function spreadInRegion(db: Db, code: string) {
  const { rows } = await sql<AdoptionStatusCounts & { practiceId: string; newThisQuarter: number }>`
    select a.practice_id as "practiceId", ${ADOPTION_STATUS_COUNTS},
      count(*) filter (where a.status in ('PILOTING', 'IN_USE') and a.since >= date_trunc('quarter', now()))::int as "newThisQuarter"
    from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer
    where o.region_code = ${code} group by a.practice_id
    order by count(*) filter (where a.status in ('PILOTING', 'IN_USE')) desc, a.practice_id limit 50`.execute(db);
  return rows;
}

export async function bestRatedInRegion(db: Db, code: string) {
  const { rows } = await sql<{ practiceId: string; regionAverage: number; regionRaters: number; nationalAverage: number }>`
    select r.practice_id as "practiceId", avg(r.score)::float8 as "regionAverage", count(distinct r.user_id)::int as "regionRaters",
      p.rating_average as "nationalAverage"
    from rating r join office o on o.enhetsnummer = r.office_enhetsnummer join practice p on p.id = r.practice_id
    where o.region_code = ${code} and p.status = 'PUBLISHED'
    group by r.practice_id, p.rating_average having count(distinct r.user_id) >= ${MIN_RATERS}
    order by avg(r.score) desc, r.practice_id limit 20`.execute(db);
  return rows;
}

export function adoptionCellsInRegion(db: Db, code: string) {
  return db
    .selectFrom('adoption as a')
    .innerJoin('office as o', 'o.enhetsnummer', 'a.office_enhetsnummer')
    .select(['a.office_enhetsnummer as office', 'a.practice_id as practiceId', sql<AdoptionStatus>`a.status`.as('status')])
    .where('o.region_code', '=', code)
    .execute();
}

/** Adoptions (piloting or in use) that started in each of the last 24 months, oldest first. */
export async function adoptionsByMonthInRegion(db: Db, code: string) {
  const { rows } = await sql<{ month: string; started: number }>`
    select to_char(m, 'YYYY-MM') as month, count(a.id)::int as started
    from generate_series(date_trunc('month', now()) - interval '23 months', date_trunc('month', now()), interval '1 month') as m
    left join (adoption a join office o on o.enhetsnummer = a.office_enhetsnummer and o.region_code = ${code})
      on a.status in ('PILOTING', 'IN_USE') and date_trunc('month', a.since) = m
    group by m order by m`.execute(db);
  return rows;
}
