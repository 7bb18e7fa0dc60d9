// Keeps the search engine in step with PostgreSQL. Writers add an outbox row in their own
// transaction; the worker drains the rows in order per practice, retries with backoff when the
// engine is down, and is safe to run in several app instances at once.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Db } from '../db/read-db.js';
import { loadSearchDocuments } from './search-documents.js';
import { SearchOutboxEntry } from './search-outbox.entity.js';
import type { SearchIndex } from './search.types.js';

export type SearchChange = 'text' | 'status' | 'rating' | 'adoption' | 'reindex';

/** Records, inside the caller's unit of work, that a practice's search document must be rebuilt. */
export function enqueueSearchUpdate(em: EntityManager, practiceId: string, reason: SearchChange): void {
  const entry = new SearchOutboxEntry();
  entry.practiceId = practiceId;
  entry.reason = reason;
  em.persist(entry);
}

interface OutboxRow {
  id: string;
  practice_id: string;
}

const BATCH_SIZE = 200;
/** Held exclusively by `npm run reindex` while it rebuilds; workers wait so no change lands in the old index. */
export const REINDEX_LOCK_KEY = 7_321_001;
const MAX_BACKOFF_SECONDS = 300;

export interface OutboxWorkerOptions {
  /** How often to look for work when idle. */
  intervalMs?: number;
  log?: (message: string) => void;
}

export class SearchOutboxWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly index: SearchIndex,
    private readonly options: OutboxWorkerOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.drain().catch((error) => this.options.log?.(`search outbox: ${String(error)}`));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs ?? 500);
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Drains every row that is due; returns how many rows were applied to the engine. */
  async drain(): Promise<number> {
    let applied = 0;
    for (;;) {
      const batch = await this.drainBatch();
      applied += batch.applied;
      if (batch.taken < BATCH_SIZE || batch.failed) return applied;
    }
  }

  /** How many rows wait to be applied. */
  async backlog(): Promise<number> {
    const { n } = await this.db.selectFrom('search_outbox').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    return n;
  }

  private drainBatch(): Promise<{ taken: number; applied: number; failed: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      const { rows: [{ free }] } = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock_shared(${REINDEX_LOCK_KEY}) as free`.execute(trx);
      if (!free) return { taken: 0, applied: 0, failed: false };
      // Rows another instance holds are skipped, not waited for.
      const { rows } = await sql<OutboxRow>`
        select id, practice_id from search_outbox where next_attempt_at <= now()
        order by id limit ${BATCH_SIZE} for update skip locked`.execute(trx);
      if (rows.length === 0) return { taken: 0, applied: 0, failed: false };
      // One instance at a time per practice, so an older document never overwrites a newer one.
      const practiceIds = [...new Set(rows.map((row) => row.practice_id))];
      const { rows: locked } = await sql<{ practice_id: string }>`
        select practice_id from unnest(${practiceIds}::uuid[]) as t(practice_id)
        where pg_try_advisory_xact_lock(hashtextextended(practice_id::text, 7321))`.execute(trx);
      const mine = new Set(locked.map((row) => row.practice_id));
      const ids = rows.filter((row) => mine.has(row.practice_id)).map((row) => row.id);
      if (ids.length === 0) return { taken: rows.length, applied: 0, failed: false };

      try {
        const documents = await loadSearchDocuments(trx, [...mine]);
        const found = new Set(documents.map((doc) => doc.id));
        await this.index.upsert(documents);
        await this.index.remove([...mine].filter((id) => !found.has(id)));
        // Rows that arrived after our select stay: they may describe a change newer than these documents.
        await sql`delete from search_outbox where id = any(${ids}::bigint[])`.execute(trx);
        return { taken: rows.length, applied: ids.length, failed: false };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await sql`
          update search_outbox set attempts = attempts + 1, last_error = ${message.slice(0, 1000)},
            next_attempt_at = now() + least(${MAX_BACKOFF_SECONDS}, power(2, attempts)) * (0.75 + random() / 2) * interval '1 second'
          where id = any(${ids}::bigint[])`.execute(trx);
        this.options.log?.(`search engine ${this.index.engine} unavailable, ${ids.length} change(s) kept for retry: ${message}`);
        return { taken: rows.length, applied: 0, failed: true };
      }
    });
  }
}
