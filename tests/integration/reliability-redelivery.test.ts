import { afterEach, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startApp, uniquePrefix } from '../support/app.js';
import { untilIdle } from '../support/child-server.js';
import { FakeGraph, graphError } from '../support/fake-graph.js';
import { FakeZalo } from '../support/fake-zalo.js';
import { PAGE_ID, messengerEnv, messengerText, newMid, newUser, signedRequest, webhookOf } from '../fixtures/messenger.js';
import { signedZaloRequest, zaloText } from '../fixtures/zalo.js';

const MESSENGER = '/webhooks/messenger';
const ZALO = '/webhooks/zalo';

describe('redeliveries and two instances behind one Redis', () => {
  const closers: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  /** Two app instances sharing one Redis prefix, as two replicas behind a load balancer. */
  async function twoInstances(env: Record<string, string | undefined>): Promise<[FastifyInstance, FastifyInstance]> {
    const shared = { REDIS_URL: inject('redisUrl'), REDIS_PREFIX: uniquePrefix(), USER_RATE_LIMIT: '1000', ...env };
    const one = await startApp(shared);
    closers.push(() => one.close());
    const two = await startApp(shared);
    closers.push(() => two.close());
    return [one, two];
  }

  async function graph(): Promise<FakeGraph> {
    const fake = await FakeGraph.start();
    closers.push(() => fake.close());
    return fake;
  }

  it('sends one Messenger reply to an event delivered five times at once to two instances, and again after the reply', async () => {
    const fake = await graph();
    const [one, two] = await twoInstances(messengerEnv(fake.url));
    const user = newUser();
    const request = signedRequest(webhookOf(messengerText({ user, text: 'ngày bhyt là ngày nào' })));
    const post = (app: FastifyInstance) => app.inject({ method: 'POST', url: MESSENGER, ...request });

    const statuses = (await Promise.all([one, two, one, two, one].map(post))).map((r) => r.statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await fake.waitFor('the reply', () => fake.delivered(user).length > 0);
    await Promise.all([untilIdle(one.services.outbound), untilIdle(two.services.outbound)]);
    const parts = fake.delivered(user).length;

    expect((await post(two)).statusCode).toBe(200);
    expect((await post(one)).statusCode).toBe(200);
    await untilIdle(one.services.outbound);
    expect(fake.delivered(user)).toHaveLength(parts);
    expect(fake.messages(user)).toHaveLength(parts);
  });

  it('sends one Zalo reply to an event delivered four times at once to two instances, and again after the reply', async () => {
    const fake = await FakeZalo.start();
    closers.push(() => fake.stop());
    const [one, two] = await twoInstances(fake.env());
    const userId = `zalo-${newUser()}`;
    const { payload, headers } = signedZaloRequest(zaloText({ userId, text: 'ngày bhyt là ngày nào' }));
    const post = (app: FastifyInstance) => app.inject({ method: 'POST', url: ZALO, payload, headers });

    const statuses = (await Promise.all([one, two, two, one].map(post))).map((r) => r.statusCode);
    expect(statuses).toEqual([200, 200, 200, 200]);
    await fake.waitForDelivered(1);
    await Promise.all([untilIdle(one.services.outbound), untilIdle(two.services.outbound)]);
    const parts = fake.deliveredTo(userId).length;

    expect((await post(one)).statusCode).toBe(200);
    await untilIdle(one.services.outbound);
    expect(fake.deliveredTo(userId)).toHaveLength(parts);
    expect(fake.sends.filter((s) => s.userId === userId)).toHaveLength(parts);
  });

  it('answers 503 to a redelivery of a message a dead process was handling, and answers it once that claim lapses', async () => {
    const fake = await graph();
    const [app] = await twoInstances(messengerEnv(fake.url));
    const user = newUser();
    const mid = newMid();
    const request = signedRequest(webhookOf(messengerText({ user, mid, text: 'xin chào' })));
    // What a process killed in the middle of handling the message leaves behind: its claim, and no result.
    await app.services.store.claim(`seen:messenger:${PAGE_ID}:${mid}`, 'pending', 3);

    const refused = await app.inject({ method: 'POST', url: MESSENGER, ...request });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ error: 'unavailable' });
    expect(fake.messages(user)).toHaveLength(0);

    // The platform delivers it again later; once the claim has lapsed it is answered.
    let status = refused.statusCode;
    while (status === 503) status = (await app.inject({ method: 'POST', url: MESSENGER, ...request })).statusCode;
    expect(status).toBe(200);
    await fake.waitFor('the reply', () => fake.delivered(user).length > 0);
    await untilIdle(app.services.outbound);
    expect(new Set(fake.delivered(user).map((r) => r.body.message.metadata)).size).toBe(fake.delivered(user).length);
  });

  it("does not hold a person's next reply back behind one that was dead-lettered", async () => {
    const fake = await graph();
    const [one, two] = await twoInstances(messengerEnv(fake.url));
    const user = newUser();
    // The person cannot be reached for the first reply (551): it is dead-lettered, not retried.
    fake.answerNext('message', graphError(551, { message: 'This person isn\'t available right now.' }));
    const [first, second] = [newMid(), newMid()];
    for (const [mid, app] of [[first, one], [second, two]] as const) {
      const response = await app.inject({ method: 'POST', url: MESSENGER, ...signedRequest(webhookOf(messengerText({ user, mid, text: 'xin chào' }))) });
      expect(response.statusCode).toBe(200);
    }
    await fake.waitFor('the second reply', () => fake.delivered(user).some((r) => r.body.message.metadata === `bhyt-bot:${second}:0`));
    expect((await one.services.outbound.deadLetters()).map((letter) => letter.job.messageId)).toEqual([first]);
  });

  it("sends one person's replies in order, one each, with the conversation kept, when their messages alternate between two instances", async () => {
    const fake = await graph();
    // A platform that answers every other send slowly: without a per-person order, the next reply overtakes it.
    let sends = 0;
    fake.delayAll('message', () => (sends++ % 2 === 0 ? 150 : 0));
    const instances = await twoInstances(messengerEnv(fake.url, { OUTBOUND_CONCURRENCY: '8' }));
    const user = newUser();
    const turns: Array<{ text: string; expect: RegExp }> = [
      { text: 'mình ở hải phòng', expect: /Hải Phòng/ },
      // Needs the locality the other instance stored.
      { text: 'mục tiêu bao phủ bảo hiểm y tế năm 2026 của tỉnh mình', expect: /95,5/ },
      { text: 'ngày sức khỏe toàn dân là ngày nào', expect: /7\/4/ },
      // A follow-up of the topic the other instance answered.
      { text: 'còn ngày bhyt thì sao?', expect: /1\/7/ },
      { text: 'tuổi thọ trung bình năm 2030 là bao nhiêu', expect: /2030/ },
      { text: 'thế còn năm 2045?', expect: /2045/ },
      { text: 'xin chào', expect: /./ },
      { text: 'ngày bhyt là ngày nào', expect: /1\/7/ },
    ];
    const mids: string[] = [];
    for (const [i, turn] of turns.entries()) {
      const mid = newMid();
      mids.push(mid);
      const app = instances[i % 2]!;
      const response = await app.inject({ method: 'POST', url: MESSENGER, ...signedRequest(webhookOf(messengerText({ user, mid, text: turn.text }))) });
      expect(response.statusCode).toBe(200);
    }
    await fake.waitFor('a reply to every message', () => mids.every((mid) => fake.delivered(user).some((r) => r.body.message.metadata === `bhyt-bot:${mid}:0`)));
    await Promise.all(instances.map((app) => untilIdle(app.services.outbound)));

    const delivered = fake.deliveredInOrder(user).map((r) => ({ tag: String(r.body.message.metadata), text: String(r.body.message.text) }));
    // One each: no part of any reply twice.
    expect(new Set(delivered.map((d) => d.tag)).size).toBe(delivered.length);
    // In order: the replies come in the order of the messages, whichever instance sent them.
    const order = delivered.map((d) => d.tag.split(':')[1]).filter((mid, i, all) => mid !== all[i - 1]);
    expect(order).toEqual(mids);
    // State kept: each answer shows what the instance before it had stored.
    for (const [i, turn] of turns.entries()) {
      const first = delivered.find((d) => d.tag === `bhyt-bot:${mids[i]}:0`)!;
      expect(first.text, turn.text).toMatch(turn.expect);
    }
  });
});
