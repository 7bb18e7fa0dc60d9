// Recounts every practice's rating and adoption aggregates from the rows. The writes keep them by
// delta (migration aggregates_by_delta); this is for bulk loads that want a clean start, and for
// checking the deltas against a recount.
import { sql } from 'kysely';
import type { Db } from '../db/read-db.js';

const DIMENSIONS = ['usefulness', 'transferability', 'observed_effect'] as const;

export const RECOUNT_AGGREGATES = sql`
  update practice p set
    rating_count = coalesce(r.n, 0), rating_sum = coalesce(r.total, 0),
    rating_average = coalesce(r.total::float8 / nullif(r.n, 0), 0),
    rating_distribution = array[${sql.raw([1, 2, 3, 4, 5].map((s) => `coalesce(r.s${s}, 0)`).join(', '))}],
    ${sql.raw(
      DIMENSIONS.map(
        (d) => `rating_${d}_sum = coalesce(r.${d}_sum, 0), rating_${d}_count = coalesce(r.${d}_count, 0),
          rating_${d} = r.${d}_sum::float8 / nullif(r.${d}_count, 0)`,
      ).join(',\n    '),
    )},
    adoption_count = coalesce(a.n, 0)
  from practice q
  left join (select practice_id, count(*)::int as n, sum(score)::int as total,
      ${sql.raw([1, 2, 3, 4, 5].map((s) => `count(*) filter (where score = ${s})::int as s${s}`).join(', '))},
      ${sql.raw(DIMENSIONS.map((d) => `sum(${d})::int as ${d}_sum, count(${d})::int as ${d}_count`).join(', '))}
    from rating group by practice_id) r on r.practice_id = q.id
  left join (select practice_id, count(*)::int as n from adoption where status in ('PILOTING', 'IN_USE') group by practice_id) a
    on a.practice_id = q.id
  where p.id = q.id`;

export async function recountAllAggregates(db: Db): Promise<void> {
  await RECOUNT_AGGREGATES.execute(db);
}
