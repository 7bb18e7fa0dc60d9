import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcTokenVerifier } from '../../server/auth/token-verifier.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const ME = '{ me { name username role office { enhetsnummer name } region { code name } } }';

describe('the development issuer', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('signs in a seeded user with devLogin and the token works', async () => {
    const login = await app.gql(
      'mutation { devLogin(username: "veileder.drammen") { token user { username role office { name } } } }',
    );
    expect(login.data.devLogin.user).toEqual({ username: 'veileder.drammen', role: 'CASEWORKER', office: { name: 'Nav Drammen' } });
    const me = await app.gql(ME, {}, login.data.devLogin.token);
    expect(me.data.me).toMatchObject({ role: 'CASEWORKER', office: { enhetsnummer: '0602' }, region: { code: '33' } });
  });

  it('has a seeded user for every role', async () => {
    const expected: Record<string, string> = {
      'veileder.drammen': 'CASEWORKER',
      'veileder.bodo': 'CASEWORKER',
      'fylkesdirektor.buskerud': 'REGIONAL_DIRECTOR',
      'fylkesdirektor.nordland': 'REGIONAL_DIRECTOR',
      forsker: 'RESEARCHER',
      redaktor: 'ADMIN',
    };
    for (const [username, role] of Object.entries(expected)) {
      const me = await app.gql(ME, {}, await app.login(username));
      expect(me.data.me.role, username).toBe(role);
    }
    const nordland = await app.gql(ME, {}, await app.login('fylkesdirektor.nordland'));
    expect(nordland.data.me.region).toEqual({ code: '18', name: 'Nordland' });
  });

  it('refuses an unknown username with NOT_FOUND', async () => {
    const result = await app.gql('mutation { devLogin(username: "nobody") { token } }');
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.errors![0].extensions!.field).toBe('username');
  });

  it('refuses every operation but devLogin without a token', async () => {
    for (const query of [ME, '{ regions { code } }', '{ practices { totalCount } }', '{ __schema { queryType { name } } }']) {
      const result = await app.gql(query);
      expect(result.status, query).toBe(401);
      expect(codeOf(result), query).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
    const mutation = await app.gql('mutation { archivePractice(id: "00000000-0000-0000-0000-000000000000") { id } }');
    expect(codeOf(mutation)).toBe('UNAUTHENTICATED');
  });

  it('refuses forged, expired, wrongly signed and unsigned tokens', async () => {
    const valid = await app.login('veileder.drammen');
    const [header, payload] = valid.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    const unsignedHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const { privateKey: strangerKey } = await generateKeyPair('ES256');
    const wronglySigned = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(strangerKey);
    const expired = await new SignJWT({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(strangerKey);

    for (const token of [
      `${header}.${forgedPayload}.${valid.split('.')[2]}`,
      `${unsignedHeader}.${payload}.`,
      wronglySigned,
      expired,
      'not-a-token',
    ]) {
      const result = await app.gql(ME, {}, token);
      expect(result.status).toBe(401);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
  });
});

describe('OIDC tokens verified against a JWKS', () => {
  let jwksServer: Server;
  let app: TestApp;
  let sign: (claims: Record<string, unknown>, options?: { expiresIn?: string | null; issuer?: string; audience?: string | string[] }) => Promise<string>;
  let jwksUrl: string;
  const issuer = 'https://login.example.test/praksisbanken';
  const audience = 'praksisbanken-api';
  /** The web client's own registration: ID tokens issued to it name it as their audience. */
  const clientId = 'praksisbanken-web';

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as { port: number };
    jwksUrl = `http://127.0.0.1:${port}/jwks`;
    sign = (claims, options = {}) => {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt();
      if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '10m');
      return jwt.sign(privateKey);
    };
    app = await startTestApp({ verifier: oidcTokenVerifier({ issuer, audience, jwksUrl, clientId }) });
  });
  afterAll(async () => {
    await app.close();
    jwksServer.close();
  });

  it('creates the user on first sight with role, office and region from the claims', async () => {
    const token = await sign({ sub: 'oidc-123', name: 'Kari Nordmann', roles: ['CASEWORKER'], office: '1804' });
    const me = await app.gql(ME, {}, token);
    expect(me.data.me).toMatchObject({
      name: 'Kari Nordmann',
      role: 'CASEWORKER',
      office: { enhetsnummer: '1804' },
      region: { code: '18' },
    });
    const [row] = await app.sql('select name, role, office_enhetsnummer from app_user where subject = ?', ['oidc-123']);
    expect(row).toEqual({ name: 'Kari Nordmann', role: 'CASEWORKER', office_enhetsnummer: '1804' });
  });

  it('updates the user when the claims change', async () => {
    const token = await sign({ sub: 'oidc-456', name: 'Ola Nordmann', role: 'CASEWORKER', office: '0602' });
    await app.gql(ME, {}, token);
    const promoted = await sign({ sub: 'oidc-456', name: 'Ola Nordmann', role: 'REGIONAL_DIRECTOR', region: '33' });
    expect((await app.gql(ME, {}, promoted)).data.me).toMatchObject({ role: 'REGIONAL_DIRECTOR', region: { code: '33' }, office: null });
    const rows = await app.sql('select role from app_user where subject = ?', ['oidc-456']);
    expect(rows).toEqual([{ role: 'REGIONAL_DIRECTOR' }]);
  });

  it('refuses tokens for another audience, from another issuer, expired, or without a known role', async () => {
    const claims = { sub: 'oidc-789', name: 'Ukjent', role: 'ADMIN' };
    const tokens = [
      await sign(claims, { audience: 'someone-else' }),
      await sign(claims, { issuer: 'https://evil.example.test' }),
      await sign(claims, { expiresIn: '-1m' }),
      await sign({ sub: 'oidc-789', name: 'Uten rolle', role: 'KING' }),
    ];
    for (const token of tokens) {
      const result = await app.gql(ME, {}, token);
      expect(result.status).toBe(401);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
    expect(await app.sql('select 1 from app_user where subject = ?', ['oidc-789'])).toHaveLength(0);
  });

  it('refuses a token that never expires', async () => {
    const result = await app.gql(ME, {}, await sign({ sub: 'oidc-forever', name: 'Evig', role: 'CASEWORKER' }, { expiresIn: null }));
    expect(result.status).toBe(401);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });

  it("refuses an ID token issued to the web client, and accepts the access token the web client got for the API", async () => {
    const claims = { sub: 'oidc-web', name: 'Nettleser', role: 'CASEWORKER', azp: clientId };
    for (const aud of [clientId, [clientId, audience]]) {
      const result = await app.gql(ME, {}, await sign(claims, { audience: aud }));
      expect(result.status, JSON.stringify(aud)).toBe(401);
      expect(codeOf(result), JSON.stringify(aud)).toBe('UNAUTHENTICATED');
    }
    expect((await app.gql(ME, {}, await sign(claims, { audience }))).data.me.name).toBe('Nettleser');
  });

  it('accepts tokens for the one audience when the web client and the API are registered as one, on purpose', async () => {
    const shared = await startTestApp({ seed: false, verifier: oidcTokenVerifier({ issuer, audience, jwksUrl, clientId: audience }) });
    try {
      const token = await sign({ sub: 'oidc-shared', name: 'Felles', role: 'CASEWORKER', azp: audience }, { audience });
      expect((await shared.gql(ME, {}, token)).data.me.name).toBe('Felles');
    } finally {
      await shared.close();
    }
  });

  it('stops accepting a token when it expires, though it was accepted (and remembered) before', async () => {
    const token = await sign({ sub: 'oidc-short', name: 'Kort Levetid', role: 'CASEWORKER' }, { expiresIn: '2s' });
    expect((await app.gql(ME, {}, token)).data.me.name).toBe('Kort Levetid');
    expect((await app.gql(ME, {}, token)).data.me.name).toBe('Kort Levetid');
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 1_100));
    const late = await app.gql(ME, {}, token);
    expect(late.status).toBe(401);
    expect(codeOf(late)).toBe('UNAUTHENTICATED');
  });

  it('has no devLogin in production', async () => {
    const production = await startTestApp({ production: true, seed: false, verifier: oidcTokenVerifier({ issuer, audience, jwksUrl: 'http://127.0.0.1:1/jwks' }) });
    try {
      const result = await production.gql('mutation { devLogin(username: "redaktor") { token } }');
      expect(result.status).toBe(400);
      expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
    }
  });
});
