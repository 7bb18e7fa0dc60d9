// One embedded PostgreSQL server for the whole run; every test file gets a fresh database on it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praksisbanken-test-'));
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  project.provide('postgresUrl', database.urlFor('postgres'));
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
