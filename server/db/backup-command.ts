// npm run backup: a consistent dump of the app's database into DATA_DIR/backups/.
// npm run restore FILE: restores a dump into an empty data directory (or empty DATABASE_URL).
// Both work while the app runs on the same data directory (they share its embedded PostgreSQL).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { connectDatabase, startDatabaseServer } from './database.js';

const [command, file] = process.argv.slice(2);
const log = (line: string) => console.error(`[${command}] ${line}`);

async function main() {
  if (command !== 'backup' && command !== 'restore') throw new ConfigError('usage: backup | restore FILE');
  if (command === 'restore' && !file) throw new ConfigError('name the backup file: npm run restore -- FILE');
  const config = loadConfig();
  const server = await startDatabaseServer(config, log);
  try {
    if (command === 'backup') {
      const folder = path.join(config.dataDir, 'backups');
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const target = path.join(folder, `praksisbanken-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.gz`);
      const { tables, rows } = await backupDatabase(server.url, target, log);
      log(`wrote ${target}: ${tables} tables, ${rows} rows`);
      console.log(target);
    } else {
      const database = await connectDatabase(server, log, { migrate: false });
      try {
        const { rows } = await restoreDatabase(database.orm, server.url, path.resolve(file), log);
        log(`restored ${rows} rows from ${file}`);
      } finally {
        await database.close();
      }
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(`[${command ?? 'backup'}] ${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
