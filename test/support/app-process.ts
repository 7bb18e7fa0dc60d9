// The app as a user starts it: a real process (by default `node --import tsx server/main.ts`).
import { spawn, type ChildProcess } from 'node:child_process';

export interface AppProcess {
  process: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** Its address, once it says it is ready; rejects if it exits first. */
  url: Promise<string>;
  exited: Promise<number | null>;
}

export function startAppProcess(env: Record<string, string>, args = ['--import', 'tsx', 'server/main.ts']): AppProcess {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'development', WEB_CONCURRENCY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Praksisbanken at (http:\/\/localhost:\d+)\//.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => reject(new Error(`the app exited before it was ready:\n${output}`)));
  });
  url.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output: () => output, url, exited };
}

/** Signs in as a seeded user through the API, as the web client does in development. */
export async function devLogin(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($username: String!) { devLogin(username: $username) { token } }', variables: { username } }),
  });
  return ((await response.json()) as { data: { devLogin: { token: string } } }).data.devLogin.token;
}
