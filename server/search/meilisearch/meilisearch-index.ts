// The Meilisearch engine of the search contract: the production engine when MEILI_URL is set.
// Index settings live here, in code; prepare() applies them at every start.
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
import {
  MATCH_END,
  MATCH_START,
  markMatches,
  orderFacet,
  type EngineName,
  type SearchDocument,
  type SearchFacets,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchResponse,
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
  /** How long to wait for one task (index creation, settings, a batch of documents). Default 120 s. */
  taskTimeoutMs?: number;
  /** How often to poll a task while waiting for it. Default 50 ms. */
  taskPollIntervalMs?: number;
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

/** The index settings, applied as a whole by prepare() and by rebuild() to its fresh index. */
export const MEILISEARCH_SETTINGS = {
  // Order matters: a match in the title beats one in the summary, which beats one in the body.
  searchableAttributes: ['title', 'summary', 'body'],
  filterableAttributes: [...FILTERABLE_ATTRIBUTES],
  sortableAttributes: ['ratingAverage', 'adoptionCount', 'createdAt'],
  // `sort` first: a chosen sort (rating, adoptions, newest) orders every hit, as on PostgreSQL;
  // without one, relevance decides and rating and adoptions break ties.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'ratingAverage:desc', 'adoptionCount:desc'],
  synonyms: meilisearchSynonyms(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 100 },
} satisfies Settings;

/** A Meilisearch task that ended without succeeding. */
export class MeilisearchTaskError extends Error {
  override name = 'MeilisearchTaskError';
  constructor(readonly task: Task) {
    super(
      `Meilisearch task ${task.uid} (${task.type}${task.indexUid ? ` on ${task.indexUid}` : ''}) ${task.status}` +
        (task.error ? `: ${task.error.message} [${task.error.code}]` : ''),
    );
  }
}

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

export class MeilisearchIndex implements SearchIndex {
  readonly engine: EngineName = 'meilisearch';
  readonly indexUid: string;
  private readonly client: Meilisearch;
  private readonly waitOptions: WaitOptions;

  constructor(options: MeilisearchIndexOptions) {
    this.indexUid = options.indexUid ?? 'practices';
    this.waitOptions = { timeout: options.taskTimeoutMs ?? 120_000, interval: options.taskPollIntervalMs ?? 50 };
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 5_000,
      defaultWaitOptions: this.waitOptions,
    });
  }

  async prepare(): Promise<void> {
    await this.ensureIndex(this.indexUid);
    await this.settle(this.client.index(this.indexUid).updateSettings(MEILISEARCH_SETTINGS));
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const filter = buildFilter(request.filter, request.drafts);
    // Nothing is visible (say, only drafts asked for, without access to any): no need to ask.
    if (filter === null) return { totalHits: 0, hits: [], facets: emptyFacets() };

    const q = request.query;
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

    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, HitFields>({
      queries: [hitsQuery, ...facetQueries],
    });
    if (results.length !== facetQueries.length + 1) {
      throw new Error(`Meilisearch answered ${results.length} results to ${facetQueries.length + 1} queries`);
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

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.settle(this.client.index<SearchDocument>(this.indexUid).addDocuments(documents, { primaryKey: 'id' }));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.settle(this.client.index(this.indexUid).deleteDocuments(ids));
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
      // Swapping needs both indexes; on a first rebuild the live one may not exist yet.
      await this.ensureIndex(this.indexUid);
      await this.settle(this.client.swapIndexes([{ indexes: [this.indexUid, fresh], rename: false }]));
      // After the swap, `fresh` holds the old documents.
      await this.settle(this.client.deleteIndex(fresh));
    } catch (error) {
      await this.client.deleteIndexIfExists(fresh).catch(() => undefined);
      throw error;
    }
  }

  async ping(): Promise<void> {
    const health = await this.client.health();
    if (health.status !== 'available') throw new Error(`Meilisearch is ${String(health.status)}`);
  }

  /** Creates the index with primary key 'id' unless it exists (also when another instance just created it). */
  private async ensureIndex(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
      return;
    } catch (error) {
      if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error;
    }
    const task = await this.waitFor(this.client.createIndex(uid, { primaryKey: 'id' }));
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') throw new MeilisearchTaskError(task);
  }

  /** Waits for an enqueued task and throws unless it succeeded. */
  private async settle(enqueued: Promise<EnqueuedTask>): Promise<Task> {
    const task = await this.waitFor(enqueued);
    if (task.status !== 'succeeded') throw new MeilisearchTaskError(task);
    return task;
  }

  private async waitFor(enqueued: Promise<EnqueuedTask>): Promise<Task> {
    return this.client.tasks.waitForTask(await enqueued, this.waitOptions);
  }
}

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
