import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';

/**
 * Sheds load before the process runs out of memory: 503 (which platforms redeliver) when too many
 * requests are in flight, the heap is too large or the event loop lags. Health probes are exempt.
 */
export async function guardAgainstOverload(app: FastifyInstance, { maxInFlight, maxHeapBytes, maxEventLoopDelayMs }: Config['overload']): Promise<void> {
  await app.register(underPressure, {
    maxHeapUsedBytes: maxHeapBytes,
    maxEventLoopDelay: maxEventLoopDelayMs,
    retryAfter: 10,
    pressureHandler: (_request, reply, type, value) => {
      reply.status(503).header('retry-after', '10').send({ error: 'unavailable', message: `server overloaded (${type}: ${value})` });
    },
  });
  let inFlight = 0;
  app.addHook('onRequest', async (request, reply) => {
    if (request.url === '/healthz' || request.url === '/readyz') return;
    if (inFlight >= maxInFlight) {
      return reply.status(503).header('retry-after', '5').send({ error: 'unavailable', message: 'too many requests in flight' });
    }
    inFlight++;
    let released = false;
    const release = () => {
      if (!released) {
        released = true;
        inFlight--;
      }
    };
    reply.raw.once('finish', release);
    reply.raw.once('close', release);
  });
}
