import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

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

  it('refuses production without OIDC settings, saying why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER.*development issuer/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...OIDC })).toThrow(/RESEARCH_PSEUDONYM_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', ...OIDC, RESEARCH_PSEUDONYM_SECRET: 'x'.repeat(32) }).production).toBe(true);
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
