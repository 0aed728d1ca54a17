import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { BullOutboundQueue } from '../../src/outbound/bullmq-queue.js';
import { projectRoot } from '../../src/paths.js';
import { testConfig, uniquePrefix } from '../support/app.js';
import { FakeGraph } from '../support/fake-graph.js';
import { freePort } from '../support/redis-server.js';
import { messengerEnv, messengerText, newUser, signedRequest, webhookOf } from '../fixtures/messenger.js';

/** The real server as a child process (`tsx src/main.ts`), so that it can be killed outright. */
class ServerProcess {
  private output = '';
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
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
      if (child.exitCode !== null) throw new Error(`server exited: ${server.output}`);
      const ready = await fetch(`${server.url}/readyz`).then((r) => r.ok, () => false);
      if (ready) return server;
      if (Date.now() > deadline) throw new Error(`server did not start: ${server.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}

describe('a server killed between the 200 and the send', () => {
  const servers: ServerProcess[] = [];
  let fake: FakeGraph | undefined;
  let inspector: BullOutboundQueue | undefined;
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await inspector?.close();
    await fake?.close();
  });

  it('delivers the reply exactly once after a restart', async () => {
    fake = await FakeGraph.start();
    const prefix = uniquePrefix();
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      USER_ID_SECRET: 'test-secret-0123456789',
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: prefix,
      // A killed worker's job comes back after its lock lapses: one second here, thirty in production.
      OUTBOUND_LOCK_MS: '1000',
      ...(messengerEnv(fake.url) as Record<string, string>),
    };
    const user = newUser();
    // The platform never answers the first send: the process dies while it waits.
    fake.answerNext('message', { hold: true });

    const first = await ServerProcess.start(env);
    servers.push(first);
    const { payload, headers } = signedRequest(webhookOf(messengerText({ user, text: 'xin chào' })));
    const response = await fetch(`${first.url}/webhooks/messenger`, { method: 'POST', headers, body: payload });
    expect(response.status).toBe(200);
    await fake.waitFor('the send in flight', () => fake!.messages(user).some((r) => r.outcome === 'held'));
    await first.kill();
    expect(fake.delivered(user)).toHaveLength(0);

    servers.push(await ServerProcess.start(env));
    await fake.waitFor('the delivery after the restart', () => fake!.delivered(user).length === 1, 20_000);

    // Nothing left to send: the one delivery is the only one there will be.
    const config = testConfig({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix });
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    inspector = new BullOutboundQueue({ settings: config.outbound, keepCompletedSeconds: 60, logger: quiet, redisUrl: inject('redisUrl'), prefix: `${prefix}bull` });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const counts = await inspector.counts();
      if (counts.waiting + counts.active + counts.delayed === 0) break;
      if (Date.now() > deadline) throw new Error(`the queue is still busy: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(fake.delivered(user)).toHaveLength(1);
    expect(fake.delivered(user)[0]!.body.message.text).toMatch(/Xin chào/);
  });
});
