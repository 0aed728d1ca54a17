import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startApp } from '../support/app.js';

/** Text a hostile or broken client might send: control, zero-width and bidi characters, lone surrogates, HTML. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u200b', '\u200f', '\u202e', '\ufeff', '\ud800', '\udfff', '<', '>', '"', 'ệ', 'đ', 'a', ' '), maxLength: 200 }),
  fc.constant('<script>alert(1)</script>'),
);

describe('web chat under hostile input', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({ USER_RATE_LIMIT: '1000000' });
  });
  afterAll(() => app.close());

  it('never answers 500 to arbitrary JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (body) => {
        const response = await app.inject({ method: 'POST', url: '/webchat/messages', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
        expect([200, 400, 413]).toContain(response.statusCode);
        expect(response.json()).toBeTypeOf('object');
      }),
      { numRuns: 1500 },
    );
  });

  it('answers 200 or 400 to any text, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 20 }), nastyText, async (userId, text) => {
        const response = await app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId, text } });
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 1500 },
    );
  });

  it('answers 400, not 500, to bytes that are not JSON or not UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const response = await app.inject({ method: 'POST', url: '/webchat/messages', headers: { 'content-type': 'application/json' }, payload: Buffer.from(bytes) });
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives deeply nested JSON', async () => {
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    const response = await app.inject({ method: 'POST', url: '/webchat/messages', headers: { 'content-type': 'application/json' }, payload: deep });
    expect(response.statusCode).toBe(400);
  });
});
