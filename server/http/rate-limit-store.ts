// Request counts for @fastify/rate-limit kept in PostgreSQL, so a user's limit holds across every
// worker process and app instance. A key's window starts with its first request; one upsert per
// request counts it and returns the count and the time left (PostgreSQL's clock, the same for all).
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/read-db.js';

const SWEEP_INTERVAL_MS = 60_000;

export interface RateCount {
  current: number;
  /** Milliseconds until the key's window ends. */
  ttl: number;
}

/** Counts a request for `key` in its current window, starting a new window once the last has ended. */
export async function countRequest(db: Db, key: string, windowMs: number): Promise<RateCount> {
  const { rows } = await sql<RateCount>`
    insert into rate_limit as r (key, count, window_ends_at)
    values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      count = case when r.window_ends_at > now() then r.count + 1 else 1 end,
      window_ends_at = case when r.window_ends_at > now() then r.window_ends_at else excluded.window_ends_at end
    returning count as current, ceil(extract(epoch from window_ends_at - now()) * 1000)::int as ttl`.execute(db);
  return rows[0];
}

/**
 * The store class the plugin instantiates. While the database does not answer, every count fails
 * (register the plugin with `skipOnError`, so requests pass) and `log` hears of it once, and once
 * more when counting works again.
 */
export function postgresRateLimitStore(db: Db, log: (message: string) => void): FastifyRateLimitStoreCtor {
  let failing = false;
  let nextSweep = 0;

  const sweep = () => {
    if (Date.now() < nextSweep) return;
    nextSweep = Date.now() + SWEEP_INTERVAL_MS;
    sql`delete from rate_limit where window_ends_at < now()`.execute(db).catch(() => {});
  };

  class PostgresRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: RateCount) => void, timeWindow: number): void {
      countRequest(db, key, timeWindow).then(
        (count) => {
          if (failing) log('rate limit: counting requests again');
          failing = false;
          sweep();
          callback(null, count);
        },
        (error: Error) => {
          if (!failing) log(`rate limit: cannot count requests (${error.message}); letting them through until PostgreSQL answers`);
          failing = true;
          callback(error);
        },
      );
    }

    child(): FastifyRateLimitStore {
      return new PostgresRateLimitStore();
    }
  }
  return PostgresRateLimitStore;
}
