/// <reference lib="dom" />
// Signing in through a real OpenID provider (oidc-provider on a local port), as production does:
// authorization code + PKCE in Chromium, the provider's JWT access token on every API request,
// sign-out ending the provider's session too; and, over plain HTTP, tokens the API must refuse.
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOidcConfig,
  createSigningKey,
  issuerAt,
  signAccessTokenWith,
  startOidcProvider,
  TEST_AUDIENCE,
  type TestOidcProvider,
} from '../support/oidc-provider.js';
import { freePort } from '../support/ports.js';
import { codeOf } from '../support/test-app.js';
import { users } from '../../seeds/data/users.js';
import { PROVIDER_SIGN_OUT_KEY, TOKEN_STORAGE_KEY } from '../../web/src/auth/token-store.js';
import { useE2E } from './support/e2e-app.js';

const ME = '{ me { name role office { enhetsnummer } region { code } } }';
const drammen = users.find((user) => user.username === 'veileder.drammen')!;

describe('signing in with an OpenID provider', () => {
  let providerPort: number;
  let provider: TestOidcProvider;
  // The app needs the provider's address before it starts, the provider the app's before it does.
  const e2e = useE2E({
    appOptions: async () => {
      providerPort = await freePort();
      return { oidc: appOidcConfig(issuerAt('127.0.0.1', providerPort)) };
    },
  });
  beforeAll(async () => {
    provider = await startOidcProvider({ port: providerPort, appOrigins: [e2e.app.url] });
  });
  afterAll(() => provider?.close());

  it('signs in at the provider, rates a practice with its access token, and signs out of both', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto('/praksis/kvalifiseringsprogrammet');
    await page.waitForURL(/\/logg-inn\?til=/);
    await page.getByText('Du logger inn med Nav-brukeren din.').waitFor();
    await e2e.expectAccessible(page);

    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer && url.pathname.startsWith('/interaction/'));
    await e2e.expectAccessible(page);
    await page.getByLabel('Brukernavn').fill('veileder.drammen');
    await page.getByRole('button', { name: 'Logg inn' }).click();

    // Back at the page the caseworker asked for, signed in as the provider said.
    await page.waitForURL(`${e2e.app.url}/praksis/kvalifiseringsprogrammet`);
    await page.getByRole('heading', { level: 1, name: 'Kvalifiseringsprogrammet (KVP)' }).waitFor();
    const header = page.getByRole('banner');
    await expect.poll(() => header.textContent()).toContain('Ingrid Solberg');
    expect(await header.textContent()).toContain('Veileder, Nav Drammen');

    const token = await page.evaluate((key) => localStorage.getItem(key), TOKEN_STORAGE_KEY);
    expect(token).toBeTruthy();
    expect(decodeProtectedHeader(token!)).toMatchObject({ typ: 'at+jwt', alg: 'RS256' });
    expect(decodeJwt(token!)).toMatchObject({ iss: provider.issuer, aud: TEST_AUDIENCE, sub: 'veileder.drammen', role: 'CASEWORKER', office: '0602', region: '33' });
    // The ID token the provider gave the web client (kept for signing out) is no key to the API.
    const signOutUrl = new URL((await page.evaluate((key) => localStorage.getItem(key), PROVIDER_SIGN_OUT_KEY))!);
    expect(`${signOutUrl.origin}${signOutUrl.pathname}`).toBe(`${provider.issuer}/session/end`);
    const idToken = signOutUrl.searchParams.get('id_token_hint')!;
    expect(decodeJwt(idToken)).toMatchObject({ iss: provider.issuer, aud: 'praksisbanken-web', sub: 'veileder.drammen' });
    const withIdToken = await e2e.app.gql(ME, {}, idToken);
    expect(withIdToken.status).toBe(401);
    expect(codeOf(withIdToken)).toBe('UNAUTHENTICATED');

    await page.getByRole('radiogroup', { name: 'Din vurdering' }).getByRole('radio', { name: /^4/ }).check();
    await page.getByLabel('Kommentar (valgfritt)').fill('Fungerer godt med tett oppfølging.');
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await page.getByText(/Vurderingen (din )?er lagret/).first().waitFor();
    const saved = await e2e.app.sql(
      `select r.score, r.office_enhetsnummer, u.name from rating r join app_user u on u.id = r.user_id join practice p on p.id = r.practice_id
       where u.subject = 'veileder.drammen' and p.slug = 'kvalifiseringsprogrammet'`,
    );
    expect(saved).toEqual([{ score: 4, office_enhetsnummer: '0602', name: 'Ingrid Solberg' }]);
    await e2e.expectAccessible(page);

    // Signing out ends the provider's session as well: it confirms, then sends the browser back.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/\/logg-inn/);
    await page.getByRole('button', { name: 'Logg inn' }).waitFor();
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
    expect(await header.textContent()).not.toContain('Ingrid Solberg');
    await e2e.expectAccessible(page);

    // The token no longer lives in the browser; signing in again asks the provider for a user again.
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer && url.pathname.startsWith('/interaction/'));
    await page.getByLabel('Brukernavn').waitFor();
    await context.close();
  });

  it("the provider's login refuses a username it does not know, and nobody is signed in", async () => {
    const { context, page } = await e2e.newPage();
    await page.goto('/logg-inn');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByLabel('Brukernavn').fill('ukjent.person');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ingen testbruker heter «ukjent.person».' }).waitFor();
    expect(new URL(page.url()).origin).toBe(provider.issuer);
    await page.goto(e2e.app.url);
    await page.waitForURL(/\/logg-inn/);
    expect(await page.evaluate((key) => localStorage.getItem(key), TOKEN_STORAGE_KEY)).toBeNull();
    await context.close();
  });

  describe('tokens over HTTP', () => {
    it('accepts a live token signed with the provider key, and names the user from its claims', async () => {
      const response = await e2e.app.gql(ME, {}, await provider.signAccessToken('fylkesdirektor.buskerud'));
      expect(response.errors).toBeUndefined();
      expect(response.data.me).toEqual({ name: 'Hanne Kristiansen', role: 'REGIONAL_DIRECTOR', office: null, region: { code: '33' } });
    });

    it('refuses an expired token from the provider with UNAUTHENTICATED', async () => {
      const response = await e2e.app.gql(ME, {}, await provider.signAccessToken('veileder.drammen', { expiresInSeconds: -30 }));
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.errors![0]!.message).toMatch(/expired/);
    });

    it('refuses a token signed by another key under the same issuer name', async () => {
      const foreignKey = await createSigningKey();
      const token = await signAccessTokenWith(foreignKey, { issuer: provider.issuer, audience: TEST_AUDIENCE, user: drammen, expiresInSeconds: 300 });
      const response = await e2e.app.gql(ME, {}, token);
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
    });

    it('refuses a token from another issuer, and a provider token for another audience', async () => {
      const otherPort = await freePort();
      const other = await startOidcProvider({ port: otherPort, appOrigins: [e2e.app.url] });
      try {
        const fromOther = await e2e.app.gql(ME, {}, await other.signAccessToken('veileder.drammen'));
        expect(codeOf(fromOther)).toBe('UNAUTHENTICATED');
      } finally {
        await other.close();
      }
      const forAnotherApi = await e2e.app.gql(ME, {}, await provider.signAccessToken('veileder.drammen', { audience: 'urn:another:api' }));
      expect(forAnotherApi.status).toBe(401);
      expect(codeOf(forAnotherApi)).toBe('UNAUTHENTICATED');
    });
  });
});
