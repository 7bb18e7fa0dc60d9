// Keeps the search engine in step with PostgreSQL. Writers add an outbox row in their own
// transaction; the worker prepares the engine (again and again until it succeeds), then drains the
// rows, retries with backoff when the engine is down, and is safe to run in several app instances.
//
// Concurrency: a drain claims rows in one short transaction (FOR UPDATE SKIP LOCKED, one worker per
// practice at a time through an advisory lock and a lease, `claimed_until`), commits, and only then
// loads the documents, sends them and waits for the engine's tasks, holding no lock meanwhile. The
// lease keeps other workers off the practice until the documents are enqueued, so an older document
// is never enqueued after a newer one (the engine runs its tasks in the order they were enqueued).
// A task still running when the bounded wait ends is remembered on the rows (`task_uid`), and the
// next drain waits for it instead of sending the documents again.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Db } from '../db/read-db.js';
import { loadSearchDocuments } from './search-documents.js';
import { SearchOutboxEntry } from './search-outbox.entity.js';
import { SearchWriteError, type SearchDocument, type SearchIndex } from './search.types.js';

export type SearchChange = 'text' | 'status' | 'rating' | 'adoption' | 'reindex';

/** Records, inside the caller's unit of work, that a practice's search document must be rebuilt. */
export function enqueueSearchUpdate(em: EntityManager, practiceId: string, reason: SearchChange): void {
  const entry = new SearchOutboxEntry();
  entry.practiceId = practiceId;
  entry.reason = reason;
  em.persist(entry);
}

interface ClaimedRow {
  id: string;
  practice_id: string;
  task_uid: string | null;
}

/** What became of one practice's change. */
type Result =
  | { kind: 'done' }
  | { kind: 'pending'; taskUid: number }
  | { kind: 'retry'; error: string }
  | { kind: 'park'; error: string };

const BATCH_SIZE = 200;
/** Held exclusively by `npm run reindex` while it rebuilds; workers wait so no change lands in the old index. */
export const REINDEX_LOCK_KEY = 7_321_001;
const MAX_BACKOFF_SECONDS = 300;

export interface OutboxWorkerOptions {
  /** How often to look for work when idle. */
  intervalMs?: number;
  log?: (message: string) => void;
  /** How long a drain waits for the engine's tasks before it lets go and looks again later. Default 5 s. */
  taskWaitMs?: number;
  /** How long a claim keeps other workers off a practice (a worker that died lets go after it). Default 60 s. */
  leaseMs?: number;
  /** How often an idle worker compares the engine's document count with PostgreSQL's. Default 5 min. */
  consistencyCheckMs?: number;
}

export interface ParkedChange {
  practiceId: string;
  error: string;
  parkedAt: string;
}

export interface OutboxHealth {
  /** Rows waiting to be applied (parked ones not counted). */
  backlog: number | null;
  /** Whether the engine's index and settings are in place (prepare() succeeded). */
  prepared: boolean;
  prepareError?: string;
  /** Changes the engine refuses for good, newest first (at most 20). */
  parked: ParkedChange[];
  parkedCount: number;
  /** Set when the engine's document count and PostgreSQL's practices differ with nothing waiting. */
  documents?: { indexed: number; expected: number };
}

export class SearchOutboxWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;
  private prepared = false;
  private prepareError?: string;
  private prepareFailures = 0;
  private mismatch?: { indexed: number; expected: number };
  private lastCheck = 0;

  constructor(
    private readonly db: Db,
    private readonly index: SearchIndex,
    private readonly options: OutboxWorkerOptions = {},
  ) {}

  private log(message: string): void {
    this.options.log?.(message);
  }

  start(): void {
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.work().catch((error) => this.log(`search outbox: ${String(error)}`));
      await this.running;
      if (this.stopped) return;
      // Until the engine is prepared, try again with backoff (up to 30 s).
      const wait = this.prepared ? (this.options.intervalMs ?? 500) : Math.min(30_000, (this.options.intervalMs ?? 500) * 2 ** Math.min(this.prepareFailures, 6));
      this.timer = setTimeout(tick, wait);
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async work(): Promise<void> {
    await this.drain();
    if (this.prepared && Date.now() - this.lastCheck >= (this.options.consistencyCheckMs ?? 300_000)) await this.checkConsistency();
  }

  /**
   * Creates the index and applies its settings, then compares the engine's documents with
   * PostgreSQL's. Failures are logged and reported on /healthz; the worker tries again.
   */
  async prepare(): Promise<boolean> {
    try {
      await this.index.prepare();
    } catch (error) {
      this.prepareFailures++;
      this.prepareError = messageOf(error);
      this.log(`search engine ${this.index.engine} not ready (${this.prepareError}); changes wait in the outbox, trying again`);
      return false;
    }
    this.prepared = true;
    this.prepareFailures = 0;
    this.prepareError = undefined;
    await this.checkConsistency().catch((error) => this.log(`search outbox: cannot compare document counts: ${messageOf(error)}`));
    return true;
  }

  /**
   * An engine that lost documents (restarted on an empty volume, say) gets every practice queued
   * again; a difference the waiting rows do not explain is reported on /healthz.
   */
  async checkConsistency(): Promise<void> {
    if (!this.index.documentCount) return;
    this.lastCheck = Date.now();
    const indexed = await this.index.documentCount();
    const { rows: [counts] } = await sql<{ expected: number; waiting: number; parked: number }>`
      select (select count(*)::int from practice) as expected,
        (select count(distinct practice_id)::int from search_outbox where parked_at is null) as waiting,
        (select count(distinct practice_id)::int from search_outbox where parked_at is not null) as parked`.execute(this.db);
    const { expected, waiting, parked } = counts;
    if (indexed === expected) {
      this.mismatch = undefined;
      return;
    }
    if (expected - indexed > waiting + parked) {
      const { numAffectedRows } = await sql`
        insert into search_outbox (practice_id, reason, enqueued_at, next_attempt_at)
        select p.id, 'reindex', now(), now() from practice p
        where not exists (select 1 from search_outbox o where o.practice_id = p.id)`.execute(this.db);
      this.log(`search engine ${this.index.engine} holds ${indexed} documents for ${expected} practices: ${Number(numAffectedRows ?? 0)} practice(s) queued for indexing`);
      this.mismatch = { indexed, expected };
      return;
    }
    this.mismatch = waiting === 0 ? { indexed, expected } : undefined;
    if (this.mismatch) this.log(`search engine ${this.index.engine} holds ${indexed} documents for ${expected} practices; run \`npm run reindex\``);
  }

  /** Drains every row that is due; returns how many rows were applied to the engine. */
  async drain(): Promise<number> {
    if (!this.prepared && !(await this.prepare())) return 0;
    let applied = 0;
    for (;;) {
      const batch = await this.drainBatch();
      applied += batch.applied;
      if (batch.claimed < BATCH_SIZE || batch.failed) return applied;
    }
  }

  /** How many rows wait to be applied (parked rows not counted). */
  async backlog(): Promise<number> {
    const { n } = await this.db
      .selectFrom('search_outbox')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('parked_at', 'is', null)
      .executeTakeFirstOrThrow();
    return n;
  }

  async health(): Promise<OutboxHealth> {
    const backlog = await this.backlog().catch(() => null);
    const parked = await sql<{ practice_id: string; last_error: string | null; parked_at: Date; total: number }>`
      select practice_id, last_error, parked_at, count(*) over ()::int as total from search_outbox
      where parked_at is not null order by parked_at desc, id desc limit 20`.execute(this.db).then((result) => result.rows, () => []);
    return {
      backlog,
      prepared: this.prepared,
      ...(this.prepareError ? { prepareError: this.prepareError } : {}),
      parked: parked.map((row) => ({ practiceId: row.practice_id, error: row.last_error ?? '', parkedAt: new Date(row.parked_at).toISOString() })),
      parkedCount: parked[0]?.total ?? 0,
      ...(this.mismatch ? { documents: this.mismatch } : {}),
    };
  }

  private async drainBatch(): Promise<{ claimed: number; applied: number; failed: boolean }> {
    const leaseMs = this.options.leaseMs ?? 60_000;
    const rows = await this.claim(leaseMs);
    if (rows.length === 0) return { claimed: 0, applied: 0, failed: false };
    // Splitting a refused batch stops in time for the lease: what is left is tried again later.
    const deadline = Date.now() + leaseMs / 2;

    const byPractice = new Map<string, ClaimedRow[]>();
    for (const row of rows) byPractice.set(row.practice_id, [...(byPractice.get(row.practice_id) ?? []), row]);
    const results = new Map<string, Result>();
    const toSend: string[] = [];

    // Practices whose every row waits on a task: look at the task instead of sending again.
    const waiting = [...byPractice].filter(([, practiceRows]) => practiceRows.every((row) => row.task_uid !== null));
    for (const [practiceId, practiceRows] of byPractice) if (!waiting.some(([id]) => id === practiceId)) toSend.push(practiceId);
    if (waiting.length > 0 && this.index.tasks) {
      const uids = [...new Set(waiting.flatMap(([, practiceRows]) => practiceRows.map((row) => Number(row.task_uid))))];
      try {
        const outcomes = await this.index.tasks.outcomes(uids, this.options.taskWaitMs ?? 5_000);
        for (const [practiceId, practiceRows] of waiting) {
          const states = practiceRows.map((row) => outcomes.get(Number(row.task_uid))!);
          if (states.every((state) => state.state === 'succeeded')) results.set(practiceId, { kind: 'done' });
          else if (states.some((state) => state.state === 'failed' || state.state === 'lost')) toSend.push(practiceId);
          else results.set(practiceId, { kind: 'pending', taskUid: Math.max(...practiceRows.map((row) => Number(row.task_uid))) });
        }
      } catch (error) {
        for (const [practiceId] of waiting) results.set(practiceId, { kind: 'retry', error: messageOf(error) });
      }
    } else {
      toSend.push(...waiting.map(([practiceId]) => practiceId));
    }

    if (toSend.length > 0) {
      try {
        const documents = await loadSearchDocuments(this.db, toSend, { terms: this.index.usesTerms === true });
        const found = new Set(documents.map((doc) => doc.id));
        const removed = toSend.filter((id) => !found.has(id));
        for (const [id, result] of await this.write('upsert', documents.map((doc) => ({ id: doc.id, doc })), deadline)) results.set(id, result);
        for (const [id, result] of await this.write('remove', removed.map((id) => ({ id })), deadline)) results.set(id, result);
      } catch (error) {
        for (const id of toSend) results.set(id, { kind: 'retry', error: messageOf(error) });
      }
    }

    await this.settle(byPractice, results);
    const failed = [...results.values()].some((result) => result.kind === 'retry');
    const applied = [...byPractice].filter(([id]) => results.get(id)?.kind === 'done').reduce((sum, [, practiceRows]) => sum + practiceRows.length, 0);
    return { claimed: rows.length, applied, failed };
  }

  /**
   * Claims due rows in a short transaction: skips rows other workers hold, and practices another
   * worker has claimed rows of, and leases the rest until now + leaseMs.
   */
  private claim(leaseMs: number): Promise<ClaimedRow[]> {
    return this.db.transaction().execute(async (trx) => {
      const { rows: [{ free }] } = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock_shared(${REINDEX_LOCK_KEY}) as free`.execute(trx);
      if (!free) return [];
      const { rows } = await sql<ClaimedRow>`
        select id, practice_id, task_uid from search_outbox
        where next_attempt_at <= now() and parked_at is null and (claimed_until is null or claimed_until < now())
        order by id limit ${BATCH_SIZE} for update skip locked`.execute(trx);
      if (rows.length === 0) return [];
      const practiceIds = [...new Set(rows.map((row) => row.practice_id))];
      // Two claims at once: the second skips the practices the first is claiming.
      const { rows: locked } = await sql<{ practice_id: string }>`
        select practice_id from unnest(${practiceIds}::uuid[]) as t(practice_id)
        where pg_try_advisory_xact_lock(hashtextextended(practice_id::text, 7321))`.execute(trx);
      const mine = new Set(locked.map((row) => row.practice_id));
      const ids = rows.filter((row) => mine.has(row.practice_id)).map((row) => row.id);
      if (ids.length === 0) return [];
      // A new statement sees the leases claims that committed meanwhile have taken.
      const { rows: claimed } = await sql<ClaimedRow>`
        update search_outbox o set claimed_until = now() + ${leaseMs} * interval '1 millisecond'
        where o.id = any(${ids}::bigint[])
          and not exists (select 1 from search_outbox other where other.practice_id = o.practice_id
                          and other.claimed_until > now() and other.id <> all(${ids}::bigint[]))
        returning o.id, o.practice_id, o.task_uid`.execute(trx);
      return claimed;
    });
  }

  /**
   * Sends the documents (or deletions) and waits a bounded time for the engine. A batch the engine
   * refuses for good is split in halves until the practice it refuses is found; that one is parked
   * and the others go on.
   */
  private async write(kind: 'upsert' | 'remove', items: { id: string; doc?: SearchDocument }[], deadline: number): Promise<Map<string, Result>> {
    const results = new Map<string, Result>();
    const all = (result: Result) => {
      for (const item of items) results.set(item.id, result);
      return results;
    };
    if (items.length === 0) return results;
    if (Date.now() > deadline) return all({ kind: 'retry', error: 'left for the next drain' });
    try {
      const tasks = this.index.tasks;
      if (!tasks) {
        if (kind === 'upsert') await this.index.upsert(items.map((item) => item.doc!));
        else await this.index.remove(items.map((item) => item.id));
        return all({ kind: 'done' });
      }
      const uid = kind === 'upsert' ? await tasks.enqueueUpsert(items.map((item) => item.doc!)) : await tasks.enqueueRemove(items.map((item) => item.id));
      const outcome = (await tasks.outcomes([uid], this.options.taskWaitMs ?? 5_000)).get(uid)!;
      switch (outcome.state) {
        case 'succeeded':
          return all({ kind: 'done' });
        case 'pending':
          return all({ kind: 'pending', taskUid: uid });
        case 'lost':
          return all({ kind: 'retry', error: `the engine lost task ${uid}` });
        case 'failed':
          if (!outcome.permanent) return all({ kind: 'retry', error: outcome.message });
          throw new SearchWriteError(outcome.message, true);
      }
    } catch (error) {
      if (!(error instanceof SearchWriteError && error.permanent)) return all({ kind: 'retry', error: messageOf(error) });
      if (items.length === 1) return all({ kind: 'park', error: error.message });
      const half = Math.ceil(items.length / 2);
      for (const part of [items.slice(0, half), items.slice(half)]) {
        for (const [id, result] of await this.write(kind, part, deadline)) results.set(id, result);
      }
      return results;
    }
  }

  /** Writes what became of each claimed row, and lets go of the claim. */
  private async settle(byPractice: Map<string, ClaimedRow[]>, results: Map<string, Result>): Promise<void> {
    const idsOf = (kind: Result['kind']) =>
      [...byPractice].filter(([id]) => (results.get(id) ?? { kind: 'retry' }).kind === kind).flatMap(([, rows]) => rows.map((row) => row.id));
    await this.db.transaction().execute(async (trx) => {
      const done = idsOf('done');
      // Rows that arrived after the claim stay: they may describe a change newer than these documents.
      if (done.length > 0) await sql`delete from search_outbox where id = any(${done}::bigint[])`.execute(trx);
      for (const [practiceId, rows] of byPractice) {
        const result = results.get(practiceId) ?? { kind: 'retry', error: 'not applied' };
        const ids = rows.map((row) => row.id);
        if (result.kind === 'pending') {
          await sql`update search_outbox set task_uid = ${result.taskUid}, claimed_until = null,
            next_attempt_at = now() + interval '1 second' where id = any(${ids}::bigint[])`.execute(trx);
        } else if (result.kind === 'retry') {
          await sql`
            update search_outbox set attempts = attempts + 1, last_error = ${result.error.slice(0, 1000)}, task_uid = null, claimed_until = null,
              next_attempt_at = now() + least(${MAX_BACKOFF_SECONDS}, power(2, attempts)) * (0.75 + random() / 2) * interval '1 second'
            where id = any(${ids}::bigint[])`.execute(trx);
        } else if (result.kind === 'park') {
          await sql`update search_outbox set parked_at = now(), last_error = ${result.error.slice(0, 1000)}, task_uid = null, claimed_until = null,
            attempts = attempts + 1 where id = any(${ids}::bigint[])`.execute(trx);
        }
      }
    });
    const retried = [...results.entries()].filter(([, result]) => result.kind === 'retry');
    if (retried.length > 0) {
      const { error } = retried[0][1] as { error: string };
      this.log(`search engine ${this.index.engine} unavailable, ${retried.length} change(s) kept for retry: ${error}`);
    }
    for (const [practiceId, result] of results) {
      if (result.kind === 'park') this.log(`search outbox: parked the change of practice ${practiceId}, which the engine refuses: ${result.error}`);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
