import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BullOutboundQueue } from '../../src/outbound/bullmq-queue.js';
import { uniquePrefix } from '../support/app.js';
import { FakeGraph } from '../support/fake-graph.js';
import { ServerProcess, childServerEnv, queueOf, untilIdle } from '../support/child-server.js';
import { messengerText, newUser, signedRequest, webhookOf } from '../fixtures/messenger.js';

describe('a server killed between the 200 and the send', () => {
  const servers: ServerProcess[] = [];
  let fake: FakeGraph | undefined;
  let inspector: BullOutboundQueue | undefined;
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await inspector?.close();
    await fake?.close();
  });

  it('delivers the reply exactly once after a restart', async () => {
    fake = await FakeGraph.start();
    const prefix = uniquePrefix();
    // A killed worker's job comes back after its lock lapses: one second here, thirty in production.
    const env = childServerEnv(fake.url, prefix, { OUTBOUND_LOCK_MS: '1000' });
    const user = newUser();
    // The platform never answers the first send: the process dies while it waits.
    fake.answerNext('message', { hold: true });

    const first = await ServerProcess.start(env);
    servers.push(first);
    const { payload, headers } = signedRequest(webhookOf(messengerText({ user, text: 'xin chào' })));
    const response = await fetch(`${first.url}/webhooks/messenger`, { method: 'POST', headers, body: payload });
    expect(response.status).toBe(200);
    await fake.waitFor('the send in flight', () => fake!.messages(user).some((r) => r.outcome === 'held'));
    await first.kill();
    expect(fake.delivered(user)).toHaveLength(0);

    servers.push(await ServerProcess.start(env));
    await fake.waitFor('the delivery after the restart', () => fake!.delivered(user).length === 1, 20_000);

    // Nothing left to send: the one delivery is the only one there will be.
    inspector = queueOf(inject('redisUrl'), prefix);
    await untilIdle(inspector);
    expect(fake.delivered(user)).toHaveLength(1);
    expect(fake.delivered(user)[0]!.body.message.text).toMatch(/Xin chào/);
  });
});
