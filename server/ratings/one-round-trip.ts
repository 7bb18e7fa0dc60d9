// Several SQL statements sent to PostgreSQL as one message, for writes that must be both quick and
// exact under concurrency (see ratings.service.ts).
//
// PostgreSQL runs the statements of one simple-protocol message as one transaction, committed
// after the last and rolled back entirely if any fails. Under READ COMMITTED each statement still
// takes a fresh snapshot, so a statement sees every row committed before it started, including
// rows committed while an earlier statement of the message waited for a lock. All this costs one
// round trip, instead of four or more for BEGIN, the statements and COMMIT sent one at a time, and
// no lock is held while the app and PostgreSQL talk. Inside a transaction of the caller's the
// statements simply join it.
import { EventType } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export type Row = Record<string, unknown>;

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Runs the statements as one transaction in one round trip and returns each statement's rows. */
export async function runInOneRoundTrip(em: EntityManager, statements: Statement[]): Promise<Row[][]> {
  const platform = em.getPlatform();
  // Parameters are inlined exactly as MikroORM inlines them for its own queries.
  const sql = statements.map(({ sql, params }) => platform.formatQuery(sql.trim(), params)).join(';\n');
  const outer = em.getTransactionContext();
  // Without bindings knex sends the text with the simple query protocol, which allows several statements.
  const query = em.getConnection().getKnex().raw(sql);
  if (outer) query.transacting(outer);
  const logger = em.config.getLogger();
  const started = Date.now();
  let results: { rows: Row[] } | { rows: Row[] }[];
  try {
    results = await query;
  } catch (error) {
    logger.logQuery({ query: sql, took: Date.now() - started, level: 'error' });
    throw em.getDriver().convertException(error as Error);
  }
  logger.logQuery({ query: sql, took: Date.now() - started });
  // The ORM's own transactions tell its listeners when they commit (the search answer cache
  // forgets its answers then); this one committed outside them, so tell them too.
  if (!outer) await em.getEventManager().dispatchEvent(EventType.afterTransactionCommit, { em });
  return (Array.isArray(results) ? results : [results]).map((result) => result.rows);
}
