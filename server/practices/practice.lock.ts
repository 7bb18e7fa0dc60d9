import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../common/errors.js';
import { Practice } from './practice.entity.js';

/**
 * Loads the practice and holds its row for the rest of the transaction. Writes that change a
 * practice's aggregates (ratings, adoptions) take turns on this lock, and each recomputes the
 * aggregate from committed rows, so aggregates stay exact under concurrent writes.
 */
export async function lockPractice(tx: EntityManager, id: string, field: string): Promise<Practice> {
  const practice = await tx.findOne(Practice, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!practice) throw notFound('practice', field, id);
  return practice;
}
