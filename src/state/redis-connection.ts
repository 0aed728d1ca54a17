import { Redis, type RedisOptions } from 'ioredis';

/**
 * Options for connections on the request path: fail fast while Redis is away (no offline queue,
 * one retry, a command timeout) so a webhook answers 503 and the platform redelivers later,
 * and reconnect by itself with a short, capped delay.
 */
export const requestPathOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  commandTimeout: 2_000,
  connectTimeout: 2_000,
  retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
  lazyConnect: false,
};

export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, { ...requestPathOptions, ...options });
  // Errors surface on the commands that fail; the event itself only needs a listener so it does not crash the process.
  redis.on('error', () => {});
  return redis;
}

/** Resolves when the connection is ready, or false after `timeoutMs` (the client keeps trying in the background). */
export function whenReady(redis: Redis, timeoutMs = 5_000): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ok);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.on('ready', onReady);
  });
}
