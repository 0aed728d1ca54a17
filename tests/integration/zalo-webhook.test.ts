import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { TurnRecord } from '../../src/pipeline/pipeline.js';
import {
  signedZaloRequest,
  zaloAttachment,
  zaloFollow,
  zaloOaSendText,
  zaloReaction,
  zaloReceipt,
  zaloSubmitInfo,
  zaloText,
  zaloUnfollow,
  type ZaloAttachmentKind,
  type ZaloEventBody,
  type SignOptions,
} from '../fixtures/zalo.js';
import { startApp } from '../support/app.js';
import { FakeZalo } from '../support/fake-zalo.js';

const HOUR = 3_600_000;

describe('Zalo webhook', () => {
  let fake: FakeZalo;
  let app: FastifyInstance;
  const turns: TurnRecord[] = [];

  beforeAll(async () => {
    fake = await FakeZalo.start();
    app = await startApp(fake.env({ ZALO_OA_SECRET_KEY_PREVIOUS: 'previous-oa-secret-key', USER_RATE_LIMIT: '1000' }), {
      observer: { turnHandled: async (record) => void turns.push(record), userForgotten: async () => {} },
    });
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });
  beforeEach(() => {
    turns.length = 0;
  });

  function post(event: ZaloEventBody | string, sign: SignOptions = {}) {
    const { payload, headers } = signedZaloRequest(event, sign);
    return app.inject({ method: 'POST', url: '/webhooks/zalo', payload, headers });
  }

  describe('signature', () => {
    it('accepts an event signed with the OA secret key', async () => {
      const response = await post(zaloText({ text: 'xin chào' }));
      expect(response.statusCode).toBe(200);
      expect(turns.map((t) => t.intent)).toEqual(['greeting']);
    });

    it('accepts the signature without the mac= prefix', async () => {
      expect((await post(zaloText({ text: 'xin chào' }), { bare: true })).statusCode).toBe(200);
      expect(turns).toHaveLength(1);
    });

    it('accepts the previous OA secret key while the key is rotated', async () => {
      expect((await post(zaloText({ text: 'xin chào' }), { key: 'previous-oa-secret-key' })).statusCode).toBe(200);
    });

    it('rejects an event signed with another key and handles nothing', async () => {
      const response = await post(zaloText({ text: 'xin chào' }), { key: 'someone-elses-key' });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'unauthorized', message: 'invalid X-ZEvent-Signature' });
      expect(turns).toHaveLength(0);
    });

    it('rejects a body changed after it was signed', async () => {
      const { payload, headers } = signedZaloRequest(zaloText({ text: 'xin chào' }));
      const tampered = payload.replace('xin chào', 'xóa dữ liệu');
      const response = await app.inject({ method: 'POST', url: '/webhooks/zalo', payload: tampered, headers });
      expect(response.statusCode).toBe(401);
      expect(turns).toHaveLength(0);
    });

    it('rejects an event without the X-ZEvent-Signature header', async () => {
      const response = await app.inject({ method: 'POST', url: '/webhooks/zalo', payload: zaloText({ text: 'xin chào' }) });
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toMatch(/X-ZEvent-Signature/);
      expect(turns).toHaveLength(0);
    });

    it('rejects a correctly signed event whose timestamp is outside the replay window', async () => {
      const response = await post(zaloText({ text: 'xin chào', at: new Date(Date.now() - 7 * HOUR) }));
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toMatch(/stale event.*replay window/);
      expect(turns).toHaveLength(0);
    });

    it("accepts Zalo's own redelivery two hours after the event", async () => {
      expect((await post(zaloText({ text: 'xin chào', at: new Date(Date.now() - 2 * HOUR) }))).statusCode).toBe(200);
      expect(turns).toHaveLength(1);
    });

    it('answers 200 to the unsigned {} sent when the webhook URL is saved, and handles nothing', async () => {
      const response = await app.inject({ method: 'POST', url: '/webhooks/zalo', payload: '{}', headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(200);
      expect(turns).toHaveLength(0);
    });
  });

  describe('bad input', () => {
    it('refuses a body over 256 KB with 413', async () => {
      const response = await post(zaloText({ text: 'a'.repeat(300 * 1024) }));
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toBe('payload_too_large');
    });

    it('refuses a body that is not JSON with 400', async () => {
      const response = await app.inject({ method: 'POST', url: '/webhooks/zalo', payload: 'not json', headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request', field: 'body' });
    });

    it('refuses a signed event without event_name with 400 naming the field', async () => {
      const { event_name: _omitted, ...event } = zaloText({ text: 'xin chào' });
      const response = await post(JSON.stringify(event));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request', field: 'event_name' });
    });
  });

  describe('events', () => {
    it('answers a text message', async () => {
      await post(zaloText({ text: 'bảo hiểm y tế hộ cận nghèo được hỗ trợ thế nào' }));
      expect(turns.map((t) => [t.channel, t.intent])).toEqual([['zalo', 'faq']]);
    });

    it('reads a tapped button as its payload', async () => {
      await post(zaloText({ text: '#TOPIC:subsidy' }));
      expect(turns.map((t) => t.intent)).toEqual(['topic']);
    });

    const kinds: ZaloAttachmentKind[] = ['image', 'sticker', 'gif', 'audio', 'video', 'file', 'location', 'link', 'business_card'];
    it.each(kinds)('answers user_send_%s with the reply that the bot reads text', async (kind) => {
      expect((await post(zaloAttachment(kind, { userId: `sender-of-${kind}` }))).statusCode).toBe(200);
      expect(turns.map((t) => t.intent)).toEqual(['attachment']);
    });

    it('welcomes a new follower, found in follower.id', async () => {
      await post(zaloFollow({ userId: 'new-follower' }));
      expect(turns.map((t) => t.intent)).toEqual(['help']);
    });

    it('forgets a user who unfollows', async () => {
      await post(zaloUnfollow({ userId: 'leaving' }));
      expect(turns.map((t) => t.intent)).toEqual(['forget']);
    });

    it.each([
      ['user_received_message', () => zaloReceipt('user_received_message')],
      ['user_seen_message', () => zaloReceipt('user_seen_message')],
      ['user_reacted_message', () => zaloReaction()],
      ['user_submit_info', () => zaloSubmitInfo()],
      ['oa_send_text', () => zaloOaSendText()],
    ])('never answers %s', async (_name, event) => {
      expect((await post(event())).statusCode).toBe(200);
      expect(turns).toHaveLength(0);
    });

    it('skips an unknown event with 200', async () => {
      const event = { ...zaloText({ text: 'x' }), event_name: 'user_asking_for_consent' };
      expect((await post(event)).statusCode).toBe(200);
      expect(turns).toHaveLength(0);
    });
  });
});
