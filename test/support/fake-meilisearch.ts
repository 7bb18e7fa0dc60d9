// A fake Meilisearch for tests: no Meilisearch binary can run on our build machines, so this is the
// only engine the tests can start. A small node:http server that records every request and behaves
// as Meilisearch 1.18–1.24 does where our adapter depends on it, read from the server's source and
// its own tests:
// - asynchronous routes answer 202 with a summarized task; the task runs later, in uid order, one at
//   a time, and GET /tasks/:uid shows it `enqueued`, then `processing`, then `succeeded` or `failed`;
// - a document addition or a settings update on a missing index creates it, with default settings;
// - PATCH /settings changes only the keys it names (null resets a key to its default) and refuses a
//   malformed body at once with HTTP 400, before any task exists;
// - a search refuses a filter, sort or facet on an attribute the settings do not declare, and a
//   malformed filter, with Meilisearch's codes; a multi-search fails as a whole when one query does.
// It does not rank or match text: answerQuery decides what each search query finds.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFilter } from './fake-meilisearch-filter.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: any;
}

export interface MeilisearchError {
  message: string;
  code: string;
  type: string;
  link: string;
}
/** The error of a failed task: the same shape as an HTTP error body. */
export type TaskError = MeilisearchError;

export type TaskStatus = 'enqueued' | 'processing' | 'succeeded' | 'failed';

export interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: TaskStatus;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: TaskError | null;
  details: Record<string, unknown>;
  request: RecordedRequest;
  run: () => TaskError | void;
}

export type MultiSearchAnswer = (query: any, position: number) => Record<string, unknown>;

export const API_KEY = 'test-master-key-0123456789';

/** Every index setting with its default in Meilisearch 1.24 (the keys our adapter manages, and a few it resets). */
export function defaultSettings(): Record<string, any> {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    pagination: { maxTotalHits: 1000 },
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

/** Settings whose sub-keys PATCH merges one by one. */
const NESTED_SETTINGS = new Set(['typoTolerance', 'faceting', 'pagination']);
const BUILT_IN_RANKING_RULES = new Set(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'attributeRank', 'wordPosition']);

interface FakeKey {
  uid: string;
  key: string;
  name: string | null;
  description: string | null;
  actions: string[];
  indexes: string[];
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface FakeIndex {
  primaryKey: string | null;
  documents: Map<string, Record<string, unknown>>;
  settings: Record<string, any>;
}

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  private readonly store = new Map<string, FakeIndex>();
  /** Decides, when a task runs, whether it fails; undefined lets it run. */
  failTask: (request: RecordedRequest) => TaskError | undefined = () => undefined;
  answerQuery: MultiSearchAnswer = defaultAnswer;
  /** How long a task waits between its steps (enqueued → processing → finished). */
  taskStepMs = 1;
  /** Checks every request's key as a server started with API_KEY as its master key does. */
  requireKeys = false;
  private readonly keys = new Map<string, FakeKey>();
  private readonly tasks = new Map<number, FakeTask>();
  private queue: FakeTask[] = [];
  private paused = false;
  private timer: NodeJS.Timeout | undefined;
  private idle: (() => void)[] = [];
  private nextTaskUid = 0;
  private server: Server | undefined;
  url = '';

  /** Listens on the given port, or any free one. */
  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url ?? '/', 'http://fake');
        let body: unknown;
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify(apiError('bad_request', 'The request body is not valid JSON.')));
          return;
        }
        const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
        this.requests.push(recorded);
        const [status, answer] = this.route(recorded);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(status === 204 ? undefined : JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.server?.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.store.clear();
    this.failTask = () => undefined;
    this.answerQuery = defaultAnswer;
    this.taskStepMs = 1;
    this.requireKeys = false;
    this.keys.clear();
    this.tasks.clear();
    this.queue = [];
    this.paused = false;
    this.nextTaskUid = 0;
  }

  /** Tasks wait in the queue until resume(): Meilisearch busy with other work. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.schedule();
  }

  /** Resolves once every enqueued task has finished. */
  settled(): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** The documents of an index by id, or undefined when the index does not exist. */
  documents(uid: string): Map<string, Record<string, unknown>> | undefined {
    return this.store.get(uid)?.documents;
  }

  /** The index uids, in creation order. */
  indexUids(): string[] {
    return [...this.store.keys()];
  }

  /** The whole settings object of an index, as GET /settings shows it. */
  settingsOf(uid: string): Record<string, any> | undefined {
    return this.store.get(uid)?.settings;
  }

  /** Changes settings as an operator would by hand (no task). */
  setSettings(uid: string, changes: Record<string, unknown>): void {
    const index = this.ensureIndex(uid);
    index.settings = mergeSettings(index.settings, changes);
  }

  /** Loses every index and task, as a Meilisearch restarted on an empty volume. */
  loseData(): void {
    this.store.clear();
    this.tasks.clear();
    this.queue = [];
  }

  taskStatus(uid: number): TaskStatus | undefined {
    return this.tasks.get(uid)?.status;
  }

  /** The recorded requests, without task polling, as "METHOD /path". */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks')).map((r) => `${r.method} ${r.path}`);
  }

  find(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  private ensureIndex(uid: string, primaryKey: string | null = null): FakeIndex {
    let index = this.store.get(uid);
    if (!index) {
      index = { primaryKey, documents: new Map(), settings: defaultSettings() };
      this.store.set(uid, index);
    }
    return index;
  }

  /** Refuses a request whose key may not take its action on its indexes (403), or that has no key (401). */
  private authorize(request: RecordedRequest): [number, unknown] | undefined {
    const { method, path, body } = request;
    if (!this.requireKeys || path === '/health') return undefined;
    const header = request.headers.authorization;
    if (!header) return [401, { ...apiError('missing_authorization_header', 'The Authorization header is missing. It must use the bearer authorization method.'), type: 'auth' }];
    const presented = header.replace(/^Bearer\s+/i, '');
    if (presented === API_KEY) return undefined;
    const key = [...this.keys.values()].find((candidate) => candidate.key === presented);
    const parts = path.split('/').filter(Boolean);
    let action: string | undefined;
    let indexes: string[] = [];
    if (parts[0] === 'tasks') action = 'tasks.get';
    else if (path === '/multi-search') [action, indexes] = ['search', (body?.queries ?? []).map((query: any) => query.indexUid)];
    else if (path === '/indexes' && method === 'POST') [action, indexes] = ['indexes.create', [body?.uid]];
    else if (path === '/swap-indexes') [action, indexes] = ['indexes.swap', (body ?? []).flatMap((swap: any) => swap.indexes)];
    else if (parts[0] === 'indexes' && parts.length >= 2) {
      const rest = parts.slice(2).join('/');
      indexes = [parts[1]];
      action = ({
        'GET ': 'indexes.get',
        'DELETE ': 'indexes.delete',
        'GET stats': 'stats.get',
        'GET settings': 'settings.get',
        'PATCH settings': 'settings.update',
        'POST documents': 'documents.add',
        'POST documents/delete-batch': 'documents.delete',
      } as Record<string, string>)[`${method} ${rest}`];
    }
    const allowed =
      key !== undefined &&
      action !== undefined &&
      (key.actions.includes('*') || key.actions.includes(action)) &&
      indexes.every((uid) => key.indexes.some((pattern) => pattern === '*' || pattern === uid || (pattern.endsWith('*') && uid.startsWith(pattern.slice(0, -1)))));
    if (allowed) return undefined;
    return [403, { ...apiError('invalid_api_key', 'The provided API key is invalid.'), type: 'auth' }];
  }

  private keysRoute(request: RecordedRequest, parts: string[]): [number, unknown] {
    const { method, body } = request;
    if (request.headers.authorization !== `Bearer ${API_KEY}`) return [403, { ...apiError('invalid_api_key', 'The provided API key is invalid.'), type: 'auth' }];
    if (method === 'POST' && parts.length === 1) {
      const uid = body.uid;
      if (this.keys.has(uid)) return [409, apiError('api_key_already_exists', `\`uid\` field value \`${uid}\` is already an existing API key.`)];
      const now = new Date().toISOString();
      // As Meilisearch derives it: HMAC-SHA256 of the uid, keyed with the master key.
      const key: FakeKey = {
        uid,
        key: createHmac('sha256', API_KEY).update(uid).digest('hex'),
        name: body.name ?? null,
        description: body.description ?? null,
        actions: body.actions,
        indexes: body.indexes,
        expiresAt: body.expiresAt ?? null,
        createdAt: now,
        updatedAt: now,
      };
      this.keys.set(uid, key);
      return [201, key];
    }
    const key = this.keys.get(parts[1]) ?? [...this.keys.values()].find((candidate) => candidate.key === parts[1]);
    if (!key) return [404, apiError('api_key_not_found', `API key \`${parts[1]}\` not found.`)];
    if (method === 'GET') return [200, key];
    if (method === 'DELETE') {
      this.keys.delete(key.uid);
      return [204, null];
    }
    return [404, apiError('not_found', `Unknown route ${method} ${request.path}`)];
  }

  private route(request: RecordedRequest): [number, unknown] {
    const { method, path, body } = request;
    const parts = path.split('/').filter(Boolean);
    const refused = this.authorize(request);
    if (refused) return refused;
    if (parts[0] === 'keys') return this.keysRoute(request, parts);
    if (method === 'GET' && path === '/health') return [200, { status: 'available' }];
    if (method === 'GET' && parts[0] === 'tasks' && parts.length === 2) return this.taskView(Number(parts[1]));
    if (method === 'POST' && path === '/multi-search') return this.multiSearch(body);
    if (method === 'POST' && path === '/indexes') {
      return this.enqueue(request, body.uid, 'indexCreation', { primaryKey: body.primaryKey }, () => {
        if (this.store.has(body.uid)) return apiError('index_already_exists', `Index \`${body.uid}\` already exists.`);
        this.ensureIndex(body.uid, body.primaryKey ?? null);
      });
    }
    if (method === 'POST' && path === '/swap-indexes') return this.swap(request);
    if (parts[0] === 'indexes' && parts.length >= 2) {
      const uid = parts[1];
      const rest = parts.slice(2).join('/');
      if (method === 'GET' && rest === '') {
        const index = this.store.get(uid);
        if (!index) return [404, indexNotFound(uid)];
        return [200, { uid, primaryKey: index.primaryKey, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' }];
      }
      if (method === 'GET' && rest === 'stats') {
        const index = this.store.get(uid);
        if (!index) return [404, indexNotFound(uid)];
        return [200, { numberOfDocuments: index.documents.size, isIndexing: this.queue.some((task) => task.indexUid === uid), fieldDistribution: {} }];
      }
      if (method === 'GET' && rest === 'settings') {
        const index = this.store.get(uid);
        return index ? [200, index.settings] : [404, indexNotFound(uid)];
      }
      if (method === 'DELETE' && rest === '') {
        return this.enqueue(request, uid, 'indexDeletion', { deletedDocuments: 0 }, () => {
          if (!this.store.delete(uid)) return indexNotFound(uid);
        });
      }
      if (method === 'PATCH' && rest === 'settings') {
        const invalid = validateSettings(body);
        if (invalid) return [400, invalid];
        return this.enqueue(request, uid, 'settingsUpdate', body, () => {
          const index = this.ensureIndex(uid);
          index.settings = mergeSettings(index.settings, body);
        });
      }
      if (method === 'POST' && rest === 'documents') {
        if (!Array.isArray(body)) return [400, apiError('malformed_payload', 'The `json` payload must be an array of documents.')];
        const primaryKey = request.query.get('primaryKey');
        return this.enqueue(request, uid, 'documentAdditionOrUpdate', { receivedDocuments: body.length, indexedDocuments: null }, () => {
          const index = this.ensureIndex(uid, primaryKey);
          const key = index.primaryKey ?? primaryKey ?? 'id';
          // The whole batch is refused when one document is: nothing of it is written.
          for (const document of body) {
            const id = document[key];
            if (!(typeof id === 'number' || (typeof id === 'string' && /^[A-Za-z0-9_-]{1,511}$/.test(id)))) {
              return apiError('invalid_document_id', `Document identifier \`${JSON.stringify(id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`);
            }
          }
          index.primaryKey = key;
          for (const document of body) index.documents.set(String(document[key]), document);
        });
      }
      if (method === 'POST' && rest === 'documents/delete-batch') {
        if (!Array.isArray(body)) return [400, apiError('bad_request', 'Invalid value type: expected an array.')];
        return this.enqueue(request, uid, 'documentDeletion', { providedIds: body.length, deletedDocuments: null }, () => {
          const index = this.store.get(uid);
          // A deletion does not create the index: on a missing one the task fails.
          if (!index) return indexNotFound(uid);
          for (const id of body) index.documents.delete(String(id));
        });
      }
    }
    return [404, apiError('not_found', `Unknown route ${method} ${path}`)];
  }

  private swap(request: RecordedRequest): [number, unknown] {
    const swaps = request.body as { indexes: [string, string]; rename?: boolean }[];
    for (const swap of swaps) {
      if (!Array.isArray(swap.indexes) || swap.indexes.length !== 2) {
        return [400, apiError('invalid_swap_indexes', 'Two indexes must be given for each swap.')];
      }
    }
    return this.enqueue(request, null, 'indexSwap', { swaps }, () => {
      for (const { indexes: [a, b], rename } of swaps) {
        const left = this.store.get(a);
        const right = this.store.get(b);
        if (rename) {
          if (!left) return indexNotFound(a);
          if (right) return apiError('index_already_exists', `Index \`${b}\` already exists.`);
          this.store.delete(a);
          this.store.set(b, left);
          continue;
        }
        if (!left || !right) return indexNotFound(left ? b : a);
        this.store.set(a, right);
        this.store.set(b, left);
      }
    });
  }

  private multiSearch(body: any): [number, unknown] {
    const queries: any[] = body?.queries ?? [];
    // Every query is checked before any answers: one bad query fails the whole request.
    for (const [position, query] of queries.entries()) {
      const index = this.store.get(query.indexUid);
      const inside = (error: MeilisearchError) => ({ ...error, message: `Inside \`.queries[${position}]\`: ${error.message}` });
      if (!index) return [404, inside(indexNotFound(query.indexUid))];
      const refused = checkQuery(query, index.settings, query.indexUid);
      if (refused) return [400, inside(refused)];
    }
    return [200, { results: queries.map((query, i) => this.answerQuery(query, i)) }];
  }

  /** Answers 202 with a summarized task; the task runs later, in order. */
  private enqueue(
    request: RecordedRequest,
    indexUid: string | null,
    type: string,
    details: Record<string, unknown>,
    run: () => TaskError | void,
  ): [number, unknown] {
    const uid = this.nextTaskUid++;
    const enqueuedAt = new Date().toISOString();
    const task: FakeTask = { uid, indexUid, type, status: 'enqueued', enqueuedAt, startedAt: null, finishedAt: null, error: null, details, request, run };
    this.tasks.set(uid, task);
    this.queue.push(task);
    this.schedule();
    return [202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt }];
  }

  private schedule(): void {
    if (this.timer || this.paused || this.queue.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.step();
      this.schedule();
    }, this.taskStepMs);
  }

  /** The first task in the queue moves on one step: enqueued → processing → succeeded or failed. */
  private step(): void {
    if (this.paused) return;
    const task = this.queue[0];
    if (!task) return;
    if (task.status === 'enqueued') {
      task.status = 'processing';
      task.startedAt = new Date().toISOString();
      return;
    }
    task.error = this.failTask(task.request) ?? task.run() ?? null;
    task.status = task.error ? 'failed' : 'succeeded';
    task.finishedAt = new Date().toISOString();
    this.queue.shift();
    if (this.queue.length === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  private taskView(uid: number): [number, unknown] {
    const task = this.tasks.get(uid);
    if (!task) return [404, apiError('task_not_found', `Task \`${uid}\` not found.`)];
    const finished = task.finishedAt !== null;
    return [
      200,
      {
        uid: task.uid,
        batchUid: task.startedAt ? task.uid : null,
        indexUid: task.indexUid,
        status: task.status,
        type: task.type,
        canceledBy: null,
        details: task.details,
        error: task.error,
        duration: finished ? 'PT0.001S' : null,
        enqueuedAt: task.enqueuedAt,
        startedAt: task.startedAt,
        finishedAt: task.finishedAt,
      },
    ];
  }
}

export function apiError(code: string, message: string): MeilisearchError {
  return { message, code, type: code === 'internal' ? 'internal' : 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` };
}

/** An error as Meilisearch words it for a task or a request. */
export const indexError = apiError;

function indexNotFound(uid: string): MeilisearchError {
  return apiError('index_not_found', `Index \`${uid}\` not found.`);
}

function mergeSettings(current: Record<string, any>, changes: Record<string, any>): Record<string, any> {
  const defaults = defaultSettings();
  const next = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next[key] = defaults[key];
    else if (NESTED_SETTINGS.has(key)) {
      const merged = { ...current[key] };
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) merged[sub] = subValue === null ? defaults[key][sub] : subValue;
      next[key] = merged;
    } else next[key] = value;
  }
  return next;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** What Meilisearch refuses in a PATCH /settings body before enqueuing anything (HTTP 400). */
function validateSettings(body: unknown): MeilisearchError | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return apiError('bad_request', 'Invalid value type: expected an object.');
  const known = defaultSettings();
  for (const [key, value] of Object.entries(body)) {
    if (!(key in known)) {
      return apiError('bad_request', `Unknown field \`${key}\`: expected one of ${Object.keys(known).map((k) => `\`${k}\``).join(', ')}`);
    }
    if (value === null) continue;
    const invalid = (what: string) => apiError(`invalid_settings_${snake(key)}`, `Invalid value type at \`.${key}\`: expected ${what}, but found ${JSON.stringify(value)}`);
    const expected = known[key];
    if (Array.isArray(expected)) {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' && key !== 'filterableAttributes' && key !== 'localizedAttributes')) return invalid('an array of strings');
    } else if (expected !== null && typeof expected === 'object') {
      if (typeof value !== 'object' || Array.isArray(value)) return invalid('an object');
      if (NESTED_SETTINGS.has(key)) {
        for (const sub of Object.keys(value)) {
          if (!(sub in expected)) return apiError(`invalid_settings_${snake(key)}`, `Unknown field \`${sub}\` inside \`.${key}\``);
        }
      }
    } else if (expected !== null && typeof value !== typeof expected) {
      return invalid(`a ${typeof expected}`);
    }
  }
  const rules = (body as Record<string, unknown>).rankingRules;
  if (Array.isArray(rules)) {
    for (const rule of rules as string[]) {
      if (!BUILT_IN_RANKING_RULES.has(rule) && !/^[^:\s]+:(asc|desc)$/.test(rule)) {
        return apiError('invalid_settings_ranking_rules', `Invalid value at \`.rankingRules[${rules.indexOf(rule)}]\`: \`${rule}\` ranking rule is invalid. Valid ranking rules are words, typo, sort, proximity, attribute, exactness and custom ranking rules.`);
      }
    }
  }
  return undefined;
}

/** Why a search query is refused (HTTP 400), or undefined. */
function checkQuery(query: any, settings: Record<string, any>, uid: string): MeilisearchError | undefined {
  const filterable = new Set<string>(settings.filterableAttributes.map((entry: any) => (typeof entry === 'string' ? entry : entry.attributePatterns).toString()));
  const sortable = new Set<string>(settings.sortableAttributes);
  const available = (kind: string, set: Set<string>) =>
    set.size === 0 ? `This index does not have configured ${kind} attributes.` : `Available ${kind} attributes patterns are: \`${[...set].sort().join(', ')}\`.`;
  if (query.filter !== undefined && query.filter !== null) {
    const expressions: string[] = typeof query.filter === 'string' ? [query.filter] : (query.filter as unknown[]).flat() as string[];
    for (const expression of expressions) {
      let attributes: string[];
      try {
        attributes = parseFilter(expression);
      } catch (error) {
        return apiError('invalid_search_filter', `${(error as Error).message}\n${expression}`);
      }
      for (const attribute of attributes) {
        if (!filterable.has(attribute)) {
          return apiError('invalid_search_filter', `Index \`${uid}\`: Attribute \`${attribute}\` is not filterable. ${available('filterable', filterable)}\n${expression}`);
        }
      }
    }
  }
  for (const sort of (query.sort ?? []) as string[]) {
    const match = /^([^:]+):(asc|desc)$/.exec(sort);
    if (!match) return apiError('invalid_search_sort', `Invalid syntax for the sort parameter: expected expression ending by \`:asc\` or \`:desc\`, found \`${sort}\`.`);
    if (!sortable.has(match[1])) return apiError('invalid_search_sort', `Index \`${uid}\`: Attribute \`${match[1]}\` is not sortable. ${available('sortable', sortable)}`);
  }
  for (const facet of (query.facets ?? []) as string[]) {
    if (!filterable.has(facet)) {
      return apiError('invalid_search_facets', `Invalid facet distribution: Attribute \`${facet}\` is not filterable. ${available('filterable', filterable)}`);
    }
  }
  return undefined;
}

/** A multi-search result for one query, as Meilisearch shapes it with page-based pagination. */
export function searchResult(query: any, extra: { hits?: unknown[]; totalHits?: number; facetDistribution?: Record<string, Record<string, number>> } = {}) {
  const hitsPerPage = query.hitsPerPage ?? 20;
  const totalHits = extra.totalHits ?? 0;
  return {
    indexUid: query.indexUid,
    hits: extra.hits ?? [],
    query: query.q ?? '',
    processingTimeMs: 1,
    hitsPerPage,
    page: query.page ?? 1,
    totalPages: hitsPerPage === 0 ? 0 : Math.ceil(totalHits / hitsPerPage),
    totalHits,
    ...(query.facets ? { facetDistribution: extra.facetDistribution ?? Object.fromEntries(query.facets.map((f: string) => [f, {}])), facetStats: {} } : {}),
  };
}

export const defaultAnswer: MultiSearchAnswer = (query) => searchResult(query);
