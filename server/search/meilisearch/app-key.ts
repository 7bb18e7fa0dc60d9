// The app's own Meilisearch key: limited to the `practices*` indexes (the live one, the rebuild's
// fresh one, the contract tests' own) and to the actions the app takes. Created with the master key
// by a one-shot service (docker-compose.yml), so the app never holds the master key.
//
//   MEILI_URL=… MEILI_MASTER_KEY=… [MEILI_APP_KEY_UID=<uuid>] [MEILI_API_KEY_FILE=path] node dist/server/search/meilisearch/app-key.js
//
// Prints the key, or writes it to MEILI_API_KEY_FILE. Safe to run at every start: an existing key
// with the same uid and the same rights is kept, one with other rights is replaced.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';

/** What the app does with Meilisearch: search, write documents, prepare and rebuild its indexes, follow tasks. */
export const APP_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'indexes.swap',
  'settings.get',
  'settings.update',
  'stats.get',
  'tasks.get',
] as const;
export const APP_KEY_INDEXES = ['practices*'];
/** Meilisearch derives a key from its uid and the master key, so a fixed uid gives the same key at every run. */
export const DEFAULT_APP_KEY_UID = '4f6b2a0e-6c1d-4c7a-9d0b-5e2f8a7c3b91';

export async function ensureAppKey(options: { url: string; masterKey: string; uid?: string }): Promise<string> {
  const client = new Meilisearch({ host: options.url, apiKey: options.masterKey, timeout: 10_000 });
  const uid = options.uid ?? DEFAULT_APP_KEY_UID;
  try {
    const existing = await client.getKey(uid);
    const same = [...existing.actions].sort().join() === [...APP_KEY_ACTIONS].sort().join() && existing.indexes.join() === APP_KEY_INDEXES.join();
    if (same) return existing.key;
    await client.deleteKey(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'api_key_not_found') throw error;
  }
  const created = await client.createKey({
    uid,
    name: 'praksisbanken-app',
    description: 'Praksisbanken: search and index the practices',
    actions: [...APP_KEY_ACTIONS],
    indexes: APP_KEY_INDEXES,
    expiresAt: null,
  });
  return created.key;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { MEILI_URL, MEILI_MASTER_KEY, MEILI_APP_KEY_UID, MEILI_API_KEY_FILE } = process.env;
  if (!MEILI_URL || !MEILI_MASTER_KEY) {
    console.error('[app-key] set MEILI_URL and MEILI_MASTER_KEY');
    process.exit(2);
  }
  try {
    const key = await ensureAppKey({ url: MEILI_URL, masterKey: MEILI_MASTER_KEY, uid: MEILI_APP_KEY_UID || undefined });
    if (MEILI_API_KEY_FILE) {
      await writeFile(MEILI_API_KEY_FILE, key, { mode: 0o644 });
      console.error(`[app-key] the app's key (indexes ${APP_KEY_INDEXES.join(', ')}) is in ${MEILI_API_KEY_FILE}`);
    } else console.log(key);
  } catch (error) {
    console.error(`[app-key] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
