import type { Config } from '../config.js';
import type { StateStore } from '../state/store.js';
import { BullOutboundQueue } from './bullmq-queue.js';
import { MemoryOutboundQueue } from './memory-queue.js';
import type { OutboundLogger, QueueOptions } from './queue-options.js';
import { AccountRateLimiter, type RateLimits } from './rate-limiter.js';
import type { OutboundQueue } from './types.js';

/** Per-account send rates from the channels' settings; 0 leaves a channel unlimited. */
export function rateLimitsOf(config: Readonly<Config>): RateLimits {
  const limits: RateLimits = {};
  if (config.messenger?.ratePerSecond) limits.messenger = { max: config.messenger.ratePerSecond, windowMs: 1_000 };
  if (config.zalo?.ratePerMinute) limits.zalo = { max: config.zalo.ratePerMinute, windowMs: 60_000 };
  return limits;
}

/**
 * The durable queue on Redis when REDIS_URL is set, the in-process one otherwise.
 * Without a store (operator commands that only list and replay) sends are not rate-limited.
 */
export function createOutboundQueue(
  config: Readonly<Config>,
  deps: { store?: StateStore; logger: OutboundLogger; onRetry?: QueueOptions['onRetry'] },
): OutboundQueue {
  const options: QueueOptions = {
    settings: config.outbound,
    keepCompletedSeconds: config.dedupeTtlSeconds,
    logger: deps.logger,
    limiter: deps.store && new AccountRateLimiter(rateLimitsOf(config), deps.store),
    onRetry: deps.onRetry,
  };
  if (!config.redisUrl) return new MemoryOutboundQueue(options);
  return new BullOutboundQueue({ ...options, redisUrl: config.redisUrl, prefix: `${config.redisPrefix}bull`, userIdSecret: config.userIdSecret });
}
