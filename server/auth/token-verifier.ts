import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import type { OidcConfig } from '../config.js';
import { AppError, unauthenticated } from '../common/errors.js';
import type { DevIssuer } from './dev-issuer.js';
import { identityFromClaims, type Identity } from './identity.js';

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

// Asymmetric algorithms only: `none` and HMAC tokens are refused before any key is looked at.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

function verifierFor(keys: JWTVerifyGetKey, issuer: string, audience: string): TokenVerifier {
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: ALGORITHMS });
        return identityFromClaims(payload);
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
