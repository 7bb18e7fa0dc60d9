// A fake Meilisearch for tests: no Meilisearch binary can run on our build machines. A small
// node:http server that records every request and answers with responses shaped as Meilisearch's
// documentation shows them (task objects, index objects, errors, multi-search results).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

export interface TaskError {
  message: string;
  code: string;
  type: string;
  link: string;
}

export interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  enqueuedAt: string;
  error: TaskError | null;
  details: Record<string, unknown>;
  polls: number;
}

export type MultiSearchAnswer = (query: any, position: number) => Record<string, unknown>;

export const API_KEY = 'test-master-key-0123456789';

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  /** index uid -> documents by id */
  readonly indexes = new Map<string, Map<string, Record<string, unknown>>>();
  readonly settings = new Map<string, unknown>();
  /** Decides whether an enqueued task fails; undefined lets it succeed. */
  failTask: (request: RecordedRequest) => TaskError | undefined = () => undefined;
  answerQuery: MultiSearchAnswer = defaultAnswer;
  private readonly tasks = new Map<number, FakeTask>();
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
        const recorded: RecordedRequest = {
          method: req.method ?? 'GET',
          path: new URL(req.url ?? '/', 'http://fake').pathname,
          headers: req.headers,
          body: text === '' ? undefined : JSON.parse(text),
        };
        this.requests.push(recorded);
        const [status, body] = this.route(recorded);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  reset(): void {
    this.requests.length = 0;
    this.indexes.clear();
    this.settings.clear();
    this.failTask = () => undefined;
    this.answerQuery = defaultAnswer;
    this.tasks.clear();
    this.nextTaskUid = 0;
  }

  /** The recorded requests, without task polling, as "METHOD /path". */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`);
  }

  find(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  private route(request: RecordedRequest): [number, unknown] {
    const { method, path, body } = request;
    const parts = path.split('/').filter(Boolean);
    if (method === 'GET' && path === '/health') return [200, { status: 'available' }];
    if (method === 'GET' && parts[0] === 'tasks' && parts.length === 2) return this.taskView(Number(parts[1]));
    if (method === 'POST' && path === '/multi-search') {
      return [200, { results: body.queries.map((query: any, i: number) => this.answerQuery(query, i)) }];
    }
    if (method === 'POST' && path === '/indexes') {
      return this.enqueue(request, body.uid, 'indexCreation', { primaryKey: body.primaryKey }, () => {
        if (this.indexes.has(body.uid)) return indexError('index_already_exists', `Index \`${body.uid}\` already exists.`);
        this.indexes.set(body.uid, new Map());
      });
    }
    if (method === 'POST' && path === '/swap-indexes') {
      return this.enqueue(request, null, 'indexSwap', { swaps: body }, () => {
        for (const { indexes: [a, b] } of body as { indexes: [string, string] }[]) {
          const left = this.indexes.get(a);
          const right = this.indexes.get(b);
          if (!left || !right) return indexError('index_not_found', `Index \`${left ? b : a}\` not found.`);
          this.indexes.set(a, right);
          this.indexes.set(b, left);
          const [leftSettings, rightSettings] = [this.settings.get(a), this.settings.get(b)];
          this.settings.set(a, rightSettings);
          this.settings.set(b, leftSettings);
        }
      });
    }
    if (parts[0] === 'indexes' && parts.length >= 2) {
      const uid = parts[1];
      const rest = parts.slice(2).join('/');
      if (method === 'GET' && rest === '') {
        if (!this.indexes.has(uid)) return [404, indexError('index_not_found', `Index \`${uid}\` not found.`)];
        return [200, { uid, primaryKey: 'id', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' }];
      }
      if (method === 'DELETE' && rest === '') {
        return this.enqueue(request, uid, 'indexDeletion', {}, () => {
          if (!this.indexes.delete(uid)) return indexError('index_not_found', `Index \`${uid}\` not found.`);
          this.settings.delete(uid);
        });
      }
      if (method === 'PATCH' && rest === 'settings') {
        return this.enqueue(request, uid, 'settingsUpdate', body, () => {
          if (!this.indexes.has(uid)) this.indexes.set(uid, new Map());
          this.settings.set(uid, body);
        });
      }
      if (method === 'POST' && rest === 'documents') {
        return this.enqueue(request, uid, 'documentAdditionOrUpdate', { receivedDocuments: body.length }, () => {
          if (!this.indexes.has(uid)) this.indexes.set(uid, new Map());
          for (const document of body) this.indexes.get(uid)!.set(String(document.id), document);
        });
      }
      if (method === 'POST' && rest === 'documents/delete-batch') {
        return this.enqueue(request, uid, 'documentDeletion', { providedIds: body.length }, () => {
          for (const id of body) this.indexes.get(uid)?.delete(String(id));
        });
      }
    }
    return [404, { message: `Unknown route ${method} ${path}`, code: 'not_found', type: 'invalid_request', link: '' }];
  }

  /** Answers 202 with a summarized task; the effect happens now unless the task fails. */
  private enqueue(
    request: RecordedRequest,
    indexUid: string | null,
    type: string,
    details: Record<string, unknown>,
    apply: () => TaskError | void,
  ): [number, unknown] {
    const uid = this.nextTaskUid++;
    const enqueuedAt = new Date().toISOString();
    const error = this.failTask(request) ?? apply() ?? null;
    this.tasks.set(uid, { uid, indexUid, type, enqueuedAt, error, details, polls: 0 });
    return [202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt }];
  }

  /** The first poll finds the task processing, later ones finished. */
  private taskView(uid: number): [number, unknown] {
    const task = this.tasks.get(uid);
    if (!task) return [404, { message: `Task \`${uid}\` not found.`, code: 'task_not_found', type: 'invalid_request', link: '' }];
    const finished = task.polls++ > 0;
    const status = !finished ? 'processing' : task.error ? 'failed' : 'succeeded';
    return [
      200,
      {
        uid: task.uid,
        batchUid: task.uid,
        indexUid: task.indexUid,
        status,
        type: task.type,
        canceledBy: null,
        details: task.details,
        error: finished ? task.error : null,
        duration: finished ? 'PT0.001S' : null,
        enqueuedAt: task.enqueuedAt,
        startedAt: task.enqueuedAt,
        finishedAt: finished ? new Date().toISOString() : null,
      },
    ];
  }
}

export function indexError(code: string, message: string): TaskError {
  return { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` };
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
