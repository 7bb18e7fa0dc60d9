// Answers to repeated searches, kept until anything they depend on changes. Counting facets over
// every match is the expensive part of a search, and many people type the same few words.
//
// Every change to what searches match, filter or count (a practice's text, status or adoptions,
// its search row, an office) notifies the `search_changed` channel (statement triggers, see the
// migrations), so changes made by any app instance, by scripts or by hand all empty the cache.
// This instance's own commits empty it at once as well. Ratings are not among those changes: the
// answers leave them out (see match-set.ts and rating-board.ts). Without a working LISTEN
// connection nothing is cached: an answer is never older than the last notification we heard.
import { LRUCache } from 'lru-cache';
import pgListen, { type Subscriber } from 'pg-listen';


export const SEARCH_CHANGED_CHANNEL = 'search_changed';

export interface SearchResultCacheOptions<T> {
  databaseUrl: string;
  /** At most this many answers; 0 turns caching off. */
  maxEntries: number;
  /** At most this much in all, counted by `sizeOf` (an answer's matches). */
  maxSize: number;
  sizeOf: (answer: T) => number;
  log?: (message: string) => void;
}

export class SearchResultCache<T extends object> {
  private readonly entries?: LRUCache<string, T>;
  private subscriber?: Subscriber;
  private subscribed = false;
  private listening = false;
  /** Bumped on every change: an answer computed across a change is not kept. */
  private generation = 0;

  constructor(private readonly options: SearchResultCacheOptions<T>) {
    if (options.maxEntries > 0) {
      this.entries = new LRUCache({ max: options.maxEntries, maxSize: options.maxSize, sizeCalculation: (answer) => Math.max(1, options.sizeOf(answer)) });
    }
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

  /** Whether answers are kept now: only while a listening connection hears of every change. */
  get active(): boolean {
    return Boolean(this.entries) && this.listening;
  }

  async through(request: unknown, search: () => Promise<T>): Promise<T> {
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
