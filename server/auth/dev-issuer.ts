// The development issuer: a real signing key kept in the data directory and real JWTs, so that the
// app runs without an identity provider outside production. Never used in production.
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { claimsFromIdentity, type Identity } from './identity.js';

export const DEV_ISSUER = 'urn:praksisbanken:dev-issuer';
export const DEV_AUDIENCE = 'praksisbanken';
const ALGORITHM = 'ES256';
const TOKEN_LIFETIME = '12h';

export interface DevIssuer {
  issuer: string;
  audience: string;
  /** The public key set tokens are verified against. */
  jwks: { keys: JWK[] };
  sign(identity: Identity): Promise<string>;
}

async function loadOrCreateKey(file: string): Promise<JWK> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}`, alg: ALGORITHM };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

export async function createDevIssuer(dataDir: string): Promise<DevIssuer> {
  const privateJwk = await loadOrCreateKey(path.join(dataDir, 'dev-issuer-key.json'));
  const privateKey = await importJWK(privateJwk, ALGORITHM);
  const { d: _private, ...publicJwk } = privateJwk;
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    jwks: { keys: [publicJwk] },
    sign: (identity) =>
      new SignJWT(claimsFromIdentity(identity))
        .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(TOKEN_LIFETIME)
        .sign(privateKey),
  };
}
