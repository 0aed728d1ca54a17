import { SendError, type SendFailure } from './types.js';

export interface BackoffSettings {
  backoffMs: number;
  throttleBackoffMs: number;
  maxBackoffMs: number;
}

type RetryFailure = Extract<SendFailure, { kind: 'retry' }>;

/** How a thrown error is handled: a sender's SendError says so itself; anything else is treated as transient. */
export function failureOf(error: unknown): SendFailure {
  if (error instanceof SendError) return error.failure;
  return { kind: 'retry', reason: `unexpected: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * The wait before retry number `attempt` (1 for the first retry): exponential from the base, capped,
 * with "equal jitter" (half fixed, half random) so that many failed sends do not come back at once.
 */
export function retryDelay(failure: RetryFailure, attempt: number, settings: BackoffSettings, random: () => number = Math.random): number {
  if (failure.delayMs !== undefined) return Math.min(Math.max(0, failure.delayMs), settings.maxBackoffMs);
  const base = failure.throttled ? settings.throttleBackoffMs : settings.backoffMs;
  const ceiling = Math.min(settings.maxBackoffMs, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export type Verdict =
  | { action: 'retry'; delayMs: number }
  | { action: 'reschedule'; at: Date }
  | { action: 'dead'; reason: string };

/** What to do after a failed attempt; `attemptsMade` counts this one. */
export function verdictOf(failure: SendFailure, attemptsMade: number, maxAttempts: number, settings: BackoffSettings): Verdict {
  switch (failure.kind) {
    case 'drop':
      return { action: 'dead', reason: failure.reason };
    case 'reschedule':
      return { action: 'reschedule', at: failure.at };
    case 'retry':
      return attemptsMade >= maxAttempts
        ? { action: 'dead', reason: `${failure.reason} (after ${attemptsMade} attempts)` }
        : { action: 'retry', delayMs: retryDelay(failure, attemptsMade, settings) };
  }
}
