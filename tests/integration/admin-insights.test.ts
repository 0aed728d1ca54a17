import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lastDays, vietnamDay } from '../../src/insights/days.js';
import { MemoryInsightsRepository } from '../../src/insights/memory-repository.js';
import { RedisInsightsRepository } from '../../src/insights/redis-repository.js';
import type { InsightsRepository } from '../../src/insights/repository.js';
import type { InboundMessage } from '../../src/message.js';
import { AdminClient } from '../support/admin-client.js';
import { ask, startApp, uniquePrefix } from '../support/app.js';
import { createStaff, staffMember } from '../fixtures/admin.js';

const stores: Array<[string, () => Promise<{ repository: InsightsRepository; close: () => Promise<void> }>]> = [
  ['memory', async () => ({ repository: new MemoryInsightsRepository(), close: async () => {} })],
  [
    'Redis',
    async () => {
      const redis = new Redis(inject('redisUrl'));
      return { repository: new RedisInsightsRepository(redis, uniquePrefix()), close: async () => void (await redis.quit()) };
    },
  ],
];

describe.each(stores)('insights kept in %s', (_name, open) => {
  let repository: InsightsRepository;
  let close: () => Promise<void>;
  beforeAll(async () => ({ repository, close } = await open()));
  afterAll(() => close());

  it('counts messages, answers and fallbacks per day and channel, and answers per entry', async () => {
    await repository.count('2025-11-20', 'webchat', 'answered', 'entry-a');
    await repository.count('2025-11-20', 'webchat', 'fallback');
    await repository.count('2025-11-20', 'zalo', 'other');
    await repository.count('2025-11-21', 'messenger', 'answered', 'entry-a');
    const [first, second, empty] = await repository.days(['2025-11-20', '2025-11-21', '2025-11-22']);
    expect(first).toEqual({
      date: '2025-11-20',
      channels: { webchat: { messages: 2, answered: 1, fallback: 1 }, zalo: { messages: 1, answered: 0, fallback: 0 } },
      entries: { 'entry-a': 1 },
    });
    expect(second!.channels.messenger).toEqual({ messages: 1, answered: 1, fallback: 0 });
    expect(empty).toEqual({ date: '2025-11-22', channels: {}, entries: {} });
  });

  it('keeps questions newest first, removes dismissed ones, and forgets one owner without touching others', async () => {
    await repository.addQuestion({ text: 'giá vàng hôm nay', at: Date.now() - 2000, owner: 'owner-a' });
    await repository.addQuestion({ text: 'thời tiết ngày mai', at: Date.now() - 1000, owner: 'owner-b' });
    await repository.addQuestion({ text: 'giá vàng hôm qua', at: Date.now(), owner: 'owner-a' });
    const all = await repository.questions(10);
    expect(all.map((q) => q.text)).toEqual(['giá vàng hôm qua', 'thời tiết ngày mai', 'giá vàng hôm nay']);
    expect(all.every((q) => !('owner' in q))).toBe(true);
    await repository.removeQuestions([all[1]!.id]);
    expect((await repository.questions(10)).map((q) => q.text)).toEqual(['giá vàng hôm qua', 'giá vàng hôm nay']);
    await repository.addQuestion({ text: 'câu của người khác', at: Date.now(), owner: 'owner-c' });
    await repository.forgetOwner('owner-a');
    expect((await repository.questions(10)).map((q) => q.text)).toEqual(['câu của người khác']);
  });

  it('keeps hand-offs by user until removed or forgotten', async () => {
    const since = Date.now();
    await repository.putHandoff({ userKey: 'user-1', channel: 'messenger', since, until: since + 60_000 });
    await repository.putHandoff({ userKey: 'user-2', channel: 'zalo', since, until: since + 60_000 });
    expect((await repository.handoffs()).map((h) => h.userKey).sort()).toEqual(['user-1', 'user-2']);
    await repository.removeHandoff('user-1');
    await repository.forgetOwner('user-2');
    expect(await repository.handoffs()).toEqual([]);
  });
});

describe('statistics counted on Redis', () => {
  it('are written in batches, and what is gathered when the app stops is written before it closes', async () => {
    const redis = new Redis(inject('redisUrl'));
    const prefix = uniquePrefix();
    const stopping = new RedisInsightsRepository(redis, prefix);
    for (let i = 0; i < 3; i++) await stopping.count('2025-11-20', 'zalo', 'answered', 'entry-a');
    await stopping.close();
    const other = new RedisInsightsRepository(redis, prefix);
    const [day] = await other.days(['2025-11-20']);
    expect(day!.channels.zalo).toEqual({ messages: 3, answered: 3, fallback: 0 });
    expect(day!.entries).toEqual({ 'entry-a': 3 });
    await redis.quit();
  });
});

describe('statistics days', () => {
  it('counts days in Vietnam time', () => {
    expect(vietnamDay(new Date('2025-11-20T16:59:00Z'))).toBe('2025-11-20');
    expect(vietnamDay(new Date('2025-11-20T17:00:00Z'))).toBe('2025-11-21');
    expect(lastDays(3, new Date('2025-11-20T17:30:00Z'))).toEqual(['2025-11-19', '2025-11-20', '2025-11-21']);
  });
});

describe('what staff see of the citizens’ conversations', () => {
  const env = { REDIS_URL: inject('redisUrl'), REDIS_PREFIX: uniquePrefix(), ADMIN_SESSION_SECRET: 'an-admin-session-secret-for-tests-0123456789' };
  let app: FastifyInstance;
  let staff: AdminClient;

  const messengerText = (userId: string, text: string, messageId: string): InboundMessage => ({
    channel: 'messenger',
    account: 'page-1',
    userId,
    messageId,
    kind: 'text',
    text,
    at: new Date(),
  });

  beforeAll(async () => {
    app = await startApp(env);
    const editor = await createStaff(app, staffMember({ name: 'minh', role: 'editor' }));
    staff = new AdminClient(app);
    await staff.signIn(editor);
  });
  afterAll(() => app.close());

  it('groups similar unanswered questions with counts and last-seen time, without user ids or personal data', async () => {
    expect((await ask(app, 'citizen-gold-1', 'giá vàng hôm nay bao nhiêu')).intent).toBe('fallback');
    expect((await ask(app, 'citizen-gold-2', 'giá vàng hôm nay là bao nhiêu vậy')).intent).toBe('fallback');
    expect((await ask(app, 'citizen-weather', 'thời tiết ngày mai thế nào, gọi tôi 0912345678')).intent).toBe('fallback');

    const { groups } = (await staff.get('/admin/api/unanswered')).json();
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ text: 'giá vàng hôm nay là bao nhiêu vậy', variants: ['giá vàng hôm nay bao nhiêu'], count: 2 });
    expect(groups[0].lastSeen).toBeGreaterThan(Date.now() - 60_000);
    expect(groups[1].text).toBe('thời tiết ngày mai thế nào, gọi tôi [số điện thoại]');
    const body = JSON.stringify(groups);
    expect(body).not.toContain('citizen-');
    expect(body).not.toContain('0912345678');
  });

  it('deletes a person’s questions when they ask to be forgotten', async () => {
    expect((await ask(app, 'citizen-weather', 'xóa dữ liệu của tôi')).intent).toBe('forget');
    const { groups } = (await staff.get('/admin/api/unanswered')).json();
    expect(groups.map((g: { text: string }) => g.text)).toEqual(['giá vàng hôm nay là bao nhiêu vậy']);
  });

  it('dismisses a whole group', async () => {
    const [group] = (await staff.get('/admin/api/unanswered')).json().groups;
    expect((await staff.post('/admin/api/unanswered/dismiss', { ids: group.ids })).json()).toEqual({ dismissed: 2 });
    expect((await staff.get('/admin/api/unanswered')).json().groups).toEqual([]);
    expect((await staff.post('/admin/api/unanswered/dismiss', { ids: [] })).statusCode).toBe(400);
  });

  it('counts 30 days of messages per channel with the answered and fallback shares and the top entries', async () => {
    await ask(app, 'citizen-stats', 'người thuộc hộ cận nghèo mua bhyt có được hỗ trợ không');
    const stats = (await staff.get('/admin/api/stats')).json();
    expect(stats.days).toHaveLength(30);
    const today = stats.days.at(-1);
    expect(today.date).toBe(vietnamDay(new Date()));
    expect(today.byChannel.webchat).toBe(today.messages);
    expect(stats.totals.messages).toBe(5);
    expect(stats.totals.fallback).toBe(3);
    expect(stats.totals.answered).toBe(1);
    expect(stats.totals.fallbackShare).toBeCloseTo(0.6);
    expect(stats.topEntries[0]).toMatchObject({ id: 'near-poor-support-national', count: 1 });
    expect(stats.topEntries[0].question).toMatch(/cận nghèo/);
  });

  it('lists a Messenger conversation handed to a person, and the bot answers again once staff release it', async () => {
    const { pipeline } = app.services;
    const asked = await pipeline.handle(messengerText('psid-42', 'tôi muốn gặp người tư vấn', 'mid.1'));
    expect(asked.result.intent).toBe('handoff');
    expect((await pipeline.handle(messengerText('psid-42', 'xin chào', 'mid.2'))).result.intent).toBe('paused');
    await ask(app, 'web-person', 'tôi muốn gặp người tư vấn');

    const { handoffs } = (await staff.get('/admin/api/handoffs')).json();
    expect(handoffs).toEqual([{ id: asked.userKey, channel: 'messenger', since: expect.any(Number), until: expect.any(Number) }]);
    expect(handoffs[0].until - handoffs[0].since).toBe(24 * 3_600_000);

    expect((await staff.request('POST', `/admin/api/handoffs/${asked.userKey}/release`, {}, { csrf: false })).statusCode).toBe(403);
    expect((await staff.post(`/admin/api/handoffs/${asked.userKey}/release`)).statusCode).toBe(200);
    expect((await staff.get('/admin/api/handoffs')).json().handoffs).toEqual([]);
    expect((await pipeline.handle(messengerText('psid-42', 'xin chào', 'mid.3'))).result.intent).toBe('greeting');
    expect((await staff.post(`/admin/api/handoffs/${asked.userKey}/release`)).statusCode).toBe(404);

    const { events } = (await staff.get('/admin/api/audit')).json();
    expect(events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['handoff-release', 'unanswered-dismiss']));
  });
});
