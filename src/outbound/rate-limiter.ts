import type { ChannelName } from '../message.js';
import type { StateStore } from '../state/store.js';

export interface RateWindow {
  /** Sends allowed per window and account; 0 means unlimited. */
  max: number;
  windowMs: number;
}

export type RateLimits = Partial<Record<ChannelName, RateWindow>>;

// A window is counted in slices, each allowed 1/(SLICES + 1) of the limit: any sliding window then
// overlaps at most SLICES + 1 slices and stays within the limit (fixed windows would let twice through).
const SLICES = 10;

/**
 * A per-(channel, account) counter of platform API calls, kept in the state store so that every
 * instance sharing Redis counts together.
 */
export class AccountRateLimiter {
  constructor(
    private readonly limits: RateLimits,
    private readonly store: StateStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when a job of `calls` platform API calls may go now (and counts them); otherwise how long to wait. */
  async waitMs(channel: ChannelName, account: string, calls = 1): Promise<number> {
    const limit = this.limits[channel];
    if (!limit || limit.max <= 0) return 0;
    const sliced = limit.max > SLICES;
    const sliceMs = sliced ? limit.windowMs / SLICES : limit.windowMs;
    const allowed = sliced ? Math.floor(limit.max / (SLICES + 1)) : limit.max;
    const now = this.now();
    const slice = Math.floor(now / sliceMs);
    const count = await this.store.increment(`outbound-rate:${channel}:${account}:${slice}`, Math.ceil(sliceMs / 1000) + 1, calls);
    // A job larger than a whole slice still goes, alone, at the start of one.
    return count <= Math.max(allowed, calls) ? 0 : (slice + 1) * sliceMs - now;
  }
}
