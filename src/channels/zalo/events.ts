import { z } from 'zod';
import type { InboundKind, InboundMessage } from '../../message.js';
import { decodeButtonPayload } from './button-payload.js';

// Zalo sends ids and timestamps as strings; a number is accepted too rather than dropping the event.
const id = z.union([z.string().min(1), z.number()]).transform(String);
const party = z.object({ id });

/** One webhook event, keeping only what the answer depends on; everything else is ignored. */
export const zaloEventSchema = z.object({
  app_id: id,
  event_name: z.string().min(1),
  timestamp: id,
  oa_id: id.optional(),
  sender: party.optional(),
  recipient: party.optional(),
  follower: party.optional(),
  message: z.object({ msg_id: id.optional(), text: z.string().optional() }).optional(),
});

export type ZaloEvent = z.infer<typeof zaloEventSchema>;

const ATTACHMENT_EVENTS = new Set([
  'user_send_image', 'user_send_sticker', 'user_send_gif', 'user_send_audio', 'user_send_video',
  'user_send_file', 'user_send_location', 'user_send_link', 'user_send_business_card',
]);

// Receipts and the OA's own messages come back as events: answering them would loop.
const NEVER_ANSWERED = new Set(['user_received_message', 'user_seen_message', 'user_reacted_message', 'user_submit_info']);

export type EventOutcome = { kind: 'message'; message: InboundMessage } | { kind: 'skip'; reason: string };

/** The OA the event concerns: `oa_id` on follow events, the sender on the OA's own messages, else the recipient. */
export function oaIdOf(event: ZaloEvent): string | undefined {
  if (event.oa_id) return event.oa_id;
  return event.event_name.startsWith('oa_send_') ? event.sender?.id : event.recipient?.id;
}

/** Milliseconds since the epoch from Zalo's string timestamp, or undefined when it is not a number. */
export function parseTimestamp(value: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  return Math.trunc(Number(value));
}

/** Maps one event to the neutral message, or says why it is not answered. */
export function toInbound(event: ZaloEvent, account: string): EventOutcome {
  const name = event.event_name;
  if (NEVER_ANSWERED.has(name) || name.startsWith('oa_send_')) return { kind: 'skip', reason: 'not answered' };

  let kind: InboundKind;
  let userId: string | undefined;
  if (name === 'follow' || name === 'unfollow') {
    kind = name === 'follow' ? 'subscribe' : 'unsubscribe';
    userId = event.follower?.id;
  } else if (name === 'user_send_text') {
    kind = 'text';
    userId = event.sender?.id;
  } else if (ATTACHMENT_EVENTS.has(name)) {
    kind = 'attachment';
    userId = event.sender?.id;
  } else {
    return { kind: 'skip', reason: 'unknown event' };
  }
  if (!userId) return { kind: 'skip', reason: 'no user id' };

  const at = new Date(parseTimestamp(event.timestamp) ?? Date.now());
  const messageId = event.message?.msg_id ?? `${name}:${userId}:${event.timestamp}`;
  const base = { channel: 'zalo' as const, account, userId, messageId, at };
  if (kind !== 'text') return { kind: 'message', message: { ...base, kind } };

  const text = event.message?.text ?? '';
  if (text.trim() === '') return { kind: 'skip', reason: 'empty text' };
  const payload = decodeButtonPayload(text);
  return {
    kind: 'message',
    message: payload !== undefined ? { ...base, kind: 'payload', payload } : { ...base, kind: 'text', text },
  };
}
