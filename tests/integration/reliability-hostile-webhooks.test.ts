import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { startApp, uniquePrefix } from '../support/app.js';
import { FakeGraph } from '../support/fake-graph.js';
import { FakeZalo } from '../support/fake-zalo.js';
import { messengerEnv, messengerText, newUser, signatureOf, signedRequest, webhookOf } from '../fixtures/messenger.js';
import { signedZaloRequest } from '../fixtures/zalo.js';
import { deeplyNestedJson, hostileBytes, hostileJson, hostileText, messengerShapedBody, zaloShapedFields, zaloSigningFields } from '../fixtures/hostile-input.js';

/** A refusal names its problem in a JSON body; success is a JSON body too. */
function expectAnswered(response: LightMyRequestResponse, allowed: number[]): void {
  expect(allowed, response.body.slice(0, 300)).toContain(response.statusCode);
  const body = response.json() as Record<string, unknown>;
  expect(typeof body).toBe('object');
  if (response.statusCode >= 400) {
    expect(typeof body.error === 'string' && body.error.length > 0).toBe(true);
    expect(typeof body.message === 'string' && body.message.length > 0).toBe(true);
  }
}

describe('webhooks under hostile input, with valid signatures', () => {
  let graph: FakeGraph;
  let zalo: FakeZalo;
  let app: FastifyInstance;
  beforeAll(async () => {
    graph = await FakeGraph.start();
    zalo = await FakeZalo.start();
    app = await startApp({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: uniquePrefix(), USER_RATE_LIMIT: '1000000', ...messengerEnv(graph.url), ...zalo.env() });
  });
  afterAll(async () => {
    await app?.close();
    await graph?.close();
    await zalo?.stop();
  });

  const messenger = (payload: string | Buffer) =>
    app.inject({ method: 'POST', url: '/webhooks/messenger', payload, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureOf(payload) } });

  it('answers any signed JSON value sent to Messenger with 200 or a 400, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (body) => expectAnswered(await messenger(JSON.stringify(body) ?? 'null'), [200, 400, 413])),
      { numRuns: 300 },
    );
  });

  it('answers any signed Messenger-shaped body, whatever its fields hold, with 200 or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(messengerShapedBody, async (body) => expectAnswered(await messenger(JSON.stringify(body)), [200, 400, 413])),
      { numRuns: 300 },
    );
  });

  it('answers signed bytes that are not JSON, not UTF-8 or nested 20,000 deep with a 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileBytes, deeplyNestedJson().map((text) => Buffer.from(text))), async (bytes) => expectAnswered(await messenger(bytes), [200, 400])),
      { numRuns: 200 },
    );
  });

  it('answers a signed Messenger message that is a wall of 80,000 letters, reading only its start', async () => {
    const user = newUser();
    const response = await app.inject({ method: 'POST', url: '/webhooks/messenger', ...signedRequest(webhookOf(messengerText({ user, text: 'ệ'.repeat(80_000) }))) });
    expect(response.statusCode).toBe(200);
    await graph.waitFor('the reply', () => graph.delivered(user).length > 0);
  });

  const zaloPost = (payload: string | Buffer, signature: string) =>
    app.inject({ method: 'POST', url: '/webhooks/zalo', payload, headers: { 'content-type': 'application/json', 'x-zevent-signature': signature } });

  it('answers any correctly signed Zalo-shaped event, whatever its fields hold, with 200 or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(zaloShapedFields, async (fields) => {
        const { payload, headers } = signedZaloRequest(JSON.stringify({ ...fields, ...zaloSigningFields() }));
        expectAnswered(await zaloPost(payload, headers['x-zevent-signature']!), [200, 400, 413]);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any JSON value or bytes sent to Zalo under any signature with 200, 400 or 401', async () => {
    const body = fc.oneof(hostileJson.map((value) => Buffer.from(JSON.stringify(value) ?? 'null')), hostileBytes);
    await fc.assert(
      fc.asyncProperty(body, hostileText, async (bytes, signature) => expectAnswered(await zaloPost(bytes, `mac=${signature}`), [200, 400, 401, 413])),
      { numRuns: 200 },
    );
  });
});
