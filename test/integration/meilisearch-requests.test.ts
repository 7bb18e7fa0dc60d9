// The exact HTTP requests the Meilisearch engine sends, and what it makes of the answers.
//
// Meilisearch itself is replaced by a fake here, because no Meilisearch binary can run on our build
// machines. The fake is a small node:http server that records every request (method, path, headers,
// JSON body) and answers with responses shaped as Meilisearch's documentation shows them: summarized
// task objects for asynchronous routes, task objects from GET /tasks/:uid, index objects, error
// objects, multi-search results. The engine's real behaviour (typos, synonyms, ranking) is covered
// by the shared contract suite whenever MEILI_URL points at a real Meilisearch.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceLevel, PracticeStatus, TargetGroup, Theme } from '../../server/practices/vocabulary.js';
import {
  buildFilter,
  quoteFilterValue,
  visibilityClause,
} from '../../server/search/meilisearch/meilisearch-filter.js';
import { APP_KEY_ACTIONS, DEFAULT_APP_KEY_UID, ensureAppKey } from '../../server/search/meilisearch/app-key.js';
import { MEILISEARCH_SETTINGS, MeilisearchIndex } from '../../server/search/meilisearch/meilisearch-index.js';
import {
  MATCH_END,
  MATCH_START,
  SearchSort,
  type DraftAccess,
  type SearchDocument,
  type SearchRequest,
} from '../../server/search/search.types.js';
import { API_KEY, FakeMeilisearch, apiError, defaultSettings, indexError, searchResult } from '../support/fake-meilisearch.js';
import { freePort } from '../support/ports.js';

// ---------------------------------------------------------------------------------------------
// Fixtures

function doc(id: string, overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    slug: `praksis-${id}`,
    title: `Praksis ${id}`,
    summary: `Sammendrag ${id}`,
    body: 'Beskrivelse',
    themes: [Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    regionCodes: ['03'],
    officeNumbers: ['0301'],
    originRegionCode: '03',
    authorId: null,
    everPublished: true,
    ratingAverage: 4.2,
    ratingCount: 5,
    adoptionCount: 3,
    createdAt: Date.UTC(2024, 0, 15),
    terms: 'praksi sammendrag beskriv',
    ...overrides,
  };
}

const NO_DRAFTS: DraftAccess = { all: false };

/** What MEILISEARCH_SETTINGS leaves the index with: its values, with every null (and nested null) at Meilisearch's default. */
function appliedSettings(): Record<string, unknown> {
  const defaults = defaultSettings();
  return Object.fromEntries(
    Object.entries(JSON.parse(JSON.stringify(MEILISEARCH_SETTINGS)) as Record<string, any>).map(([key, value]) => {
      if (value === null) return [key, defaults[key]];
      if (typeof value === 'object' && !Array.isArray(value) && key !== 'synonyms') {
        return [key, { ...defaults[key], ...Object.fromEntries(Object.entries(value).map(([sub, v]) => [sub, v === null ? defaults[key][sub] : v])) }];
      }
      return [key, value];
    }),
  );
}

/** The live settings of the keys the app manages. */
function managedSettings(live: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(MEILISEARCH_SETTINGS).map((key) => [key, live[key]]));
}

function searchRequest(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return {
    query: 'ips',
    filter: { statuses: [PracticeStatus.PUBLISHED] },
    drafts: NO_DRAFTS,
    sort: SearchSort.RELEVANCE,
    page: 1,
    pageSize: 20,
    ...overrides,
  };
}

async function* batchesOf(...batches: SearchDocument[][]): AsyncIterable<SearchDocument[]> {
  for (const batch of batches) yield batch;
}

/**
 * Reads a filter expression as Meilisearch's parser does: double-quoted strings (where `\"` is `"`
 * and `\\` is `\`) and the bare words and punctuation between them.
 */
function readFilter(expression: string): { strings: string[]; words: string[] } {
  const strings: string[] = [];
  const words: string[] = [];
  let i = 0;
  while (i < expression.length) {
    const char = expression[i];
    if (char === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= expression.length) throw new Error(`Unterminated string in ${expression}`);
        const c = expression[i];
        if (c === '\\' && (expression[i + 1] === '"' || expression[i + 1] === '\\')) {
          value += expression[i + 1];
          i += 2;
        } else if (c === '\\') {
          throw new Error(`Stray backslash in ${expression}`);
        } else if (c === '"') {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      strings.push(value);
    } else if (/\s/.test(char)) {
      i++;
    } else if ('()[],'.includes(char)) {
      words.push(char);
      i++;
    } else {
      let word = '';
      while (i < expression.length && !/[\s"()[\],]/.test(expression[i])) word += expression[i++];
      words.push(word);
    }
  }
  return { strings, words };
}

const FILTER_GRAMMAR = new Set([
  '(', ')', '[', ']', ',', '=', 'IN', 'OR', 'AND',
  'themes', 'targetGroups', 'evidenceLevel', 'status', 'regionCodes', 'originRegionCode', 'authorId', 'everPublished',
]);

// ---------------------------------------------------------------------------------------------

describe('Meilisearch engine: the requests it sends', () => {
  const fake = new FakeMeilisearch();
  let index: MeilisearchIndex;

  beforeAll(async () => {
    await fake.start();
    index = new MeilisearchIndex({ url: fake.url, apiKey: API_KEY, taskPollIntervalMs: 2 });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.stop());

  describe('prepare()', () => {
    it('creates the missing index with primary key id and applies every setting, waiting for each task', async () => {
      await index.prepare();

      expect(fake.calls()).toEqual(['GET /indexes/practices', 'POST /indexes', 'PATCH /indexes/practices/settings']);
      expect(fake.find('POST', '/indexes')[0].body).toEqual({ uid: 'practices', primaryKey: 'id' });

      const settings = fake.find('PATCH', '/indexes/practices/settings')[0].body;
      expect(settings.searchableAttributes).toEqual(['title', 'summary', 'body', 'terms']);
      expect([...settings.filterableAttributes].sort()).toEqual(
        ['authorId', 'everPublished', 'evidenceLevel', 'officeNumbers', 'originRegionCode', 'regionCodes', 'status', 'targetGroups', 'themes'],
      );
      expect([...settings.sortableAttributes].sort()).toEqual(['adoptionCount', 'createdAt', 'ratingAverage']);
      expect(settings.rankingRules).toEqual([
        'sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'ratingAverage:desc', 'adoptionCount:desc',
      ]);
      expect(settings.typoTolerance).toEqual({
        enabled: true,
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
        disableOnWords: null,
        disableOnAttributes: null,
        disableOnNumbers: null,
      });
      // Every key is sent: null resets to the default what the app leaves there.
      expect(settings).toMatchObject({ stopWords: null, distinctAttribute: null, displayedAttributes: null, dictionary: null });
      expect(settings.pagination.maxTotalHits).toBeGreaterThanOrEqual(10_000);
      expect(settings.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: null });

      // A search for IPS finds individuell jobbstøtte, and the other way round.
      expect(settings.synonyms.ips).toEqual(expect.arrayContaining(['individuell jobbstøtte', 'supported employment']));
      expect(settings.synonyms['individuell jobbstøtte']).toEqual(expect.arrayContaining(['ips', 'supported employment']));
      expect(settings.synonyms.kvp).toContain('kvalifiseringsprogrammet');
      expect(settings.synonyms.ips).not.toContain('ips');

      // Each task was polled until it finished: the index is ready when prepare() resolves.
      expect(fake.requests.some((r) => r.path === '/tasks/0')).toBe(true);
      expect([fake.taskStatus(0), fake.taskStatus(1)]).toEqual(['succeeded', 'succeeded']);
      expect(managedSettings(fake.settingsOf('practices')!)).toEqual(appliedSettings());
    });

    it('is safe at every start: the second call creates nothing and sends the very same settings', async () => {
      await index.prepare();
      await index.prepare();

      expect(fake.find('POST', '/indexes')).toHaveLength(1);
      const [first, second] = fake.find('PATCH', '/indexes/practices/settings').map((r) => r.body);
      expect(second).toEqual(first);
      expect(second).toEqual(JSON.parse(JSON.stringify(MEILISEARCH_SETTINGS)));
    });

    it('tolerates another app instance creating the index at the same moment', async () => {
      fake.failTask = (request) =>
        request.path === '/indexes' ? indexError('index_already_exists', 'Index `practices` already exists.') : undefined;
      await expect(index.prepare()).resolves.toBeUndefined();
      expect(fake.find('PATCH', '/indexes/practices/settings')).toHaveLength(1);
    });

    it('fails, with Meilisearch\'s reason, when the settings task fails', async () => {
      fake.failTask = (request) => (request.method === 'PATCH' ? apiError('internal', 'An internal error has occurred. `No space left on device`.') : undefined);
      await expect(index.prepare()).rejects.toThrow(/settingsUpdate.*failed.*No space left/);
    });

    it('applies the settings as a whole: keys set by hand or no longer set by the app go back to their defaults', async () => {
      await index.prepare();
      fake.setSettings('practices', {
        stopWords: ['og', 'i'],
        distinctAttribute: 'slug',
        searchableAttributes: ['title'],
        typoTolerance: { disableOnWords: ['ips'] },
        faceting: { sortFacetValuesBy: { themes: 'count' } },
      });
      await index.prepare();

      const live = fake.settingsOf('practices')!;
      expect(live.stopWords).toEqual([]);
      expect(live.distinctAttribute).toBeNull();
      expect(live.searchableAttributes).toEqual(['title', 'summary', 'body', 'terms']);
      expect(live.typoTolerance.disableOnWords).toEqual([]);
      expect(live.faceting.sortFacetValuesBy).toEqual({ '*': 'alpha' });
      expect(managedSettings(live)).toEqual(appliedSettings());
    });
  });

  it('sends the API key as a bearer token with every request', async () => {
    await index.prepare();
    await index.upsert([doc('a')]);
    await index.search(searchRequest());
    await index.ping();

    expect(fake.requests.length).toBeGreaterThan(5);
    for (const request of fake.requests) expect(request.headers.authorization, request.path).toBe(`Bearer ${API_KEY}`);
  });

  describe('upsert() and remove()', () => {
    it('adds or replaces whole documents and resolves once Meilisearch has indexed them', async () => {
      const documents = [doc('a', { title: 'IPS i Drammen' }), doc('b', { authorId: 'user-1', status: PracticeStatus.DRAFT })];
      await index.upsert(documents);

      const [request] = fake.find('POST', '/indexes/practices/documents');
      expect(request.body).toEqual(documents);
      expect(request.headers['content-type']).toBe('application/json');
      expect(fake.requests.at(-1)!.path).toBe('/tasks/0');
      expect([...fake.documents('practices')!.keys()]).toEqual(['a', 'b']);
    });

    it('throws when Meilisearch fails to index the documents, so the outbox retries', async () => {
      fake.failTask = () => indexError('invalid_document_fields', 'The `createdAt` field is invalid.');
      await expect(index.upsert([doc('a')])).rejects.toThrow(/documentAdditionOrUpdate.*failed.*createdAt/);
    });

    it('sends nothing for an empty batch', async () => {
      await index.upsert([]);
      await index.remove([]);
      expect(fake.requests).toEqual([]);
    });

    it('deletes documents by id', async () => {
      await index.upsert([doc('a'), doc('b'), doc('c')]);
      await index.remove(['a', 'c']);
      expect(fake.find('POST', '/indexes/practices/documents/delete-batch')[0].body).toEqual(['a', 'c']);
      expect([...fake.documents('practices')!.keys()]).toEqual(['b']);
    });
  });

  describe('search()', () => {
    // The live index with its settings, as prepare() leaves it; the requests are what searching adds.
    beforeEach(async () => {
      await index.prepare();
      fake.requests.length = 0;
    });

    const filtered = searchRequest({
      query: 'jobbstøtte',
      filter: {
        statuses: [PracticeStatus.PUBLISHED],
        themes: [Theme.WORK_INCLUSION, Theme.MENTAL_HEALTH],
        targetGroups: [TargetGroup.YOUTH],
        evidenceLevels: [EvidenceLevel.EVALUATED, EvidenceLevel.RESEARCH_BASED],
        regionCodes: ['03', '46'],
      },
    });
    const STATUS = 'status IN ["PUBLISHED"]';
    const THEMES = 'themes IN ["WORK_INCLUSION", "MENTAL_HEALTH"]';
    const GROUPS = 'targetGroups IN ["YOUTH"]';
    const LEVELS = 'evidenceLevel IN ["EVALUATED", "RESEARCH_BASED"]';
    const REGIONS = 'regionCodes IN ["03", "46"]';

    it('asks once: the hits and one query per facet, each facet counted without its own filter', async () => {
      await index.search(filtered);

      expect(fake.calls()).toEqual(['POST /multi-search']);
      const { queries } = fake.requests[0].body;
      expect(queries).toHaveLength(5);
      expect(queries[0]).toEqual({
        indexUid: 'practices',
        q: 'jobbstøtte',
        matchingStrategy: 'all',
        filter: [STATUS, THEMES, GROUPS, LEVELS, REGIONS],
        page: 1,
        hitsPerPage: 20,
        attributesToRetrieve: ['id', 'title', 'summary'],
        attributesToHighlight: ['title', 'summary'],
        highlightPreTag: MATCH_START,
        highlightPostTag: MATCH_END,
      });
      const facetQuery = (facet: string, filter: string[]) => ({
        indexUid: 'practices',
        q: 'jobbstøtte',
        matchingStrategy: 'all',
        filter,
        facets: [facet],
        hitsPerPage: 0,
        attributesToRetrieve: ['id'],
      });
      expect(queries.slice(1)).toEqual([
        facetQuery('themes', [STATUS, GROUPS, LEVELS, REGIONS]),
        facetQuery('targetGroups', [STATUS, THEMES, LEVELS, REGIONS]),
        facetQuery('evidenceLevel', [STATUS, THEMES, GROUPS, REGIONS]),
        facetQuery('regionCodes', [STATUS, THEMES, GROUPS, LEVELS]),
      ]);
    });

    it('lists everything the filter allows for an empty query', async () => {
      await index.search(searchRequest({ query: '' }));
      const { queries } = fake.requests[0].body;
      for (const query of queries) {
        expect(query.q).toBe('');
        expect(query.filter).toEqual([STATUS]);
      }
    });

    it('keeps hostile filter values inside correctly escaped strings', async () => {
      const hostile = ['" OR 1=1', '\\"', 'DRAFT") OR (status = "PUBLISHED'];
      await index.search(
        searchRequest({
          filter: { statuses: [PracticeStatus.PUBLISHED, PracticeStatus.DRAFT], regionCodes: hostile },
          drafts: { all: false, authorId: 'x" OR authorId != "', regionCode: 'a\\' },
        }),
      );

      const [hitsQuery] = fake.requests[0].body.queries;
      expect(hitsQuery.filter).toEqual([
        '(status IN ["PUBLISHED"] OR (status = "DRAFT" AND (authorId = "x\\" OR authorId != \\"" OR originRegionCode = "a\\\\")))',
        'regionCodes IN ["\\" OR 1=1", "\\\\\\"", "DRAFT\\") OR (status = \\"PUBLISHED"]',
      ]);
      // Read as Meilisearch reads it, every value is one string, and no value adds an operator.
      const read = (hitsQuery.filter as string[]).map(readFilter);
      expect(read[0].strings).toEqual(['PUBLISHED', 'DRAFT', 'x" OR authorId != "', 'a\\']);
      expect(read[1].strings).toEqual(hostile);
      for (const { words } of read) for (const word of words) expect(FILTER_GRAMMAR).toContain(word);
      expect(read[0].words.filter((w) => w === 'OR')).toHaveLength(2);
    });

    describe('drafts only where the caller may see them', () => {
      const statuses = [PracticeStatus.PUBLISHED, PracticeStatus.ARCHIVED, PracticeStatus.DRAFT];
      const statusFilter = async (drafts: DraftAccess) => {
        fake.requests.length = 0;
        await index.search(searchRequest({ filter: { statuses }, drafts }));
        return fake.requests[0].body.queries.map((query: any) => query.filter[0]);
      };

      it('an author sees published practices, archived ones that were published, and their own drafts, archived or not', async () => {
        const filters = await statusFilter({ all: false, authorId: 'user-7' });
        expect(filters[0]).toBe(
          '(status IN ["PUBLISHED"] OR (status = "ARCHIVED" AND everPublished = "true") OR (status IN ["ARCHIVED", "DRAFT"] AND authorId = "user-7"))',
        );
        // Facet counts see exactly what the hits see.
        expect(new Set(filters).size).toBe(1);
      });

      it('a regional director also sees the drafts from their region', async () => {
        expect((await statusFilter({ all: false, authorId: 'user-8', regionCode: '46' }))[0]).toBe(
          '(status IN ["PUBLISHED"] OR (status = "ARCHIVED" AND everPublished = "true") OR (status IN ["ARCHIVED", "DRAFT"] AND (authorId = "user-8" OR originRegionCode = "46")))',
        );
      });

      it('an admin sees every draft', async () => {
        expect((await statusFilter({ all: true, authorId: 'admin-1' }))[0]).toBe(
          'status IN ["PUBLISHED", "ARCHIVED", "DRAFT"]',
        );
      });

      it('a caseworker without drafts sees none, even when asking for them, nor drafts archived before they were published', async () => {
        expect((await statusFilter({ all: false }))[0]).toBe('(status IN ["PUBLISHED"] OR (status = "ARCHIVED" AND everPublished = "true"))');
      });

      it('asking only for drafts one may not see finds nothing, without asking Meilisearch', async () => {
        const response = await index.search(searchRequest({ filter: { statuses: [PracticeStatus.DRAFT] }, drafts: NO_DRAFTS }));
        expect(response).toEqual({ totalHits: 0, hits: [], facets: { themes: [], targetGroups: [], evidenceLevels: [], regions: [] } });
        expect(fake.requests).toEqual([]);
      });

      it('builds the same expressions as pure functions', () => {
        expect(visibilityClause([PracticeStatus.DRAFT], { all: false, regionCode: '03' })).toBe(
          '(status = "DRAFT" AND originRegionCode = "03")',
        );
        expect(visibilityClause([PracticeStatus.PUBLISHED], { all: false, authorId: 'u' })).toBe('status IN ["PUBLISHED"]');
        expect(visibilityClause([PracticeStatus.ARCHIVED], NO_DRAFTS)).toBe('(status = "ARCHIVED" AND everPublished = "true")');
        expect(visibilityClause([PracticeStatus.ARCHIVED], { all: false, regionCode: '03' })).toBe(
          '((status = "ARCHIVED" AND everPublished = "true") OR (status = "ARCHIVED" AND originRegionCode = "03"))',
        );
        expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
        expect(buildFilter({ statuses: [PracticeStatus.PUBLISHED], themes: [Theme.HOUSING] }, NO_DRAFTS, 'themes')).toEqual([
          'status IN ["PUBLISHED"]',
        ]);
      });
    });

    it('sorts as the caller chose; relevance leaves ties to rating, then adoptions', async () => {
      const expected: [SearchSort, string[] | undefined][] = [
        [SearchSort.RELEVANCE, undefined],
        [SearchSort.RATING, ['ratingAverage:desc', 'adoptionCount:desc']],
        [SearchSort.ADOPTIONS, ['adoptionCount:desc', 'ratingAverage:desc']],
        [SearchSort.NEWEST, ['createdAt:desc']],
      ];
      for (const [sort, sortParam] of expected) {
        fake.requests.length = 0;
        await index.search(searchRequest({ sort }));
        const [hitsQuery] = fake.requests[0].body.queries;
        expect(hitsQuery.sort, sort).toEqual(sortParam);
        expect('sort' in hitsQuery, sort).toBe(sortParam !== undefined);
      }
    });

    it('asks for the requested page and reports the total number of hits', async () => {
      fake.answerQuery = (query, i) =>
        i === 0 ? searchResult(query, { totalHits: 47, hits: [{ id: 'p15', title: 'T', summary: 'S' }] }) : searchResult(query);
      const response = await index.search(searchRequest({ page: 3, pageSize: 7 }));

      const [hitsQuery] = fake.requests[0].body.queries;
      expect(hitsQuery).toMatchObject({ page: 3, hitsPerPage: 7 });
      expect(response.totalHits).toBe(47);
      expect(response.hits.map((hit) => hit.id)).toEqual(['p15']);
    });

    it('returns highlights as escaped HTML with the matches in <mark>', async () => {
      fake.answerQuery = (query, i) =>
        i === 0
          ? searchResult(query, {
              totalHits: 2,
              hits: [
                {
                  id: 'p1',
                  title: '<script>alert("x")</script> IPS & co',
                  summary: "Individuell jobbstøtte for unge's behov",
                  _formatted: {
                    id: 'p1',
                    title: `<script>alert("x")</script> ${MATCH_START}IPS${MATCH_END} & co`,
                    summary: `${MATCH_START}Individuell${MATCH_END} ${MATCH_START}jobbstøtte${MATCH_END} for unge's behov`,
                  },
                },
                { id: 'p2', title: 'Uten treff <b>', summary: '', _formatted: { id: 'p2', title: 'Uten treff <b>', summary: '' } },
              ],
            })
          : searchResult(query);
      const response = await index.search(searchRequest());

      expect(response.hits).toEqual([
        {
          id: 'p1',
          highlight: {
            title: '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>IPS</mark> &amp; co',
            summary: '<mark>Individuell</mark> <mark>jobbstøtte</mark> for unge&#39;s behov',
          },
        },
        { id: 'p2', highlight: { title: 'Uten treff &lt;b&gt;', summary: '' } },
      ]);
    });

    it('reports each facet, most first, then by value, without zeros', async () => {
      const distributions: Record<string, Record<string, number>> = {
        themes: { HOUSING: 2, WORK_INCLUSION: 5, EDUCATION: 2, HEALTH: 0 },
        targetGroups: { YOUTH: 1 },
        evidenceLevel: { DOCUMENTED: 3, EVALUATED: 4 },
        regionCodes: { '46': 1, '03': 1, '15': 6 },
      };
      fake.answerQuery = (query, i) =>
        i === 0
          ? searchResult(query, { totalHits: 9 })
          : searchResult(query, { totalHits: 9, facetDistribution: { [query.facets[0]]: distributions[query.facets[0]] } });
      const response = await index.search(filtered);

      expect(response.facets).toEqual({
        themes: [
          { value: 'WORK_INCLUSION', count: 5 },
          { value: 'EDUCATION', count: 2 },
          { value: 'HOUSING', count: 2 },
        ],
        targetGroups: [{ value: 'YOUTH', count: 1 }],
        evidenceLevels: [
          { value: 'EVALUATED', count: 4 },
          { value: 'DOCUMENTED', count: 3 },
        ],
        regions: [
          { value: '15', count: 6 },
          { value: '03', count: 1 },
          { value: '46', count: 1 },
        ],
      });
    });
  });

  describe('rebuild()', () => {
    it('fills a fresh index, swaps it in, deletes the old one and reports progress', async () => {
      await index.prepare();
      await index.upsert([doc('stale'), doc('a', { title: 'Gammel tittel' })]);
      fake.requests.length = 0;

      const progress: number[] = [];
      await index.rebuild(batchesOf([doc('a'), doc('b')], [], [doc('c')]), (indexed) => progress.push(indexed));

      const fresh = fake.find('POST', '/indexes')[0].body.uid as string;
      expect(fresh).toMatch(/^practices_rebuild_\d+$/);
      expect(fake.calls()).toEqual([
        'POST /indexes',
        `PATCH /indexes/${fresh}/settings`,
        `POST /indexes/${fresh}/documents`,
        `POST /indexes/${fresh}/documents`,
        'GET /indexes/practices',
        'POST /swap-indexes',
        `DELETE /indexes/${fresh}`,
      ]);
      expect(fake.find('POST', '/indexes')[0].body).toEqual({ uid: fresh, primaryKey: 'id' });
      expect(fake.find('PATCH', `/indexes/${fresh}/settings`)[0].body).toEqual(JSON.parse(JSON.stringify(MEILISEARCH_SETTINGS)));
      expect(fake.find('POST', '/swap-indexes')[0].body).toEqual([{ indexes: ['practices', fresh], rename: false }]);
      expect(progress).toEqual([2, 3]);

      // What searchers now see: exactly the rebuilt documents, with the live index's settings.
      expect(fake.indexUids()).toEqual(['practices']);
      expect([...fake.documents('practices')!.keys()]).toEqual(['a', 'b', 'c']);
      expect(fake.documents('practices')!.get('a')!.title).toBe('Praksis a');
      expect(managedSettings(fake.settingsOf('practices')!)).toEqual(appliedSettings());
    });

    it('on a first run renames the fresh index to the live name (index swap with rename, Meilisearch 1.18)', async () => {
      await index.rebuild(batchesOf([doc('a')]), () => {});
      const fresh = fake.find('POST', '/indexes')[0].body.uid as string;
      expect(fake.find('POST', '/indexes').map((r) => r.body.uid)).toEqual([expect.stringMatching(/_rebuild_/)]);
      expect(fake.find('POST', '/swap-indexes')[0].body).toEqual([{ indexes: [fresh, 'practices'], rename: true }]);
      expect(fake.indexUids()).toEqual(['practices']);
      expect([...fake.documents('practices')!.keys()]).toEqual(['a']);
      expect(managedSettings(fake.settingsOf('practices')!)).toEqual(appliedSettings());
    });

    it('leaves the live index untouched and removes the half-built one when indexing fails', async () => {
      await index.prepare();
      await index.upsert([doc('live')]);
      let batches = 0;
      fake.failTask = (request) =>
        request.path.endsWith('/documents') && request.path.includes('_rebuild_') && ++batches === 2
          ? indexError('invalid_document_id', 'Document identifier `?` is invalid.')
          : undefined;
      const progress: number[] = [];

      await expect(
        index.rebuild(batchesOf([doc('a')], [doc('b')], [doc('c')]), (indexed) => progress.push(indexed)),
      ).rejects.toThrow(/Document identifier/);

      expect(progress).toEqual([1]);
      expect(fake.find('POST', '/swap-indexes')).toEqual([]);
      const fresh = fake.find('POST', '/indexes').map((r) => r.body.uid).find((uid: string) => uid.includes('_rebuild_'));
      expect(fake.calls().at(-1)).toBe(`DELETE /indexes/${fresh}`);
      expect(fake.indexUids()).toEqual(['practices']);
      expect([...fake.documents('practices')!.keys()]).toEqual(['live']);
    });

    it('removes the half-built index when reading the documents fails', async () => {
      async function* failing(): AsyncIterable<SearchDocument[]> {
        yield [doc('a')];
        throw new Error('database went away');
      }
      await expect(index.rebuild(failing(), () => {})).rejects.toThrow('database went away');
      expect(fake.find('POST', '/swap-indexes')).toEqual([]);
      expect(fake.indexUids()).toEqual([]);
    });
  });

  it('ping() succeeds against a healthy engine', async () => {
    await expect(index.ping()).resolves.toBeUndefined();
    expect(fake.calls()).toEqual(['GET /health']);
  });
});

describe('Meilisearch engine: an index that lost its settings or itself', () => {
  const fake = new FakeMeilisearch();
  let index: MeilisearchIndex;

  beforeAll(async () => {
    await fake.start();
    index = new MeilisearchIndex({ url: fake.url, apiKey: API_KEY, taskPollIntervalMs: 2, reprepareAfterMs: 0 });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.stop());

  it('a search on an index a document addition created (default settings) applies the settings once and asks again', async () => {
    // prepare() never ran (Meilisearch was down at start); the outbox then added a document.
    await index.upsert([doc('a')]);
    expect(managedSettings(fake.settingsOf('practices')!)).not.toEqual(appliedSettings());
    fake.requests.length = 0;

    const response = await index.search(searchRequest({ filter: { statuses: [PracticeStatus.PUBLISHED], themes: [Theme.HOUSING] } }));

    expect(response.totalHits).toBe(0);
    expect(fake.calls()).toEqual(['POST /multi-search', 'GET /indexes/practices', 'PATCH /indexes/practices/settings', 'POST /multi-search']);
    expect(managedSettings(fake.settingsOf('practices')!)).toEqual(appliedSettings());
  });

  it('a search after Meilisearch lost the index creates it, applies the settings and asks again', async () => {
    await index.prepare();
    fake.loseData();
    fake.requests.length = 0;

    await index.search(searchRequest());

    expect(fake.calls()).toEqual(['POST /multi-search', 'GET /indexes/practices', 'POST /indexes', 'PATCH /indexes/practices/settings', 'POST /multi-search']);
    expect(fake.indexUids()).toEqual(['practices']);
  });

  it('gives up after one new attempt, with Meilisearch\'s reason', async () => {
    await index.prepare();
    // Settings that keep refusing the filter (as an index whose settings task keeps failing).
    fake.failTask = (request) => (request.method === 'PATCH' ? apiError('internal', 'disk full') : undefined);
    fake.setSettings('practices', { filterableAttributes: [] });
    await expect(index.search(searchRequest())).rejects.toThrow(/settingsUpdate.*failed.*disk full/);
    expect(fake.find('POST', '/multi-search')).toHaveLength(1);
  });

  it('does not apply the settings again when a search fails right after they were applied: the request itself is wrong', async () => {
    const careful = new MeilisearchIndex({ url: fake.url, apiKey: API_KEY, taskPollIntervalMs: 2 });
    await careful.prepare();
    fake.setSettings('practices', { filterableAttributes: [] });
    fake.requests.length = 0;
    await expect(careful.search(searchRequest())).rejects.toMatchObject({ cause: { code: 'invalid_search_filter' } });
    expect(fake.calls()).toEqual(['POST /multi-search']);
  });

  it('counts the documents of the live index, 0 when it is missing', async () => {
    expect(await index.documentCount()).toBe(0);
    await index.upsert([doc('a'), doc('b')]);
    expect(await index.documentCount()).toBe(2);
  });
});

describe('Meilisearch engine: tasks as the outbox sees them', () => {
  const fake = new FakeMeilisearch();
  let index: MeilisearchIndex;

  beforeAll(async () => {
    await fake.start();
    index = new MeilisearchIndex({ url: fake.url, apiKey: API_KEY, taskPollIntervalMs: 2 });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.stop());

  it('a task still queued when the wait ends is pending; later it succeeded', async () => {
    await index.prepare();
    fake.pause();
    const uid = await index.enqueueUpsert([doc('a')]);
    expect((await index.outcomes([uid], 30)).get(uid)).toEqual({ state: 'pending' });
    fake.resume();
    expect((await index.outcomes([uid], 5_000)).get(uid)).toEqual({ state: 'succeeded' });
  });

  it('a document Meilisearch refuses fails its task for good (invalid_request); an internal error may pass', async () => {
    await index.prepare();
    const refused = await index.enqueueUpsert([doc('bad id')]);
    expect((await index.outcomes([refused], 5_000)).get(refused)).toMatchObject({ state: 'failed', permanent: true, message: expect.stringMatching(/invalid_document_id/) });
    fake.failTask = () => apiError('internal', 'An internal error has occurred.');
    const internal = await index.enqueueUpsert([doc('a')]);
    expect((await index.outcomes([internal], 5_000)).get(internal)).toMatchObject({ state: 'failed', permanent: false });
  });

  it('deleting from a missing index (a batch of deletions only) has nothing to delete: done, not failed', async () => {
    const uid = await index.enqueueRemove(['a', 'b']);
    expect((await index.outcomes([uid], 5_000)).get(uid)).toEqual({ state: 'succeeded' });
    expect(fake.indexUids()).toEqual([]);
  });

  it('a task Meilisearch no longer knows is lost, so the change is sent again', async () => {
    await index.prepare();
    fake.pause();
    const uid = await index.enqueueUpsert([doc('a')]);
    fake.loseData();
    expect((await index.outcomes([uid], 10)).get(uid)).toEqual({ state: 'lost' });
  });
});

describe('Meilisearch engine: the query as lexemes', () => {
  const fake = new FakeMeilisearch();
  // The lexemes PostgreSQL's praksis_nb gives these words (test/integration/search-outbox.test.ts
  // checks the real function against PostgreSQL).
  const LEXEMES: Record<string, string> = { ungdommer: 'ungdomm', for: '', jobbstøtte: 'jobbstott', samarbeid: 'samarbeid', i: '', fo: 'fo' };
  let index: MeilisearchIndex;

  beforeAll(async () => {
    await fake.start();
    index = new MeilisearchIndex({
      url: fake.url,
      apiKey: API_KEY,
      taskPollIntervalMs: 2,
      lexemes: async (words) => new Map(words.map((word) => [word, LEXEMES[word] ?? word])),
    });
    await index.prepare();
  });
  afterAll(() => fake.stop());

  it('sends each word as its lexeme, leaves out stop words, keeps synonyms as typed and the last word a prefix only when typed as one', async () => {
    expect(await index.queryText('Ungdommer')).toBe('ungdomm');
    expect(await index.queryText('jobbstøtte for ungdommer ')).toBe('jobbstott ungdomm ');
    expect(await index.queryText('IPS i samarbeid')).toBe('ips samarbeid');
    expect(await index.queryText('supported employment')).toBe('supported employment ');
    // A stop word still being typed may be the start of another word ("for" → "forsøk").
    expect(await index.queryText('samarbeid for')).toBe('samarbeid for');
    expect(await index.queryText('')).toBe('');
  });

  it('searches with the lexemes in every query of the multi-search', async () => {
    fake.requests.length = 0;
    await index.search(searchRequest({ query: 'ungdommer' }));
    for (const query of fake.requests[0].body.queries) expect(query.q).toBe('ungdomm');
  });
});

describe('Meilisearch engine: with the app\'s own key instead of the master key', () => {
  const fake = new FakeMeilisearch();

  beforeAll(() => fake.start());
  afterEach(() => fake.reset());
  afterAll(() => fake.stop());

  it('creates a key limited to the practices* indexes and the actions the app takes, and keeps it at the next run', async () => {
    const key = await ensureAppKey({ url: fake.url, masterKey: API_KEY });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const [created] = fake.find('POST', '/keys').map((request) => request.body);
    expect(created).toMatchObject({ uid: DEFAULT_APP_KEY_UID, indexes: ['practices*'], expiresAt: null });
    expect([...created.actions].sort()).toEqual([...APP_KEY_ACTIONS].sort());
    expect(created.actions).not.toContain('*');
    expect(await ensureAppKey({ url: fake.url, masterKey: API_KEY })).toBe(key);
    expect(fake.find('POST', '/keys')).toHaveLength(1);
  });

  it('everything the app does works with that key, and nothing outside practices*', async () => {
    fake.requireKeys = true;
    const key = await ensureAppKey({ url: fake.url, masterKey: API_KEY });
    const index = new MeilisearchIndex({ url: fake.url, apiKey: key, taskPollIntervalMs: 2 });
    await index.prepare();
    await index.upsert([doc('a'), doc('b')]);
    await index.remove(['b']);
    await index.search(searchRequest({ filter: { statuses: [PracticeStatus.PUBLISHED], themes: [Theme.HOUSING] }, sort: SearchSort.NEWEST }));
    expect(await index.documentCount()).toBe(1);
    await index.rebuild(batchesOf([doc('c')]), () => {});
    await index.ping();
    expect([...fake.documents('practices')!.keys()]).toEqual(['c']);

    const other = new MeilisearchIndex({ url: fake.url, apiKey: key, indexUid: 'users', taskPollIntervalMs: 2 });
    await expect(other.prepare()).rejects.toMatchObject({ cause: { code: 'invalid_api_key' } });
  });
});

describe('the fake Meilisearch behaves as the server does', () => {
  const fake = new FakeMeilisearch();
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${fake.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const statusesOf = async (uid: number) => {
    const seen: string[] = [];
    for (let i = 0; i < 500 && !['succeeded', 'failed'].includes(seen.at(-1) ?? ''); i++) {
      const { status } = (await call('GET', `/tasks/${uid}`)).body;
      if (seen.at(-1) !== status) seen.push(status);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return seen;
  };

  beforeAll(() => fake.start());
  afterEach(() => fake.reset());
  afterAll(() => fake.stop());

  it('runs a task after enqueuing it: enqueued, processing, then succeeded', async () => {
    fake.taskStepMs = 20;
    const { status, body } = await call('POST', '/indexes/practices/documents?primaryKey=id', [{ id: 'a' }]);
    expect(status).toBe(202);
    expect(body).toMatchObject({ status: 'enqueued', type: 'documentAdditionOrUpdate' });
    expect(fake.documents('practices')).toBeUndefined();
    expect(await statusesOf(body.taskUid)).toEqual(['enqueued', 'processing', 'succeeded']);
    expect([...fake.documents('practices')!.keys()]).toEqual(['a']);
  });

  it('creates a missing index on a document addition, with the default settings', async () => {
    const { body } = await call('POST', '/indexes/practices/documents?primaryKey=id', [{ id: 'a' }]);
    await statusesOf(body.taskUid);
    expect(fake.settingsOf('practices')).toEqual(defaultSettings());
  });

  it('refuses a malformed settings update at once with HTTP 400, enqueuing nothing', async () => {
    const unknownKey = await call('PATCH', '/indexes/practices/settings', { stopWords: [], rankingRule: ['words'] });
    expect(unknownKey).toMatchObject({ status: 400, body: { code: 'bad_request', type: 'invalid_request' } });
    const badRule = await call('PATCH', '/indexes/practices/settings', { rankingRules: ['words', 'rating desc'] });
    expect(badRule).toMatchObject({ status: 400, body: { code: 'invalid_settings_ranking_rules', type: 'invalid_request' } });
    expect(fake.taskStatus(0)).toBeUndefined();
  });

  it('fails a multi-search as a whole when one query filters, sorts or counts an attribute that is not declared, or has a malformed filter', async () => {
    await call('PATCH', '/indexes/practices/settings', { filterableAttributes: ['status'], sortableAttributes: ['createdAt'] });
    await fake.settled();
    const search = (query: Record<string, unknown>) =>
      call('POST', '/multi-search', { queries: [{ indexUid: 'practices', q: '' }, { indexUid: 'practices', q: '', ...query }] });

    expect(await search({ filter: ['status = "PUBLISHED"'], sort: ['createdAt:desc'], facets: ['status'] })).toMatchObject({ status: 200 });
    expect(await search({ filter: ['themes IN ["HOUSING"]'] })).toMatchObject({
      status: 400,
      body: { code: 'invalid_search_filter', type: 'invalid_request', message: expect.stringMatching(/^Inside `\.queries\[1\]`: Index `practices`: Attribute `themes` is not filterable/) },
    });
    expect(await search({ sort: ['ratingAverage:desc'] })).toMatchObject({ status: 400, body: { code: 'invalid_search_sort' } });
    expect(await search({ facets: ['themes'] })).toMatchObject({ status: 400, body: { code: 'invalid_search_facets' } });
    expect(await search({ filter: ['status = "PUBLISHED" OR'] })).toMatchObject({ status: 400, body: { code: 'invalid_search_filter' } });
    expect(await search({ filter: ['status IN ["A", "B"'] })).toMatchObject({ status: 400, body: { code: 'invalid_search_filter' } });
    expect(await call('POST', '/multi-search', { queries: [{ indexUid: 'missing', q: '' }] })).toMatchObject({ status: 404, body: { code: 'index_not_found' } });
  });
});

describe('Meilisearch engine: when the engine is unreachable', () => {
  it('ping() and search() reject at once when nothing listens', { timeout: 3_000 }, async () => {
    const port = await freePort();
    const index = new MeilisearchIndex({ url: `http://127.0.0.1:${port}`, apiKey: API_KEY });
    await expect(index.ping()).rejects.toThrow(/127\.0\.0\.1/);
    await expect(index.search(searchRequest())).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('ping() and search() give up after the request timeout when the engine hangs', { timeout: 3_000 }, async () => {
    const hanging = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = hanging.address() as AddressInfo;
      const index = new MeilisearchIndex({ url: `http://127.0.0.1:${port}`, requestTimeoutMs: 200 });
      await expect(index.ping()).rejects.toMatchObject({ cause: { name: 'MeilisearchRequestTimeOutError' } });
      await expect(index.search(searchRequest())).rejects.toMatchObject({ cause: { name: 'MeilisearchRequestTimeOutError' } });
    } finally {
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });
});
