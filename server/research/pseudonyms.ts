import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A rater's stable pseudonym: a keyed hash of their id, never the id itself. */
export type Pseudonymizer = (userId: string) => string;

export function pseudonymizer(secret: string): Pseudonymizer {
  return (userId) => createHmac('sha256', secret).update(userId).digest('base64url').slice(0, 22);
}

/** Outside production: a secret kept in the data directory, so pseudonyms stay stable across restarts. */
export async function developmentSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pseudonym-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}
