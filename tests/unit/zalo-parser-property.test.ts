import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZaloAccounts } from '../../src/channels/zalo/accounts.js';
import { toInbound, type EventOutcome } from '../../src/channels/zalo/events.js';
import { readWebhookRequest, type WebhookRequest } from '../../src/channels/zalo/webhook-request.js';
import { AppError } from '../../src/errors.js';
import { testConfig } from '../support/app.js';
import { ZALO_APP_ID, ZALO_OA_ID, ZALO_OA_SECRET_KEY, signedZaloRequest } from '../fixtures/zalo.js';
import { hostileBytes, hostileJson, hostileText, zaloShapedFields, zaloSigningFields } from '../fixtures/hostile-input.js';

const config = testConfig({ ZALO_APP_ID, ZALO_OA_ID, ZALO_OA_SECRET_KEY, ZALO_ACCESS_TOKEN: 'access-0', ZALO_API_URL: 'http://127.0.0.1:9', ZALO_OAUTH_URL: 'http://127.0.0.1:9' }).zalo!;
const accounts = ZaloAccounts.fromConfig(config);

/** What the webhook does with a request: check and parse it; a refusal is a coded error (a 400 or 401), nothing else. */
function read(raw: Buffer, signature: string | undefined): WebhookRequest | AppError {
  try {
    return readWebhookRequest(raw, signature, accounts, config.replayWindowMs);
  } catch (error) {
    if (error instanceof AppError && ['bad_request', 'unauthorized'].includes(error.code)) return error;
    throw error;
  }
}

/** A message handed to the pipeline is always one it can work with. */
function expectUsable(outcome: EventOutcome): void {
  if (outcome.kind === 'skip') return;
  const { message } = outcome;
  expect(message.channel).toBe('zalo');
  expect(message.messageId.length).toBeGreaterThan(0);
  expect(message.userId.length).toBeGreaterThan(0);
  expect(['text', 'payload', 'attachment', 'subscribe', 'unsubscribe']).toContain(message.kind);
  if (message.kind === 'text') expect(message.text?.trim().length).toBeGreaterThan(0);
  expect(Number.isNaN(message.at.getTime())).toBe(false);
}

describe('Zalo event parsing under hostile input', () => {
  it('refuses any JSON value under any signature header with a 400 or 401, never an exception', () => {
    const header = fc.option(fc.oneof(hostileText, hostileText.map((t) => `mac=${t}`)), { nil: undefined });
    fc.assert(
      fc.property(hostileJson, header, (body, signature) => {
        const outcome = read(Buffer.from(JSON.stringify(body) ?? ''), signature);
        // Without the OA's key nothing gets through, except the unsigned `{}` of the URL check.
        if (!(outcome instanceof AppError)) expect(outcome).toEqual({ kind: 'url-check' });
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses bytes that are not JSON, or not UTF-8, with a 400 or 401', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        read(bytes, 'mac=0000');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any correctly signed event of the documented shape, whatever its fields hold, into usable messages or a 400', () => {
    fc.assert(
      fc.property(zaloShapedFields, (fields) => {
        const { payload, headers } = signedZaloRequest(JSON.stringify({ ...fields, ...zaloSigningFields() }));
        const outcome = read(Buffer.from(payload), headers['x-zevent-signature']);
        if (outcome instanceof AppError) {
          expect(outcome.code).toBe('bad_request');
          return;
        }
        expect(outcome.kind).toBe('event');
        if (outcome.kind === 'event') expectUsable(toInbound(outcome.event, ZALO_OA_ID));
      }),
      { numRuns: 5000 },
    );
  });
});
