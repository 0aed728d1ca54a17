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
  | { kind: 'retry'; reason: string; delayMs?: number }
  | { kind: 'drop'; reason: string }
  | { kind: 'reschedule'; reason: string; at: Date };

export class SendError extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.reason);
  }
}

/** A channel's way to deliver replies; it throws SendError to say how a failure should be handled. */
export interface ChannelSender {
  readonly channel: ChannelName;
  /** Sends the job's messages from `job.sent` on, calling `delivered(n)` after each one. */
  send(job: OutboundJob, delivered: (count: number) => Promise<void>): Promise<void>;
}

/** Durable (BullMQ) when Redis is configured, in-process otherwise; channel-neutral. */
export interface OutboundQueue {
  register(sender: ChannelSender): void;
  enqueue(job: OutboundJob): Promise<void>;
  /** Stops taking work; jobs not started stay queued for the next instance. */
  close(): Promise<void>;
}
