import { Unavailable, NotFound } from '../errors.js';
import { Dispatcher } from './dispatcher.js';
import { outboundJobId, withoutPersonalData } from './job.js';
import type { QueueOptions } from './queue-options.js';
import { failureOf, verdictOf } from './retry-policy.js';
import type { ChannelSender, DeadLetter, OutboundCounts, OutboundJob, OutboundQueue } from './types.js';

type State = 'waiting' | 'active' | 'delayed' | 'sent' | 'dead';

interface Entry {
  job: OutboundJob;
  state: State;
  attemptsMade: number;
  timer?: NodeJS.Timeout;
  finishedAt?: number;
  reason?: string;
}

/**
 * The queue without Redis: same retries and dead letters, kept in this process (and lost with it).
 * Sent job ids are remembered for the de-duplication window, as in Redis.
 */
export class MemoryOutboundQueue implements OutboundQueue {
  readonly kind = 'memory';
  private readonly dispatcher = new Dispatcher();
  private readonly entries = new Map<string, Entry>();
  private readonly waiting: string[] = [];
  /** Each person's unfinished jobs in the order queued: only the first goes out (as the Redis queue's lines). */
  private readonly lines = new Map<string, string[]>();
  /** Ids of sent jobs in the order they were sent: the oldest are forgotten first. */
  private readonly sentOrder: string[] = [];
  private readonly running = new Set<Promise<void>>();
  private started = false;
  private closed = false;

  constructor(private readonly options: QueueOptions) {}

  register(sender: ChannelSender): void {
    this.dispatcher.register(sender);
  }

  async enqueue(job: OutboundJob): Promise<void> {
    if (this.closed) throw new Unavailable('the outbound queue is closed');
    if (job.replies.length === 0) return;
    this.forgetOldSent();
    const id = outboundJobId(job);
    if (this.entries.has(id)) return;
    this.entries.set(id, { job: { ...job, sent: job.sent ?? 0 }, state: 'waiting', attemptsMade: 0 });
    this.joinLine(id, job);
    this.waiting.push(id);
    this.pump();
  }

  async start(): Promise<void> {
    this.started = true;
    this.pump();
  }

  async deadLetters(): Promise<DeadLetter[]> {
    return [...this.entries]
      .filter(([, entry]) => entry.state === 'dead')
      .map(([id, entry]) => ({ id, job: entry.job, reason: entry.reason ?? '', attempts: entry.attemptsMade, failedAt: new Date(entry.finishedAt ?? 0) }));
  }

  async replay(id?: string): Promise<string[]> {
    const ids = id ? [id] : (await this.deadLetters()).map((letter) => letter.id);
    for (const one of ids) {
      const entry = this.entries.get(one);
      if (!entry || entry.state !== 'dead') throw new NotFound(`no dead letter ${one}`);
      Object.assign(entry, { state: 'waiting', attemptsMade: 0, reason: undefined, finishedAt: undefined });
      this.joinLine(one, entry.job);
      this.waiting.push(one);
    }
    this.pump();
    return ids;
  }

  async counts(): Promise<OutboundCounts> {
    const counts: OutboundCounts = { waiting: 0, active: 0, delayed: 0, dead: 0 };
    for (const entry of this.entries.values()) if (entry.state !== 'sent') counts[entry.state] += 1;
    return counts;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    await Promise.allSettled(this.running);
    await this.dispatcher.close();
    const { waiting, delayed } = await this.counts();
    if (waiting + delayed > 0) this.options.logger.warn({ unsent: waiting + delayed }, 'replies not sent before shutdown are lost: configure REDIS_URL to keep them');
  }

  private pump(): void {
    for (let i = 0; this.started && !this.closed && this.running.size < this.options.settings.concurrency && i < this.waiting.length; ) {
      const id = this.waiting[i]!;
      const entry = this.entries.get(id);
      // An earlier reply to the same person goes first; this one waits for its turn in place.
      if (entry?.state === 'waiting' && this.lines.get(lineOf(entry.job))?.[0] !== id) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      if (entry?.state !== 'waiting') continue;
      entry.state = 'active';
      const run: Promise<void> = this.process(id, entry).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async process(id: string, entry: Entry): Promise<void> {
    const { limiter, logger, settings, onRetry } = this.options;
    try {
      const wait = (await limiter?.waitMs(entry.job.channel, entry.job.account, this.dispatcher.apiCalls(entry.job))) ?? 0;
      if (wait > 0) return this.later(id, entry, wait);
      await this.dispatcher.deliver(entry.job, async (count) => {
        entry.job = { ...entry.job, sent: count };
      });
      this.leaveLine(id, entry.job);
      Object.assign(entry, { state: 'sent', job: withoutPersonalData(entry.job), finishedAt: Date.now() });
      this.sentOrder.push(id);
    } catch (error) {
      const failure = failureOf(error);
      if (failure.kind !== 'reschedule') entry.attemptsMade += 1;
      const verdict = verdictOf(failure, entry.attemptsMade, settings.attempts, settings);
      if (verdict.action === 'dead') {
        // A dead letter no longer holds the person's later replies back.
        this.leaveLine(id, entry.job);
        Object.assign(entry, { state: 'dead', reason: verdict.reason, finishedAt: Date.now() });
        logger.error({ job: id, reason: verdict.reason, attempts: entry.attemptsMade }, 'reply dead-lettered');
      } else if (verdict.action === 'retry') {
        logger.warn({ job: id, attempt: entry.attemptsMade, delayMs: verdict.delayMs, reason: failure.reason }, 'send failed, retrying');
        onRetry?.(id, verdict.delayMs, failure);
        this.later(id, entry, verdict.delayMs);
      } else {
        this.later(id, entry, verdict.at.getTime() - Date.now());
      }
    }
  }

  private later(id: string, entry: Entry, delayMs: number): void {
    entry.state = 'delayed';
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      entry.state = 'waiting';
      this.waiting.push(id);
      this.pump();
    }, Math.max(0, delayMs));
  }

  private joinLine(id: string, job: OutboundJob): void {
    const line = this.lines.get(lineOf(job));
    if (line) line.push(id);
    else this.lines.set(lineOf(job), [id]);
  }

  private leaveLine(id: string, job: OutboundJob): void {
    const key = lineOf(job);
    const line = this.lines.get(key)?.filter((other) => other !== id) ?? [];
    if (line.length > 0) this.lines.set(key, line);
    else this.lines.delete(key);
  }

  private forgetOldSent(): void {
    const oldest = Date.now() - this.options.keepCompletedSeconds * 1000;
    while (this.sentOrder.length > 0) {
      const id = this.sentOrder[0]!;
      const entry = this.entries.get(id);
      if (entry?.state === 'sent' && (entry.finishedAt ?? 0) > oldest) break;
      this.sentOrder.shift();
      if (entry?.state === 'sent') this.entries.delete(id);
    }
  }
}

/** One person on one account of one channel. */
function lineOf(job: OutboundJob): string {
  return `${job.channel}:${job.account}:${job.userId}`;
}
