import autocannon from 'autocannon';
import { percentile } from './report.js';
import type { SignedRequest } from './signed-webhooks.js';

/** One closed-loop run: what was answered and how fast. */
export interface LoadSlice {
  seconds: number;
  ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
  /** Latency of every answer, in milliseconds (autocannon's own histogram keeps whole milliseconds only). */
  latencies: number[];
}

export interface ThroughputResult {
  /** 2xx answers per second. */
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

/**
 * As many requests as `connections` keep-alive connections can get answered in `seconds` (closed loop:
 * each connection sends its next request when the previous one is answered). `next` builds each request,
 * so every one carries a fresh message id and its own signature.
 */
export async function closedLoop(url: string, next: () => SignedRequest, options: { connections: number; seconds: number }): Promise<LoadSlice> {
  const slice: LoadSlice = { seconds: 0, ok: 0, errors: 0, latencies: [] };
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { path, body, headers } = next();
          return { ...request, path, body, headers };
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, latencyMs) => {
    slice.latencies.push(latencyMs);
    if (status >= 200 && status < 300) slice.ok += 1;
    else slice.errors += 1;
  });
  instance.on('reqError', () => {
    slice.errors += 1;
  });
  slice.seconds = (await instance).duration;
  return slice;
}

/** Several slices of the same load taken together (slices of two servers are interleaved to share the noise). */
export function combine(slices: readonly LoadSlice[]): ThroughputResult {
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const latencies = slices.flatMap((s) => s.latencies);
  return {
    rps: slices.reduce((sum, s) => sum + s.ok, 0) / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: percentile(latencies, 1),
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
  };
}
