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

async function discover(settings: OidcSettings) {
  const issuer = new URL(settings.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer));
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

/** Finishes the login on CALLBACK_PATH: returns the access token and where to go next. */
export async function completeOidcLogin(settings: OidcSettings): Promise<{ token: string; returnTo: string }> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  if (!pending) throw new Error('Innloggingen ble ikke startet fra denne nettleseren.');
  sessionStorage.removeItem(PENDING);
  const server = await discover(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  const parameters = oauth.validateAuthResponse(server, client, new URL(window.location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(server, client, oauth.None(), parameters, redirectUri(), pending.verifier);
  const result = await oauth.processAuthorizationCodeResponse(server, client, response);
  return { token: result.access_token, returnTo: pending.returnTo };
}
