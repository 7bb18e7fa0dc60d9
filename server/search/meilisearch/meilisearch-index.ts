// The Meilisearch engine of the search contract: the production engine when MEILI_URL is set.
// Index settings live here, in code; prepare() applies them (the outbox worker retries it until it
// succeeds), and a search that finds the index missing or without them applies them again.
import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTask,
  type MultiSearchQuery,
  type MultiSearchResult,
  type Settings,
  type Task,
  type WaitOptions,
} from 'meilisearch';
import { MAX_SEARCH_HITS } from '../../../schema/limits.js';
import { unitsOf } from '../postgres/query-terms.js';
import {
  MATCH_END,
  MATCH_START,
  SearchWriteError,
  markMatches,
  orderFacet,
  type EngineName,
  type SearchDocument,
  type SearchFacets,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchResponse,
  type SearchTaskOutcome,
  type SearchTaskQueue,
} from '../search.types.js';
import { SYNONYM_GROUPS } from '../synonyms.js';
import { FACETS, FILTERABLE_ATTRIBUTES, buildFilter, sortFor } from './meilisearch-filter.js';

export interface MeilisearchIndexOptions {
  /** Base URL of the Meilisearch server, e.g. http://localhost:7700. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** The live index. Default 'practices'. */
  indexUid?: string;
  /** How long one HTTP request may take before it fails. Default 5 s, so a dead engine fails fast. */
  requestTimeoutMs?: number;
  /** How long upsert(), remove(), prepare() and rebuild() wait for one task. Default 120 s. */
  taskTimeoutMs?: number;
  /** How often to poll a task while waiting for it. Default 50 ms. */
  taskPollIntervalMs?: number;
  /**
   * A search that fails for want of the index or its settings this soon after they were applied
   * does not apply them again (the request itself is wrong). Default 10 s.
   */
  reprepareAfterMs?: number;
  /**
   * PostgreSQL's `praksis_nb` lexeme of each word ('' for a stop word): the query is sent as
   * lexemes, matched against the documents' `terms`. Without it the query is sent as typed.
   */
  lexemes?: (words: string[]) => Promise<Map<string, string>>;
}

/** Every term of a synonym group maps to every other term of its group (and of any other group it is in). */
export function meilisearchSynonyms(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const term of group) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of group) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([term, others]) => [term, [...others]]));
}

/**
 * The index settings, applied as a whole by prepare() and by rebuild() to its fresh index. PATCH
 * changes only the keys it names, so every key is named: null (or the default, where Meilisearch
 * takes no null) resets what the app leaves at the default, also when someone set it by hand.
 */
export const MEILISEARCH_SETTINGS = {
  displayedAttributes: null,
  // Order matters: a match in the title beats one in the summary, which beats one in the body;
  // `terms` (lexemes and parts of compound words) comes last.
  searchableAttributes: ['title', 'summary', 'body', 'terms'],
  filterableAttributes: [...FILTERABLE_ATTRIBUTES],
  sortableAttributes: ['ratingAverage', 'adoptionCount', 'createdAt'],
  // `sort` first: a chosen sort (rating, adoptions, newest) orders every hit, as on PostgreSQL;
  // without one, relevance decides and rating and adoptions break ties.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'ratingAverage:desc', 'adoptionCount:desc'],
  stopWords: null,
  nonSeparatorTokens: null,
  separatorTokens: null,
  dictionary: null,
  synonyms: meilisearchSynonyms(),
  distinctAttribute: null,
  proximityPrecision: 'byWord',
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: null,
    disableOnAttributes: null,
    disableOnNumbers: null,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: null },
  pagination: { maxTotalHits: MAX_SEARCH_HITS },
  searchCutoffMs: null,
  localizedAttributes: null,
  facetSearch: true,
  prefixSearch: 'indexingTime',
} satisfies Settings;

/** A Meilisearch task that ended without succeeding. */
export class MeilisearchTaskError extends SearchWriteError {
  override name = 'MeilisearchTaskError';
  constructor(readonly task: Task) {
    super(
      `Meilisearch task ${task.uid} (${task.type}${task.indexUid ? ` on ${task.indexUid}` : ''}) ${task.status}` +
        (task.error ? `: ${task.error.message} [${task.error.code}]` : ''),
      isPermanent(task.error?.type),
      task.error?.code,
    );
  }
}

/** Errors of the request itself: sending it again cannot help. Others (internal, system, auth) may pass. */
function isPermanent(type: string | undefined): boolean {
  return type === 'invalid_request';
}

/** What a search meets when the index is missing or lacks its settings (lost, or created by a document addition). */
const OUT_OF_SHAPE = new Set(['index_not_found', 'invalid_search_filter', 'invalid_search_facets', 'invalid_search_sort']);


// title and summary are retrieved too: Meilisearch leaves attributes it does not retrieve out of _formatted.
const HIT_ATTRIBUTES = ['id', 'title', 'summary'];
// Every query word must match (as PostgreSQL's engine requires), not just the first ones.
const MATCHING_STRATEGY = 'all';
const HIGHLIGHTED_ATTRIBUTES = ['title', 'summary'];

interface HitFields {
  id: string;
  title?: string;
  summary?: string;
}

export class MeilisearchIndex implements SearchIndex, SearchTaskQueue {
  readonly engine: EngineName = 'meilisearch';
  readonly indexUid: string;
  readonly tasks: SearchTaskQueue = this;
  readonly usesTerms = true;
  private readonly client: Meilisearch;
  private readonly waitOptions: WaitOptions;
  private readonly lexemes?: MeilisearchIndexOptions['lexemes'];
  private preparing?: Promise<void>;
  private preparedAt = -Infinity;
  private readonly reprepareAfterMs: number;

  constructor(options: MeilisearchIndexOptions) {
    this.indexUid = options.indexUid ?? 'practices';
    this.waitOptions = { timeout: options.taskTimeoutMs ?? 120_000, interval: options.taskPollIntervalMs ?? 50 };
    this.lexemes = options.lexemes;
    this.reprepareAfterMs = options.reprepareAfterMs ?? 10_000;
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 5_000,
      defaultWaitOptions: this.waitOptions,
    });
  }

  /** Creates the index unless it exists and applies every setting; concurrent calls share one run. */
  prepare(): Promise<void> {
    this.preparing ??= (async () => {
      await this.ensureIndex(this.indexUid);
      await this.settle(this.client.index(this.indexUid).updateSettings(MEILISEARCH_SETTINGS));
      this.preparedAt = Date.now();
    })().finally(() => {
      this.preparing = undefined;
    });
    return this.preparing;
  }

  async documentCount(): Promise<number> {
    try {
      return (await this.client.index(this.indexUid).getStats()).numberOfDocuments;
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return 0;
      throw error;
    }
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const filter = buildFilter(request.filter, request.drafts);
    // Nothing is visible (say, only drafts asked for, without access to any): no need to ask.
    if (filter === null) return { totalHits: 0, hits: [], facets: emptyFacets() };

    const q = await this.queryText(request.query);
    const sort = sortFor(request.sort);
    const hitsQuery: MultiSearchQuery = {
      indexUid: this.indexUid,
      q,
      matchingStrategy: MATCHING_STRATEGY,
      filter,
      ...(sort ? { sort } : {}),
      page: Math.max(1, Math.trunc(request.page)),
      hitsPerPage: Math.max(0, Math.trunc(request.pageSize)),
      attributesToRetrieve: HIT_ATTRIBUTES,
      attributesToHighlight: HIGHLIGHTED_ATTRIBUTES,
      highlightPreTag: MATCH_START,
      highlightPostTag: MATCH_END,
    };
    // Disjunctive facets: each facet is counted under every filter but its own. hitsPerPage 0
    // asks for counts only, and exhaustive ones (page-based pagination counts every match).
    const counted = FACETS.filter((facet) => !request.facets || request.facets.includes(facet.name));
    const facetQueries: MultiSearchQuery[] = counted.map((facet) => ({
      indexUid: this.indexUid,
      q,
      matchingStrategy: MATCHING_STRATEGY,
      filter: buildFilter(request.filter, request.drafts, facet.name) ?? filter,
      facets: [facet.attribute],
      hitsPerPage: 0,
      attributesToRetrieve: ['id'],
    }));
    const queries = [hitsQuery, ...facetQueries];

    let results: MultiSearchResult<HitFields>[];
    try {
      ({ results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, HitFields>({ queries }));
    } catch (error) {
      // The index was lost, or a document addition created it with default settings: apply the
      // settings and ask once more. Not again right after a preparation: then the request itself
      // is wrong, and every search would enqueue a settings task.
      if (!OUT_OF_SHAPE.has(apiErrorCode(error) ?? '') || Date.now() - this.preparedAt < this.reprepareAfterMs) throw error;
      await this.prepare();
      ({ results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, HitFields>({ queries }));
    }
    if (results.length !== queries.length) {
      throw new Error(`Meilisearch answered ${results.length} results to ${queries.length} queries`);
    }
    const [hitsResult, ...facetResults] = results;

    const facets = emptyFacets();
    counted.forEach((facet, i) => {
      facets[facet.name] = orderFacet(Object.entries(facetResults[i].facetDistribution?.[facet.attribute] ?? {}));
    });
    return {
      totalHits: hitsResult.totalHits ?? hitsResult.estimatedTotalHits ?? 0,
      hits: hitsResult.hits.map(toHit),
      facets,
    };
  }

  /**
   * The query as Meilisearch gets it: each word as its `praksis_nb` lexeme (matched against the
   * documents' `terms`), stop words left out as PostgreSQL leaves them out, words and phrases of
   * the synonym list as typed (the index's synonyms expand them). The last word stays a prefix
   * exactly when PostgreSQL reads it as one.
   */
  async queryText(query: string): Promise<string> {
    const units = unitsOf(query);
    if (!this.lexemes || units.length === 0) return query;
    const stemmed = units.filter((unit) => unit.synonyms.length === 0 && !unit.text.includes(' ')).map((unit) => unit.text);
    const lexemes = stemmed.length > 0 ? await this.lexemes(stemmed) : new Map<string, string>();
    const words = units.flatMap((unit) => {
      if (unit.synonyms.length > 0 || unit.text.includes(' ')) return [unit.text];
      const lexeme = lexemes.get(unit.text) ?? unit.text;
      // A stop word still typed may be the start of another word.
      if (lexeme === '') return unit.prefix ? [unit.text] : [];
      return [lexeme];
    });
    const text = words.join(' ');
    return units.at(-1)!.prefix || text === '' ? text : `${text} `;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.settle(this.enqueueUpsert(documents));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const [outcome] = (await this.outcomes([await this.enqueueRemove(ids)], this.waitOptions.timeout ?? 120_000)).values();
    if (outcome.state === 'failed') throw new SearchWriteError(outcome.message, outcome.permanent);
    if (outcome.state !== 'succeeded') throw new SearchWriteError(`Meilisearch did not delete ${ids.length} document(s) in time`, false);
  }

  enqueueUpsert(documents: SearchDocument[]): Promise<number> {
    return this.enqueued(this.client.index<SearchDocument>(this.indexUid).addDocuments(documents, { primaryKey: 'id' }));
  }

  enqueueRemove(ids: string[]): Promise<number> {
    return this.enqueued(this.client.index(this.indexUid).deleteDocuments(ids));
  }

  async outcomes(taskIds: number[], waitMs: number): Promise<Map<number, SearchTaskOutcome>> {
    const deadline = Date.now() + waitMs;
    const outcomes = new Map<number, SearchTaskOutcome>();
    for (const uid of taskIds) {
      for (;;) {
        const outcome = await this.outcomeOf(uid);
        if (outcome.state !== 'pending' || Date.now() >= deadline) {
          outcomes.set(uid, outcome);
          break;
        }
        await sleep(Math.min(this.waitOptions.interval ?? 50, Math.max(1, deadline - Date.now())));
      }
    }
    return outcomes;
  }

  private async outcomeOf(uid: number): Promise<SearchTaskOutcome> {
    let task: Task;
    try {
      task = await this.client.tasks.getTask(uid);
    } catch (error) {
      if (apiErrorCode(error) === 'task_not_found') return { state: 'lost' };
      throw error;
    }
    switch (task.status) {
      case 'succeeded':
        return { state: 'succeeded' };
      case 'failed':
      case 'canceled': {
        // A deletion from a missing index leaves nothing to delete: done.
        if (task.type === 'documentDeletion' && task.error?.code === 'index_not_found') return { state: 'succeeded' };
        const error = new MeilisearchTaskError(task);
        return { state: 'failed', permanent: task.status === 'failed' && error.permanent, message: error.message };
      }
      default:
        return { state: 'pending' };
    }
  }

  /** The task's uid; a request Meilisearch refuses outright (HTTP 4xx of type invalid_request) is a permanent error. */
  private async enqueued(enqueued: Promise<EnqueuedTask>): Promise<number> {
    try {
      return (await enqueued).taskUid;
    } catch (error) {
      if (error instanceof MeilisearchApiError && isPermanent(error.cause?.type)) {
        throw new SearchWriteError(`Meilisearch refused the request: ${error.message} [${error.cause?.code}]`, true, error.cause?.code);
      }
      throw error;
    }
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress: (indexed: number) => void): Promise<void> {
    const fresh = `${this.indexUid}_rebuild_${Date.now()}`;
    try {
      await this.settle(this.client.createIndex(fresh, { primaryKey: 'id' }));
      const index = this.client.index<SearchDocument>(fresh);
      await this.settle(index.updateSettings(MEILISEARCH_SETTINGS));
      let indexed = 0;
      for await (const batch of batches) {
        if (batch.length === 0) continue;
        await this.settle(index.addDocuments(batch, { primaryKey: 'id' }));
        indexed += batch.length;
        onProgress(indexed);
      }
      if (await this.exists(this.indexUid)) {
        await this.settle(this.client.swapIndexes([{ indexes: [this.indexUid, fresh], rename: false }]));
        // After the swap, `fresh` holds the old documents.
        await this.settle(this.client.deleteIndex(fresh));
      } else {
        // A first rebuild: the fresh index takes the live name (Meilisearch 1.18 and later).
        await this.settle(this.client.swapIndexes([{ indexes: [fresh, this.indexUid], rename: true }]));
      }
    } catch (error) {
      // Waited for, so a rebuild that failed leaves nothing behind when it returns.
      await this.waitFor(this.client.deleteIndex(fresh)).catch(() => undefined);
      throw error;
    }
  }

  async ping(): Promise<void> {
    const health = await this.client.health();
    if (health.status !== 'available') throw new Error(`Meilisearch is ${String(health.status)}`);
  }

  private async exists(uid: string): Promise<boolean> {
    try {
      await this.client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return false;
      throw error;
    }
  }

  /** Creates the index with primary key 'id' unless it exists (also when another instance just created it). */
  private async ensureIndex(uid: string): Promise<void> {
    if (await this.exists(uid)) return;
    const task = await this.waitFor(this.client.createIndex(uid, { primaryKey: 'id' }));
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') throw new MeilisearchTaskError(task);
  }

  /** Waits for an enqueued task and throws unless it succeeded. */
  private async settle(enqueued: Promise<EnqueuedTask | number>): Promise<Task> {
    const task = await this.waitFor(enqueued);
    if (task.status !== 'succeeded') throw new MeilisearchTaskError(task);
    return task;
  }

  private async waitFor(enqueued: Promise<EnqueuedTask | number>): Promise<Task> {
    return this.client.tasks.waitForTask(await enqueued, this.waitOptions);
  }
}

function apiErrorCode(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function toHit(hit: MultiSearchResult<HitFields>['hits'][number]): SearchHit {
  const formatted = hit._formatted ?? {};
  return {
    id: String(hit.id),
    highlight: {
      title: markMatches(String(formatted.title ?? hit.title ?? '')),
      summary: markMatches(String(formatted.summary ?? hit.summary ?? '')),
    },
  };
}

function emptyFacets(): SearchFacets {
  return { themes: [], targetGroups: [], evidenceLevels: [], regions: [] };
}
