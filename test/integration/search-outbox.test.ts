// The index stays consistent when the engine is down: writes succeed, changes wait in the outbox,
// and drain when the engine returns. The engine here is the Meilisearch adapter pointed at a port
// where nothing listens, then at a fake Meilisearch started on that port (no real Meilisearch can
// run on our build machines).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeilisearchIndex } from '../../server/search/meilisearch/meilisearch-index.js';
import { SearchOutboxWorker } from '../../server/search/search-outbox.js';
import { FakeMeilisearch } from '../support/fake-meilisearch.js';
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
    worker = new SearchOutboxWorker(app.database.db, new MeilisearchIndex({ url: `http://127.0.0.1:${port}`, requestTimeoutMs: 1000 }));
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  const backlog = async () => (await app.sql<{ practice_id: string; attempts: number }>('select practice_id, attempts from search_outbox'));

  it('accepts writes while the engine is unreachable and keeps every change', async () => {
    const token = await app.login('veileder.drammen');
    const practice = (await app.gql('{ practice(slug: "bolig-forst") { id } }', {}, token)).data.practice;
    const rated = await app.gql('mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { score } } }',
      { input: { practiceId: practice.id, score: 4 } }, token);
    expect(rated.errors).toBeUndefined();
    const adopted = await app.gql('mutation($input: SetAdoptionInput!) { setAdoption(input: $input) { status } }',
      { input: { practiceId: practice.id, status: 'PILOTING' } }, token);
    expect(adopted.errors).toBeUndefined();
    expect((await backlog()).map((row) => row.practice_id)).toEqual([practice.id, practice.id]);

    expect(await worker.drain()).toBe(0);
    const kept = await backlog();
    expect(kept).toHaveLength(2);
    expect(kept.every((row) => row.attempts === 1)).toBe(true);
    const [row] = await app.sql(`select last_error, next_attempt_at > now() as later from search_outbox limit 1`);
    expect(row.later).toBe(true);
    expect(row.last_error).toBeTruthy();

    const health = (await (await fetch(`${app.url}/healthz`)).json()) as any;
    expect(health.search).toMatchObject({ engine: 'postgres', backlog: 2 });
  });

  it('drains the backlog, with backoff, once the engine is back', async () => {
    await fake.start(port);
    await expect.poll(async () => {
      await worker.drain();
      return (await backlog()).length;
    }, { timeout: 10_000, interval: 300 }).toBe(0);
    const sent = fake.find('POST', '/indexes/practices/documents').concat(fake.find('PUT', '/indexes/practices/documents'));
    const documents = sent.flatMap((request) => request.body);
    expect(documents.map((doc: any) => doc.slug)).toContain('bolig-forst');
    const boligForst = documents.find((doc: any) => doc.slug === 'bolig-forst');
    expect(boligForst.regionCodes).toContain('33');
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
