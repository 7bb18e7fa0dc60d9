// The embedded default search engine: PostgreSQL full-text search with Norwegian stemming, æ/ø/å
// folded by unaccent, pg_trgm for typos and compound words, title/summary/body weighted A/B/C.
// Filters, ratings and adoption counts are read live from the practice table; the outbox keeps
// practice_search (the text vectors and adopting regions) in step.
import type { MikroORM } from '@mikro-orm/postgresql';
import { sql, type RawBuilder } from 'kysely';
import { createHash } from 'node:crypto';
import { ACTIVE_ADOPTION_STATUSES } from '../../adoptions/adoption-status.js';
import type { Db } from '../../db/read-db.js';
import { mayIncludeNeverPublished } from '../../practices/practice.policy.js';
import { visibleWithStatuses } from '../../practices/practices.queries.js';
import {
  FACET_NAMES,
  markMatches,
  orderFacet,
  SearchSort,
  type FacetName,
  type SearchDocument,
  type SearchIndex,
  type SearchRequest,
  type SearchResponse,
} from '../search.types.js';
import { withoutMatchMarkers } from '../search-documents.js';
import { SearchMiss } from '../search-miss.entity.js';
import { pageOf, type MatchSet } from './match-set.js';
import { RatingBoard } from './rating-board.js';
import { SearchResultCache } from './search-result-cache.js';
import { acceptedCandidates, operand, phrase, unitsOf, type QueryUnit, type Weight } from './query-terms.js';

type Sql = RawBuilder<unknown>;

const ORDER: Record<SearchSort, Sql> = {
  [SearchSort.RELEVANCE]: sql`tier desc, rating_average desc, adoption_count desc, id`,
  [SearchSort.RATING]: sql`rating_average desc, adoption_count desc, id`,
  [SearchSort.ADOPTIONS]: sql`adoption_count desc, rating_average desc, id`,
  [SearchSort.NEWEST]: sql`created_at desc, id`,
};

/** Index rows from documents passed as one JSON parameter: stems weighted A/B/C, and plain words. */
const insertDocuments = (documents: (SearchDocument & { textHash: string })[]) => sql`
  insert into practice_search (practice_id, vector, words, region_codes, text_hash)
  select d.id,
    setweight(to_tsvector('praksis_nb', d.title), 'A') || setweight(to_tsvector('praksis_nb', d.summary), 'B')
      || setweight(to_tsvector('praksis_nb', d.body), 'C'),
    to_tsvector('praksis_words', d.title || ' ' || d.summary || ' ' || d.body),
    d."regionCodes", d."textHash"
  from jsonb_to_recordset(${JSON.stringify(documents)}::jsonb) as d(id uuid, title text, summary text, body text, "regionCodes" text[], "textHash" text)`;

const TIERS: readonly [Weight, number][] = [
  ['A', 4],
  ['B', 2],
  ['C', 1],
];

const HEADLINE_OPTIONS = sql`'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true'`;

/** The text with the query's matches between the match markers; markers the text itself holds are dropped first. */
const headline = (text: Sql, query: Sql | undefined) => {
  const plain = withoutMatchMarkers(text);
  return query ? sql`ts_headline('praksis_nb', ${plain}, ${query}, ${HEADLINE_OPTIONS})` : plain;
};

interface CandidateRow {
  term: string;
  plain: string;
  stem: string;
  candidates: string[];
}

interface ResultRow {
  total: number;
  hits: { id: string; title: string; summary: string }[];
  themes: [string, number][];
  target_groups: [string, number][];
  evidence_levels: [string, number][];
  regions: [string, number][];
}

interface MatchSetRow {
  total: number;
  ids: string[] | null;
  tiers: number[] | null;
  adoptions: number[] | null;
  created: number[] | null;
  ratings: number[] | null;
  themes: [string, number][];
  target_groups: [string, number][];
  evidence_levels: [string, number][];
  regions: [string, number][];
}

export interface PostgresSearchIndexOptions {
  /** Answers to keep for repeated searches (see SearchResultCache); 0 or absent: none. */
  cacheEntries?: number;
  log?: (message: string) => void;
}

/** The matches all cached answers may hold together (a match costs some 20 bytes). */
const CACHED_MATCHES_MAX = 2_000_000;

/** A cached answer: the matches, and the query to highlight them with. */
type CachedSearch = MatchSet & { query?: (weight?: Weight) => Sql };

export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres' as const;
  private readonly cache?: SearchResultCache<CachedSearch>;
  private readonly ratings?: RatingBoard;
  private watchingCommits = false;

  private readonly orm: MikroORM;
  private readonly db: Db;

  constructor(database: { orm: MikroORM; db: Db }, options: PostgresSearchIndexOptions = {}) {
    this.orm = database.orm;
    this.db = database.db;
    if (options.cacheEntries) {
      this.cache = new SearchResultCache({
        databaseUrl: this.orm.config.get('clientUrl')!,
        maxEntries: options.cacheEntries,
        maxSize: CACHED_MATCHES_MAX,
        sizeOf: (answer) => answer.ids.length,
        log: options.log,
      });
      this.ratings = new RatingBoard(this.db, options.log);
    }
  }

  private async execute<T>(query: RawBuilder<T>): Promise<T[]> {
    return (await query.execute(this.db)).rows;
  }

  async prepare(): Promise<void> {
    // Everything the engine needs is created by migrations; the vocabulary may still be empty.
    if (!(await this.vocabularyPopulated())) await this.refreshVocabulary();
    if (this.cache && !this.watchingCommits) {
      this.watchingCommits = true;
      const cache = this.cache;
      // Our own commits empty the cache before their request answers, without waiting for the
      // notification; a search that found nothing only records the miss, which changes no answer.
      this.orm.em.getEventManager().registerSubscriber({
        afterTransactionCommit: ({ uow }) => {
          const changes = uow?.getChangeSets() ?? [];
          if (changes.length === 0 || changes.some((change) => change.meta.className !== SearchMiss.name)) cache.invalidate();
        },
      });
      await this.cache.start();
      await this.ratings?.start();
    }
  }

  ratingsChanged(practiceId: string, average: number): void {
    this.ratings?.set(practiceId, average);
  }

  async close(): Promise<void> {
    await this.ratings?.stop();
    await this.cache?.stop();
  }

  private async vocabularyPopulated(): Promise<boolean> {
    const [row] = await this.execute(sql<{ populated: boolean }>`select ispopulated as populated from pg_matviews where matviewname = 'search_vocabulary'`);
    if (!row) throw new Error('search_vocabulary is missing: have the migrations run?');
    return row.populated;
  }

  async ping(): Promise<void> {
    await this.execute(sql`select 1`);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const known = await this.execute(
      sql<{ practice_id: string; text_hash: string; region_codes: string[] }>`
        select practice_id, text_hash, region_codes from practice_search where practice_id = any(${documents.map((doc) => doc.id)}::uuid[])`,
    );
    const indexed = new Map(known.map((row) => [row.practice_id, row]));
    // What this engine keeps of a document is its text and its adopting regions; the rest (ratings,
    // adoption counts, status) is read live from the practice. Unchanged rows are not written, so a
    // rating does not tell every app instance to forget its cached answers.
    const rows = documents
      .map((doc) => ({ ...doc, textHash: textHash(doc) }))
      .filter((row) => {
        const before = indexed.get(row.id);
        return !before || before.text_hash !== row.textHash || before.region_codes.join() !== row.regionCodes.join();
      });
    if (rows.length === 0) return;
    await this.execute(sql`${insertDocuments(rows)}
      on conflict (practice_id) do update set vector = excluded.vector, words = excluded.words,
        region_codes = excluded.region_codes, text_hash = excluded.text_hash, indexed_at = now()`);
    // The vocabulary (for typos and compounds) only changes when some text did.
    if (rows.some((row) => indexed.get(row.id)?.text_hash !== row.textHash)) await this.refreshVocabulary();
    this.cache?.invalidate();
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.execute(sql`delete from practice_search where practice_id = any(${ids}::uuid[])`);
    await this.refreshVocabulary();
    this.cache?.invalidate();
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress: (indexed: number) => void): Promise<void> {
    // One transaction: searches see the old index until the new one is complete.
    await this.db.transaction().execute(async (trx) => {
      await sql`delete from practice_search`.execute(trx);
      let indexed = 0;
      for await (const batch of batches) {
        await insertDocuments(batch.map((doc) => ({ ...doc, textHash: textHash(doc) }))).execute(trx);
        indexed += batch.length;
        onProgress(indexed);
      }
      await sql`refresh materialized view search_vocabulary`.execute(trx);
    });
    this.cache?.invalidate();
  }

  private async refreshVocabulary(): Promise<void> {
    // Concurrently: searches go on reading the old vocabulary meanwhile (possible once it has data).
    const concurrently = (await this.vocabularyPopulated()) ? sql`concurrently` : sql``;
    await this.execute(sql`refresh materialized view ${concurrently} search_vocabulary`);
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.cache?.active ? this.searchCached(this.cache, request) : this.searchDatabase(request);
  }

  /** A page cut from the cached matches, ordered with the ratings as they are now. */
  private async searchCached(cache: SearchResultCache<CachedSearch>, request: SearchRequest): Promise<SearchResponse> {
    const key = {
      query: request.query,
      filter: request.filter,
      // Who asks matters only where something may never have been published: else all share one answer.
      drafts: mayIncludeNeverPublished(request.filter.statuses) ? request.drafts : null,
      tiers: request.sort === SearchSort.RELEVANCE,
      facets: request.facets ?? FACET_NAMES,
    };
    const found = await cache.through(key, () => this.matchSet(request));
    this.bringRatingsUpToDate(found);
    const ids = pageOf(found, request.sort, request.page, request.pageSize);
    await this.highlight(found, ids);
    return { totalHits: found.total, hits: ids.map((id) => ({ id, highlight: found.highlights.get(id)! })), facets: found.facets };
  }

  private bringRatingsUpToDate(found: MatchSet): void {
    if (!this.ratings || found.ratingsVersion === this.ratings.version) return;
    for (let i = 0; i < found.ids.length; i++) {
      const average = this.ratings.averageOf(found.ids[i]);
      if (average !== undefined) found.ratings[i] = average;
    }
    found.ratingsVersion = this.ratings.version;
  }

  /** Highlights the hits not highlighted before, in one statement. */
  private async highlight(found: CachedSearch, ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !found.highlights.has(id));
    if (missing.length === 0) return;
    const query = found.query?.();
    const rows = await this.execute(sql<{ id: string; title: string; summary: string }>`
      select p.id, ${headline(sql.ref('p.title'), query)} as title, ${headline(sql.ref('p.summary'), query)} as summary
      from practice p where p.id = any(${missing}::uuid[])`);
    for (const row of rows) found.highlights.set(row.id, { title: markMatches(row.title), summary: markMatches(row.summary) });
  }

  /** Everything the request matches, with what orders it, and its facets: what a cached answer keeps. */
  private async matchSet(request: SearchRequest): Promise<CachedSearch> {
    const { query, matched, where, facets } = await this.parts(request);
    const [row] = await this.execute(sql<MatchSetRow>`
      with matched as materialized (${matched})
      select m.*,
        ${facets}
      from (select count(*)::int as total, array_agg(id::text) as ids, array_agg(tier) as tiers,
              array_agg(adoption_count) as adoptions, array_agg((extract(epoch from created_at) * 1000)::float8) as created,
              array_agg(rating_average) as ratings
            from matched where ${where()}) m`);
    return {
      total: row.total,
      ids: row.ids ?? [],
      tiers: Int8Array.from(row.tiers ?? []),
      adoptions: Int32Array.from(row.adoptions ?? []),
      created: Float64Array.from(row.created ?? []),
      ratings: Float64Array.from(row.ratings ?? []),
      ratingsVersion: -1,
      highlights: new Map(),
      facets: {
        themes: orderFacet(row.themes),
        targetGroups: orderFacet(row.target_groups),
        evidenceLevels: orderFacet(row.evidence_levels),
        regions: orderFacet(row.regions),
      },
      query,
    };
  }

  /** The pieces both kinds of search build their statement from. */
  private async parts(request: SearchRequest) {
    const units = unitsOf(request.query);
    const query = units.length > 0 ? await this.tsqueryFor(units) : undefined;
    const filters = filterConditions(request);
    const counted = new Set(request.facets ?? FACET_NAMES);
    // Title matches rank above summary matches above body matches: the query with its words
    // restricted to one weight is cheaper per row than filtering the vector by weight.
    const tier =
      query && request.sort === SearchSort.RELEVANCE
        ? sql.join(TIERS.map(([weight, points]) => sql`(case when s.vector @@ ${query(weight)} then ${sql.lit(points)} else 0 end)`), sql` + `)
        : sql`0`;
    // What the query finds among what the caller may see.
    const match = sql`${query ? sql`s.vector @@ ${query()}` : sql`true`} and ${visibleWithStatuses(request.filter.statuses, request.drafts)}`;
    const where = (except?: keyof typeof filters) => {
      const conditions = Object.entries(filters)
        .filter(([name]) => name !== except)
        .map(([, condition]) => condition);
      return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
    };
    const facet = (name: FacetName, value: Sql, except: keyof typeof filters) =>
      counted.has(name)
        ? sql`(select coalesce(json_agg(json_build_array(value, n)), '[]') from
             (select ${value} as value, count(*)::int as n from matched where ${where(except)} group by 1) f)`
        : sql`'[]'::json`;
    // Only what filters, facets and sorts need is carried through the matches.
    const matched = sql`
        select p.id, p.themes, p.target_groups, p.evidence_level, s.region_codes,
          p.rating_average, p.adoption_count, p.created_at, ${tier} as tier
        from practice p join practice_search s on s.practice_id = p.id
        where ${match}`;
    const facets = sql`
        ${facet('themes', sql`unnest(themes)`, 'themes')} as themes,
        ${facet('targetGroups', sql`unnest(target_groups)`, 'targetGroups')} as target_groups,
        ${facet('evidenceLevels', sql`evidence_level`, 'evidenceLevels')} as evidence_levels,
        ${facet('regions', sql`unnest(region_codes)`, 'regionCodes')} as regions`;
    return { query, matched, where, facets };
  }

  /** One statement that matches, counts, pages and highlights: a search without the cache. */
  private async searchDatabase(request: SearchRequest): Promise<SearchResponse> {
    const { query, matched, where, facets } = await this.parts(request);
    const highlighted = (column: 'title' | 'summary') => headline(sql.ref(`h.${column}`), query?.());
    const offset = (request.page - 1) * request.pageSize;
    // Only what filters, facets and sorts need is carried through the matches; the page's
    // titles and summaries are read for its rows alone.
    const [row] = await this.execute(sql<ResultRow>`
      with matched as materialized (${matched}),
      page as (
        select * from matched where ${where()}
        order by ${ORDER[request.sort]} limit ${sql.lit(Number(request.pageSize))} offset ${sql.lit(Number(offset))}
      )
      select
        (select count(*) from matched where ${where()})::int as total,
        (select coalesce(json_agg(json_build_object(
            'id', h.id, 'title', ${highlighted('title')}, 'summary', ${highlighted('summary')}
          ) order by ${ORDER[request.sort]}), '[]')
         from (select page.*, p.title, p.summary from page join practice p on p.id = page.id) h) as hits,
        ${facets}`);
    return {
      totalHits: row.total,
      hits: row.hits.map((hit) => ({
        id: hit.id,
        highlight: { title: markMatches(hit.title), summary: markMatches(hit.summary) },
      })),
      facets: {
        themes: orderFacet(row.themes),
        targetGroups: orderFacet(row.target_groups),
        evidenceLevels: orderFacet(row.evidence_levels),
        regions: orderFacet(row.regions),
      },
    };
  }

  /**
   * The tsquery for the typed units: each unit any of its forms, all units required. With a
   * weight, every word must be found with that weight (A title, B summary, C body).
   */
  private async tsqueryFor(units: QueryUnit[]): Promise<(weight?: Weight) => Sql> {
    const singleWords = units.filter((unit) => !unit.text.includes(' ')).map((unit) => unit.text);
    const rows = await this.execute(sql<CandidateRow>`
      select t.term, w.plain, w.stem,
        array(select v.word from search_vocabulary v
              where v.word % w.plain or (w.stem <> '' and v.word % w.stem)
                 or (length(w.plain) >= 5 and v.word like '%' || w.plain || '%')
              limit 200) as candidates
      from unnest(${singleWords}::text[]) as t(term)
      cross join lateral (select unaccent(t.term) as plain,
        coalesce((tsvector_to_array(to_tsvector('praksis_nb', t.term)))[1], '') as stem) w`);
    const expansions = new Map(rows.map((row) => [row.term, row]));
    return (weight) => {
      const parts = units.map((unit) => {
        const found = expansions.get(unit.text);
        const alternatives = [
          unit.text.includes(' ') ? phrase(unit.text, weight) : operand(unit.text, weight),
          ...unit.synonyms.map((synonym) => phrase(synonym, weight)),
          ...(found ? acceptedCandidates(found.plain, found.stem, found.candidates).map((word) => operand(word, weight)) : []),
        ];
        const any = sql`to_tsquery('praksis_nb', ${alternatives.join(' | ')})`;
        if (!unit.prefix) return any;
        return sql`(${any} || to_tsquery('praksis_words', ${operand(unit.text, weight, true)}))`;
      });
      return sql`(${sql.join(parts, sql` && `)})`;
    };
  }
}

function textHash(doc: SearchDocument): string {
  return createHash('sha1').update(`${doc.title}\u0000${doc.summary}\u0000${doc.body}`).digest('hex');
}

type FilterName = 'themes' | 'targetGroups' | 'evidenceLevels' | 'regionCodes' | 'officeNumbers';

/** The facet filters, each a condition on `matched`; a facet's counts leave its own out. */
function filterConditions({ filter }: SearchRequest): Partial<Record<FilterName, Sql>> {
  const conditions: Partial<Record<FilterName, Sql>> = {};
  if (filter.themes?.length) conditions.themes = sql`themes && ${filter.themes}::text[]`;
  if (filter.targetGroups?.length) conditions.targetGroups = sql`target_groups && ${filter.targetGroups}::text[]`;
  if (filter.evidenceLevels?.length) conditions.evidenceLevels = sql`evidence_level = any(${filter.evidenceLevels}::text[])`;
  if (filter.regionCodes?.length) conditions.regionCodes = sql`region_codes && ${filter.regionCodes}::text[]`;
  // Not a facet: no facet's counts leave it out. Read live from the adoptions, as the counts are.
  if (filter.officeNumbers) {
    conditions.officeNumbers = sql`exists (select 1 from adoption a where a.practice_id = matched.id
      and a.office_enhetsnummer = any(${filter.officeNumbers}::text[]) and a.status = any(${ACTIVE_ADOPTION_STATUSES}::text[]))`;
  }
  return conditions;
}
