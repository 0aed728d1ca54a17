import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch';

const HEADER = /^sha256=([0-9a-f]{64})$/i;

/**
 * Checks `X-Hub-Signature-256` against the HMAC-SHA256 of the raw request bytes (never re-serialised JSON:
 * escapes and number formats would change). Any of the app secrets may match, so a secret can be rotated.
 */
export function checkSignature(raw: Buffer, header: string | string[] | undefined, secrets: readonly string[]): SignatureCheck {
  if (header === undefined || header === '') return 'missing';
  const match = typeof header === 'string' ? HEADER.exec(header.trim()) : null;
  if (!match) return 'malformed';
  const given = Buffer.from(match[1]!, 'hex');
  let valid = false;
  // Every secret is tried, and compared in constant time: the time taken says nothing about the digest.
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret).update(raw).digest();
    if (timingSafeEqual(expected, given)) valid = true;
  }
  return valid ? 'valid' : 'mismatch';
}

/** Compares two strings in constant time (the verify token of the subscription handshake). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'compare').update(given).digest();
  const b = createHmac('sha256', 'compare').update(expected).digest();
  return timingSafeEqual(a, b);
}
