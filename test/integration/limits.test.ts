import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../server/graphql/limits.js';
import { codeOf, startTestApp, useTestApp, type TestApp } from '../support/test-app.js';

describe('limits against abuse', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('veileder.drammen');
  });
  afterAll(() => app.close());

  it('refuses a query deeper than the limit', async () => {
    let selection = 'name';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) selection = `region { offices { ${selection} } }`;
    const result = await app.gql(`{ office(enhetsnummer: "0602") { ${selection} } }`, {}, token);
    expect(result.status).toBe(400);
    expect(result.errors!.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  it('refuses a query that costs more than the limit, and accepts a full page of practices', async () => {
    const fullPage = await app.gql(
      `{ practices(first: 100) { edges { node { title originOffice { name region { name } }
          adoptions { status office { name region { name } } } ratings(first: 5) { edges { node { score } } } } } } }`,
      {},
      token,
    );
    expect(fullPage.errors).toBeUndefined();
    const result = await app.gql(
      '{ regions { offices { adoptions { practice { adoptions { office { adoptions { practice { title } } } } } } } } }',
      {},
      token,
    );
    expect(result.status).toBe(400);
    expect(result.errors!.map((e) => e.message).join(' ')).toMatch(/cost/i);
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { name }`).join(' ');
    const result = await app.gql(`{ ${aliases} }`, {}, token);
    expect(result.status).toBe(400);
    expect(result.errors![0].message).toMatch(/alias/i);
  });

  it('refuses a request body over 1 MB with 413 and stays healthy', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { name } }', variables: { padding: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect((await app.gql('{ me { name } }', {}, token)).data.me.name).toBe('Ingrid Solberg');
  });

  it('refuses wrongly typed variables with BAD_USER_INPUT', async () => {
    const result = await app.gql('query($first: Int) { practices(first: $first) { totalCount } }', { first: 'many' }, token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('errors in production', () => {
  const running = useTestApp({ production: true });

  it('hides stack traces and SQL behind INTERNAL_SERVER_ERROR', async () => {
    // A real fault: the table behind the query disappears under the running app.
    const token = await running.app.tokenFor({ subject: 'prod-user', name: 'Prod', role: 'CASEWORKER' as never, officeEnhetsnummer: '0602' });
    await running.app.sql('alter table adoption rename to adoption_gone');
    try {
      const response = await fetch(`${running.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ office(enhetsnummer: "0602") { name adoptions { status } } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text);
      expect(body.data).toBeNull();
      expect(body.errors[0]).toEqual({
        message: 'Internal server error',
        locations: expect.any(Array),
        path: ['office', 'adoptions'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(text).not.toMatch(/adoption_gone|select|relation|stacktrace|\.ts:/i);
    } finally {
      await running.app.sql('alter table adoption_gone rename to adoption');
    }
  });

  it('keeps user errors readable but without a stack trace', async () => {
    const token = await running.app.tokenFor({ subject: 'prod-user-2', name: 'Prod', role: 'CASEWORKER' as never, officeEnhetsnummer: '0602' });
    const result = await running.app.gql('{ practice(slug: "finnes-ikke") { id } }', {}, token);
    expect(result.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'slug' });
  });
});
