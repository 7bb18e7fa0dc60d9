// The engine-neutral search contract. Both engines (PostgreSQL full-text search, Meilisearch)
// implement SearchIndex and give the same answers to the same contract tests.
import type { DraftAccess } from '../practices/practice.policy.js';
import type { EvidenceLevel, PracticeStatus, TargetGroup, Theme } from '../practices/vocabulary.js';

export type { DraftAccess };

/** What a search engine holds about one practice. */
export interface SearchDocument {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** The description (Markdown) as text to search in. */
  body: string;
  themes: Theme[];
  targetGroups: TargetGroup[];
  evidenceLevel: EvidenceLevel;
  status: PracticeStatus;
  /** Regions with an office that pilots or uses the practice. */
  regionCodes: string[];
  /** Offices (enhetsnummer) that pilot or use the practice: the filter "used by offices like mine". Always set by search-documents.ts. */
  officeNumbers?: string[];
  /** Region of the origin office: directors see drafts from their region. */
  originRegionCode: string;
  /** Who proposed it: authors see their own drafts. */
  authorId: string | null;
  /**
   * False for a draft, and for a draft archived as it was: those are seen only where drafts are
   * (see DraftAccess). An archived practice that was once published stays readable to all.
   */
  everPublished: boolean;
  ratingAverage: number;
  ratingCount: number;
  adoptionCount: number;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /**
   * PostgreSQL's `praksis_nb` lexemes of the title, summary and body, and the parts (five letters or
   * more) of their words, space-separated: stemming and compound words for an engine without a
   * Norwegian stemmer. Built by search-documents.ts.
   */
  terms: string;
}

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  RATING = 'RATING',
  ADOPTIONS = 'ADOPTIONS',
  NEWEST = 'NEWEST',
}

export interface SearchFilter {
  themes?: Theme[];
  targetGroups?: TargetGroup[];
  evidenceLevels?: EvidenceLevel[];
  regionCodes?: string[];
  /** Practices piloted or used by any of these offices (enhetsnummer); an empty list matches nothing. Not a facet. */
  officeNumbers?: string[];
  /** Always set by the service: PUBLISHED unless the caller asked for more. */
  statuses: PracticeStatus[];
}

export interface SearchRequest {
  /** Trimmed; empty lists everything the filter allows. */
  query: string;
  filter: SearchFilter;
  drafts: DraftAccess;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** The facets to count; the others come back empty. All when left out. */
  facets?: readonly FacetName[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  themes: FacetCount[];
  targetGroups: FacetCount[];
  evidenceLevels: FacetCount[];
  regions: FacetCount[];
}

export type FacetName = keyof SearchFacets;
export const FACET_NAMES: readonly FacetName[] = ['themes', 'targetGroups', 'evidenceLevels', 'regions'];

export interface SearchHit {
  id: string;
  /** HTML: matches wrapped in <mark>…</mark>, everything else escaped. */
  highlight: { title: string; summary: string };
}

export interface SearchResponse {
  totalHits: number;
  hits: SearchHit[];
  /**
   * Disjunctive: each facet's counts apply every other facet's filter but not its own. Values
   * with a count of zero are left out; order by count, then value.
   */
  facets: SearchFacets;
}

export type EngineName = 'postgres' | 'meilisearch';

export interface SearchIndex {
  readonly engine: EngineName;
  /** Creates the index and applies its settings; safe to call at every start. */
  prepare(): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Adds or replaces documents. */
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Builds a fresh index from every document and swaps it in. */
  rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress: (indexed: number) => void): Promise<void>;
  /** Throws when the engine cannot be reached. */
  ping(): Promise<void>;
  /** This instance changed a practice's ratings, which order answers; its average is now this. */
  ratingsChanged?(practiceId: string, average: number): void;
  /** Lets go of connections; called once on shutdown. */
  close?(): Promise<void>;
  /** How many documents the live index holds (for engines that keep their own copy). */
  documentCount?(): Promise<number>;
  /** The engine searches the documents' `terms`: they must be computed (see search-documents.ts). */
  readonly usesTerms?: boolean;
  /** Writes that run later, as tasks (Meilisearch): the outbox waits for them a bounded time. */
  readonly tasks?: SearchTaskQueue;
}

/** The state of an engine's task, as far as a writer cares. */
export type SearchTaskOutcome =
  | { state: 'pending' }
  | { state: 'succeeded' }
  | { state: 'failed'; permanent: boolean; message: string }
  /** The engine no longer knows the task (lost its data, or pruned it): send the change again. */
  | { state: 'lost' };

export interface SearchTaskQueue {
  /** Enqueues an addition or replacement of these documents; returns the task's id. */
  enqueueUpsert(documents: SearchDocument[]): Promise<number>;
  /** Enqueues a deletion of these documents; returns the task's id. */
  enqueueRemove(ids: string[]): Promise<number>;
  /** Waits at most waitMs for the tasks to finish; those still queued are `pending`. */
  outcomes(taskIds: number[], waitMs: number): Promise<Map<number, SearchTaskOutcome>>;
}

/**
 * An engine refused a write. Permanent when sending it again cannot help (the request itself is
 * wrong, e.g. a document the engine cannot take); otherwise a later attempt may succeed.
 */
export class SearchWriteError extends Error {
  override name = 'SearchWriteError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Markers the engines put around matches before the text is HTML-escaped. Never in real text: the
 * API refuses control characters in input, and the engines highlight texts with any stray ones
 * dropped (search-documents.ts withoutMatchMarkers).
 */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes HTML, then turns the match markers into <mark> tags. */
export function markMatches(markedText: string): string {
  return markedText
    .replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
    .replaceAll(MATCH_START, '<mark>')
    .replaceAll(MATCH_END, '</mark>');
}

/** Facet counts as the contract orders them: most first, then by value; zeros left out. */
export function orderFacet(counts: Iterable<[string, number]>): FacetCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
