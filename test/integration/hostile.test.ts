// Hostile and malformed requests each get a clean 4xx, and the server stays healthy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

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
