import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { ormConfig } from './orm-config.js';

export const EMBEDDED_DATABASE_NAME = 'praksisbanken';

export interface Database {
  orm: MikroORM;
  /** Where the data lives, for logs and /healthz: "embedded" or "external". */
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

/** Connects to PostgreSQL (starting the embedded server unless DATABASE_URL is set) and migrates. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
  log: (line: string) => void = () => {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let clientUrl = config.databaseUrl;
  if (!clientUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log });
    await embedded.createDatabaseIfMissing(EMBEDDED_DATABASE_NAME);
    clientUrl = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    log(`embedded PostgreSQL on port ${config.embeddedPostgresPort}, data in ${config.dataDir}`);
  }
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(ormConfig({ clientUrl }));
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    kind: embedded ? 'embedded' : 'external',
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
