// The index stays consistent when the engine is down, slow, or loses its data: writes succeed,
// changes wait in the outbox and drain when the engine can take them. The engine is the Meilisearch
// adapter pointed at a fake Meilisearch (test/support/fake-meilisearch.ts): no real Meilisearch can
// run on our build machines, and the fake is the only one these tests can start.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MeilisearchIndex } from '../../server/search/meilisearch/meilisearch-index.js';
import { praksisLexemes } from '../../server/search/meilisearch/meilisearch-lexemes.js';
import { loadSearchDocuments } from '../../server/search/search-documents.js';
import { REINDEX_LOCK_KEY, SearchOutboxWorker } from '../../server/search/search-outbox.js';
import { apiError, FakeMeilisearch } from '../support/fake-meilisearch.js';
import { freePort } from '../support/ports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the search outbox when the engine is down', () => {
  let app: TestApp;
  let port: number;
  let worker: SearchOutboxWorker;
  const fake = new FakeMeilisearch();

  beforeAll(async () => {
    app = await startTestApp();
    port = await freePort();
    worker = new SearchOutboxWorker(app.database.db, new MeilisearchIndex({ url: `http://127.0.0.1:${port}`, requestTimeoutMs: 1000, taskPollIntervalMs: 2 }));
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  const backlog = async () => (await app.sql<{ practice_id: string; attempts: number }>('select practice_id, attempts from search_outbox'));

  it('accepts writes while the engine is unreachable and keeps every change, trying to prepare the engine again', async () => {
    const token = await app.login('veileder.drammen');
    const practice = (await app.gql('{ practice(slug: "bolig-forst") { id } }', {}, token)).data.practice;
    const rated = await app.gql('mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { score } } }',
      { input: { practiceId: practice.id, score: 4 } }, token);
    expect(rated.errors).toBeUndefined();
    const adopted = await app.gql('mutation($input: SetAdoptionInput!) { setAdoption(input: $input) { status } }',
      { input: { practiceId: practice.id, status: 'PILOTING' } }, token);
    expect(adopted.errors).toBeUndefined();
    expect((await backlog()).map((row) => row.practice_id)).toEqual([practice.id, practice.id]);

    // The engine is not prepared, so nothing is sent: a document would create the index with default settings.
    expect(await worker.drain()).toBe(0);
    expect(await worker.health()).toMatchObject({ prepared: false, prepareError: expect.stringMatching(/127\.0\.0\.1/), backlog: 2 });
    expect(await backlog()).toHaveLength(2);

    const health = (await (await fetch(`${app.url}/healthz`)).json()) as any;
    expect(health.search).toMatchObject({ engine: 'postgres', backlog: 2, prepared: true, parked: [], parkedCount: 0 });
  });

  it('prepares the engine once it is back, before sending any document, then drains the backlog', async () => {
    await fake.start(port);
    await expect.poll(async () => {
      await worker.drain();
      return (await backlog()).length;
    }, { timeout: 10_000, interval: 300 }).toBe(0);

    const calls = fake.calls();
    expect(calls.slice(0, 3)).toEqual(['GET /indexes/practices', 'POST /indexes', 'PATCH /indexes/practices/settings']);
    expect(calls.indexOf('POST /indexes/practices/documents')).toBeGreaterThan(calls.indexOf('PATCH /indexes/practices/settings'));
    const documents = fake.find('POST', '/indexes/practices/documents').flatMap((request) => request.body);
    const boligForst = documents.find((doc: any) => doc.slug === 'bolig-forst');
    expect(boligForst.regionCodes).toContain('33');
    // Meilisearch searches the lexemes and word parts PostgreSQL computed.
    const [{ lexemes }] = await app.sql<{ lexemes: string[] }>(`select tsvector_to_array(to_tsvector('praksis_nb', title)) as lexemes from practice where slug = 'bolig-forst'`);
    expect(boligForst.terms.split(' ')).toEqual(expect.arrayContaining(lexemes));
    expect(await worker.health()).toMatchObject({ prepared: true, backlog: 0 });
  });

  it('started as the app starts it, keeps trying to prepare the engine until it is up', async () => {
    const down = await freePort();
    const later = new FakeMeilisearch();
    const started = new SearchOutboxWorker(app.database.db, new MeilisearchIndex({ url: `http://127.0.0.1:${down}`, requestTimeoutMs: 500, taskPollIntervalMs: 2 }), { intervalMs: 20 });
    started.start();
    try {
      await expect.poll(async () => (await started.health()).prepareError, { timeout: 5_000 }).toMatch(/127\.0\.0\.1/);
      await later.start(down);
      await expect.poll(async () => (await started.health()).prepared, { timeout: 10_000, interval: 50 }).toBe(true);
      expect(later.calls().slice(0, 3)).toEqual(['GET /indexes/practices', 'POST /indexes', 'PATCH /indexes/practices/settings']);
    } finally {
      await started.stop();
      await later.stop();
    }
  });

  it('lets two workers drain side by side without applying a change twice', async () => {
    const pgWorkers = [new SearchOutboxWorker(app.database.db, app.searchIndex), new SearchOutboxWorker(app.database.db, app.searchIndex)];
    await app.sql(`insert into search_outbox (practice_id, reason, enqueued_at, next_attempt_at)
                   select id, 'reindex', now(), now() from practice`);
    const [{ n }] = await app.sql('select count(*)::int as n from practice');
    const applied = await Promise.all(pgWorkers.map((w) => w.drain()));
    const leftover = await app.searchOutbox.drain();
    expect(applied[0] + applied[1] + leftover).toBe(n);
    expect(await backlog()).toEqual([]);
  });
});

describe('the search outbox with Meilisearch', () => {
  const fake = new FakeMeilisearch();
  let app: TestApp;
  let index: MeilisearchIndex;
  let logged: string[];
  const workerOf = () => new SearchOutboxWorker(app.database.db, index, { taskWaitMs: 50, log: (line) => logged.push(line) });

  beforeAll(async () => {
    await fake.start();
    app = await startTestApp({
      searchIndex: (database) => {
        index = new MeilisearchIndex({ url: fake.url, taskPollIntervalMs: 2, lexemes: (words) => praksisLexemes(database.db, words) });
        return index;
      },
    });
  });
  beforeEach(async () => {
    logged = [];
    fake.requests.length = 0;
    await app.sql('delete from search_outbox');
  });
  afterEach(() => {
    fake.failTask = () => undefined;
    fake.resume();
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  const practiceIds = async (n: number) => (await app.sql<{ id: string }>(`select id from practice order by id limit ${n}`)).map((row) => row.id);
  const enqueue = (ids: string[]) =>
    app.sql(`insert into search_outbox (practice_id, reason, enqueued_at, next_attempt_at)
             select unnest(string_to_array(?, ',')::uuid[]), 'text', now(), now()`, [ids.join(',')]);
  const rows = () => app.sql<{ practice_id: string; task_uid: string | null; parked_at: Date | null; last_error: string | null; claimed_until: Date | null }>(
    'select practice_id, task_uid, parked_at, last_error, claimed_until from search_outbox order by id');
  const due = () => app.sql('update search_outbox set next_attempt_at = now()');
  const sent = (id: string) => fake.find('POST', '/indexes/practices/documents').filter((request) => request.body.some((doc: any) => doc.id === id)).length;

  it('at start, finds an engine that lost its documents and queues every practice again', async () => {
    const [{ n }] = await app.sql('select count(*)::int as n from practice');
    expect(fake.documents('practices')!.size).toBe(n);
    fake.loseData();

    const worker = workerOf();
    expect(await worker.prepare()).toBe(true);
    expect(await worker.health()).toMatchObject({ documents: { indexed: 0, expected: n }, backlog: n });
    expect(logged.join('\n')).toMatch(/holds 0 documents for \d+ practices/);

    await worker.drain();
    expect(fake.documents('practices')!.size).toBe(n);
    await worker.checkConsistency();
    expect((await worker.health()).documents).toBeUndefined();
  });

  it('reports on /healthz an engine holding documents PostgreSQL does not know, and says to reindex', async () => {
    const [{ n }] = await app.sql('select count(*)::int as n from practice');
    // A practice deleted while its removal never reached the engine.
    const [document] = await loadSearchDocuments(app.database.db, await practiceIds(1), { terms: true });
    await index.upsert([{ ...document, id: 'stale' }]);
    const worker = workerOf();
    await worker.prepare();
    expect((await worker.health()).documents).toEqual({ indexed: n + 1, expected: n });
    expect(logged.join('\n')).toMatch(/npm run reindex/);
    await index.remove(['stale']);
  });

  it('remembers the task of a change and waits for it next time instead of sending the document again', async () => {
    const [id] = await practiceIds(1);
    const worker = workerOf();
    await worker.prepare();
    fake.pause();
    await enqueue([id]);

    expect(await worker.drain()).toBe(0);
    const [pending] = await rows();
    expect(pending.task_uid).not.toBeNull();
    expect(pending.claimed_until).toBeNull();
    expect(fake.taskStatus(Number(pending.task_uid))).toBe('enqueued');

    await due();
    expect(await worker.drain()).toBe(0);
    expect(sent(id)).toBe(1);

    fake.resume();
    await due();
    expect(await worker.drain()).toBe(1);
    expect(await rows()).toEqual([]);
    expect(sent(id)).toBe(1);
  });

  it('holds no lock while it waits for the engine: other transactions and a reindex are not blocked', async () => {
    const [id] = await practiceIds(1);
    const worker = workerOf();
    await worker.prepare();
    const slow = new SearchOutboxWorker(app.database.db, index, { taskWaitMs: 2_000 });
    await slow.prepare();
    fake.pause();
    await enqueue([id]);

    const draining = slow.drain();
    await expect.poll(() => sent(id), { timeout: 5_000, interval: 10 }).toBe(1);

    const client = new pg.Client({ connectionString: app.orm.config.get('clientUrl') });
    await client.connect();
    try {
      await client.query('begin');
      // The claimed row is not locked…
      const locked = await client.query('select id from search_outbox for update nowait');
      expect(locked.rowCount).toBe(1);
      // …and a reindex may start.
      const reindex = await client.query('select pg_try_advisory_xact_lock($1) as free', [REINDEX_LOCK_KEY]);
      expect(reindex.rows[0].free).toBe(true);
      await client.query('rollback');
    } finally {
      await client.end();
    }
    // Another worker keeps off the claimed practice: it sends nothing for it.
    expect(await worker.drain()).toBe(0);
    expect(sent(id)).toBe(1);

    fake.resume();
    expect(await draining).toBe(1);
    expect(await rows()).toEqual([]);
  });

  it('parks the change the engine refuses for good, with its error, and applies the rest', async () => {
    const ids = await practiceIds(5);
    const bad = ids[3];
    await app.sql(`update practice set title = 'Avvist av søkemotoren' where id = ?`, [bad]);
    fake.failTask = (request) =>
      request.path === '/indexes/practices/documents' && request.body.some((doc: any) => doc.id === bad)
        ? apiError('invalid_document_fields', 'The `title` field of the document is invalid.')
        : undefined;
    const worker = workerOf();
    await worker.prepare();
    await enqueue(ids);

    expect(await worker.drain()).toBe(4);
    const left = await rows();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ practice_id: bad, task_uid: null, last_error: expect.stringMatching(/invalid_document_fields/) });
    expect(left[0].parked_at).not.toBeNull();
    for (const id of ids.filter((id) => id !== bad)) expect(fake.documents('practices')!.has(id)).toBe(true);
    expect(logged.join('\n')).toMatch(new RegExp(`parked the change of practice ${bad}.*title. field`));

    // Found by halving: the five, then the half with it, … then it alone. Parked: not tried again, nor counted as waiting.
    const tries = sent(bad);
    expect(tries).toBeGreaterThanOrEqual(3);
    expect(tries).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(5)));
    await due();
    expect(await worker.drain()).toBe(0);
    expect(sent(bad)).toBe(tries);

    const health = (await (await fetch(`${app.url}/healthz`)).json()) as any;
    expect(health.search).toMatchObject({ engine: 'meilisearch', backlog: 0, parkedCount: 1, parked: [{ practiceId: bad, error: expect.stringMatching(/invalid_document_fields/) }] });
  });

  it('retries a batch the engine failed for a passing reason, without splitting it', async () => {
    const ids = await practiceIds(3);
    fake.failTask = (request) => (request.path === '/indexes/practices/documents' ? apiError('internal', 'An internal error has occurred.') : undefined);
    const worker = workerOf();
    await worker.prepare();
    await enqueue(ids);

    expect(await worker.drain()).toBe(0);
    expect(fake.find('POST', '/indexes/practices/documents')).toHaveLength(1);
    const left = await rows();
    expect(left.every((row) => row.parked_at === null && /internal error/.test(row.last_error ?? ''))).toBe(true);
  });

  it('counts deleting a practice from an index that no longer exists as done', async () => {
    const worker = workerOf();
    await worker.prepare();
    fake.loseData();
    await enqueue([randomUUID()]);
    expect(await worker.drain()).toBe(1);
    expect(await rows()).toEqual([]);
    expect(fake.indexUids()).toEqual([]);
  });
});
