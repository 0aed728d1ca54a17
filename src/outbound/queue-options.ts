import type { OutboundConfig } from '../config.js';
import type { AccountRateLimiter } from './rate-limiter.js';
import type { SendFailure } from './types.js';

/** The part of a logger the queue uses (Fastify's logger fits). */
export interface OutboundLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface QueueOptions {
  settings: OutboundConfig;
  /** How long a sent job's id is remembered, so that the same answer enqueued again is not sent again. */
  keepCompletedSeconds: number;
  logger: OutboundLogger;
  limiter?: AccountRateLimiter;
  /** Told of each retry the queue schedules (metrics, tests). */
  onRetry?: (jobId: string, delayMs: number, failure: SendFailure) => void;
}
