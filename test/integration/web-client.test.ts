// The built client is served like production web: compressed once at build time, hashed files
// cached for good, the page itself never.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
