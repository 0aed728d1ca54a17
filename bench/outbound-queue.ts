import { loadConfig } from '../src/config.js';
import { createOutboundQueue } from '../src/outbound/create-queue.js';
import type { OutboundQueue } from '../src/outbound/types.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The server's outbound queue, opened from the benchmark with the server's own configuration: it can
 * enqueue jobs exactly as the server does and count what is left, but it never sends (no sender, no start).
 */
export function openOutboundQueue(serverEnv: Record<string, string>): OutboundQueue {
  return createOutboundQueue(loadConfig(serverEnv), { logger: quiet });
}

/** Waits until nothing is waiting, active or delayed; returns the seconds it took, or undefined after `timeoutMs`. */
export async function drained(queue: OutboundQueue, timeoutMs: number): Promise<number | undefined> {
  const start = performance.now();
  for (;;) {
    const { waiting, active, delayed } = await queue.counts();
    const seconds = (performance.now() - start) / 1000;
    if (waiting + active + delayed === 0) return seconds;
    if (seconds * 1000 > timeoutMs) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
