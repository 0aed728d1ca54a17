import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { BullOutboundQueue } from '../../src/outbound/bullmq-queue.js';
import type { OutboundCounts, OutboundQueue } from '../../src/outbound/types.js';
import { projectRoot } from '../../src/paths.js';
import { testConfig } from './app.js';
import { freePort } from './redis-server.js';
import { messengerEnv } from '../fixtures/messenger.js';

/** The environment of a child server on the run's Redis, with the Messenger channel pointed at a fake Graph. */
export function childServerEnv(graphUrl: string, redisPrefix: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    USER_ID_SECRET: 'test-secret-0123456789',
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: redisPrefix,
    ...(messengerEnv(graphUrl) as Record<string, string>),
    ...extra,
  };
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The real server as a child process (`tsx src/main.ts`, with only the given environment), so that a test
 * can kill it outright or stop it with a signal, as an orchestrator would.
 */
export class ServerProcess {
  private log = '';
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<ServerExit>;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout?.on('data', (chunk) => (this.log += chunk));
    child.stderr?.on('data', (chunk) => (this.log += chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', ...env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited: ${server.log}`);
      const ready = await fetch(`${server.url}/readyz`).then((r) => r.ok, () => false);
      if (ready) return server;
      if (Date.now() > deadline) {
        await server.kill();
        throw new Error(`server did not start: ${server.log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the server wrote to stdout and stderr. */
  get output(): string {
    return this.log;
  }

  /** Sends a signal and returns at once (SIGTERM: a graceful shutdown the test then watches). */
  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGKILL: the process dies wherever it is, with nothing flushed or closed. */
  async kill(): Promise<ServerExit> {
    this.signal('SIGKILL');
    return this.exited;
  }
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** The outbound queue a server keeps in Redis, opened from the test to look into; it registers no sender, so it sends nothing. */
export function queueOf(redisUrl: string, redisPrefix: string): BullOutboundQueue {
  const { outbound, userIdSecret } = testConfig({ REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix });
  return new BullOutboundQueue({ settings: outbound, keepCompletedSeconds: 60, logger: quiet, redisUrl, prefix: `${redisPrefix}bull`, userIdSecret });
}

/** Waits until no reply is waiting, being sent or delayed; fails with the counts after `timeoutMs`. */
export async function untilIdle(queue: OutboundQueue, timeoutMs = 10_000): Promise<OutboundCounts> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queue.counts();
    if (counts.waiting + counts.active + counts.delayed === 0) return counts;
    if (Date.now() > deadline) throw new Error(`the outbound queue is still busy: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
