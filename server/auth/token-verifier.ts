import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { OidcConfig } from '../config.js';
import { AppError, badInput, unauthenticated } from '../common/errors.js';
import type { DevIssuer } from './dev-issuer.js';
import { identityFromClaims, type Identity } from './identity.js';

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

// Asymmetric algorithms only: `none` and HMAC tokens are refused before any key is looked at.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Tokens already verified, until they expire (at most five minutes, so a key the issuer withdraws
 * stops working soon): checking a signature costs more than the rest of a small request.
 */
const VERIFIED_FOR_AT_MOST_MS = 5 * 60_000;

interface Expected {
  issuer: string;
  /** The API's audience: every token must name it. */
  audience: string;
  /** The web client's own id, when it differs from the audience: tokens that name it were issued to the web client. */
  clientId?: string;
}

/**
 * An ID token the identity provider issued to the web client names the client as its audience (and
 * may name the API too). When the client and the API are registered apart, such a token is not an
 * access token for the API, whatever else it says.
 */
function issuedToWebClient(payload: JWTPayload, expected: Expected): boolean {
  if (!expected.clientId || expected.clientId === expected.audience) return false;
  return (Array.isArray(payload.aud) ? payload.aud : [payload.aud]).includes(expected.clientId);
}

function verifierFor(keys: JWTVerifyGetKey, expected: Expected): TokenVerifier {
  const verified = new LRUCache<string, Identity>({ max: 10_000 });
  const { issuer, audience } = expected;
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: ALGORITHMS, requiredClaims: ['exp'] });
        if (issuedToWebClient(payload, expected)) throw badInput('aud', 'it was issued to the web client (an ID token), not to the API');
        const identity = identityFromClaims(payload);
        const ttl = Math.min(VERIFIED_FOR_AT_MOST_MS, payload.exp! * 1000 - Date.now());
        if (ttl > 0) verified.set(token, identity, { ttl });
        return identity;
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
        if (error instanceof AppError) throw unauthenticated(`The token is not usable: ${error.message}`);
        if (error instanceof joseErrors.JOSEError) throw unauthenticated('The token is not valid');
        throw error;
      }
    },
  };
}

export function oidcTokenVerifier(oidc: Pick<OidcConfig, 'issuer' | 'audience' | 'jwksUrl' | 'clientId'>): TokenVerifier {
  return verifierFor(createRemoteJWKSet(new URL(oidc.jwksUrl)), oidc);
}

export function devTokenVerifier(issuer: DevIssuer): TokenVerifier {
  return verifierFor(createLocalJWKSet(issuer.jwks), issuer);
}
