import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GraphClient } from '../../src/channels/messenger/graph-client.js';
import { MessengerSender } from '../../src/channels/messenger/sender.js';
import type { OutboundConfig } from '../../src/config.js';
import { BullOutboundQueue } from '../../src/outbound/bullmq-queue.js';
import type { OutboundLogger } from '../../src/outbound/queue-options.js';
import type { OutboundJob, SendFailure } from '../../src/outbound/types.js';
import { deadLettersCommand } from '../../scripts/dead-letters.js';
import { uniquePrefix } from '../support/app.js';
import { FakeGraph, graphError, type GraphAnswer } from '../support/fake-graph.js';
import { APP_SECRET, PAGE_ID, PAGE_TOKEN, newMid, newUser } from '../fixtures/messenger.js';

const settings: OutboundConfig = { concurrency: 8, attempts: 4, backoffMs: 5, throttleBackoffMs: 200, maxBackoffMs: 1_000, lockMs: 5_000 };
const ok: GraphAnswer = { status: 200, body: { recipient_id: 'x', message_id: 'm_ok' } };

describe('Messenger Send API through the outbound queue', () => {
  let fake: FakeGraph;
  let queue: BullOutboundQueue;
  const prefix = uniquePrefix();
  const retries: Array<{ user: string; delayMs: number; failure: SendFailure }> = [];
  const logged: Array<{ level: string; details: Record<string, unknown>; message: string }> = [];
  const record = (level: string) => (details: object, message: string) => logged.push({ level, details: details as Record<string, unknown>, message });
  const logger: OutboundLogger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };

  beforeAll(async () => {
    fake = await FakeGraph.start();
    queue = new BullOutboundQueue({
      settings,
      keepCompletedSeconds: 60,
      logger,
      redisUrl: inject('redisUrl'),
      prefix: `${prefix}bull`,
      onRetry: (jobId, delayMs, failure) => retries.push({ user: jobId, delayMs, failure }),
    });
    queue.register(new MessengerSender(new GraphClient(fake.url, 'v23.0'), { [PAGE_ID]: PAGE_TOKEN }, logger));
    await queue.start();
  });
  afterAll(async () => {
    await queue?.close();
    await fake?.close();
  });

  function job(text: string, extra: Partial<OutboundJob> = {}): OutboundJob {
    return { channel: 'messenger', account: PAGE_ID, userId: newUser(), messageId: newMid(), replies: [{ text }], ...extra };
  }

  const retriesOf = (j: OutboundJob) => retries.filter((r) => r.user.endsWith(j.messageId));
  const deadLetterOf = async (j: OutboundJob) => (await queue.deadLetters()).find((l) => l.job.messageId === j.messageId);

  /** Waits for the job to reach the dead letters. */
  async function deadLettered(j: OutboundJob) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const letter = await deadLetterOf(j);
      if (letter) return letter;
      if (Date.now() > deadline) throw new Error('no dead letter');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('splits a long answer at sentence ends into messages of at most 2,000 characters, quick replies on the last', async () => {
    const sentence = 'Người thuộc hộ gia đình cận nghèo được ngân sách nhà nước hỗ trợ một phần mức đóng bảo hiểm y tế theo quy định. ';
    const text = sentence.repeat(40).trim();
    const long = job(text, { replies: [{ text, quickReplies: [{ title: 'Hỗ trợ đóng BHYT', payload: 'TOPIC:subsidy' }] }] });
    await queue.enqueue(long);
    await fake.waitFor('every part', () => fake.delivered(long.userId).at(-1)?.body.message.quick_replies !== undefined);
    const parts = fake.delivered(long.userId).map((r) => r.body.message);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(2000);
      expect(part.text).toMatch(/\.$/);
    }
    expect(parts.map((p) => p.text).join(' ')).toBe(text);
    expect(parts.slice(0, -1).every((p) => p.quick_replies === undefined)).toBe(true);
    expect(parts.at(-1)!.quick_replies).toEqual([{ content_type: 'text', title: 'Hỗ trợ đóng BHYT', payload: 'TOPIC:subsidy' }]);
    expect(new Set(parts.map((p) => p.metadata)).size).toBe(parts.length);
  });

  const retried: Array<[string, GraphAnswer]> = [
    ['HTTP 500', graphError(1, { status: 500, message: 'An unknown error has occurred.' })],
    ['code 1200', graphError(1200, { message: 'Temporary send message failure. Please try again later' })],
    ['code 2', graphError(2, { status: 503, message: 'Service temporarily unavailable' })],
    ['a dropped connection', { dropConnection: true }],
  ];
  for (const [what, answer] of retried) {
    it(`retries a send that failed with ${what}`, async () => {
      const one = job('Xin chào!');
      fake.answerNext('message', answer);
      await queue.enqueue(one);
      await fake.waitFor('the delivery', () => fake.delivered(one.userId).length === 1);
      expect(fake.messages(one.userId)).toHaveLength(2);
      expect(retriesOf(one)).toHaveLength(1);
      expect(retriesOf(one)[0]!.failure).toMatchObject({ kind: 'retry' });
      expect(retriesOf(one)[0]!.delayMs).toBeLessThanOrEqual(settings.backoffMs);
    });
  }

  const throttled: Array<[string, GraphAnswer]> = [
    ['code 613', graphError(613, { message: 'Calls to this api have exceeded the rate limit.' })],
    ['code 4', graphError(4, { message: 'Application request limit reached' })],
    ['code 32', graphError(32, { message: 'Page request limit reached' })],
    ['HTTP 429', { status: 429, body: {} }],
  ];
  for (const [what, answer] of throttled) {
    it(`backs off harder on ${what}`, async () => {
      const one = job('Xin chào!');
      fake.answerNext('message', answer);
      await queue.enqueue(one);
      await fake.waitFor('the delivery', () => fake.delivered(one.userId).length === 1);
      const [retry] = retriesOf(one);
      expect(retry!.failure).toMatchObject({ kind: 'retry', throttled: true });
      // The first throttled retry waits between half and all of the throttle base, far beyond a plain retry.
      expect(retry!.delayMs).toBeGreaterThanOrEqual(settings.throttleBackoffMs / 2);
      expect(retry!.delayMs).toBeGreaterThan(settings.backoffMs);
    });
  }

  it('waits as long as Retry-After says', async () => {
    const one = job('Xin chào!');
    fake.answerNext('message', { status: 429, body: {}, headers: { 'retry-after': '0.3' } });
    await queue.enqueue(one);
    await fake.waitFor('the delivery', () => fake.delivered(one.userId).length === 1);
    expect(retriesOf(one)[0]!.delayMs).toBe(300);
  });

  const dropped: Array<[string, GraphAnswer, RegExp]> = [
    ['551 (person unavailable)', graphError(551, { message: 'This person isn\'t available right now.' }), /not available/],
    ['10/2018278 (outside the 24-hour window)', graphError(10, { subcode: 2018278, message: 'This message is sent outside of allowed window.' }), /24-hour/],
    ['100/2018001 (no such user)', graphError(100, { subcode: 2018001, message: 'No matching user found' }), /no such person/],
  ];
  for (const [what, answer, reason] of dropped) {
    it(`does not retry ${what}: the job goes to the dead letters`, async () => {
      const one = job('Xin chào!');
      fake.answerNext('message', answer);
      await queue.enqueue(one);
      const letter = await deadLettered(one);
      expect(letter.reason).toMatch(reason);
      expect(letter.attempts).toBe(1);
      expect(fake.messages(one.userId)).toHaveLength(1);
      expect(retriesOf(one)).toEqual([]);
    });
  }

  it('raises an alert naming the Page when its token is rejected (190), and does not retry', async () => {
    const one = job('Xin chào!');
    fake.answerNext('message', graphError(190, { message: 'Error validating access token: Session has expired' }));
    await queue.enqueue(one);
    await deadLettered(one);
    const alert = logged.find((l) => l.level === 'error' && l.details.alert === 'messenger_token_invalid');
    expect(alert?.details.page).toBe(PAGE_ID);
    expect(alert?.message).toContain(PAGE_ID);
    expect(retriesOf(one)).toEqual([]);
  });

  it('resumes a split answer after the parts already delivered', async () => {
    const text = 'Câu trả lời khá dài về bảo hiểm y tế. '.repeat(150).trim();
    const long = job(text);
    fake.answerNext('message', ok, graphError(1200));
    await queue.enqueue(long);
    await fake.waitFor('every part', () => fake.delivered(long.userId).map((r) => r.body.message.text).join(' ') === text);
    const delivered = fake.delivered(long.userId).map((r) => r.body.message.metadata);
    expect(new Set(delivered).size).toBe(delivered.length);
    // One typing indicator, from the first attempt only.
    expect(fake.requests.filter((r) => r.kind === 'typing' && r.body.recipient.id === long.userId)).toHaveLength(1);
  });

  it('lets an operator list the dead letters and replay one from the command line', async () => {
    const one = job('Xin chào!');
    fake.answerNext('message', graphError(551));
    await queue.enqueue(one);
    const letter = await deadLettered(one);

    const env = { NODE_ENV: 'test', USER_ID_SECRET: 'test-secret-0123456789', REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix, MESSENGER_APP_SECRET: APP_SECRET };
    const out: string[] = [];
    const err: string[] = [];
    expect(await deadLettersCommand(env, ['list'], (l) => out.push(l), (l) => err.push(l))).toBe(0);
    const listing = out.join('\n');
    expect(listing).toContain(letter.id);
    expect(listing).toMatch(/551/);
    expect(listing).not.toContain(one.userId);

    out.length = 0;
    expect(await deadLettersCommand(env, ['replay', letter.id], (l) => out.push(l), (l) => err.push(l))).toBe(0);
    expect(out.join('\n')).toContain(letter.id);
    await fake.waitFor('the replayed delivery', () => fake.delivered(one.userId).length === 1);
    expect(await deadLetterOf(one)).toBeUndefined();

    expect(await deadLettersCommand(env, ['replay', 'messenger:nope:nope'], (l) => out.push(l), (l) => err.push(l))).toBe(1);
    expect(err.join('\n')).toMatch(/no dead letter/);
    expect(err).toHaveLength(1);
    expect(await deadLettersCommand(env, ['purge'], (l) => out.push(l), (l) => err.push(l))).toBe(2);
  });
});
