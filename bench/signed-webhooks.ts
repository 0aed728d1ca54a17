// Webhook requests as the platforms send them, signed over the exact bytes that go on the wire.
import { createHash, createHmac } from 'node:crypto';
import { MESSENGER, ZALO } from './bench-accounts.js';

export interface SignedRequest {
  path: string;
  body: string;
  headers: Record<string, string>;
}

export interface TextMessage {
  /** The platform's message id: a fresh one per request. */
  messageId: string;
  userId: string;
  text: string;
}

export function messengerText({ messageId, userId, text }: TextMessage): SignedRequest {
  const now = Date.now();
  const body = JSON.stringify({
    object: 'page',
    entry: [
      {
        id: MESSENGER.pageId,
        time: now,
        messaging: [{ sender: { id: userId }, recipient: { id: MESSENGER.pageId }, timestamp: now, message: { mid: messageId, text } }],
      },
    ],
  });
  const signature = createHmac('sha256', MESSENGER.appSecret).update(body).digest('hex');
  return { path: '/webhooks/messenger', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` } };
}

/** Zalo's `user_send_text`; ids and the timestamp are strings, as Zalo writes them. */
export function zaloText({ messageId, userId, text }: TextMessage): SignedRequest {
  const timestamp = String(Date.now());
  const body = JSON.stringify({
    app_id: ZALO.appId,
    user_id_by_app: `app-${userId}`,
    event_name: 'user_send_text',
    timestamp,
    sender: { id: userId },
    recipient: { id: ZALO.oaId },
    message: { msg_id: messageId, text },
  });
  const mac = createHash('sha256').update(ZALO.appId).update(body).update(timestamp).update(ZALO.oaSecretKey).digest('hex');
  return { path: '/webhooks/zalo', body, headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` } };
}

export type WebhookChannel = 'messenger' | 'zalo';

export const signedText: Record<WebhookChannel, (message: TextMessage) => SignedRequest> = { messenger: messengerText, zalo: zaloText };
