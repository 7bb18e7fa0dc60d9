// The rating and adoption aggregates of practices, computed from their rows in one statement.
// Used by the rating writes (one practice, under its row lock) and the seeder (all practices).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_ADOPTION_STATUSES } from '../adoptions/adoption-status.js';
import type { Practice } from './practice.entity.js';

function refreshAggregatesSql(scope: 'one' | 'all'): string {
  return `
    update practice set
      rating_count = a.count, rating_average = a.average, rating_distribution = a.distribution,
      rating_usefulness = a.usefulness, rating_transferability = a.transferability,
      rating_observed_effect = a.observed_effect, adoption_count = a.adoptions
    from (
      select p.id,
        (select count(*) from rating r where r.practice_id = p.id) as count,
        coalesce((select avg(score)::float8 from rating r where r.practice_id = p.id), 0) as average,
        (select array[count(*) filter (where score = 1), count(*) filter (where score = 2),
                      count(*) filter (where score = 3), count(*) filter (where score = 4),
                      count(*) filter (where score = 5)]::int[]
           from rating r where r.practice_id = p.id) as distribution,
        (select avg(usefulness)::float8 from rating r where r.practice_id = p.id) as usefulness,
        (select avg(transferability)::float8 from rating r where r.practice_id = p.id) as transferability,
        (select avg(observed_effect)::float8 from rating r where r.practice_id = p.id) as observed_effect,
        (select count(*) from adoption d where d.practice_id = p.id
           and d.status in (${ACTIVE_ADOPTION_STATUSES.map((s) => `'${s}'`).join(', ')})) as adoptions
      from practice p ${scope === 'one' ? 'where p.id = ?' : ''}
    ) as a
    where practice.id = a.id`;
}

export async function refreshAllAggregates(em: EntityManager): Promise<void> {
  await em.getConnection().execute(refreshAggregatesSql('all'), [], 'run', em.getTransactionContext());
}

/** Recomputes one practice's aggregates after its ratings or adoptions changed, and reloads it. */
export async function refreshAggregates(tx: EntityManager, practice: Practice): Promise<void> {
  await tx.flush();
  await tx.getConnection().execute(refreshAggregatesSql('one'), [practice.id], 'run', tx.getTransactionContext());
  await tx.refresh(practice);
}
