// A real OpenID provider (the certified `oidc-provider` package) for the sign-in tests and for a
// production-like start on a developer's machine: a public web client with PKCE, JWT access tokens
// for the API's audience (a resource indicator), and the seeded users with their role, office and
// region claims. Its login page asks for a username only: it is a test provider, never a real one.
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { errors, type OidcContext } from 'oidc-provider';
import { users as seededUsers } from '../../seeds/data/users.js';
import type { SeedUser } from '../../seeds/data/types.js';
import type { OidcConfig } from '../../server/config.js';
import { freePort } from './ports.js';

/** The API as a resource server: the audience of every access token the provider issues for it. */
export const TEST_AUDIENCE = 'urn:praksisbanken:api';
/** The scope the web client asks for, so that the access token is for the API. */
export const TEST_API_SCOPE = 'praksisbanken';
export const TEST_CLIENT_ID = 'praksisbanken-web';
const ALGORITHM = 'RS256';

export interface OidcProviderOptions {
  /** Where the web client runs, e.g. http://127.0.0.1:4000: its login callback and sign-out return. */
  appOrigins: string[];
  /** A free one when unset. */
  port?: number;
  /** The interface to listen on, also the issuer's host. */
  host?: string;
  accessTokenTtlSeconds?: number;
  users?: SeedUser[];
}

export interface TestOidcProvider {
  issuer: string;
  /** The app's OIDC settings for this provider (OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL, …). */
  appConfig: OidcConfig & { clientId: string };
  /**
   * An access token as the provider issues them, signed with the provider's own key, with the
   * lifetime (negative: already expired) and audience a test needs.
   */
  signAccessToken(username: string, options?: { expiresInSeconds?: number; audience?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The app's OIDC settings for the provider at `issuer` (known before it starts, from its port). */
export function appOidcConfig(issuer: string): OidcConfig & { clientId: string } {
  return { issuer, audience: TEST_AUDIENCE, jwksUrl: `${issuer}/jwks`, clientId: TEST_CLIENT_ID, scope: `openid profile ${TEST_API_SCOPE}` };
}

/** Where the provider listens, as its issuer identifier. */
export const issuerAt = (host: string, port: number) => `http://${host}:${port}`;

interface SigningKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function createSigningKey(kid = `test-${randomUUID()}`): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const meta = { kid, alg: ALGORITHM, use: 'sig' };
  return { privateJwk: { ...(await exportJWK(privateKey)), ...meta }, publicJwk: { ...(await exportJWK(publicKey)), ...meta } };
}

/** The claims the app reads (server/auth/identity.ts), from a seeded user. */
function claimsOf(user: SeedUser) {
  return {
    name: user.name,
    preferred_username: user.username,
    role: user.role,
    ...(user.office ? { office: user.office } : {}),
    ...(user.regionCode ? { region: user.regionCode } : {}),
  };
}

/** Signs a JWT access token the way the provider does (RFC 9068), with any key. */
export async function signAccessTokenWith(
  key: SigningKey,
  claims: { issuer: string; audience: string; user: SeedUser; expiresInSeconds: number },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claimsOf(claims.user), client_id: TEST_CLIENT_ID, scope: TEST_API_SCOPE, jti: randomUUID() })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.privateJwk.kid, typ: 'at+jwt' })
    .setSubject(claims.user.username)
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt(now - Math.max(0, -claims.expiresInSeconds) - 60)
    .setExpirationTime(now + claims.expiresInSeconds)
    .sign(await importJWK(key.privateJwk, ALGORITHM));
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f5f6f7;color:#202733}
main{max-width:32rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px}
label{display:block;font-weight:600;margin:1rem 0 .25rem}input{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #49515e;border-radius:4px}
button{margin-top:1rem;font-size:1rem;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#0063c1;color:#fff;cursor:pointer}
.error{color:#a8000e;font-weight:600}code{background:#eceef0;padding:0 .2rem}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function loginPage(uid: string, users: SeedUser[], error?: string, username = ''): string {
  const named = users.filter((user) => !/^veileder\.\d+$/.test(user.username));
  return page(
    'Logg inn – testinnlogging for Praksisbanken',
    `<h1>Logg inn</h1>
<p>Dette er en testinnlogging for Praksisbanken på denne maskinen. Skriv brukernavnet til en testbruker.</p>
${error ? `<p class="error" role="alert" id="login-error">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="username">Brukernavn</label>
<input id="username" name="username" autocomplete="username" required value="${escape(username)}"${error ? ' aria-invalid="true" aria-describedby="login-error"' : ''} autofocus>
<button type="submit">Logg inn</button>
</form>
<h2>Testbrukere</h2>
<ul>${named.map((user) => `<li><code>${escape(user.username)}</code> – ${escape(user.name)} (${escape(user.role)})</li>`).join('')}
<li><code>veileder.01</code> … <code>veileder.60</code> – veiledere på ulike kontorer</li></ul>`,
  );
}

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(text);
}

function send(response: ServerResponse, status: number, html: string) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<TestOidcProvider> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  const issuer = issuerAt(host, port);
  const users = new Map((options.users ?? seededUsers).map((user) => [user.username, user]));
  const accessTokenTtl = options.accessTokenTtlSeconds ?? 3600;
  const key = await createSigningKey();

  const provider: Provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_name: 'Praksisbanken',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: options.appOrigins.map((origin) => `${origin}/innlogging`),
        post_logout_redirect_uris: options.appOrigins.map((origin) => `${origin}/`),
      },
    ],
    jwks: { keys: [key.privateJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const user = users.get(sub);
      return user && { accountId: sub, claims: () => ({ sub, ...claimsOf(user) }) };
    },
    // The access token for the API carries what the app reads; the ID token only the profile.
    extraTokenClaims: (_ctx: unknown, token: { accountId?: string }) => {
      const user = token.accountId ? users.get(token.accountId) : undefined;
      return user ? claimsOf(user) : undefined;
    },
    // The web client is the organisation's own: nobody is asked to consent to it.
    loadExistingGrant: async (ctx: OidcContext) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(clientId);
      const grant = (grantId ? await provider.Grant.find(grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(TEST_AUDIENCE, TEST_API_SCOPE);
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx: unknown, origin: string) => options.appOrigins.includes(origin),
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // The web client names no resource: its tokens are for the API.
        defaultResource: () => TEST_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          if (indicator !== TEST_AUDIENCE) throw new errors.InvalidTarget();
          return { scope: TEST_API_SCOPE, audience: TEST_AUDIENCE, accessTokenTTL: accessTokenTtl, accessTokenFormat: 'jwt', jwt: { sign: { alg: ALGORITHM } } };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: OidcContext, form: string) => {
          ctx.type = 'html';
          ctx.body = page(
            'Logg ut – testinnlogging for Praksisbanken',
            `<h1>Logg ut</h1><p>Vil du logge ut av testinnloggingen også?</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Logg ut</button>`,
          );
        },
        postLogoutSuccessSource: (ctx: OidcContext) => {
          ctx.type = 'html';
          ctx.body = page('Logget ut', '<h1>Du er logget ut</h1>');
        },
      },
    },
    renderError: (ctx: OidcContext, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page(
        'Feil i innloggingen',
        `<h1>Innloggingen feilet</h1>${Object.entries(out).map(([name, value]) => `<p><strong>${escape(name)}</strong>: ${escape(String(value))}</p>`).join('')}`,
      );
    },
  });

  async function interaction(request: IncomingMessage, response: ServerResponse, uid: string, submitted: boolean) {
    const details = await provider.interactionDetails(request, response);
    if (details.uid !== uid) return send(response, 400, page('Feil i innloggingen', '<h1>Innloggingen er utløpt</h1>'));
    if (details.prompt.name !== 'login') {
      // loadExistingGrant grants everything the web client asks for; any other prompt is a bug here.
      return send(response, 500, page('Feil i innloggingen', `<h1>Uventet steg: ${escape(details.prompt.name)}</h1>`));
    }
    if (!submitted) return send(response, 200, loginPage(uid, [...users.values()]));
    const username = (await formBody(request)).get('username')?.trim().toLowerCase() ?? '';
    if (!users.has(username)) return send(response, 401, loginPage(uid, [...users.values()], `Ingen testbruker heter «${username}».`, username));
    await provider.interactionFinished(request, response, { login: { accountId: username } }, { mergeWithLastSubmission: false });
  }

  const handle = provider.callback();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!match) return handle(request, response);
    const submitted = Boolean(match[2]) && request.method === 'POST';
    interaction(request, response, match[1]!, submitted).catch((error: Error) => {
      if (!response.headersSent) send(response, 400, page('Feil i innloggingen', `<h1>Innloggingen feilet</h1><p>${escape(error.message)}</p>`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  if (actualPort !== port) throw new Error(`the provider listens on ${actualPort}, not ${port}`);

  return {
    issuer,
    appConfig: appOidcConfig(issuer),
    async signAccessToken(username, { expiresInSeconds = 300, audience = TEST_AUDIENCE } = {}) {
      const user = users.get(username);
      if (!user) throw new Error(`no test user ${username}`);
      return signAccessTokenWith(key, { issuer, audience, user, expiresInSeconds });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
