import type { ChannelRecord } from './fake-platform.js';

export interface DeliveryCheck {
  /** Accepted webhooks whose reply was queued: each must reach the fake platform exactly once. */
  expected: number;
  delivered: number;
  /** Expected replies of which no part arrived. */
  missing: number;
  /** Replies with fewer parts than other replies to the same question (which, from a new user, are identical). */
  incomplete: number;
  /** Reply parts that arrived more than once. */
  duplicates: number;
  /** Replies that arrived for a webhook that was not accepted. */
  unexpected: number;
}

/**
 * Compares the replies the fake platform received with the webhooks the server accepted, by reply id;
 * `accepted` maps each reply id to the question asked.
 */
export function checkDeliveries(accepted: ReadonlyMap<string, string>, record: ChannelRecord): DeliveryCheck {
  let delivered = 0;
  let duplicates = 0;
  let unexpected = 0;
  const partsOf = new Map<string, number>();
  const mostParts = new Map<string, number>();
  for (const [id, parts, repeated] of record.received) {
    duplicates += repeated;
    const question = accepted.get(id);
    if (question === undefined) {
      unexpected += 1;
      continue;
    }
    delivered += 1;
    partsOf.set(id, parts);
    mostParts.set(question, Math.max(parts, mostParts.get(question) ?? 0));
  }
  let incomplete = 0;
  for (const [id, parts] of partsOf) if (parts < mostParts.get(accepted.get(id)!)!) incomplete += 1;
  return { expected: accepted.size, delivered, missing: accepted.size - delivered, incomplete, duplicates, unexpected };
}

export interface WindowPeak {
  /** Most events in one window aligned on the clock (as the queue's fixed-window limiter counts). */
  aligned: number;
  /** Most events in any window of that length, wherever it starts. */
  sliding: number;
}

export function peakPerWindow(times: readonly number[], windowMs: number): WindowPeak {
  const sorted = [...times].sort((a, b) => a - b);
  const perWindow = new Map<number, number>();
  let sliding = 0;
  let from = 0;
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    const window = Math.floor(t / windowMs);
    perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
    while (sorted[from]! <= t - windowMs) from += 1;
    sliding = Math.max(sliding, i - from + 1);
  }
  return { aligned: Math.max(0, ...perWindow.values()), sliding };
}

/** Events per second between the first and the last one. */
export function ratePerSecond(times: readonly number[]): number {
  if (times.length < 2) return 0;
  let first = Infinity;
  let last = -Infinity;
  for (const t of times) [first, last] = [Math.min(first, t), Math.max(last, t)];
  return last > first ? ((times.length - 1) * 1000) / (last - first) : 0;
}
