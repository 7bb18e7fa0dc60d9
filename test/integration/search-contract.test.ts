// The search contract, run against every engine we can start: PostgreSQL always, Meilisearch
// whenever MEILI_URL points at one (`MEILI_URL=http://localhost:7700 MEILI_API_KEY=… npx vitest run
// test/integration/search-contract.test.ts`, Meilisearch 1.18 or later). No Meilisearch can run on
// our build machines, so here it runs on PostgreSQL only; the fake Meilisearch does not match text.
// Both engines give the same answers, except in the cases marked engine-specific, with the reason.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeilisearchIndex } from '../../server/search/meilisearch/meilisearch-index.js';
import { praksisLexemes } from '../../server/search/meilisearch/meilisearch-lexemes.js';
import { editDistance } from '../../server/search/postgres/query-terms.js';
import { loadSearchDocuments } from '../../server/search/search-documents.js';
import { codeOf, startTestApp, type TestApp, type TestAppOptions } from '../support/test-app.js';

const engines: [string, TestAppOptions['searchIndex']][] = [['postgres', undefined]];
if (process.env.MEILI_URL) {
  engines.push([
    'meilisearch',
    (database) =>
      new MeilisearchIndex({
        url: process.env.MEILI_URL!,
        apiKey: process.env.MEILI_API_KEY ?? process.env.MEILI_MASTER_KEY,
        // Under practices*, so the app's own key (MEILI_API_KEY) may use it.
        indexUid: `practices_test_${randomUUID().slice(0, 8)}`,
        lexemes: (words) => praksisLexemes(database.db, words),
      }),
  ]);
}

const SEARCH = `query($query: String!, $filter: PracticeSearchFilter, $sort: SearchSort, $page: Int, $pageSize: Int) {
  searchPractices(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
    engine totalHits page pageSize tookMs
    hits { practice { id slug title createdAt adoptionCount ratingSummary { average } } highlight { title summary } }
    facets { themes { value count } targetGroups { value count } evidenceLevels { value count } regions { value count } }
  }
}`;

describe.each(engines)('search on %s', (engine, searchIndex) => {
  let app: TestApp;
  let caseworker: string;
  let admin: string;
  let tenWords: { id: string; slug: string };

  const search = async (query: string, variables: Record<string, unknown> = {}, token = caseworker) => {
    const result = await app.gql(SEARCH, { query, pageSize: 50, ...variables }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.searchPractices;
  };
  const slugs = async (query: string, variables: Record<string, unknown> = {}) =>
    (await search(query, variables)).hits.map((hit: any) => hit.practice.slug);

  /** Proposes and publishes a practice, and brings the index up to date. */
  async function publish(input: Record<string, unknown>): Promise<{ id: string; slug: string }> {
    const proposed = await app.gql(
      'mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { id slug } }',
      { input: { originOffice: '0602', description: '', ...input } },
      admin,
    );
    if (proposed.errors) throw new Error(JSON.stringify(proposed.errors));
    const { id, slug } = proposed.data.proposePractice;
    await app.gql('mutation($id: ID!) { publishPractice(id: $id) { id } }', { id }, admin);
    await app.searchOutbox.drain();
    return { id, slug };
  }

  beforeAll(async () => {
    app = await startTestApp({ searchIndex });
    caseworker = await app.login('veileder.drammen');
    admin = await app.login('redaktor');
    await publish({
      title: 'Arbeidsgiversamarbeid i distriktene',
      summary: 'Faste kontaktpersoner for bedrifter i små kommuner.',
      themes: ['EMPLOYER_COOPERATION'],
    });
    await publish({
      title: 'Møteplass for ungdom',
      summary: 'Et lavterskeltilbud på biblioteket hver onsdag.',
      targetGroups: ['YOUTH'],
    });
    await publish({
      title: 'Fagdag om rusomsorg',
      summary: 'Kurs for veiledere.',
      description: 'Vi bruker metoden fra Kvalifiseringsprogrammet i oppfølgingen.',
    });
    tenWords = await publish({
      title: 'Individuell jobbstøtte med jobbspesialist',
      summary: 'Arbeidsgivere, veiledere og kontorene i kommunene.',
      description: 'Oppfølgingen følger metoden; tiltaket er kjent.',
    });
  });
  afterAll(() => app.close());

  it(`answers from the ${engine} engine`, async () => {
    const result = await search('');
    expect(result.engine).toBe(engine);
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('finds Individuell jobbstøtte at every keystroke of "jobbstø"', async () => {
    for (let length = 1; length <= 'jobbstø'.length; length++) {
      const typed = 'jobbstø'.slice(0, length);
      expect(await slugs(typed), typed).toContain('individuell-jobbstotte');
    }
  });

  it('tolerates one wrong, missing or swapped letter in a long word', async () => {
    for (const typed of ['jobstøtte', 'jobbstøtta', 'jobbsøttte', 'jobbtsøtte']) {
      expect(await slugs(typed), typed).toContain('individuell-jobbstotte');
    }
    expect(await slugs('kvalifiseringsprogramet')).toContain('kvalifiseringsprogrammet');
  });

  it('understands Norwegian: stemming, æ/ø/å typed plainly, and parts of compound words', async () => {
    // Meilisearch has no Norwegian stemmer: it gets the query as praksis_nb lexemes, and each
    // document's lexemes and word parts in `terms` (see "what Meilisearch is sent" below).
    expect(await slugs('ungdommer')).toContain('moteplass-for-ungdom');
    expect(await slugs('jobbstotte')).toContain('individuell-jobbstotte');
    expect(await slugs('okonomisk radgivning')).toContain('midlertidig-disponering-og-gjeldsradgivning');
    expect(await slugs('samarbeid')).toContain('arbeidsgiversamarbeid-i-distriktene');
  });

  it('knows the synonyms and abbreviations caseworkers type', async () => {
    expect(await slugs('IPS')).toContain('individuell-jobbstotte');
    expect(await slugs('supported employment')).toContain('individuell-jobbstotte');
    expect(await slugs('KVP')).toContain('kvalifiseringsprogrammet');
    expect(await slugs('AAP')).toContain('tettere-oppfolging-av-aap-mottakere');
  });

  it('engine-specific: a first-letter typo costs Meilisearch two typos, PostgreSQL one', async () => {
    // Meilisearch counts a wrong first letter as two typos, and allows one typo in a word of five
    // to eight letters: "yngdom" does not find "ungdom" there. PostgreSQL allows one edit anywhere.
    const found = (await slugs('yngdom')).includes('moteplass-for-ungdom');
    expect(found).toBe(engine === 'postgres');
  });

  it('engine-specific: Meilisearch reads only the first 10 words of a query, PostgreSQL the first 10 units', async () => {
    // PostgreSQL counts a phrase from the synonym list ("supported employment") as one unit, so
    // the nonsense word is its tenth and must match; Meilisearch counts two words, never reads the
    // eleventh, and finds the practice.
    const words = 'supported employment jobbspesialist arbeidsgivere veiledere oppfølgingen kontorene metoden tiltaket kommunene xqzvwk';
    const found = (await slugs(words)).includes(tenWords.slug);
    expect(found).toBe(engine === 'meilisearch');
  });

  it('ranks a title match above a body match', async () => {
    const found = await slugs('kvalifiseringsprogrammet');
    expect(found[0]).toBe('kvalifiseringsprogrammet');
    expect(found).toContain('fagdag-om-rusomsorg');
    expect(found.indexOf('kvalifiseringsprogrammet')).toBeLessThan(found.indexOf('fagdag-om-rusomsorg'));
  });

  it('lists everything published for an empty query, better rated first among equals', async () => {
    const result = await search('');
    const [{ n }] = await app.sql(`select count(*)::int as n from practice where status = 'PUBLISHED'`);
    expect(result.totalHits).toBe(n);
    const averages = result.hits.map((hit: any) => hit.practice.ratingSummary.average ?? 0);
    expect(averages).toEqual([...averages].sort((a, b) => b - a));
  });

  it('sorts by rating, adoptions and newest', async () => {
    const byRating = (await search('', { sort: 'RATING' })).hits.map((h: any) => h.practice.ratingSummary.average ?? 0);
    expect(byRating).toEqual([...byRating].sort((a, b) => b - a));
    const byAdoptions = (await search('', { sort: 'ADOPTIONS' })).hits.map((h: any) => h.practice.adoptionCount);
    expect(byAdoptions).toEqual([...byAdoptions].sort((a, b) => b - a));
    const newest = (await search('', { sort: 'NEWEST' })).hits.map((h: any) => Date.parse(h.practice.createdAt));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it('filters, and counts each facet with every other filter but its own', async () => {
    const filter = { targetGroups: ['YOUTH'], themes: ['ACTIVITY_REQUIREMENTS'] };
    const result = await search('', { filter });
    expect(result.totalHits).toBeGreaterThan(0);
    for (const facet of result.facets.themes) {
      const alone = await search('', { filter: { targetGroups: ['YOUTH'], themes: [facet.value] }, pageSize: 1 });
      expect(facet.count, facet.value).toBe(alone.totalHits);
    }
    expect(result.facets.themes.length).toBeGreaterThan(1);
    for (const facet of result.facets.targetGroups) {
      const alone = await search('', { filter: { targetGroups: [facet.value], themes: ['ACTIVITY_REQUIREMENTS'] }, pageSize: 1 });
      expect(facet.count, facet.value).toBe(alone.totalHits);
    }
    const levels = result.facets.evidenceLevels.reduce((sum: number, f: any) => sum + f.count, 0);
    expect(levels).toBe(result.totalHits);
  });

  it('counts only the facets the query selects, under aliases and fragments too', async () => {
    const full = await search('', { filter: { targetGroups: ['YOUTH'] } });
    const result = await app.gql(
      `query { searchPractices(query: "", filter: { targetGroups: [YOUTH] }, pageSize: 50) {
         totalHits counted: facets { byTheme: themes { value count } } ...Regions }
       }
       fragment Regions on PracticeSearchResult { facets { regions { value count } } }`,
      {},
      caseworker,
    );
    expect(result.errors).toBeUndefined();
    const { totalHits, counted } = result.data.searchPractices;
    expect(totalHits).toBe(full.totalHits);
    expect(counted.byTheme).toEqual(full.facets.themes);
    expect(result.data.searchPractices.facets.regions).toEqual(full.facets.regions);
  });

  it('counts regions by offices piloting or using a practice, and filters by them the same way', async () => {
    const result = await search('');
    const nordland = result.facets.regions.find((f: any) => f.value === '18');
    const [{ n }] = await app.sql(
      `select count(distinct a.practice_id)::int as n from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer
       join practice p on p.id = a.practice_id
       where o.region_code = '18' and a.status in ('PILOTING', 'IN_USE') and p.status = 'PUBLISHED'`,
    );
    expect(nordland.count).toBe(n);
    expect((await search('', { filter: { regionCodes: ['18'] } })).totalHits).toBe(n);
  });

  it('highlights matches in <mark> and escapes everything else', async () => {
    const ips = (await search('jobbstøtte')).hits.find((h: any) => h.practice.slug === 'individuell-jobbstotte');
    expect(ips.highlight.title).toContain('<mark>');
    expect(ips.highlight.title.replace(/<\/?mark>/g, '')).toBe('Individuell jobbstøtte (IPS)');
    await publish({ title: 'Kartlegging <script>alert(1)</script> & oppfølging', summary: 'Om "skjemaer" & <b>verktøy</b>.' });
    const hit = (await search('kartlegging')).hits.find((h: any) => h.practice.title.startsWith('Kartlegging <script>'));
    expect(hit.highlight.title).toBe('<mark>Kartlegging</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; oppfølging');
    expect(hit.highlight.summary).toBe('Om &quot;skjemaer&quot; &amp; &lt;b&gt;verktøy&lt;/b&gt;.');
  });

  it('pages: at most 50 a page, no overlap, and past the end no hits but the right total', async () => {
    const first = await search('', { page: 1, pageSize: 10 });
    const second = await search('', { page: 2, pageSize: 10 });
    const ids = (r: any) => r.hits.map((h: any) => h.practice.id);
    expect(ids(first)).toHaveLength(10);
    expect(ids(second).filter((id: string) => ids(first).includes(id))).toEqual([]);
    const beyond = await search('', { page: 99, pageSize: 10 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.totalHits).toBe(first.totalHits);
    const tooBig = await app.gql(SEARCH, { query: '', pageSize: 51 }, caseworker);
    expect(codeOf(tooBig)).toBe('BAD_USER_INPUT');
    expect(tooBig.errors![0].extensions!.field).toBe('pageSize');
  });

  it('refuses a page past the 100 000th hit (Meilisearch answers nothing beyond maxTotalHits)', async () => {
    const last = await app.gql(SEARCH, { query: '', page: 2000, pageSize: 50 }, caseworker);
    expect(last.errors).toBeUndefined();
    const past = await app.gql(SEARCH, { query: '', page: 2001, pageSize: 50 }, caseworker);
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(past.errors![0].extensions!.field).toBe('page');
  });

  it('shows drafts only to those who may see them, and only when asked for', async () => {
    const draft = await app.gql(
      'mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { slug } }',
      { input: { title: 'Kladd om praksisnettverk', summary: 'Ikke ferdig.', description: '' } },
      caseworker,
    );
    await app.searchOutbox.drain();
    const slug = draft.data.proposePractice.slug;
    expect(await slugs('praksisnettverk')).not.toContain(slug);
    expect(await slugs('praksisnettverk', { filter: { statuses: ['DRAFT'] } })).toContain(slug);
    const other = await app.login('veileder.bodo');
    const forOther = await app.gql(SEARCH, { query: 'praksisnettverk', filter: { statuses: ['DRAFT'] } }, other);
    expect(forOther.data.searchPractices.hits).toEqual([]);
    const director = await app.login('fylkesdirektor.buskerud');
    const forDirector = await app.gql(SEARCH, { query: 'praksisnettverk', filter: { statuses: ['DRAFT'] } }, director);
    expect(forDirector.data.searchPractices.hits.map((h: any) => h.practice.slug)).toContain(slug);
  });

  it('keeps a draft archived before it was published hidden from those who could not see the draft', async () => {
    const proposed = await app.gql(
      'mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { id slug } }',
      { input: { title: 'Hospitering i kladd', summary: 'Aldri publisert.', description: '' } },
      caseworker,
    );
    const never = proposed.data.proposePractice;
    const once = await publish({ title: 'Hospitering hos arbeidsgivere', summary: 'Var i bruk.' });
    for (const { id } of [never, once]) await app.gql('mutation($id: ID!) { archivePractice(id: $id) { id } }', { id }, admin);
    await app.searchOutbox.drain();
    const found = async (token: string) => {
      const result = await search('hospitering', { filter: { statuses: ['PUBLISHED', 'ARCHIVED'] } }, token);
      return { slugs: result.hits.map((hit: any) => hit.practice.slug).sort(), total: result.totalHits, themes: result.facets.themes };
    };
    // The author asks first: an answer kept for them must not be handed to the next caller.
    expect((await found(caseworker)).slugs).toEqual([once.slug, never.slug].sort());
    expect((await found(await app.login('fylkesdirektor.buskerud'))).slugs).toEqual([once.slug, never.slug].sort());
    const other = await found(await app.login('veileder.bodo'));
    expect(other).toMatchObject({ slugs: [once.slug], total: 1 });
    expect(other.themes.reduce((sum: number, facet: any) => sum + facet.count, 0)).toBeLessThanOrEqual(1);
  });

  it('never turns match markers stored in a text into <mark>', async () => {
    const { id } = await publish({ title: 'Markørprøve for søket', summary: 'Vanlig tekst.' });
    await app.sql(
      `update practice set title = 'Markørprøve ' || chr(1) || 'falsk' || chr(2) || ' for søket', summary = chr(1) || 'Vanlig' || chr(2) || ' tekst.' where id = ?`,
      [id],
    );
    await app.sql(`insert into search_outbox (practice_id, reason, enqueued_at, attempts, next_attempt_at) values (?, 'text', now(), 0, now())`, [id]);
    await app.searchOutbox.drain();
    const hit = (await search('markørprøve')).hits.find((h: any) => h.practice.id === id);
    expect(hit.highlight.title).toBe('<mark>Markørprøve</mark> falsk for søket');
    expect(hit.highlight.summary).toBe('Vanlig tekst.');
  });

  it('follows edits once the outbox has drained', async () => {
    const { id } = await publish({ title: 'Frokostmøte for arbeidsgivere', summary: 'Månedlig.' });
    await app.gql('mutation($id: ID!, $input: UpdatePracticeInput!) { updatePractice(id: $id, input: $input) { id } }',
      { id, input: { title: 'Lunsjmøte for arbeidsgivere' } }, admin);
    await app.searchOutbox.drain();
    expect(await slugs('lunsjmøte')).toContain('frokostmote-for-arbeidsgivere');
    expect(await slugs('frokostmøte')).not.toContain('frokostmote-for-arbeidsgivere');
  });

  it('records queries that find nothing, with role and region but never the user', async () => {
    const result = await search('blåbærsyltetøyfabrikk');
    expect(result.totalHits).toBe(0);
    const rows = await app.sql(`select * from search_miss where query = 'blåbærsyltetøyfabrikk'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ role: 'CASEWORKER', region_code: '33' });
    expect(Object.keys(rows[0]).sort()).toEqual(['id', 'query', 'region_code', 'role', 'searched_at']);
  });
});

/**
 * Meilisearch's word matching as its documentation states it, to check what the adapter sends
 * without a Meilisearch: a query word matches a document word that is equal, or (the last query
 * word) starts with it, or is within its typo budget: none below five letters, one from five, two
 * from nine, where a wrong first letter costs two.
 */
function meilisearchMatches(word: string, candidate: string, prefix: boolean): boolean {
  if (candidate === word || (prefix && candidate.startsWith(word))) return true;
  const budget = word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
  const cost = (other: string) => editDistance(word, other) + (other[0] === word[0] ? 0 : 1);
  if (budget > 0 && cost(candidate) <= budget) return true;
  if (!prefix || budget === 0) return false;
  for (let length = Math.max(1, word.length - budget); length <= Math.min(candidate.length, word.length + budget); length++) {
    if (cost(candidate.slice(0, length)) <= budget) return true;
  }
  return false;
}

/** Meilisearch's tokens of a text: lower case, split on what is not a letter or digit, å/æ folded as it folds them. */
const tokensOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replaceAll('æ', 'ae')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

describe('what Meilisearch is sent for the Norwegian cases of the contract', () => {
  let app: TestApp;
  let index: MeilisearchIndex;

  beforeAll(async () => {
    app = await startTestApp();
    // Not connected to anything: only its query text is used, with the lexemes from this PostgreSQL.
    index = new MeilisearchIndex({ url: 'http://127.0.0.1:9', lexemes: (words) => praksisLexemes(app.database.db, words) });
    const admin = await app.login('redaktor');
    for (const title of ['Arbeidsgiversamarbeid i distriktene', 'Møteplass for ungdom']) {
      const proposed = await app.gql('mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { id } }',
        { input: { originOffice: '0602', title, summary: 'Et tilbud.', description: '' } }, admin);
      expect(proposed.errors).toBeUndefined();
    }
  });
  afterAll(() => app.close());

  const documentOf = async (slug: string) => {
    const [{ id }] = await app.sql<{ id: string }>('select id from practice where slug = ?', [slug]);
    const [document] = await loadSearchDocuments(app.database.db, [id], { terms: true });
    return document;
  };

  it.each([
    ['ungdommer', 'moteplass-for-ungdom'],
    ['samarbeid', 'arbeidsgiversamarbeid-i-distriktene'],
    ['jobbstotte', 'individuell-jobbstotte'],
    ['okonomisk radgivning', 'midlertidig-disponering-og-gjeldsradgivning'],
    ['kvalifiseringsprogrammet', 'kvalifiseringsprogrammet'],
  ])('"%s" finds %s: every word of the query Meilisearch gets matches the document\'s words or terms', async (typed, slug) => {
    const document = await documentOf(slug);
    const q = await index.queryText(typed);
    const words = q.split(' ').filter(Boolean);
    const prefix = !q.endsWith(' ');
    const candidates = [...tokensOf(`${document.title} ${document.summary} ${document.body}`), ...document.terms.split(' ')];
    words.forEach((word, i) => {
      expect(candidates.some((candidate) => meilisearchMatches(word, candidate, prefix && i === words.length - 1)), `${word} in ${slug}`).toBe(true);
    });
  });

  it('holds each text\'s praksis_nb lexemes and the parts of its compound words in terms', async () => {
    const terms = (await documentOf('arbeidsgiversamarbeid-i-distriktene')).terms.split(' ');
    expect(terms).toEqual(expect.arrayContaining(['samarbeid', 'arbeidsgiv', 'arbeidsgiversamarbeid', 'distrikt']));
    // A stop word is not a term.
    expect(terms).not.toContain('i');
    expect((await documentOf('moteplass-for-ungdom')).terms.split(' ')).toEqual(expect.arrayContaining(['moteplass', 'ungdom', 'plass']));
  });

  it('sends the lexemes PostgreSQL stems the query words to', async () => {
    expect(await praksisLexemes(app.database.db, ['ungdommer', 'for', 'jobbstøtte'])).toEqual(
      new Map([['ungdommer', 'ungdomm'], ['for', ''], ['jobbstøtte', 'jobbstott']]),
    );
  });
});
