import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startApp, uniquePrefix } from '../support/app.js';
import { FakeGraph } from '../support/fake-graph.js';
import { RedisServer } from '../support/redis-server.js';
import {
  APP_SECRET,
  PAGE_ID,
  PAGE_TOKEN,
  PREVIOUS_APP_SECRET,
  VERIFY_TOKEN,
  messengerAttachment,
  messengerDelivery,
  messengerEcho,
  messengerEntry,
  messengerEnv,
  messengerPostback,
  messengerQuickReply,
  messengerRead,
  messengerReaction,
  messengerText,
  newMid,
  newUser,
  rawBodyWithQuirks,
  signatureOf,
  signedRequest,
  webhookBody,
  webhookOf,
  type AttachmentType,
  type WebhookBody,
} from '../fixtures/messenger.js';

const URL = '/webhooks/messenger';

describe('Messenger webhook', () => {
  let fake: FakeGraph;
  let app: FastifyInstance;

  beforeAll(async () => {
    fake = await FakeGraph.start();
    app = await startApp({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: uniquePrefix(), ...messengerEnv(fake.url) });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const post = (body: WebhookBody | string, secret = APP_SECRET) => app.inject({ method: 'POST', url: URL, ...signedRequest(body, secret) });

  /** Waits until nothing is queued or being sent: every reply the webhook queued has gone out. */
  async function settled(): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const c = await app.services.outbound.counts();
      if (c.waiting + c.active + c.delayed === 0) return;
      if (Date.now() > deadline) throw new Error(`outbound queue still busy: ${JSON.stringify(c)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const handled = (mid: string) => app.services.store.get(`seen:messenger:${PAGE_ID}:${mid}`);

  describe('subscription handshake', () => {
    it('echoes the challenge as plain text when the verify token matches', async () => {
      const response = await app.inject({ method: 'GET', url: `${URL}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.body).toBe('1158201444');
    });

    it('refuses a wrong verify token with 403', async () => {
      const response = await app.inject({ method: 'GET', url: `${URL}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1` });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: 'forbidden' });
    });

    it('refuses a mode other than subscribe with 403', async () => {
      const response = await app.inject({ method: 'GET', url: `${URL}?hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1` });
      expect(response.statusCode).toBe(403);
    });

    it('answers 400 naming hub.challenge when it is missing', async () => {
      const response = await app.inject({ method: 'GET', url: `${URL}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request', field: 'hub.challenge' });
    });
  });

  describe('signatures', () => {
    it('accepts a body signed with the app secret', async () => {
      const mid = newMid();
      expect((await post(webhookOf(messengerText({ user: newUser(), text: 'xin chào', mid })))).statusCode).toBe(200);
      expect(await handled(mid)).toBeDefined();
    });

    it('accepts a body signed with the previous secret while it is rotated out', async () => {
      const mid = newMid();
      expect((await post(webhookOf(messengerText({ user: newUser(), text: 'xin chào', mid })), PREVIOUS_APP_SECRET)).statusCode).toBe(200);
      expect(await handled(mid)).toBeDefined();
    });

    it('refuses a body signed with another secret with 403 and processes nothing', async () => {
      const mid = newMid();
      const response = await post(webhookOf(messengerText({ user: newUser(), text: 'xin chào', mid })), 'not-the-app-secret');
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/X-Hub-Signature-256/) });
      expect(await handled(mid)).toBeUndefined();
    });

    it('refuses a body changed after signing with 403', async () => {
      const mid = newMid();
      const { payload, headers } = signedRequest(webhookOf(messengerText({ user: newUser(), text: 'xin chào', mid })));
      const response = await app.inject({ method: 'POST', url: URL, headers, payload: payload.replace('xin chào', 'tạm biệt') });
      expect(response.statusCode).toBe(403);
      expect(await handled(mid)).toBeUndefined();
    });

    it('refuses a body without the signature header with 401', async () => {
      const mid = newMid();
      const response = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(webhookOf(messengerText({ user: newUser(), text: 'hi', mid }))) });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/missing/) });
      expect(await handled(mid)).toBeUndefined();
    });

    it('refuses a signature with the wrong prefix with 401', async () => {
      const mid = newMid();
      const { payload } = signedRequest(webhookOf(messengerText({ user: newUser(), text: 'hi', mid })));
      const sha1Style = signatureOf(payload).replace('sha256=', 'sha1=');
      const response = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sha1Style }, payload });
      expect(response.statusCode).toBe(401);
      expect(await handled(mid)).toBeUndefined();
    });

    it('verifies the raw bytes, with the escapes, float timestamps and huge app ids the platform writes', async () => {
      const user = newUser();
      const raw = rawBodyWithQuirks({ user, mid: newMid(), text: 'xin chào, trang https://baohiemxahoi.gov.vn/ nói gì?' });
      expect(JSON.stringify(JSON.parse(raw))).not.toBe(raw);
      expect((await post(raw)).statusCode).toBe(200);
      await fake.waitFor('the reply', () => fake.delivered(user).length === 1);
    });
  });

  describe('bad requests', () => {
    it('answers 413 to a body over 256 KB', async () => {
      const big = webhookOf(messengerText({ user: newUser(), text: 'a'.repeat(300 * 1024) }));
      const response = await post(big);
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ error: 'payload_too_large' });
    });

    it('answers 400 to a signed body that is not JSON', async () => {
      const response = await post('{"object":"page",');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request', field: 'body' });
    });

    it('answers 400 naming entry when the envelope has none', async () => {
      const response = await post(JSON.stringify({ object: 'page' }));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request', field: 'entry' });
    });
  });

  describe('events', () => {
    it('answers a question end to end through the Send API', async () => {
      const user = newUser();
      const response = await post(webhookOf(messengerText({ user, text: 'người thuộc hộ cận nghèo mua bhyt có được hỗ trợ không' })));
      expect(response.statusCode).toBe(200);
      await fake.waitFor('the answer', () => fake.delivered(user).length >= 1);
      await settled();

      // A one-message answer goes out at once: "typing…" is kept for replies of several messages.
      const [message, ...rest] = fake.requests.filter((r) => r.body.recipient?.id === user);
      expect(rest).toEqual([]);
      expect(message!.path).toBe('/v23.0/me/messages');
      expect(message!.authorization).toBe(`Bearer ${PAGE_TOKEN}`);
      expect(message!.body).toMatchObject({ recipient: { id: user }, messaging_type: 'RESPONSE', message: { metadata: expect.stringMatching(/^bhyt-bot:/) } });
      expect(message!.body.message.text).toMatch(/cận nghèo/i);
      expect(message!.body.message.text.length).toBeLessThanOrEqual(2000);
    });

    it('handles a quick-reply payload, with quick replies of at most 13 and titles of at most 20 characters', async () => {
      const user = newUser();
      await post(webhookOf(messengerQuickReply({ user, title: 'Xem các chủ đề', payload: 'HELP' })));
      await fake.waitFor('the help answer', () => fake.delivered(user).length === 1);
      const quickReplies = fake.delivered(user)[0]!.body.message.quick_replies as Array<{ title: string; payload: string; content_type: string }>;
      expect(quickReplies.length).toBeGreaterThan(0);
      expect(quickReplies.length).toBeLessThanOrEqual(13);
      for (const q of quickReplies) {
        expect(q.content_type).toBe('text');
        expect(Array.from(q.title).length).toBeLessThanOrEqual(20);
      }
      expect(quickReplies.map((q) => q.payload)).toContain('TOPIC:subsidy');
    });

    it('answers the Get Started postback with the help topics', async () => {
      const user = newUser();
      await post(webhookOf(messengerPostback({ user, payload: 'HELP', title: 'Bắt đầu' })));
      await fake.waitFor('the help answer', () => fake.delivered(user).length === 1);
      expect(fake.delivered(user)[0]!.body.message.text).toMatch(/bảo hiểm y tế/);
    });

    it('answers a postback without mid once, also when it is delivered again', async () => {
      const user = newUser();
      const body = webhookOf(messengerPostback({ user, payload: 'HELP', mid: null, timestamp: 1_700_000_000_123 }));
      await post(body);
      await post(body);
      await fake.waitFor('the answer', () => fake.delivered(user).length === 1);
      await settled();
      expect(fake.delivered(user)).toHaveLength(1);
    });

    const attachmentTypes: AttachmentType[] = ['image', 'sticker', 'audio', 'video', 'file', 'location'];
    for (const type of attachmentTypes) {
      it(`answers a ${type} politely that the bot reads text`, async () => {
        const user = newUser();
        await post(webhookOf(messengerAttachment({ user, type })));
        await fake.waitFor('the answer', () => fake.delivered(user).length === 1);
        expect(fake.delivered(user)[0]!.body.message.text).toMatch(/chỉ đọc được tin nhắn chữ/);
      });
    }

    const silent: Array<[string, (user: string) => WebhookBody]> = [
      ['an echo of the Page\'s own message', (user) => webhookOf(messengerEcho({ user }))],
      ['a delivery receipt', (user) => webhookOf(messengerDelivery({ user }))],
      ['a read receipt', (user) => webhookOf(messengerRead({ user }))],
      ['a reaction', (user) => webhookOf(messengerReaction({ user }))],
      ['a message in standby (another app holds the thread)', (user) => webhookBody(messengerEntry([messengerText({ user, text: 'xin chào' })], { standby: true }))],
      ['an unknown event kind', (user) => JSON.parse(JSON.stringify(webhookOf({ sender: { id: user }, recipient: { id: PAGE_ID }, timestamp: Date.now(), optin: { ref: 'x' } } as never)))],
    ];
    for (const [what, body] of silent) {
      it(`does not answer ${what}, and still answers 200`, async () => {
        const user = newUser();
        const response = await post(body(user));
        expect(response.statusCode).toBe(200);
        await settled();
        expect(fake.requests.filter((r) => r.body.recipient?.id === user)).toEqual([]);
      });
    }

    it('answers every message of a batch with several entries, skipping a malformed item', async () => {
      const [a, b, c] = [newUser(), newUser(), newUser()];
      const malformed = { recipient: { id: PAGE_ID }, timestamp: Date.now(), message: { mid: newMid(), text: 'no sender' } };
      const body = webhookBody(
        messengerEntry([messengerText({ user: a, text: 'xin chào' }), malformed as never, messengerDelivery({ user: a })]),
        messengerEntry([messengerText({ user: b, text: 'cảm ơn' }), messengerPostback({ user: c, payload: 'HELP' })]),
      );
      expect((await post(body)).statusCode).toBe(200);
      await fake.waitFor('three answers', () => [a, b, c].every((u) => fake.delivered(u).length === 1));
    });

    it('sends one reply when the same event is delivered twice at once', async () => {
      const user = newUser();
      const body = webhookOf(messengerText({ user, text: 'xin chào' }));
      const responses = await Promise.all([post(body), post(body)]);
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200]);
      await fake.waitFor('the reply', () => fake.delivered(user).length >= 1);
      await settled();
      expect(fake.delivered(user)).toHaveLength(1);
    });
  });
});

describe('Messenger webhook during a Redis outage', () => {
  it('answers 503 so that the platform delivers the event again later, and answers it once Redis is back', async () => {
    const redis = await RedisServer.start();
    const fake = await FakeGraph.start();
    const app = await startApp({ REDIS_URL: redis.url, REDIS_PREFIX: uniquePrefix(), ...messengerEnv(fake.url) });
    try {
      const user = newUser();
      const request = signedRequest(webhookOf(messengerText({ user, text: 'xin chào' })));
      await redis.stopProcess(true);
      const refused = await app.inject({ method: 'POST', url: URL, ...request });
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toMatchObject({ error: 'unavailable' });

      await redis.startProcess();
      await fake.waitFor('Redis again', () => app.services.redis?.status === 'ready');
      let accepted = await app.inject({ method: 'POST', url: URL, ...request });
      // The queue's own connection may need a moment longer; the platform would simply redeliver.
      while (accepted.statusCode === 503) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        accepted = await app.inject({ method: 'POST', url: URL, ...request });
      }
      expect(accepted.statusCode).toBe(200);
      await fake.waitFor('the reply', () => fake.delivered(user).length === 1);
    } finally {
      await app.close();
      await fake.close();
      await redis.stop();
    }
  });
});

describe('Messenger webhook without Redis', () => {
  it('sends the replies from this process', async () => {
    const fake = await FakeGraph.start();
    const app = await startApp(messengerEnv(fake.url));
    try {
      expect(app.services.outbound.kind).toBe('memory');
      const user = newUser();
      await app.inject({ method: 'POST', url: URL, ...signedRequest(webhookOf(messengerText({ user, text: 'xin chào' }))) });
      await fake.waitFor('the reply', () => fake.delivered(user).length === 1);
    } finally {
      await app.close();
      await fake.close();
    }
  });
});
