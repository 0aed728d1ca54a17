import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { UserOrder, type UserOrderOptions } from '../../src/outbound/user-order.js';
import type { OutboundJob } from '../../src/outbound/types.js';
import { uniquePrefix } from '../support/app.js';

function reply(messageId: string, overrides: Partial<OutboundJob> = {}): OutboundJob {
  return { channel: 'zalo', account: 'oa-1', userId: 'citizen-1', messageId, replies: [{ text: 'Xin chào!' }], ...overrides };
}

describe("one person's line of replies", () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'));
  });
  afterAll(() => redis.quit());

  /** A line whose jobs are in the states given (a job not listed was never stored: 'unknown'). */
  function line(states: Record<string, string>, options: Partial<UserOrderOptions> = {}): UserOrder {
    const prefix = uniquePrefix();
    return new UserOrder(redis, {
      prefix,
      userIdSecret: 'test-secret-0123456789',
      ttlSeconds: 60,
      jobKey: (id) => `${prefix}:job:${id}`,
      stateOf: async (id) => states[id] ?? 'unknown',
      ...options,
    });
  }

  it('holds a reply back while an earlier one of the same person is still being sent', async () => {
    const order = line({ first: 'active', second: 'waiting' });
    await order.join(reply('m-1'), 'first');
    await order.join(reply('m-2'), 'second');
    expect(await order.wait(reply('m-1'), 'first')).toBe(0);
    expect(await order.wait(reply('m-2'), 'second')).toBeGreaterThan(0);
    await order.leave(reply('m-1'), 'first');
    expect(await order.wait(reply('m-2'), 'second')).toBe(0);
  });

  it('lets a reply that joined an empty line go without asking again, and tells a later one to wait', async () => {
    const order = line({ first: 'active', second: 'waiting' });
    const first = await order.join(reply('m-1'), 'first');
    const second = await order.join(reply('m-2'), 'second');
    expect([first.first, second.first]).toEqual([true, false]);
    expect(await order.wait(reply('m-2'), 'second', second)).toBeGreaterThan(0);
  });

  it('stores a sent reply without the person and the text, and lets the next one go, in one call', async () => {
    const jobs = uniquePrefix();
    const jobKey = (id: string) => `${jobs}:job:${id}`;
    const order = line({ first: 'active', second: 'waiting' }, { jobKey });
    const sent = reply('m-1');
    const place = await order.join(sent, 'first');
    const second = await order.join(reply('m-2'), 'second');
    await redis.hset(jobKey('first'), 'data', JSON.stringify(sent));
    await order.leaveSent(redis, sent, 'first', { ...sent, userId: '', replies: [] }, place);
    expect(JSON.parse((await redis.hget(jobKey('first'), 'data'))!)).toMatchObject({ userId: '', replies: [] });
    expect(await order.wait(reply('m-2'), 'second', second)).toBe(0);
  });

  it('does not hold back the replies of another person', async () => {
    const order = line({ first: 'active', other: 'waiting' });
    await order.join(reply('m-1'), 'first');
    await order.join(reply('m-9', { userId: 'citizen-2' }), 'other');
    expect(await order.wait(reply('m-9', { userId: 'citizen-2' }), 'other')).toBe(0);
  });

  it('gives up a place whose job was never stored, once it is older than the abandon delay', async () => {
    // The process died between taking the place and storing the job: 'lost' stays 'unknown'.
    const order = line({ next: 'waiting' }, { abandonedMs: 200 });
    await order.join(reply('m-1'), 'lost');
    await order.join(reply('m-2'), 'next');
    expect(await order.wait(reply('m-2'), 'next')).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await order.wait(reply('m-2'), 'next')).toBe(0);
  });

  it('moves a finished job out of the way when its sender died before leaving the line', async () => {
    const order = line({ done: 'completed', next: 'waiting' });
    await order.join(reply('m-1'), 'done');
    await order.join(reply('m-2'), 'next');
    expect(await order.wait(reply('m-2'), 'next')).toBe(0);
  });
});
