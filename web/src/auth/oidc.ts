// Signing in with the organisation's identity provider: authorization code flow with PKCE, done by
// oauth4webapi. The access token is then sent to the API as a bearer token.
import * as oauth from 'oauth4webapi';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

const PENDING = 'praksisbanken.oidc';
export const CALLBACK_PATH = '/innlogging';
const redirectUri = () => `${window.location.origin}${CALLBACK_PATH}`;
/** Where the provider sends the browser after signing out there too. */
const afterSignOutUri = () => `${window.location.origin}/`;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * oauth4webapi refuses plain http; a provider on this machine's loopback interface (the tests' and
 * the local production-like start's) has no certificate, and nothing on the wire to protect.
 */
function requestOptions(issuer: URL) {
  return { [oauth.allowInsecureRequests]: issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname) };
}

async function discover(settings: OidcSettings) {
  const issuer = new URL(settings.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, requestOptions(issuer)));
}

/** Sends the browser to the identity provider; it comes back to CALLBACK_PATH. */
export async function startOidcLogin(settings: OidcSettings, returnTo: string): Promise<void> {
  const server = await discover(settings);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(server.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: settings.scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url);
}

/** RP-initiated logout: ends the session at the provider too, so the next sign-in asks again. */
function signOutUrl(server: oauth.AuthorizationServer, settings: OidcSettings, idToken: string | undefined): string | undefined {
  if (!server.end_session_endpoint) return undefined;
  const url = new URL(server.end_session_endpoint);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('post_logout_redirect_uri', afterSignOutUri());
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.href;
}

export interface CompletedLogin {
  token: string;
  returnTo: string;
  /** Where to send the browser to sign out at the provider, when it offers that. */
  signOutUrl?: string;
}

/** Finishes the login on CALLBACK_PATH: returns the access token and where to go next. */
export async function completeOidcLogin(settings: OidcSettings): Promise<CompletedLogin> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  if (!pending) throw new Error('Innloggingen ble ikke startet fra denne nettleseren.');
  sessionStorage.removeItem(PENDING);
  const server = await discover(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  const parameters = oauth.validateAuthResponse(server, client, new URL(window.location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    parameters,
    redirectUri(),
    pending.verifier,
    requestOptions(new URL(settings.issuer)),
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response);
  return { token: result.access_token, returnTo: pending.returnTo, signOutUrl: signOutUrl(server, settings, result.id_token) };
}
