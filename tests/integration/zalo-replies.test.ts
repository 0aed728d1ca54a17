import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { userKey } from '../../src/privacy.js';
import { signedZaloRequest, zaloFollow, zaloOaSendText, zaloText, zaloUnfollow, type ZaloEventBody } from '../fixtures/zalo.js';
import { ask, startApp, uniquePrefix } from '../support/app.js';
import { FakeZalo } from '../support/fake-zalo.js';
import { RedisServer } from '../support/redis-server.js';

/** Polls until `probe` answers something (sends go through the queue, after the webhook's 200). */
async function eventually<T>(probe: () => Promise<T | undefined>, attempts = 200): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the expected state was not reached');
}

const NEAR_POOR_QUESTION = 'bảo hiểm y tế hộ cận nghèo được hỗ trợ thế nào';
const USER_ID_SECRET = 'test-secret-0123456789';

describe('Zalo replies, end to end through the durable queue', () => {
  let fake: FakeZalo;
  let prefix: string;
  let apps: FastifyInstance[];

  beforeEach(async () => {
    fake = await FakeZalo.start();
    prefix = uniquePrefix();
    apps = [];
  });
  afterEach(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await fake.stop();
  });

  async function instance(env: Record<string, string | undefined> = {}): Promise<FastifyInstance> {
    const app = await startApp(
      fake.env({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix, OUTBOUND_BACKOFF_MS: '20', OUTBOUND_THROTTLE_BACKOFF_MS: '20', ...env }),
    );
    apps.push(app);
    return app;
  }

  function post(app: FastifyInstance, event: ZaloEventBody) {
    const { payload, headers } = signedZaloRequest(event);
    return app.inject({ method: 'POST', url: '/webhooks/zalo', payload, headers });
  }

  /** Sends a question from another user and waits for its answer: whatever was queued before it has been sent by then. */
  async function settle(app: FastifyInstance): Promise<void> {
    const before = fake.delivered.length;
    expect((await post(app, zaloText({ userId: `marker-${before}`, text: 'xin chào' }))).statusCode).toBe(200);
    await fake.waitForDelivered(before + 1);
  }

  it('answers the near-poor subsidy question once, with its sources', async () => {
    const app = await instance();
    const event = zaloText({ userId: 'citizen-1', text: NEAR_POOR_QUESTION });
    expect((await post(app, event)).statusCode).toBe(200);
    const [answer] = await fake.waitForDelivered(1);
    expect(answer).toMatchObject({ userId: 'citizen-1', accessToken: 'access-0' });
    expect(answer!.message.text).toMatch(/cận nghèo/);
    expect(answer!.message.text).toMatch(/Nguồn: .*52-CT\/TW/);
    // Zalo redelivers when it thinks the first delivery failed: the answer is not sent again.
    expect((await post(app, event)).statusCode).toBe(200);
    await settle(app);
    expect(fake.deliveredTo('citizen-1')).toHaveLength(1);
  });

  it('sends one reply when the same event arrives twice at once', async () => {
    const app = await instance();
    const event = zaloText({ userId: 'citizen-2', text: NEAR_POOR_QUESTION });
    const answers = await Promise.all([post(app, event), post(app, event)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    await settle(app);
    expect(fake.deliveredTo('citizen-2')).toHaveLength(1);
  });

  it("does not answer the OA's own messages echoed back", async () => {
    const app = await instance();
    expect((await post(app, zaloOaSendText({ userId: 'citizen-3', text: 'Cảm ơn bạn đã quan tâm!' }))).statusCode).toBe(200);
    await settle(app);
    expect(fake.sends.filter((s) => s.userId === 'citizen-3')).toHaveLength(0);
  });

  it('welcomes a follower with the help topics as buttons', async () => {
    const app = await instance();
    await post(app, zaloFollow({ userId: 'follower-1' }));
    const messages = (await fake.waitForDelivered(2)).filter((s) => s.userId === 'follower-1').map((s) => s.message);
    expect(messages[0]!.text).toMatch(/^Cảm ơn bạn đã quan tâm!/);
    const buttons = messages.flatMap((m) => m.attachment?.payload.buttons ?? []);
    expect(buttons.map((b) => b.payload)).toContain('#TOPIC:subsidy');
    expect(buttons.map((b) => b.payload)).toContain('#HANDOFF');
  });

  it('answers a tapped topic button, then a question picked by its number', async () => {
    const app = await instance();
    await post(app, zaloText({ userId: 'citizen-4', text: '#TOPIC:subsidy' }));
    const [topic] = await fake.waitForDelivered(1);
    expect(topic!.message.text).toMatch(/^Một số câu hỏi thường gặp/);
    const firstChoice = topic!.message.attachment!.payload.buttons[0]!;
    await post(app, zaloText({ userId: 'citizen-4', text: '1' }));
    const [, answer] = await fake.waitForDelivered(2);
    expect(answer!.message.text).toContain('Nguồn:');
    expect(firstChoice.payload).toMatch(/^#(FAQ|DAY):/);
  });

  it("deletes the user's conversation state on unfollow and sends nothing", async () => {
    const app = await instance();
    await post(app, zaloText({ userId: 'citizen-5', text: 'mình ở hải phòng' }));
    await fake.waitForDelivered(1);
    const key = `conv:${userKey(USER_ID_SECRET, 'zalo', 'citizen-5')}`;
    expect(await app.services.store.get(key)).toBeDefined();
    expect((await post(app, zaloUnfollow({ userId: 'citizen-5' }))).statusCode).toBe(200);
    expect(await app.services.store.get(key)).toBeUndefined();
    await settle(app);
    expect(fake.sends.filter((s) => s.userId === 'citizen-5')).toHaveLength(1);
  });

  it('retries a send that failed with a server error until it is delivered', async () => {
    const app = await instance();
    fake.scriptSends({ status: 500 }, { error: -100 }, { error: -32 });
    await post(app, zaloText({ userId: 'citizen-6', text: NEAR_POOR_QUESTION }));
    await fake.waitForDelivered(1);
    expect(fake.sends.map((s) => s.answer)).toEqual(['http-error', -100, -32, 'sent']);
  });

  it('does not retry a reply to someone who no longer follows the OA', async () => {
    const app = await instance();
    fake.scriptSends({ error: -213 });
    await post(app, zaloText({ userId: 'citizen-7', text: NEAR_POOR_QUESTION }));
    await settle(app);
    expect(fake.sends.filter((s) => s.userId === 'citizen-7').map((s) => s.answer)).toEqual([-213]);
    expect((await app.services.outbound.deadLetters()).map((d) => d.job.userId)).toContain('citizen-7');
  });

  it('refreshes an expired token once and then delivers the answer', async () => {
    const app = await instance();
    fake.expireAccessTokens();
    await post(app, zaloText({ userId: 'citizen-8', text: NEAR_POOR_QUESTION }));
    const [answer] = await fake.waitForDelivered(1);
    expect(answer!.accessToken).toBe('access-1');
    expect(fake.refreshes).toHaveLength(1);
  });

  it('makes exactly one refresh request when two instances sharing Redis need one at once', async () => {
    const [one, two] = [await instance(), await instance()];
    fake.expireAccessTokens();
    await Promise.all([
      post(one, zaloText({ userId: 'citizen-9', text: NEAR_POOR_QUESTION })),
      post(two, zaloText({ userId: 'citizen-10', text: NEAR_POOR_QUESTION })),
    ]);
    await fake.waitForDelivered(2);
    expect(fake.refreshes).toHaveLength(1);
    expect(fake.delivered.map((s) => s.accessToken)).toEqual(['access-1', 'access-1']);
  });

  it('stops at one refresh request when the refresh token is rejected, and the web chat keeps answering', async () => {
    const app = await instance();
    fake.expireAccessTokens();
    fake.scriptRefreshes({ error: -14014 });
    for (const userId of ['citizen-11', 'citizen-12', 'citizen-13']) {
      expect((await post(app, zaloText({ userId, text: NEAR_POOR_QUESTION }))).statusCode).toBe(200);
    }
    const deadLetters = await eventually(async () => {
      const letters = await app.services.outbound.deadLetters();
      return letters.length === 3 ? letters : undefined;
    });
    expect(deadLetters.map((d) => d.reason)).toEqual(Array(3).fill(expect.stringMatching(/re-authorised/)));
    expect(fake.refreshes).toHaveLength(1);
    expect((await ask(app, 'web-visitor', NEAR_POOR_QUESTION)).intent).toBe('faq');
  });

  it('answers 503 while Redis is down, and answers the event Zalo delivers again once Redis is back', async () => {
    const redis = await RedisServer.start();
    const app = await startApp(fake.env({ REDIS_URL: redis.url, REDIS_PREFIX: prefix }));
    try {
      await redis.stopProcess(true);
      const event = zaloText({ userId: 'citizen-14', text: NEAR_POOR_QUESTION });
      const response = await post(app, event);
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toBe('unavailable');

      await redis.startProcess();
      await eventually(async () => ((await post(app, event)).statusCode === 200 ? true : undefined));
      await fake.waitForDelivered(1);
      expect(fake.deliveredTo('citizen-14')).toHaveLength(1);
    } finally {
      await app.close();
      await redis.stop();
    }
  });
});
