/**
 * What to do when the OA API answers a send with a non-zero `error`, by Zalo's code.
 * - retry: transient (rate limit, unknown server error); the queue backs off and tries again.
 * - refresh-token: the access token is invalid or expired; refresh it once and send again.
 * - drop: the message can never be delivered (not a follower, outside the reply window, …).
 * - night: some message kinds may not be sent at night; send after 06:00 Vietnam time.
 * - alert: a configuration or permission problem a person must fix; retrying does not help.
 */
export type SendErrorAction = 'retry' | 'refresh-token' | 'drop' | 'night' | 'alert';

const ACTIONS: ReadonlyMap<number, SendErrorAction> = new Map([
  [-32, 'retry'], [-100, 'retry'],
  [-216, 'refresh-token'], [-220, 'refresh-token'], [-124, 'refresh-token'],
  [-213, 'drop'], [-217, 'drop'], [-227, 'drop'], [-230, 'drop'], [-232, 'drop'], [-244, 'drop'],
  [-234, 'night'],
  [-201, 'alert'], [-210, 'alert'], [-211, 'alert'], [-218, 'alert'], [-221, 'alert'], [-224, 'alert'], [-248, 'alert'],
]);

/** Zalo's rate-limit code: its retry takes the queue's longer throttle back-off. */
export const RATE_LIMIT_CODE = -32;

/** Codes Zalo has not documented for this call are logged as alerts: a person should look at them. */
export function actionFor(code: number): SendErrorAction {
  return ACTIONS.get(code) ?? 'alert';
}
