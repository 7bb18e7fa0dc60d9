import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { OidcConfig } from '../config.js';
import { AppError, unauthenticated } from '../common/errors.js';
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

function verifierFor(keys: JWTVerifyGetKey, issuer: string, audience: string): TokenVerifier {
  const verified = new LRUCache<string, Identity>({ max: 10_000 });
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: ALGORITHMS });
        const identity = identityFromClaims(payload);
        const ttl = Math.min(VERIFIED_FOR_AT_MOST_MS, payload.exp ? payload.exp * 1000 - Date.now() : VERIFIED_FOR_AT_MOST_MS);
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

export function oidcTokenVerifier(oidc: Pick<OidcConfig, 'issuer' | 'audience' | 'jwksUrl'>): TokenVerifier {
  return verifierFor(createRemoteJWKSet(new URL(oidc.jwksUrl)), oidc.issuer, oidc.audience);
}

export function devTokenVerifier(issuer: DevIssuer): TokenVerifier {
  return verifierFor(createLocalJWKSet(issuer.jwks), issuer.issuer, issuer.audience);
}
