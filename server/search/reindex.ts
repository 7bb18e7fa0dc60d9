// npm run reindex: rebuilds the search index from PostgreSQL and swaps it in, with a progress line.
import { sql } from 'kysely';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { allSearchDocuments } from './search-documents.js';
import { createSearchIndex } from './search-engine.js';
import { REINDEX_LOCK_KEY } from './search-outbox.js';

const database = await openDatabase(loadConfig(), (line) => console.error(`[reindex] ${line}`));
try {
  // No answers to cache in a script that only writes.
  const index = createSearchIndex({ ...loadConfig(), searchCacheEntries: 0 }, database);
  await index.prepare();
  const { total } = await database.db.selectFrom('practice').select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const started = performance.now();
  const progress = (indexed: number) => {
    const line = `[reindex] ${index.engine}: ${indexed} of ${total} practices indexed`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
    else console.error(line);
  };
  // Outbox workers pause while the lock is held, and apply what came in meanwhile to the new index.
  await database.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${REINDEX_LOCK_KEY})`.execute(trx);
    await index.rebuild(allSearchDocuments(database.db, 500, { terms: index.usesTerms === true }), progress);
    // The new index holds every practice as it is now, those whose changes were parked too.
    const { numAffectedRows } = await sql`delete from search_outbox where parked_at is not null`.execute(trx);
    if (Number(numAffectedRows ?? 0) > 0) console.error(`[reindex] ${Number(numAffectedRows)} parked change(s) cleared: the new index has their practices`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.error(`[reindex] done: ${total} practices in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`[reindex] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
