import { Pool } from 'undici';
import type { SignedRequest } from './signed-webhooks.js';

export interface PacedOptions {
  ratePerSecond: number;
  seconds: number;
  /** Connections the pool may open; requests beyond them wait in the pool (and that wait counts as latency). */
  connections: number;
}

export interface PacedRun {
  sent: number;
  /** Wall time from the first request to the last answer. */
  seconds: number;
  /** How far behind its schedule the generator fell at worst (its own process being busy). */
  maxLagMs: number;
}

/** An answer, or `error` for a connection error or timeout. */
export type Answered = (index: number, status: number | 'error', latencyMs: number) => void;

/**
 * An open-loop load at a fixed rate: request i leaves at start + i/rate whether or not earlier ones were
 * answered, so a slow server meets a growing queue instead of a politely waiting client. (autocannon's
 * overallRate instead lets each connection send its quota back to back at the start of every second.)
 * Latency runs from the moment a request is handed to the pool to its complete answer.
 */
export async function pacedLoad(url: string, options: PacedOptions, next: (index: number) => SignedRequest, answered: Answered): Promise<PacedRun> {
  const pool = new Pool(url, { connections: options.connections, keepAliveTimeout: 60_000, headersTimeout: 10_000, bodyTimeout: 10_000 });
  const total = Math.round(options.ratePerSecond * options.seconds);
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  let maxLagMs = 0;

  const fire = (index: number) => {
    const { path, body, headers } = next(index);
    const t0 = performance.now();
    const request: Promise<void> = pool
      .request({ method: 'POST', path, body, headers })
      .then(async (response) => {
        await response.body.dump();
        answered(index, response.statusCode, performance.now() - t0);
      })
      .catch(() => answered(index, 'error', performance.now() - t0))
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  };

  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      const due = Math.min(total, Math.floor((elapsed * options.ratePerSecond) / 1000) + 1);
      if (due > sent + 1) maxLagMs = Math.max(maxLagMs, elapsed - (sent * 1000) / options.ratePerSecond);
      while (sent < due) fire(sent++);
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  const seconds = (performance.now() - start) / 1000;
  await pool.close();
  return { sent, seconds, maxLagMs };
}
