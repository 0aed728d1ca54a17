import type { SendFailure } from '../../outbound/types.js';
import type { GraphError } from './graph-client.js';

// Transient on the platform's side.
const RETRY_CODES = new Set([2, 1200]);
// Rate limits: the application's, the Page's, the calls per user.
const THROTTLE_CODES = new Set([4, 32, 613]);

/** What the outbound queue should do about a failed Send API call, from the Graph error codes. */
export function sendFailureOf(error: GraphError): SendFailure {
  const code = error.platformCode;
  const sub = error.subcode;
  const status = error.httpStatus;
  const label = `Graph error ${code ?? '-'}${sub ? `/${sub}` : ''} (HTTP ${status ?? '-'})`;

  if (error.network) return { kind: 'retry', reason: `network: ${error.message}` };
  if (code === 190) return { kind: 'drop', reason: `${label}: the Page access token is invalid` };
  if (code === 10 && sub === 2018278) return { kind: 'drop', reason: `${label}: outside the 24-hour messaging window` };
  if (code === 551) return { kind: 'drop', reason: `${label}: the person is not available` };
  if (code === 100 && sub === 2018001) return { kind: 'drop', reason: `${label}: no such person` };
  if (status === 429 || (code !== undefined && THROTTLE_CODES.has(code))) {
    return { kind: 'retry', reason: `${label}: rate limited`, throttled: true, delayMs: error.retryAfterMs };
  }
  if ((code !== undefined && RETRY_CODES.has(code)) || (status !== undefined && status >= 500)) {
    return { kind: 'retry', reason: `${label}: temporary` };
  }
  // Anything else is a request the platform refuses and will refuse again.
  return { kind: 'drop', reason: `${label}: refused` };
}
