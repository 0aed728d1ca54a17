import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { InboundMessage } from '../../message.js';

/*
 * Webhook schemas, tolerant of what does not matter to the answer: unknown fields pass, timestamps may be
 * floats, ids may come as safe integers. Each item is parsed on its own so one odd item never fails a batch.
 */

const id = z.union([z.string().min(1), z.number().int().refine(Number.isSafeInteger, 'an id beyond 2^53 lost its digits')]).transform(String);
const party = z.looseObject({ id });

export const webhookEnvelope = z.looseObject({
  object: z.string({ error: 'object is required (a string)' }),
  entry: z.array(z.unknown(), { error: 'entry is required (an array)' }),
});
export type WebhookEnvelope = z.infer<typeof webhookEnvelope>;

const entrySchema = z.looseObject({
  id,
  time: z.number().optional(),
  messaging: z.array(z.unknown()).optional(),
  standby: z.array(z.unknown()).optional(),
});

const itemSchema = z.looseObject({
  sender: party.optional(),
  recipient: party.optional(),
  timestamp: z.number().optional(),
});

const messageSchema = z.looseObject({
  mid: z.string().min(1),
  text: z.string().optional(),
  is_echo: z.boolean().optional(),
  quick_reply: z.looseObject({ payload: z.string().min(1) }).optional(),
  attachments: z.array(z.looseObject({ type: z.string() })).optional(),
});

const postbackSchema = z.looseObject({
  mid: z.string().min(1).optional(),
  payload: z.string().min(1).optional(),
  title: z.string().optional(),
});

export type SkipReason = 'echo' | 'delivery' | 'read' | 'reaction' | 'standby' | 'unknown' | 'malformed' | 'empty';

export type MessengerEvent = { kind: 'message'; message: InboundMessage } | { kind: 'skipped'; reason: SkipReason; detail?: string };

/** Splits a webhook body into events: messages for the pipeline, and what is deliberately not answered. */
export function eventsOf(envelope: WebhookEnvelope, now: () => Date = () => new Date()): MessengerEvent[] {
  if (envelope.object !== 'page') return [{ kind: 'skipped', reason: 'unknown', detail: `object ${envelope.object}` }];
  const events: MessengerEvent[] = [];
  for (const rawEntry of envelope.entry) {
    const entry = entrySchema.safeParse(rawEntry);
    if (!entry.success) {
      events.push({ kind: 'skipped', reason: 'malformed', detail: `entry: ${entry.error.issues[0]?.message}` });
      continue;
    }
    for (const item of entry.data.messaging ?? []) events.push(eventOf(item, entry.data.id, entry.data.time, now));
    // Another app (the Page inbox, a human agent) holds these threads: the bot stays silent.
    for (const _ of entry.data.standby ?? []) events.push({ kind: 'skipped', reason: 'standby' });
  }
  return events;
}

function eventOf(raw: unknown, pageId: string, entryTime: number | undefined, now: () => Date): MessengerEvent {
  const parsed = itemSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'skipped', reason: 'malformed', detail: parsed.error.issues[0]?.message };
  const item = parsed.data;
  if (item.delivery !== undefined) return { kind: 'skipped', reason: 'delivery' };
  if (item.read !== undefined) return { kind: 'skipped', reason: 'read' };
  if (item.reaction !== undefined) return { kind: 'skipped', reason: 'reaction' };
  if (item.message === undefined && item.postback === undefined) return { kind: 'skipped', reason: 'unknown', detail: Object.keys(item).join(',') };
  if (!item.sender) return { kind: 'skipped', reason: 'malformed', detail: 'no sender' };

  const timestamp = item.timestamp ?? entryTime;
  const base = {
    channel: 'messenger' as const,
    account: pageId || item.recipient?.id || '',
    userId: item.sender.id,
    at: timestamp !== undefined ? new Date(Math.round(timestamp)) : now(),
  };

  if (item.message !== undefined) {
    const message = messageSchema.safeParse(item.message);
    if (!message.success) return { kind: 'skipped', reason: 'malformed', detail: `message: ${message.error.issues[0]?.message}` };
    const m = message.data;
    if (m.is_echo) return { kind: 'skipped', reason: 'echo' };
    if (m.quick_reply) return { kind: 'message', message: { ...base, messageId: m.mid, kind: 'payload', payload: m.quick_reply.payload, text: m.text } };
    if (m.text !== undefined && m.text.trim() !== '') return { kind: 'message', message: { ...base, messageId: m.mid, kind: 'text', text: m.text } };
    if (m.attachments && m.attachments.length > 0) return { kind: 'message', message: { ...base, messageId: m.mid, kind: 'attachment' } };
    return { kind: 'skipped', reason: 'empty' };
  }

  const postback = postbackSchema.safeParse(item.postback);
  if (!postback.success) return { kind: 'skipped', reason: 'malformed', detail: `postback: ${postback.error.issues[0]?.message}` };
  const { payload, mid, title } = postback.data;
  if (!payload) return { kind: 'skipped', reason: 'empty', detail: 'postback without payload' };
  return {
    kind: 'message',
    message: { ...base, messageId: mid ?? postbackId(base.userId, timestamp, payload), kind: 'payload', payload, text: title },
  };
}

/** Older postbacks carry no mid: an id made from what a redelivery repeats (sender, time, payload). */
function postbackId(userId: string, timestamp: number | undefined, payload: string): string {
  const digest = createHash('sha256').update(`${userId}\n${timestamp ?? ''}\n${payload}`).digest('base64url');
  return `pb_${digest.slice(0, 32)}`;
}
