import type { ChannelName, Reply } from '../message.js';

/** Replies to one inbound message, waiting to be sent. The raw user id lives only here, and only until sent. */
export interface OutboundJob {
  channel: ChannelName;
  account: string;
  userId: string;
  /** The inbound message id: the job id, so enqueueing the same answer twice is a no-op. */
  messageId: string;
  replies: Reply[];
  /** How many platform messages of this job were already delivered (a retry resumes after them). */
  sent?: number;
}

/** What to do with a send that failed, decided by the channel from the platform's error code. */
export type SendFailure =
  /** Try again later: after `delayMs` when given, else with exponential backoff (longer when `throttled`). */
  | { kind: 'retry'; reason: string; delayMs?: number; throttled?: boolean }
  /** Never retry; the job goes to the dead letters. */
  | { kind: 'drop'; reason: string }
  | { kind: 'reschedule'; reason: string; at: Date };

export class SendError extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.reason);
  }
}

/** Told after each message sent: how many of the job's messages are out, and whether that was the last. */
export type Delivered = (count: number, last: boolean) => Promise<void>;

/** A channel's way to deliver replies; it throws SendError to say how a failure should be handled. */
export interface ChannelSender {
  readonly channel: ChannelName;
  /** Sends the job's messages from `job.sent` on, calling `delivered(n, last)` after each one. */
  send(job: OutboundJob, delivered: Delivered): Promise<void>;
  /** How many platform API calls sending the rest of the job takes: what the platform's rate limit counts. */
  apiCalls(job: OutboundJob): number;
  /** Releases connections; the queue calls it once no send is running any more. */
  close?(): Promise<void>;
}

/** A job that will not be sent without an operator: its retries ran out, or the platform refused it for good. */
export interface DeadLetter {
  id: string;
  job: OutboundJob;
  reason: string;
  attempts: number;
  failedAt: Date;
}

export interface OutboundCounts {
  waiting: number;
  active: number;
  delayed: number;
  dead: number;
}

/** Durable (BullMQ) when Redis is configured, in-process otherwise; channel-neutral. */
export interface OutboundQueue {
  readonly kind: 'redis' | 'memory';
  register(sender: ChannelSender): void;
  /** Throws Unavailable when the job cannot be stored now (the webhook then answers 503). */
  enqueue(job: OutboundJob): Promise<void>;
  /** Starts sending; called once the channels have registered their senders. */
  start(): Promise<void>;
  deadLetters(): Promise<DeadLetter[]>;
  /** Queues dead letters again (one by id, or all); returns the ids queued. */
  replay(id?: string): Promise<string[]>;
  counts(): Promise<OutboundCounts>;
  /** Stops taking work; jobs not started stay queued for the next instance. */
  close(): Promise<void>;
}
