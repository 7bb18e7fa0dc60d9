import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, usesDevelopmentIssuer } from '../../server/config.js';

const OIDC = { OIDC_ISSUER: 'https://login.example', OIDC_AUDIENCE: 'praksisbanken', OIDC_JWKS_URL: 'https://login.example/jwks' };

describe('loadConfig', () => {
  it('defaults to port 4000, the embedded database under .data and the development issuer', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.oidc).toBeUndefined();
  });

  it('reads PORT, DATA_DIR, DATABASE_URL and OIDC settings', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/tmp/pb', DATABASE_URL: 'postgres://u:p@db/pb', ...OIDC });
    expect(config).toMatchObject({ port: 8080, dataDir: '/tmp/pb', databaseUrl: 'postgres://u:p@db/pb', oidc: { issuer: OIDC.OIDC_ISSUER } });
  });

  it('takes a Meilisearch key limited to the app (MEILI_API_KEY) before the master key', () => {
    expect(loadConfig({ MEILI_URL: 'http://search:7700', MEILI_API_KEY: 'app-key', MEILI_MASTER_KEY: 'master' }).meilisearch).toEqual({ url: 'http://search:7700', apiKey: 'app-key' });
    expect(loadConfig({ MEILI_URL: 'http://search:7700', MEILI_MASTER_KEY: 'master' }).meilisearch).toEqual({ url: 'http://search:7700', apiKey: 'master' });
    expect(() => loadConfig({ MEILI_API_KEY: 'app-key' })).toThrow(/MEILI_API_KEY is set but MEILI_URL is not/);
  });

  it('refuses production without OIDC settings, saying why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER.*development issuer/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...OIDC })).toThrow(/RESEARCH_PSEUDONYM_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', ...OIDC, RESEARCH_PSEUDONYM_SECRET: 'x'.repeat(32) }).production).toBe(true);
  });

  it('runs the development issuer only when NODE_ENV is unset, development or test', () => {
    for (const nodeEnv of [undefined, '', 'development', 'test']) {
      const config = loadConfig({ NODE_ENV: nodeEnv });
      expect(config.production, String(nodeEnv)).toBe(false);
      expect(usesDevelopmentIssuer(config), String(nodeEnv)).toBe(true);
    }
    for (const nodeEnv of ['staging', 'prod', 'Production', 'dev']) {
      expect(() => loadConfig({ NODE_ENV: nodeEnv }), nodeEnv).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV: nodeEnv }), nodeEnv).toThrow(
        new RegExp(`NODE_ENV=${nodeEnv} needs OIDC_ISSUER.*development issuer runs only when NODE_ENV is unset, development or test`),
      );
      const config = loadConfig({ NODE_ENV: nodeEnv, ...OIDC, RESEARCH_PSEUDONYM_SECRET: 'x'.repeat(32) });
      expect(config.production, nodeEnv).toBe(true);
      expect(usesDevelopmentIssuer(config), nodeEnv).toBe(false);
    }
    // A configuration built by hand cannot slip the development issuer into production either.
    expect(() => usesDevelopmentIssuer({ production: true, oidc: undefined })).toThrow(ConfigError);
  });

  it('defaults the web client id to the audience, and keeps one that differs', () => {
    expect(loadConfig(OIDC).oidc).toMatchObject({ audience: 'praksisbanken', clientId: undefined });
    expect(loadConfig({ ...OIDC, OIDC_CLIENT_ID: 'praksisbanken-web' }).oidc).toMatchObject({ audience: 'praksisbanken', clientId: 'praksisbanken-web' });
  });

  it('runs one worker per core unless WEB_CONCURRENCY says otherwise', () => {
    expect(loadConfig({}).webConcurrency).toBe(availableParallelism());
    expect(loadConfig({ WEB_CONCURRENCY: '1' }).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '6' }).webConcurrency).toBe(6);
    for (const value of ['0', '-2', '1.5', 'all', '257']) {
      expect(() => loadConfig({ WEB_CONCURRENCY: value }), value).toThrow(/WEB_CONCURRENCY must be a whole number from 1 to 256/);
    }
  });

  it("serves the web client from the app's folder, wherever it is started", () => {
    const appWebRoot = path.resolve(import.meta.dirname, '../../web/dist');
    const started = process.cwd();
    process.chdir(tmpdir());
    try {
      expect(loadConfig({}).webRoot).toBe(appWebRoot);
      expect(loadConfig({ WEB_ROOT: 'elsewhere' }).webRoot).toBe(path.resolve('elsewhere'));
    } finally {
      process.chdir(started);
    }
  });

  it('refuses half an OIDC configuration, a bad port and a bad DATABASE_URL', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'x' })).toThrow(/OIDC_AUDIENCE, OIDC_JWKS_URL missing/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ EMBEDDED_DATABASE_URL: 'mysql://x' })).toThrow(/EMBEDDED_DATABASE_URL/);
    expect(() => loadConfig({ ...OIDC, OIDC_JWKS_URL: 'not a url' })).toThrow(/OIDC_JWKS_URL/);
  });
});
