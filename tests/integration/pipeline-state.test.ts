import { afterEach, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ask, startApp, uniquePrefix } from '../support/app.js';
import { webchatText } from '../fixtures/webchat.js';

describe('conversation state and de-duplication', () => {
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  async function redisApp(prefix: string): Promise<FastifyInstance> {
    const app = await startApp({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix });
    apps.push(app);
    return app;
  }

  it('keeps the locality across a restart of the server when Redis is configured', async () => {
    const prefix = uniquePrefix();
    const first = await redisApp(prefix);
    expect((await ask(first, 'citizen-1', 'mình ở lai châu')).intent).toBe('locality');
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    const second = await redisApp(prefix);
    const answer = await ask(second, 'citizen-1', 'tỉnh mình hỗ trợ bhyt cho hộ cận nghèo không');
    expect(answer.intent).toBe('faq');
    expect(answer.replies[0]!.text).toMatch(/Lai Châu/);
  });

  it('processes a message id once within the de-duplication window', async () => {
    const app = await redisApp(uniquePrefix());
    const send = () => app.inject({ method: 'POST', url: '/webchat/messages', payload: webchatText({ userId: 'dup', text: 'mình ở hải phòng', messageId: 'm-1' }) });
    const [a, b] = await Promise.all([send(), send()]);
    const later = await send();
    const intents = [a, b, later].map((r) => r.json().intent);
    expect(intents.filter((i) => i === 'locality').length).toBeGreaterThanOrEqual(1);
    // The first handled result is what every redelivery gets back; nothing is handled twice.
    expect(later.json().intent).toBe('locality');
    const rate = await app.services.store.get<number>(`rate:${(await import('../../src/privacy.js')).userKey('test-secret-0123456789', 'webchat', 'dup')}`);
    expect(rate).toBe(1);
  });

  it('does not lose an update when one user sends two messages at once, across two instances', async () => {
    const prefix = uniquePrefix();
    const [one, two] = [await redisApp(prefix), await redisApp(prefix)];
    await Promise.all([ask(one, 'both', 'mình ở cao bằng'), ask(two, 'both', 'ngày bhyt là ngày nào')]);
    const { userKey } = await import('../../src/privacy.js');
    const state = await one.services.store.get<{ locality?: string; lastTopic?: unknown }>(`conv:${userKey('test-secret-0123456789', 'webchat', 'both')}`);
    expect(state?.locality).toBe('cao-bang');
    expect(state?.lastTopic).toBeDefined();
  });

  it('stays quiet while a person holds a Messenger conversation, but still deletes data when asked', async () => {
    const app = await startApp();
    apps.push(app);
    const said = (text: string, id: string) =>
      app.services.pipeline.handle({ channel: 'messenger', account: 'page-1', userId: 'psid-7', messageId: id, kind: 'text', text, at: new Date() });
    expect((await said('tôi muốn gặp người tư vấn', 'm1')).result.intent).toBe('handoff');
    expect((await said('ngày bhyt là ngày nào', 'm2')).result).toMatchObject({ intent: 'paused', replies: [] });
    const forgotten = await said('xóa dữ liệu của tôi', 'm3');
    expect(forgotten.result.intent).toBe('forget');
    expect(await app.services.store.get(`conv:${forgotten.userKey}`)).toBeUndefined();
  });

  it('keeps state in memory when no Redis is configured', async () => {
    const app = await startApp();
    apps.push(app);
    await ask(app, 'mem', 'mình ở hải phòng');
    const answer = await ask(app, 'mem', 'mục tiêu bao phủ bảo hiểm y tế năm 2026 của tỉnh mình');
    expect(answer.replies[0]!.text).toMatch(/95,5|95\.5/);
  });
});
