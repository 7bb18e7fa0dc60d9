import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../common/errors.js';
import { Practice } from './practice.entity.js';

// Writes that change a practice's aggregates (ratings, adoptions) take turns on the practice's row
// lock, held until they commit, and each recomputes the aggregates from the rows (aggregatesSql)
// in a LATER statement than the one that took the lock: under READ COMMITTED a statement sees the
// rows committed before it started, so the recompute sees every write that held the lock before
// ours, and aggregates stay exact under concurrent writes.

/**
 * Locks one practice row in hand-written SQL and yields its id and status (no row: no such
 * practice); the id is its one parameter. A statement of its own, or a CTE that later parts of the
 * same statement read from, so that they run once the lock is held. FOR NO KEY UPDATE conflicts
 * with itself and with FOR UPDATE (lockPractice), so all aggregate writers still take turns, yet
 * other transactions may insert rows that merely reference the practice while we hold it (their
 * foreign-key check takes FOR KEY SHARE).
 */
export const LOCK_PRACTICE_SQL = 'select id, status from practice where id = ? for no key update';

/** Loads the practice as an entity and holds its row for the rest of the transaction. */
export async function lockPractice(tx: EntityManager, id: string, field: string): Promise<Practice> {
  const practice = await tx.findOne(Practice, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!practice) throw notFound('practice', field, id);
  return practice;
}
