import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import type { OutboundConfig } from '../../src/config.js';
import { Unavailable } from '../../src/errors.js';
import { BullOutboundQueue } from '../../src/outbound/bullmq-queue.js';
import { MemoryOutboundQueue } from '../../src/outbound/memory-queue.js';
import type { OutboundLogger, QueueOptions } from '../../src/outbound/queue-options.js';
import { AccountRateLimiter, type RateLimits } from '../../src/outbound/rate-limiter.js';
import { SendError, type ChannelSender, type Delivered, type OutboundJob, type OutboundQueue, type SendFailure } from '../../src/outbound/types.js';
import { MemoryStore } from '../../src/state/memory.js';
import { RedisStore } from '../../src/state/redis.js';
import { RedisServer } from '../support/redis-server.js';
import { uniquePrefix } from '../support/app.js';

const settings: OutboundConfig = { concurrency: 4, attempts: 3, backoffMs: 5, throttleBackoffMs: 20, maxBackoffMs: 100, lockMs: 1_000 };
const quiet: OutboundLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** A sender that records each part it delivers and fails when told to, part by part. */
class ScriptedSender implements ChannelSender {
  readonly channel = 'zalo';
  readonly delivered: Array<{ messageId: string; part: number }> = [];
  private readonly outcomes: Array<SendFailure | 'ok'> = [];

  /** The next parts' outcomes, in order; 'ok' delivers. */
  failNext(...outcomes: Array<SendFailure | 'ok'>): void {
    this.outcomes.push(...outcomes);
  }

  async send(job: OutboundJob, delivered: Delivered): Promise<void> {
    for (let part = job.sent ?? 0; part < job.replies.length; part++) {
      const outcome = this.outcomes.shift() ?? 'ok';
      if (outcome !== 'ok') throw new SendError(outcome);
      this.delivered.push({ messageId: job.messageId, part });
      await delivered(part + 1, part + 1 === job.replies.length);
    }
  }

  apiCalls(job: OutboundJob): number {
    return job.replies.length - (job.sent ?? 0);
  }

  parts(messageId: string): number[] {
    return this.delivered.filter((d) => d.messageId === messageId).map((d) => d.part);
  }
}

let jobCounter = 0;
function job(parts = 1, overrides: Partial<OutboundJob> = {}): OutboundJob {
  jobCounter += 1;
  return {
    channel: 'zalo',
    account: 'oa-1',
    userId: `user-${jobCounter}`,
    messageId: `msg-${jobCounter}-${Date.now()}`,
    replies: Array.from({ length: parts }, (_, i) => ({ text: `phần ${i + 1}` })),
    ...overrides,
  };
}

async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const idle = async (queue: OutboundQueue) => {
  const c = await queue.counts();
  return c.waiting + c.active + c.delayed === 0;
};

interface Kind {
  name: 'memory' | 'redis';
  create(options?: { limits?: RateLimits; onRetry?: QueueOptions['onRetry']; prefix?: string }): OutboundQueue;
}

const redisClients: Redis[] = [];
afterAll(() => Promise.all(redisClients.map((c) => c.quit())));

const kinds: Kind[] = [
  {
    name: 'memory',
    create: (o = {}) =>
      new MemoryOutboundQueue({ settings, keepCompletedSeconds: 60, logger: quiet, onRetry: o.onRetry, limiter: new AccountRateLimiter(o.limits ?? {}, new MemoryStore()) }),
  },
  {
    name: 'redis',
    create: (o = {}) => {
      const prefix = o.prefix ?? uniquePrefix();
      const client = new Redis(inject('redisUrl'));
      redisClients.push(client);
      return new BullOutboundQueue({
        settings,
        keepCompletedSeconds: 60,
        logger: quiet,
        onRetry: o.onRetry,
        limiter: new AccountRateLimiter(o.limits ?? {}, new RedisStore(client, prefix, false)),
        redisUrl: inject('redisUrl'),
        prefix: `${prefix}bull`,
      });
    },
  },
];

describe.each(kinds)('outbound queue ($name)', (kind) => {
  const queues: OutboundQueue[] = [];
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()));
  });

  async function started(options?: Parameters<Kind['create']>[0]): Promise<{ queue: OutboundQueue; sender: ScriptedSender }> {
    const queue = kind.create(options);
    queues.push(queue);
    const sender = new ScriptedSender();
    queue.register(sender);
    await queue.start();
    return { queue, sender };
  }

  it('sends a job enqueued twice only once', async () => {
    const { queue, sender } = await started();
    const one = job();
    await Promise.all([queue.enqueue(one), queue.enqueue(one)]);
    await until('the send', () => sender.parts(one.messageId).length > 0);
    await queue.enqueue(one);
    await until('an idle queue', () => idle(queue));
    expect(sender.parts(one.messageId)).toEqual([0]);
  });

  it('retries a failed send and resumes after the parts already delivered', async () => {
    const retries: number[] = [];
    const { queue, sender } = await started({ onRetry: (_id, delayMs) => retries.push(delayMs) });
    const three = job(3);
    // The first part goes out, the second fails once: the retry must not send the first again.
    sender.failNext('ok', { kind: 'retry', reason: 'HTTP 500' });
    await queue.enqueue(three);
    await until('all parts', () => sender.parts(three.messageId).length === 3);
    await until('an idle queue', () => idle(queue));
    expect(sender.parts(three.messageId)).toEqual([0, 1, 2]);
    expect(retries).toHaveLength(1);
  });

  it("keeps one person's replies in order when the first needs a retry", async () => {
    const { queue, sender } = await started();
    const first = job();
    const second = job(1, { userId: first.userId });
    sender.failNext({ kind: 'retry', reason: 'HTTP 500' });
    await queue.enqueue(first);
    await queue.enqueue(second);
    await until('both replies', () => sender.parts(second.messageId).length > 0 && sender.parts(first.messageId).length > 0);
    expect(sender.delivered.map((d) => d.messageId)).toEqual([first.messageId, second.messageId]);
  });

  it('dead-letters a job whose retries ran out, and sends it when replayed', async () => {
    const { queue, sender } = await started();
    const failing = job();
    sender.failNext(...Array.from({ length: settings.attempts }, () => ({ kind: 'retry' as const, reason: 'code 1200' })));
    await queue.enqueue(failing);
    await until('the dead letter', async () => (await queue.deadLetters()).length === 1);
    const [letter] = await queue.deadLetters();
    expect(letter).toMatchObject({ job: { messageId: failing.messageId, userId: failing.userId }, attempts: settings.attempts });
    expect(letter!.reason).toMatch(/1200/);
    expect(sender.parts(failing.messageId)).toEqual([]);

    expect(await queue.replay(letter!.id)).toEqual([letter!.id]);
    await until('the replayed send', () => sender.parts(failing.messageId).length === 1);
    expect(await queue.deadLetters()).toEqual([]);
  });

  it('dead-letters a dropped send at once, without a retry', async () => {
    const retries: string[] = [];
    const { queue, sender } = await started({ onRetry: (id) => retries.push(id) });
    const dropped = job();
    sender.failNext({ kind: 'drop', reason: 'person unavailable (551)' });
    await queue.enqueue(dropped);
    await until('the dead letter', async () => (await queue.deadLetters()).length === 1);
    expect((await queue.deadLetters())[0]).toMatchObject({ reason: 'person unavailable (551)', attempts: 1 });
    expect(retries).toEqual([]);
  });

  it('backs off longer when the sender reports a rate limit', async () => {
    const retries: Array<{ delayMs: number; throttled?: boolean }> = [];
    const { queue, sender } = await started({ onRetry: (_id, delayMs, failure) => retries.push({ delayMs, throttled: failure.kind === 'retry' && failure.throttled }) });
    const limited = job();
    sender.failNext({ kind: 'retry', reason: 'HTTP 500' }, { kind: 'retry', reason: 'code 613', throttled: true });
    await queue.enqueue(limited);
    await until('the send', () => sender.parts(limited.messageId).length === 1);
    expect(retries).toHaveLength(2);
    const [plain, throttled] = retries;
    expect(plain!.delayMs).toBeLessThanOrEqual(settings.backoffMs);
    // Second attempt, throttled: between half and all of twice the throttle base.
    expect(throttled!.delayMs).toBeGreaterThanOrEqual(settings.throttleBackoffMs);
    expect(throttled!.delayMs).toBeLessThanOrEqual(settings.throttleBackoffMs * 2);
  });

  it('sends a rescheduled job at the time the sender gives', async () => {
    const { queue, sender } = await started();
    const later = job();
    sender.failNext({ kind: 'reschedule', reason: 'quota resets', at: new Date(Date.now() + 30) });
    await queue.enqueue(later);
    await until('the send', () => sender.parts(later.messageId).length === 1);
    expect(await queue.deadLetters()).toEqual([]);
  });

  it('holds back sends over the per-account rate until the next window', async () => {
    const { queue, sender } = await started({ limits: { zalo: { max: 1, windowMs: 60_000 } } });
    const [first, second] = [job(), job()];
    await queue.enqueue(first);
    await until('the first send', () => sender.parts(first.messageId).length === 1);
    await queue.enqueue(second);
    await until('the second job to wait', async () => (await queue.counts()).delayed === 1);
    expect(sender.parts(second.messageId)).toEqual([]);
  });

  it('counts every platform call of a job against the per-account rate', async () => {
    const { queue, sender } = await started({ limits: { zalo: { max: 3, windowMs: 60_000 } } });
    const [first, second] = [job(2), job(2)];
    await queue.enqueue(first);
    await until('the first send', () => sender.parts(first.messageId).length === 2);
    await queue.enqueue(second);
    await until('the second job to wait', async () => (await queue.counts()).delayed === 1);
    expect(sender.parts(second.messageId)).toEqual([]);
  });

  it('sends nothing for a job without replies', async () => {
    const { queue, sender } = await started();
    await queue.enqueue(job(0));
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, dead: 0 });
    expect(sender.delivered).toEqual([]);
  });
});

describe('outbound queue on Redis', () => {
  it('keeps a queued reply across a restart and sends it from the next instance', async () => {
    const prefix = uniquePrefix();
    const create = kinds[1]!.create;
    const before = create({ prefix });
    // No sender registered: this instance only stores the job, as a crashed one would leave it.
    await before.start();
    const kept = job();
    await before.enqueue(kept);
    await before.close();

    const after = create({ prefix });
    const sender = new ScriptedSender();
    after.register(sender);
    await after.start();
    await until('the send', () => sender.parts(kept.messageId).length === 1);
    await after.close();
  });

  it('closes without waiting for Redis to come back', async () => {
    const server = await RedisServer.start();
    const queue = new BullOutboundQueue({ settings, keepCompletedSeconds: 60, logger: quiet, redisUrl: server.url, prefix: 'closing:bull' });
    queue.register(new ScriptedSender());
    try {
      await queue.start();
      await server.stopProcess(true);
      await queue.close();
    } finally {
      await server.startProcess();
      await server.stop();
    }
  });

  it('refuses a job at once while Redis is down, and takes it again once Redis is back', async () => {
    const server = await RedisServer.start();
    const queue = new BullOutboundQueue({ settings, keepCompletedSeconds: 60, logger: quiet, redisUrl: server.url, prefix: 'outage:bull' });
    const sender = new ScriptedSender();
    queue.register(sender);
    try {
      await queue.start();
      await server.stopProcess(true);
      const refused = job();
      await expect(queue.enqueue(refused)).rejects.toBeInstanceOf(Unavailable);

      await server.startProcess();
      await until('Redis again', async () => {
        try {
          await queue.enqueue(refused);
          return true;
        } catch {
          return false;
        }
      });
      await until('the send', () => sender.parts(refused.messageId).length === 1);
    } finally {
      await queue.close();
      await server.stop();
    }
  });
});
