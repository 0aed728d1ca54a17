import { BadRequest, Unauthorized } from '../../errors.js';
import type { ZaloAccounts } from './accounts.js';
import { parseTimestamp, zaloEventSchema, type ZaloEvent } from './events.js';
import { parseJson } from './http-endpoint.js';
import { verifyZaloSignature } from './signature.js';

/** What a webhook request holds once checked: an event, or the `{}` Zalo sends when the webhook URL is saved. */
export type WebhookRequest = { kind: 'url-check' } | { kind: 'event'; event: ZaloEvent };

function asString(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' ? String(value) : undefined;
}

/**
 * Checks a webhook request and parses its event: the MAC over the raw bytes (with the app_id and
 * timestamp read from the body, the only fields read before it is trusted), then the replay window,
 * then the schema. Throws Unauthorized or BadRequest naming the problem.
 */
export function readWebhookRequest(
  raw: unknown,
  signature: string | string[] | undefined,
  accounts: ZaloAccounts,
  replayWindowMs: number,
  now = Date.now(),
): WebhookRequest {
  if (!Buffer.isBuffer(raw) || raw.length === 0) throw new BadRequest('a JSON body is required', 'body');
  const unverified = parseJson(raw.toString('utf8'));
  if (typeof unverified !== 'object' || unverified === null || Array.isArray(unverified)) {
    throw new BadRequest('the body is not a JSON object', 'body');
  }
  // Unsigned, and carrying nothing to process.
  if (Object.keys(unverified).length === 0) return { kind: 'url-check' };

  const fields = unverified as Record<string, unknown>;
  const appId = asString(fields.app_id);
  const timestamp = asString(fields.timestamp);
  if (typeof signature !== 'string' || signature.trim() === '') throw new Unauthorized('missing X-ZEvent-Signature header');
  if (!appId || !timestamp) throw new Unauthorized('the event has no app_id or timestamp to verify its signature with');
  if (!verifyZaloSignature(signature, appId, raw, timestamp, accounts.secretKeysOf(appId))) {
    throw new Unauthorized('invalid X-ZEvent-Signature');
  }
  const at = parseTimestamp(timestamp);
  if (at === undefined || Math.abs(now - at) > replayWindowMs) {
    throw new Unauthorized(`stale event: its timestamp is outside the ${replayWindowMs / 3_600_000}-hour replay window`);
  }

  const parsed = zaloEventSchema.safeParse(unverified);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadRequest(issue.message, issue.path.join('.') || 'body');
  }
  return { kind: 'event', event: parsed.data };
}
