// Answers to repeated searches, kept until anything they depend on changes. Counting facets over
// every match is the expensive part of a search, and many people type the same few words.
//
// Every change to practices, their search rows or offices notifies the `search_changed` channel
// (statement triggers, see the migration), so changes made by any app instance, by scripts or by
// hand all empty the cache. This instance's own commits empty it at once as well, so a caseworker
// who rates a practice and searches again sees the new order. Without a working LISTEN
// connection nothing is cached: an answer is never older than the last notification we heard.
import { LRUCache } from 'lru-cache';
import pgListen, { type Subscriber } from 'pg-listen';
import type { SearchResponse } from '../search.types.js';

export const SEARCH_CHANGED_CHANNEL = 'search_changed';

export interface SearchResultCacheOptions {
  databaseUrl: string;
  /** At most this many answers; 0 turns caching off. */
  maxEntries: number;
  log?: (message: string) => void;
}

export class SearchResultCache {
  private readonly entries?: LRUCache<string, SearchResponse>;
  private subscriber?: Subscriber;
  private subscribed = false;
  private listening = false;
  /** Bumped on every change: an answer computed across a change is not kept. */
  private generation = 0;

  constructor(private readonly options: SearchResultCacheOptions) {
    if (options.maxEntries > 0) this.entries = new LRUCache({ max: options.maxEntries });
  }

  /** Starts listening for changes; until it listens, every search goes to the database. */
  async start(): Promise<void> {
    if (!this.entries || this.subscriber) return;
    // pg-listen is CommonJS with its function as `default`.
    const subscriber = pgListen.default(
      { connectionString: this.options.databaseUrl },
      { retryTimeout: 0, retryInterval: (attempt) => Math.min(5_000, 250 * 2 ** attempt), paranoidChecking: 10_000 },
    );
    this.subscriber = subscriber;
    subscriber.notifications.on(SEARCH_CHANGED_CHANNEL, () => this.invalidate());
    // After a reconnect pg-listen has listened again before it says so.
    subscriber.events.on('connected', () => {
      this.invalidate();
      this.listening = this.subscribed;
    });
    subscriber.events.on('reconnect', () => {
      this.listening = false;
      this.invalidate();
    });
    subscriber.events.on('error', (error) => {
      this.listening = false;
      this.invalidate();
      this.options.log?.(`search cache: ${error.message}; searching without cache`);
    });
    await subscriber.connect();
    await subscriber.listenTo(SEARCH_CHANGED_CHANNEL);
    this.subscribed = this.listening = true;
  }

  async stop(): Promise<void> {
    this.subscribed = this.listening = false;
    this.invalidate();
    await this.subscriber?.close();
    this.subscriber = undefined;
  }

  invalidate(): void {
    this.generation++;
    this.entries?.clear();
  }

  async through(request: unknown, search: () => Promise<SearchResponse>): Promise<SearchResponse> {
    if (!this.entries || !this.listening) return search();
    const key = JSON.stringify(request);
    const cached = this.entries.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const response = await search();
    if (generation === this.generation && this.listening) this.entries.set(key, response);
    return response;
  }
}
