import { createHmac } from 'node:crypto';

/** A keyed hash of a platform user id: what storage keys and logs carry instead of the raw id. */
export function userKey(secret: string, channel: string, userId: string): string {
  return createHmac('sha256', secret).update(`${channel}:${userId}`).digest('base64url').slice(0, 22);
}

const PHONE = /(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/g;
const ID_NUMBER = /\b\d{9}(?:\d{3})?\b/g;
// Starts only where a run of address characters starts: otherwise a long run without '@' costs quadratic time.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,}/gu;

/** Removes phone numbers, ID card numbers and e-mail addresses before a question is kept for staff. */
export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, '[số điện thoại]').replace(ID_NUMBER, '[số giấy tờ]');
}
