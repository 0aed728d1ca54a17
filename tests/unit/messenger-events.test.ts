import { describe, expect, it } from 'vitest';
import { eventsOf, webhookEnvelope } from '../../src/channels/messenger/events.js';
import {
  PAGE_ID,
  messengerAttachment,
  messengerDelivery,
  messengerEcho,
  messengerEntry,
  messengerPostback,
  messengerQuickReply,
  messengerRead,
  messengerReaction,
  messengerText,
  rawBodyWithQuirks,
  webhookBody,
  webhookOf,
  type WebhookBody,
} from '../fixtures/messenger.js';

const events = (body: WebhookBody | unknown) => eventsOf(webhookEnvelope.parse(body));

describe('Messenger events', () => {
  it('maps a text message to the neutral message, with the Page as the account', () => {
    const [event] = events(webhookOf(messengerText({ user: 'u1', text: 'xin chào', mid: 'm_1', timestamp: 1_700_000_000_000 })));
    expect(event).toEqual({
      kind: 'message',
      message: { channel: 'messenger', account: PAGE_ID, userId: 'u1', messageId: 'm_1', kind: 'text', text: 'xin chào', at: new Date(1_700_000_000_000) },
    });
  });

  it('maps a quick reply and a postback to payloads', () => {
    const [quick, postback] = events(
      webhookBody(messengerEntry([messengerQuickReply({ user: 'u', title: 'Trợ giúp', payload: 'HELP', mid: 'm_q' }), messengerPostback({ user: 'u', payload: 'TOPIC:rights', mid: 'm_p' })])),
    );
    expect(quick).toMatchObject({ message: { kind: 'payload', payload: 'HELP', messageId: 'm_q' } });
    expect(postback).toMatchObject({ message: { kind: 'payload', payload: 'TOPIC:rights', messageId: 'm_p' } });
  });

  it('gives a postback without mid an id that a redelivery repeats', () => {
    const item = messengerPostback({ user: 'u', payload: 'HELP', mid: null, timestamp: 1_700_000_000_000 });
    const first = events(webhookOf(item))[0];
    const again = events(webhookOf(structuredClone(item)))[0];
    const later = events(webhookOf({ ...item, timestamp: 1_700_000_000_500 }))[0];
    expect(first?.kind === 'message' && first.message.messageId).toMatch(/^pb_/);
    expect(again).toEqual(first);
    expect(later).not.toEqual(first);
  });

  it('maps every attachment kind to an attachment', () => {
    for (const type of ['image', 'sticker', 'audio', 'video', 'file', 'location'] as const) {
      expect(events(webhookOf(messengerAttachment({ type })))[0]).toMatchObject({ kind: 'message', message: { kind: 'attachment' } });
    }
  });

  it('skips echoes, deliveries, reads, reactions and standby, naming why', () => {
    const body = webhookBody(
      messengerEntry([messengerEcho(), messengerDelivery(), messengerRead(), messengerReaction()]),
      messengerEntry([messengerText({ text: 'hi' }), messengerPostback({ payload: 'HELP' })], { standby: true }),
    );
    expect(events(body).map((e) => (e.kind === 'skipped' ? e.reason : e.kind))).toEqual(['echo', 'delivery', 'read', 'reaction', 'standby', 'standby']);
  });

  it('skips a malformed item and keeps the rest of the batch', () => {
    const body = { object: 'page', entry: [{ id: PAGE_ID, time: 1, messaging: [{ recipient: { id: PAGE_ID }, message: { mid: 'm', text: 'no sender' } }, 'nonsense', messengerText({ text: 'ok' })] }, { time: 2 }] };
    expect(events(body).map((e) => (e.kind === 'skipped' ? e.reason : e.message.text))).toEqual(['malformed', 'malformed', 'ok', 'malformed']);
  });

  it('reads float timestamps and ignores an app id beyond 2^53', () => {
    const [event] = events(JSON.parse(rawBodyWithQuirks({ user: 'u9', mid: 'm_9', text: 'a/b' })));
    expect(event).toMatchObject({ kind: 'message', message: { userId: 'u9', text: 'a/b', at: new Date(1492414608999) } });
  });

  it('answers nothing for objects other than Pages', () => {
    expect(events({ object: 'instagram', entry: [] })).toEqual([{ kind: 'skipped', reason: 'unknown', detail: 'object instagram' }]);
  });
});
