import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { RedisServer } from '../support/redis-server.js';
import { startApp } from '../support/app.js';

async function waitFor(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting: ${what}`);
}

describe('a Redis outage', () => {
  let redis: RedisServer;
  let app: FastifyInstance;
  beforeAll(async () => {
    redis = await RedisServer.start();
    app = await startApp({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await app.close();
    await redis.stop();
  });

  const chat = (text: string) => app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: 'outage', text } });

  it('answers 503 while Redis is down, says not ready, and recovers without a restart', async () => {
    expect((await chat('xin chào')).statusCode).toBe(200);

    await redis.stopProcess(true);
    const during = await chat('ngày bhyt là ngày nào');
    expect(during.statusCode).toBe(503);
    expect(during.json().error).toBe('unavailable');
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    await redis.startProcess();
    await waitFor(async () => (await app.inject({ method: 'GET', url: '/readyz' })).statusCode === 200, 'ready again');
    const after = await chat('ngày bhyt là ngày nào');
    expect(after.statusCode).toBe(200);
    expect(after.json().intent).toBe('health-day');
  });
});
