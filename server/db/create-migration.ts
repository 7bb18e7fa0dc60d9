// Writes a migration for the difference between the entities and the migrated schema, using a
// throw-away embedded PostgreSQL. Usage: npm run migration:create [-- --initial]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from './database.js';

const dataDir = await mkdtemp(path.join(tmpdir(), 'praksisbanken-migration-'));
const database = await openDatabase({ dataDir, embeddedPostgresPort: 54400 + Math.floor(Math.random() * 500) });
try {
  const result = await database.orm.getMigrator().createMigration(undefined, false, process.argv.includes('--initial'));
  console.log(result.fileName ? `wrote ${result.fileName}; add it to server/db/migrations/index.ts` : 'no changes');
} finally {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
