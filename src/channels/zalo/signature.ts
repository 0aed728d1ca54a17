import { createHash, timingSafeEqual } from 'node:crypto';

/** Zalo's event MAC: plain SHA-256 (not an HMAC) of app_id + raw body + timestamp + OA secret key, hex. */
export function zaloEventMac(appId: string, rawBody: Buffer | string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(appId).update(rawBody).update(timestamp).update(oaSecretKey).digest('hex');
}

/** True when the `X-ZEvent-Signature` header (with or without `mac=`) matches the body under one of the keys. */
export function verifyZaloSignature(
  header: string,
  appId: string,
  rawBody: Buffer,
  timestamp: string,
  oaSecretKeys: readonly string[],
): boolean {
  const received = Buffer.from(header.trim().replace(/^mac=/i, '').toLowerCase(), 'utf8');
  let matched = false;
  // Every key is tried (no early exit), so timing does not tell which key or how much matched.
  for (const key of oaSecretKeys) {
    const expected = Buffer.from(zaloEventMac(appId, rawBody, timestamp, key), 'utf8');
    if (expected.length === received.length && timingSafeEqual(expected, received)) matched = true;
  }
  return matched;
}
