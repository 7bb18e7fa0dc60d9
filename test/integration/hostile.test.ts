// Hostile and malformed requests each get a clean 4xx, and the server stays healthy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { codeOf, startTestApp, useTestApp, type TestApp } from '../support/test-app.js';

describe('hostile requests', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    token = await app.tokenFor({ subject: 'hostile', name: 'H', role: Role.CASEWORKER });
  });
  afterAll(() => app.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body,
    });

  const stillHealthy = async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await app.gql('{ me { name } }', {}, token)).data.me.name).toBe('H');
  };

  it('refuses each with a 4xx and goes on serving', async () => {
    const cases: [string, Promise<Response>][] = [
      ['depth 100', post(JSON.stringify({ query: `{ ${'region(code: "33") { offices { region { '.repeat(50)}code${' } } }'.repeat(50)} }` }))],
      ['10,000 aliases', post(JSON.stringify({ query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }))],
      ['a 5 MB string', post(JSON.stringify({ query: 'query($q: String!) { searchPractices(query: $q) { totalHits } }', variables: { q: 'x'.repeat(5 * 1024 * 1024) } }))],
      ['invalid JSON', post('{"query": "{ me { name } ')],
      ['wrong variable type', post(JSON.stringify({ query: 'query($n: Int) { practices(first: $n) { totalCount } }', variables: { n: 'ten' } }))],
      ['an unknown operation', post(JSON.stringify({ query: 'query A { me { name } }', operationName: 'B' }))],
      ['a batched array', post(JSON.stringify([{ query: '{ me { name } }' }, { query: '{ me { name } }' }]))],
      ['a mutation over GET', fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { deleteMyRating(practiceId: "00000000-0000-4000-8000-000000000000") { id } }')}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } })],
      ['a wrong content type', post('{ me { name } }', { 'content-type': 'text/plain' })],
      ['a token signed with alg none', post(JSON.stringify({ query: '{ me { name } }' }), { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"ADMIN"}').toString('base64url')}.` })],
    ];
    for (const [name, request] of cases) {
      const response = await request;
      expect(response.status, name).toBeGreaterThanOrEqual(400);
      expect(response.status, name).toBeLessThan(500);
      await response.text();
    }
    await stillHealthy();
  });

  it('limits each user per minute with RATE_LIMITED and Retry-After', async () => {
    const limited = await startTestApp({ seed: false, rateLimitPerMinute: 5 });
    try {
      const first = await limited.tokenFor({ subject: 'busy', name: 'Travel', role: Role.CASEWORKER });
      const second = await limited.tokenFor({ subject: 'calm', name: 'Rolig', role: Role.CASEWORKER });
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await limited.gql('{ me { name } }', {}, first)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const response = await fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${first}` },
        body: JSON.stringify({ query: '{ me { name } }' }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect((await limited.gql('{ me { name } }', {}, second)).data.me.name).toBe('Rolig');
    } finally {
      await limited.close();
    }
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${app.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(codeOf(await app.gql('{ me { name } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('control characters in strings, and impossible cursors', () => {
  const running = useTestApp();
  let caseworker: string;
  let practiceId: string;
  beforeAll(async () => {
    caseworker = await running.app.login('veileder.drammen');
    [{ id: practiceId }] = await running.app.sql(`select id from practice where slug = 'individuell-jobbstotte'`);
  });

  const SEARCH = 'query($q: String!, $filter: PracticeSearchFilter) { searchPractices(query: $q, filter: $filter) { totalHits } }';
  const POST_NEED = 'mutation($input: PostKnowledgeNeedInput!) { postKnowledgeNeed(input: $input) { id } }';
  const PROPOSE = 'mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { id description } }';
  const RATE = 'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { id } } }';
  const counts = async () =>
    (await running.app.sql(`select (select count(*) from practice)::int as practices, (select count(*) from knowledge_need)::int as needs,
      (select count(*) from search_miss)::int as misses, (select count(*) from rating)::int as ratings`))[0];

  it('refuses NUL and every other control character in any string argument or input field with BAD_USER_INPUT naming it', async () => {
    const { app } = running;
    const before = await counts();
    const need = { title: 'Behov', description: 'Beskrivelse' };
    const practice = { title: 'Praksis', summary: 'Oppsummering', description: '' };
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['NUL in a search that finds nothing', SEARCH, { q: 'finnesikke\u0000' }, 'query'],
      ['NUL in a literal argument', '{ searchPractices(query: "ips\\u0000") { totalHits } }', {}, 'query'],
      ['a control character in a variable’s default', 'query($q: String! = "a\\u0007b") { searchPractices(query: $q) { totalHits } }', {}, 'query'],
      ['NUL inside a list of a filter', SEARCH, { q: 'ips', filter: { regionCodes: ['33', '3\u00003'] } }, 'filter.regionCodes.1'],
      ['NUL in a knowledge need', POST_NEED, { input: { ...need, title: 'Behov\u0000' } }, 'input.title'],
      ['an escape sequence in a long text', POST_NEED, { input: { ...need, description: 'rød \u001b[31m tekst' } }, 'input.description'],
      ['a search highlighter marker in a practice', PROPOSE, { input: { ...practice, summary: 'Falsk \u0001treff\u0002' } }, 'input.summary'],
      ['DEL in a practice description', PROPOSE, { input: { ...practice, description: 'a\u007fb' } }, 'input.description'],
      ['a C1 control character in a nested input', PROPOSE, { input: { ...practice, links: [{ title: 'Lenke\u0085', url: 'https://nav.no' }] } }, 'input.links.0.title'],
      ['NUL in a rating comment', RATE, { input: { practiceId, score: 4, comment: 'Bra\u0000' } }, 'input.comment'],
      ['NUL in a slug', 'query($slug: String!) { practice(slug: $slug) { id } }', { slug: 'ips\u0000' }, 'slug'],
    ];
    for (const [name, query, variables, field] of cases) {
      const result = await app.gql(query, variables, caseworker);
      expect(codeOf(result), name).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field, name).toBe(field);
      expect(JSON.stringify(result.errors), name).not.toMatch(/select |insert into|invalid byte sequence/i);
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps tab, newline and carriage return in texts', async () => {
    const description = '## Slik gjør vi det\r\n\t- Ukentlige møter\n';
    const result = await running.app.gql(PROPOSE, { input: { title: 'Linjeskift', summary: 'To\nlinjer', description } }, caseworker);
    expect(result.errors).toBeUndefined();
    expect(result.data.proposePractice.description).toBe(description);
  });

  it('refuses a cursor holding an impossible time with BAD_USER_INPUT, never a database error', async () => {
    const { app } = running;
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    const lists = [
      'query($after: String) { practices(orderBy: NEWEST, after: $after) { totalCount } }',
      'query($after: String) { knowledgeNeeds(orderBy: NEWEST, after: $after) { totalCount } }',
      `query($after: String) { practice(slug: "individuell-jobbstotte") { ratings(after: $after) { totalCount } } }`,
    ];
    for (const time of ['2025-13-01T00:00:00.000Z', '2025-02-30T00:00:00.000Z', '2025-04-31T12:00:00.000Z', '2025-01-01T24:00:00.000Z', '0000-01-01T00:00:00.000Z', '+099999-01-01T00:00:00.000Z']) {
      for (const query of lists) {
        const result = await app.gql(query, { after: cursor([time, id]) }, caseworker);
        expect(codeOf(result), `${time} ${query.slice(0, 40)}`).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.field).toBe('after');
      }
    }
    const valid = await app.gql(lists[0], { after: cursor(['2025-02-28T23:59:59.999Z', id]) }, caseworker);
    expect(valid.errors).toBeUndefined();
  });
});
