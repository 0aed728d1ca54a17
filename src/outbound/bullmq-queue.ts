import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { NotFound, Unavailable } from '../errors.js';
import { connectRedis, whenReady } from '../state/redis-connection.js';
import { Dispatcher } from './dispatcher.js';
import { outboundJobId, withoutPersonalData } from './job.js';
import type { QueueOptions } from './queue-options.js';
import { failureOf, retryDelay } from './retry-policy.js';
import { SendError, type ChannelSender, type DeadLetter, type OutboundCounts, type OutboundJob, type OutboundQueue } from './types.js';
import { UserOrder, type LinePlace } from './user-order.js';

const QUEUE_NAME = 'outbound';
const BACKOFF_TYPE = 'send-failure';
// The failed set is the dead-letter list; bounded so that a long outage cannot fill Redis.
const DEAD_LETTER_DAYS = 30;
const DEAD_LETTER_MAX = 10_000;
// A worker killed mid-send leaves its job locked; let the job come back a few times before it is a dead letter.
const MAX_STALLED = 3;
// How long closing waits for the sends in flight.
const CLOSE_GRACE_MS = 10_000;

export interface BullQueueOptions extends QueueOptions {
  redisUrl: string;
  /** Key prefix of the queue's keys, e.g. `bhyt:bull`. */
  prefix: string;
  /**
   * Keys each person's line of replies (their send order) by a keyed hash of their id: config.userIdSecret.
   * Only tests that build a queue directly leave it out.
   */
  userIdSecret?: string;
}

/** What the queue stores: the job and its place in its person's line. */
type QueuedJob = OutboundJob & { place?: LinePlace };

/**
 * The durable queue: BullMQ on Redis. Enqueueing fails fast while Redis is away (the webhook answers 503
 * and the platform redelivers); sending retries by the sender's verdict; jobs that fail for good stay in
 * BullMQ's failed set, which is the dead-letter list operators list and replay.
 */
export class BullOutboundQueue implements OutboundQueue {
  readonly kind = 'redis';
  private readonly dispatcher = new Dispatcher();
  /** Request-path connection: no offline queue, short timeouts. */
  private readonly producerConnection: Redis;
  private queue: Queue<QueuedJob>;
  private readonly order: UserOrder;
  private workerConnection?: Redis;
  private worker?: Worker<QueuedJob>;
  private closed = false;

  constructor(private readonly options: BullQueueOptions) {
    this.producerConnection = connectRedis(options.redisUrl);
    this.queue = this.createQueue();
    this.order = new UserOrder(this.producerConnection, {
      prefix: options.prefix,
      userIdSecret: options.userIdSecret ?? 'outbound-line-key',
      ttlSeconds: options.keepCompletedSeconds,
      jobKey: (id) => this.queue.toKey(id),
      stateOf: (id) => this.queue.getJobState(id),
    });
  }

  register(sender: ChannelSender): void {
    this.dispatcher.register(sender);
  }

  async enqueue(job: OutboundJob): Promise<void> {
    if (this.closed) throw new Unavailable('the outbound queue is closed');
    if (job.replies.length === 0) return;
    // BullMQ would wait for a connection that is not there; the webhook must answer now.
    if (this.producerConnection.status !== 'ready') throw new Unavailable('the outbound queue cannot reach Redis');
    const { settings, keepCompletedSeconds } = this.options;
    const jobId = outboundJobId(job);
    try {
      const place = await this.order.join(job, jobId);
      await this.queue.add(job.channel, { ...job, sent: job.sent ?? 0, place }, {
        jobId,
        attempts: settings.attempts,
        backoff: { type: BACKOFF_TYPE },
        removeOnComplete: { age: keepCompletedSeconds },
        removeOnFail: { age: DEAD_LETTER_DAYS * 86_400, count: DEAD_LETTER_MAX },
      });
    } catch (error) {
      // A place taken without its job is filled by the platform's redelivery, or given up after a few seconds.
      await this.renewQueueIfBroken();
      throw new Unavailable(`the outbound queue could not store the reply: ${(error as Error).message}`);
    }
  }

  async start(): Promise<void> {
    if (this.worker || this.closed) return;
    if (!(await whenReady(this.producerConnection, 2_000))) this.options.logger.error({}, 'outbound queue: Redis is not reachable yet');
    // Without a sender any job taken would only fail: leave them for an instance that serves the channel.
    if (this.dispatcher.size === 0) return;
    const { settings, prefix, redisUrl, logger } = this.options;
    // Workers block on Redis and must wait out an outage rather than fail their commands.
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, retryStrategy: (attempt) => Math.min(200 * attempt, 5_000) });
    connection.on('error', () => {});
    this.workerConnection = connection;
    this.worker = new Worker<QueuedJob>(QUEUE_NAME, (job, token) => this.process(job, connection, token), {
      connection,
      prefix,
      concurrency: settings.concurrency,
      lockDuration: settings.lockMs,
      stalledInterval: settings.lockMs,
      maxStalledCount: MAX_STALLED,
      settings: { backoffStrategy: (attemptsMade, _type, error, job) => this.backoff(attemptsMade, error, job?.id) },
    });
    this.worker.on('error', (error) => logger.warn({ err: error }, 'outbound worker: Redis error'));
    this.worker.on('failed', (job, error) => {
      if (!job?.finishedOn) return;
      logger.error({ job: job.id, reason: error.message, attempts: job.attemptsMade }, 'reply dead-lettered');
      // A dead letter no longer holds the person's later replies back.
      void this.order.leave(job.data, job.id ?? '', job.data.place).catch(() => {});
    });
    // A worker closed while still connecting leaves BullMQ with a rejected promise nobody awaits.
    await settledWithin(this.worker.waitUntilReady(), 2_000);
  }

  async deadLetters(): Promise<DeadLetter[]> {
    await this.reachable();
    const jobs = await this.queue.getFailed(0, DEAD_LETTER_MAX);
    return jobs.map((job) => ({
      id: job.id ?? '',
      job: job.data,
      reason: job.failedReason,
      attempts: job.attemptsMade,
      failedAt: new Date(job.finishedOn ?? job.timestamp),
    }));
  }

  async replay(id?: string): Promise<string[]> {
    await this.reachable();
    const ids = id ? [id] : (await this.deadLetters()).map((letter) => letter.id);
    for (const one of ids) {
      const job = await this.queue.getJob(one);
      if (!job || !(await job.isFailed())) throw new NotFound(`no dead letter ${one}`);
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    }
    return ids;
  }

  async counts(): Promise<OutboundCounts> {
    await this.reachable();
    const c = await this.queue.getJobCounts('waiting', 'prioritized', 'paused', 'active', 'delayed', 'failed');
    return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.paused ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, dead: c.failed ?? 0 };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // The worker finishes the sends in flight; jobs not started stay in Redis for the next instance.
    // With Redis away it could not record them anyway: close at once instead of waiting for a reconnect.
    const force = this.workerConnection !== undefined && this.workerConnection.status !== 'ready';
    if (this.worker) await settledWithin(this.worker.close(force), CLOSE_GRACE_MS);
    await this.dispatcher.close();
    await settledWithin(this.queue.close(), 2_000);
    await Promise.all([this.workerConnection, this.producerConnection].map((connection) => connection && closeConnection(connection)));
  }

  /** Operator calls may wait a little for Redis, but never hang. */
  private async reachable(): Promise<void> {
    if (!(await whenReady(this.producerConnection, 5_000))) throw new Unavailable('the outbound queue cannot reach Redis');
  }

  private async process(job: Job<QueuedJob>, connection: Redis, token?: string): Promise<void> {
    const { limiter } = this.options;
    const jobId = job.id ?? '';
    let data = job.data;
    // This person's earlier replies go first, whichever instance holds them.
    const turn = await this.order.wait(data, jobId, data.place);
    if (turn > 0) {
      await job.moveToDelayed(Date.now() + turn, token);
      throw new DelayedError();
    }
    const wait = (await limiter?.waitMs(data.channel, data.account, this.dispatcher.apiCalls(data))) ?? 0;
    if (wait > 0) {
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }
    try {
      await this.dispatcher.deliver(data, async (count, last) => {
        data = { ...data, sent: count };
        // Saved after each message but the last, so that a retry or a restarted worker resumes after it; the
        // last one is recorded by the update just below, which also removes the person's id and the text.
        if (!last) await job.updateData(data);
      });
    } catch (error) {
      const failure = failureOf(error);
      if (failure.kind === 'drop') throw new UnrecoverableError(failure.reason);
      if (failure.kind === 'reschedule') {
        await job.moveToDelayed(failure.at.getTime(), token);
        throw new DelayedError();
      }
      throw new SendError(failure);
    }
    // Sent: the job keeps no personal data and leaves the line, in one call on the worker's connection, which
    // waits out a Redis outage rather than fail (a failure here would send the last message again).
    await this.order.leaveSent(connection, data, jobId, withoutPersonalData(data), data.place);
  }

  private backoff(attemptsMade: number, error: Error | undefined, jobId: string | undefined): number {
    const failure = failureOf(error);
    const retry = failure.kind === 'retry' ? failure : { kind: 'retry' as const, reason: failure.reason };
    const delayMs = retryDelay(retry, attemptsMade, this.options.settings);
    this.options.logger.warn({ job: jobId, attempt: attemptsMade, delayMs, reason: retry.reason }, 'send failed, retrying');
    this.options.onRetry?.(jobId ?? '', delayMs, retry);
    return delayMs;
  }

  private createQueue(): Queue<QueuedJob> {
    const queue = new Queue<QueuedJob>(QUEUE_NAME, { connection: this.producerConnection, prefix: this.options.prefix });
    // Errors surface on the calls that fail; the event needs a listener so that it does not crash the process.
    queue.on('error', () => {});
    return queue;
  }

  /** A Queue whose first connection failed stays broken: make a new one for the next enqueue. */
  private async renewQueueIfBroken(): Promise<void> {
    const broken = await Promise.race([
      this.queue.waitUntilReady().then(() => false, () => true),
      new Promise<false>((resolve) => setTimeout(resolve, 0, false)),
    ]);
    if (!broken) return;
    const old = this.queue;
    this.queue = this.createQueue();
    await old.close().catch(() => {});
  }
}

/** Waits for `promise` to settle, or `ms`, whichever comes first; never rejects. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise.catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** QUIT when Redis answers (a clean goodbye); otherwise just drop the socket, since a queued QUIT would wait forever. */
async function closeConnection(connection: Redis): Promise<void> {
  if (connection.status === 'ready') await settledWithin(connection.quit(), 2_000);
  connection.disconnect();
}
