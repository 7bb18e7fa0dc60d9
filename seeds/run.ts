// npm run seed: loads whatever of the seed catalogue is missing into the configured database.
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { seedCatalogue } from './seeder.js';

const log = (line: string) => console.log(`[seed] ${line}`);
const database = await openDatabase(loadConfig(), log);
try {
  await seedCatalogue(database.orm, log);
} finally {
  await database.close();
}
