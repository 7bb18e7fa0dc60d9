// Worker processes on one port (node:cluster): the primary forks them, restarts one that dies, and
// stops them all; each worker tells the primary when it listens and stops when told to.
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';

const READY = 'praksisbanken:ready';
const STOP = 'praksisbanken:stop';

/** Restart delays grow from this while workers keep dying soon after they start. */
const FIRST_RESTART_DELAY_MS = 1_000;
const LONGEST_RESTART_DELAY_MS = 30_000;
/** A worker that lived this long is taken for healthy: its successor starts after the first delay. */
const HEALTHY_LIFETIME_MS = 60_000;

export interface WorkerPool {
  /** The port every worker listens on, once all have started; rejects if one fails to start. */
  ready: Promise<number>;
  /**
   * Tells every worker to stop (each finishes the requests it accepted), waits for them, and
   * kills those still running after `deadlineMs`.
   */
  stop(deadlineMs: number): Promise<void>;
}

export function startWorkers(options: { count: number; env: Record<string, string>; log: (line: string) => void }): WorkerPool {
  const { count, env, log } = options;
  const running = new Set<Worker>();
  const restarts = new Set<NodeJS.Timeout>();
  let stopping = false;
  /** Workers that have reported ready, replacements included. */
  let started = 0;
  let settle: { resolve(port: number): void; reject(error: Error): void };
  const ready = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));

  /** `failures`: how many workers in this slot died young in a row. */
  const fork = (failures: number) => {
    const worker = cluster.fork(env);
    const forkedAt = Date.now();
    let listening = false;
    running.add(worker);
    worker.on('message', (message: { type?: string; port?: number }) => {
      if (message?.type !== READY || listening) return;
      listening = true;
      if (++started === count) settle.resolve(message.port!);
    });
    worker.on('exit', (code, signal) => {
      running.delete(worker);
      if (stopping) return;
      const how = signal ? `on ${signal}` : `with code ${code}`;
      if (started < count) {
        settle.reject(new Error(`worker ${worker.process.pid} exited ${how} before it was ready`));
        return;
      }
      const youngFailures = Date.now() - forkedAt < HEALTHY_LIFETIME_MS ? failures + 1 : 0;
      const delay = Math.min(LONGEST_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** Math.max(0, youngFailures - 1));
      log(`worker ${worker.process.pid} exited ${how}; starting another in ${delay} ms`);
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) fork(youngFailures);
      }, delay);
      restarts.add(timer);
    });
  };
  for (let i = 0; i < count; i++) fork(0);

  return {
    ready,
    async stop(deadlineMs) {
      stopping = true;
      restarts.forEach(clearTimeout);
      const exits = [...running].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
      for (const worker of running) {
        // A worker stopping on a signal of its own may close the channel first: then it needs no telling.
        if (worker.isConnected()) worker.send(STOP, () => {});
      }
      const deadline = setTimeout(() => {
        for (const worker of running) {
          log(`worker ${worker.process.pid} still running after ${deadlineMs} ms: killing it`);
          worker.process.kill('SIGKILL');
        }
      }, deadlineMs);
      await Promise.all(exits);
      clearTimeout(deadline);
    },
  };
}

/**
 * A port nobody listens on now, for workers told to listen on port 0: they would share one random
 * port only while one of them holds it, and a replacement forked after all had died would get another.
 */
export function pickFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** In a worker: tells the primary it listens on `port`. */
export function reportReady(port: number): void {
  process.send?.({ type: READY, port });
}

/** In a worker: calls `stop` when the primary says so. */
export function onStopRequest(stop: () => void): void {
  process.on('message', (message) => {
    if (message === STOP) stop();
  });
}
