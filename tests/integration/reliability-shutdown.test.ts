import { get } from 'node:http';
import { connect } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BullOutboundQueue } from '../../src/outbound/bullmq-queue.js';
import { uniquePrefix } from '../support/app.js';
import { ServerProcess, childServerEnv, queueOf, untilIdle } from '../support/child-server.js';
import { FakeGraph } from '../support/fake-graph.js';
import { PAGE_ID, messengerText, newMid, newUser, signedRequest, webhookOf } from '../fixtures/messenger.js';

interface Webhook {
  mid: string;
  request: { payload: string; headers: Record<string, string> };
  /** Each delivery's status, or the network error code when the connection failed. */
  outcomes: Array<number | string>;
}

async function deliver(url: string, webhook: Webhook): Promise<number | string> {
  try {
    const response = await fetch(`${url}/webhooks/messenger`, { method: 'POST', headers: webhook.request.headers, body: webhook.request.payload });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? 'network error';
  }
}

/** GET /healthz on a connection of its own: 200, another status, or 'refused'. */
function probe(url: string): Promise<number | 'refused'> {
  return new Promise((resolve) => {
    const request = get(`${url}/healthz`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve('refused'));
  });
}

/**
 * A webhook whose body is still arriving: the headers and half the body now, the rest when `finish` is
 * called. Resolves with the status line of the answer.
 */
function slowUpload(port: number, webhook: Webhook): { finish: () => void; status: Promise<string> } {
  const body = Buffer.from(webhook.request.payload);
  const half = Math.floor(body.length / 2);
  const socket = connect(port, '127.0.0.1');
  const head =
    `POST /webhooks/messenger HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n` +
    `x-hub-signature-256: ${webhook.request.headers['x-hub-signature-256']}\r\ncontent-length: ${body.length}\r\n\r\n`;
  socket.write(Buffer.concat([Buffer.from(head), body.subarray(0, half)]));
  const status = new Promise<string>((resolve) => {
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(`dropped: ${answer}`));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
  });
  return { finish: () => socket.write(body.subarray(half)), status };
}

describe('SIGTERM during load', () => {
  let fake: FakeGraph;
  let redis: Redis | undefined;
  let queue: BullOutboundQueue | undefined;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await queue?.close();
    redis?.disconnect();
    await fake?.close();
  });

  it('finishes the requests in flight, leaves unsent replies queued, and the next instance answers every accepted message once', { timeout: 60_000 }, async () => {
    fake = await FakeGraph.start();
    const prefix = uniquePrefix();
    redis = new Redis(inject('redisUrl'));
    queue = queueOf(inject('redisUrl'), prefix);
    const env = (extra: Record<string, string>) => childServerEnv(fake.url, prefix, { USER_RATE_LIMIT: '1000000', OUTBOUND_LOCK_MS: '1000', ...extra });
    // A slow platform and few senders: replies pile up in the queue while the webhooks keep coming.
    fake.delayAll('message', () => 50);
    const first = await ServerProcess.start(env({ OUTBOUND_CONCURRENCY: '2' }));
    servers.push(first);
    const port = Number(new URL(first.url).port);

    const users = Array.from({ length: 8 }, () => newUser());
    const webhooks: Webhook[] = [];
    const newWebhook = (i: number): Webhook => {
      const mid = newMid();
      const webhook = { mid, request: signedRequest(webhookOf(messengerText({ user: users[i % users.length]!, mid, text: 'ngày bhyt là ngày nào' }))), outcomes: [] };
      webhooks.push(webhook);
      return webhook;
    };
    // Four platform connections sending webhooks one after another until the server has gone.
    const load = Array.from({ length: 4 }, async (_, lane) => {
      for (let i = lane; first.running && i < 4 * 400; i += 4) {
        const webhook = newWebhook(i);
        webhook.outcomes.push(await deliver(first.url, webhook));
      }
    });
    await fake.waitFor('replies piling up', () => webhooks.filter((w) => w.outcomes.includes(200)).length >= 40, 20_000);

    // A request in flight when the signal comes: its body is only half there.
    const inFlight = newWebhook(0);
    const upload = slowUpload(port, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.signal('SIGTERM');
    // Once the server takes no new connections, the rest of the body arrives.
    while ((await probe(first.url)) === 200) await new Promise((resolve) => setTimeout(resolve, 5));
    upload.finish();
    expect(await upload.status).toMatch(/^HTTP\/1\.1 200/);
    inFlight.outcomes.push(200);

    const exit = await first.exited;
    await Promise.all(load);
    expect(exit, first.output).toEqual({ code: 0, signal: null });

    // Every request got 200 or 503, or found no server; a connection that failed never carried a handled message.
    for (const webhook of webhooks) {
      for (const outcome of webhook.outcomes) {
        if (typeof outcome === 'number') expect([200, 503]).toContain(outcome);
        else expect(await redis.get(`${prefix}seen:messenger:${PAGE_ID}:${webhook.mid}`), `${webhook.mid}: ${outcome}`).toBeNull();
      }
    }
    // The sends in flight finished; the replies not yet sent stayed in Redis for the next instance.
    const left = await queue.counts();
    expect(left.active).toBe(0);
    expect(left.waiting + left.delayed).toBeGreaterThan(0);

    fake.delayAll('message');
    const second = await ServerProcess.start(env({}));
    servers.push(second);
    for (const webhook of webhooks.filter((w) => !w.outcomes.includes(200))) {
      while ((await deliver(second.url, webhook)) !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await fake.waitFor('a reply to every message', () => webhooks.every((w) => tagsOf(fake, w.mid).length > 0), 30_000);
    expect(await untilIdle(queue, 20_000)).toMatchObject({ dead: 0 });
    for (const webhook of webhooks) {
      const tags = tagsOf(fake, webhook.mid);
      expect(new Set(tags).size, webhook.mid).toBe(tags.length);
    }
  });
});

/** The `bhyt-bot:<mid>:<part>` tags of the messages delivered for one inbound message. */
function tagsOf(fake: FakeGraph, mid: string): string[] {
  return fake
    .delivered()
    .map((r) => String(r.body.message?.metadata ?? ''))
    .filter((tag) => tag.startsWith(`bhyt-bot:${mid}:`));
}
