import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BullOutboundQueue } from '../../src/outbound/bullmq-queue.js';
import { uniquePrefix } from '../support/app.js';
import { ServerProcess, childServerEnv, queueOf, untilIdle } from '../support/child-server.js';
import { FakeGraph } from '../support/fake-graph.js';
import { messengerText, newMid, newUser, signedRequest, webhookOf } from '../fixtures/messenger.js';

const ITERATIONS = 16;
const QUESTIONS = ['xin chào', 'ngày bhyt là ngày nào', 'mình ở hải phòng', 'hộ cận nghèo được hỗ trợ bao nhiêu', 'thẻ bhyt hết hạn thì làm sao'];

/** A small seeded generator, so that a failing run can be repeated with RELIABILITY_SEED. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Webhook {
  mid: string;
  request: { payload: string; headers: Record<string, string> };
}

/** POSTs a webhook as the platform does; a dropped connection counts as "not accepted", like a status other than 200. */
async function deliver(url: string, webhook: Webhook): Promise<number | 'dropped'> {
  try {
    const response = await fetch(`${url}/webhooks/messenger`, { method: 'POST', headers: webhook.request.headers, body: webhook.request.payload });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 'dropped';
  }
}

/** The platform's retries: the same webhook again until it is accepted with 200. */
async function redeliverUntilAccepted(url: string, webhook: Webhook): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if ((await deliver(url, webhook)) === 200) return;
    if (Date.now() > deadline) throw new Error(`webhook ${webhook.mid} was never accepted`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a server killed with SIGKILL at random points between the webhook and the send', () => {
  let fake: FakeGraph;
  let server: ServerProcess | undefined;
  let queue: BullOutboundQueue | undefined;
  afterAll(async () => {
    await server?.kill();
    await queue?.close();
    await fake?.close();
  });

  it(`answers every accepted message exactly once over ${ITERATIONS} crashes and restarts`, { timeout: 120_000 }, async () => {
    const seed = Number(process.env.RELIABILITY_SEED ?? Date.now());
    const random = seeded(seed);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    fake = await FakeGraph.start();
    const prefix = uniquePrefix();
    // A killed send comes back once its lock lapses, and a claim left by a killed handling lapses: both short here.
    const env = childServerEnv(fake.url, prefix, { USER_RATE_LIMIT: '1000000', OUTBOUND_LOCK_MS: '500', DEDUPE_CLAIM_SECONDS: '1' });
    queue = queueOf(inject('redisUrl'), prefix);
    const users = [newUser(), newUser(), newUser()];
    const all: Webhook[] = [];
    const kills: string[] = [];

    server = await ServerProcess.start(env);
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      // While this server lives, the platform takes no message: whatever it was sending dies with it unsent.
      fake.holdAll('message');
      const batch: Webhook[] = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const mid = newMid();
        return { mid, request: signedRequest(webhookOf(messengerText({ user: pick(users), text: pick(QUESTIONS), mid }))) };
      });
      all.push(...batch);
      const target = server;
      const outcomes = batch.map(async (webhook, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * Math.floor(random() * 8)));
        // Now and then the platform delivers the same event twice at once.
        const copies = random() < 0.25 ? 2 : 1;
        return Promise.all(Array.from({ length: copies }, () => deliver(target.url, webhook)));
      });
      if (random() < 0.3) {
        kills.push('at the send');
        await fake.waitFor('a send in flight', () => fake.requests.some((r) => r.kind === 'message' && r.outcome === 'held'), 10_000).catch(() => {});
      } else {
        const delayMs = Math.floor(random() * 40);
        kills.push(`after ${delayMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      await server.kill();
      const statuses = await Promise.all(outcomes);

      fake.holdAll('message', false);
      server = await ServerProcess.start(env);
      const url = server.url;
      await Promise.all(batch.filter((_, i) => !statuses[i]!.includes(200)).map((webhook) => redeliverUntilAccepted(url, webhook)));

      const context = `seed ${seed}, iteration ${iteration} (kills: ${kills.join(', ')})`;
      await fake.waitFor(`a reply to every message, ${context}`, () => batch.every((w) => partsOf(fake, w.mid).length > 0), 20_000);
      const counts = await untilIdle(queue, 20_000);
      expect(counts.dead, context).toBe(0);
    }

    // Every part of every reply reached the person once: none lost, none twice.
    const context = `seed ${seed} (kills: ${kills.join(', ')})`;
    for (const webhook of all) {
      const parts = partsOf(fake, webhook.mid);
      expect(parts.length, `${webhook.mid}, ${context}`).toBeGreaterThan(0);
      expect(parts, `${webhook.mid}, ${context}`).toEqual(parts.map((_, i) => i));
    }
  });
});

/** The part numbers delivered for one inbound message, from the sender's `bhyt-bot:<mid>:<part>` tag, in order. */
function partsOf(fake: FakeGraph, mid: string): number[] {
  return fake
    .delivered()
    .map((r) => String(r.body.message?.metadata ?? ''))
    .filter((tag) => tag.startsWith(`bhyt-bot:${mid}:`))
    .map((tag) => Number(tag.slice(tag.lastIndexOf(':') + 1)))
    .sort((a, b) => a - b);
}
