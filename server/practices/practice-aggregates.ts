// The rating and adoption aggregates of practices, computed from their rows in one statement.
// Used by the rating and adoption writes (one practice, under its row lock) and the seeder (all practices).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_ADOPTION_STATUSES } from '../adoptions/adoption-status.js';
import { Practice } from './practice.entity.js';

export interface AggregatesSqlOptions {
  /** Recompute one practice, whose id is the statement's one parameter, or all of them. */
  scope: 'one' | 'all';
  /** A further condition on the `rating` rows that count, e.g. not the one this statement deletes. */
  ratingsWhere?: string;
  /** A further condition for updating at all, on `practice` or on the statement's CTEs. */
  onlyIf?: string;
}

/**
 * The UPDATE that stores practices' aggregates, computed from their rows: for each practice one
 * pass over its ratings (index on practice_id) and one over its adoptions. For one practice it
 * returns the updated row (`practice.*`). The conditions are plain SQL without parameters.
 */
export function aggregatesSql({ scope, ratingsWhere, onlyIf }: AggregatesSqlOptions): string {
  const where = [scope === 'one' ? 'practice.id = ?' : '', onlyIf ?? ''].filter(Boolean).map((c) => `(${c})`).join(' and ');
  return `
    update practice set
      (rating_count, rating_average, rating_distribution, rating_usefulness, rating_transferability, rating_observed_effect) = (
        select count(*), coalesce(avg(score)::float8, 0),
          array[count(*) filter (where score = 1), count(*) filter (where score = 2), count(*) filter (where score = 3),
                count(*) filter (where score = 4), count(*) filter (where score = 5)]::int[],
          avg(usefulness)::float8, avg(transferability)::float8, avg(observed_effect)::float8
        from rating where rating.practice_id = practice.id${ratingsWhere ? ` and (${ratingsWhere})` : ''}),
      adoption_count = (
        select count(*) from adoption
        where adoption.practice_id = practice.id
          and adoption.status in (${ACTIVE_ADOPTION_STATUSES.map((s) => `'${s}'`).join(', ')}))
    ${where ? `where ${where}` : ''}
    ${scope === 'one' ? 'returning *' : ''}`;
}

export async function refreshAllAggregates(em: EntityManager): Promise<void> {
  await em.getConnection().execute(aggregatesSql({ scope: 'all' }), [], 'run', em.getTransactionContext());
}

/**
 * Recomputes one practice's aggregates after its ratings or adoptions changed and refreshes the
 * entity from the row the same statement returns. The caller holds the practice's row lock (see
 * practice.lock.ts), taken by an earlier statement of the transaction.
 */
export async function refreshAggregates(tx: EntityManager, practice: Practice): Promise<void> {
  await tx.flush();
  const [row] = await tx
    .getConnection()
    .execute<Record<string, unknown>[]>(aggregatesSql({ scope: 'one' }), [practice.id], 'all', tx.getTransactionContext());
  tx.map(Practice, row);
}
