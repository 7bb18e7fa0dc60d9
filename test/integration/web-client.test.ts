// The built client is served like production web: compressed once at build time, hashed files
// cached for good, the page itself never.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { useTestApp } from '../support/test-app.js';

describe('serving the web client', () => {
  const running = useTestApp({ seed: false, webRoot: path.resolve('web/dist') });
  // The page's own script, as the built index.html names it.
  const script = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync('web/dist/index.html', 'utf8'))![1];

  it('sends the pre-compressed brotli or gzip copy, and caches hashed files for good', async () => {
    for (const [accepted, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
      const response = await fetch(`${running.app.url}/assets/${script}`, { headers: { 'accept-encoding': accepted } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
  });

  it('compresses the page too but never lets a browser keep it', async () => {
    for (const path of ['/', '/praksis/noe']) {
      const response = await fetch(`${running.app.url}${path}`, { headers: { 'accept-encoding': 'br' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('compresses GraphQL answers worth compressing, and leaves small ones as they are', async () => {
    const token = await running.app.tokenFor({ subject: 'reader', name: 'Leser', role: Role.CASEWORKER });
    const ask = (query: string, acceptEncoding: string) =>
      fetch(`${running.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
    const large = await ask('{ __schema { types { name description fields { name description } } } }', 'br, gzip');
    expect(large.status).toBe(200);
    expect(large.headers.get('content-encoding')).toBe('br');
    expect(large.headers.get('vary')).toMatch(/accept-encoding/i);
    expect((await large.json()).data.__schema.types.length).toBeGreaterThan(10);

    const gzip = await ask('{ __schema { types { name description } } }', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');

    const small = await ask('{ __typename }', 'br, gzip');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
