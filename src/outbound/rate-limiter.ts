import type { ChannelName } from '../message.js';
import type { StateStore } from '../state/store.js';

export interface RateWindow {
  /** Sends allowed per window and account; 0 means unlimited. */
  max: number;
  windowMs: number;
}

export type RateLimits = Partial<Record<ChannelName, RateWindow>>;

/**
 * A fixed-window counter per (channel, account), kept in the state store so that every
 * instance sharing Redis counts together.
 */
export class AccountRateLimiter {
  constructor(
    private readonly limits: RateLimits,
    private readonly store: StateStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when a job of `calls` platform API calls may go now (and counts them); otherwise how long to wait for the next window. */
  async waitMs(channel: ChannelName, account: string, calls = 1): Promise<number> {
    const limit = this.limits[channel];
    if (!limit || limit.max <= 0) return 0;
    const now = this.now();
    const window = Math.floor(now / limit.windowMs);
    const count = await this.store.increment(`outbound-rate:${channel}:${account}:${window}`, Math.ceil(limit.windowMs / 1000) + 1, calls);
    // A job larger than a whole window still goes, alone, at the start of one.
    return count <= Math.max(limit.max, calls) ? 0 : (window + 1) * limit.windowMs - now;
  }
}
