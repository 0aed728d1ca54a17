import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventsOf, webhookEnvelope, type MessengerEvent } from '../../src/channels/messenger/events.js';
import { checkSignature } from '../../src/channels/messenger/signature.js';
import { APP_SECRET, signatureOf } from '../fixtures/messenger.js';
import { hostileJson, hostileText, messengerShapedBody } from '../fixtures/hostile-input.js';

/** What the webhook does with a parsed body: the envelope, then each event on its own. */
function readBody(body: unknown): MessengerEvent[] | 'rejected' {
  const envelope = webhookEnvelope.safeParse(body);
  return envelope.success ? eventsOf(envelope.data) : 'rejected';
}

/** A message handed to the pipeline is always one it can work with. */
function expectUsable(events: MessengerEvent[] | 'rejected'): void {
  if (events === 'rejected') return;
  for (const event of events) {
    if (event.kind === 'skipped') continue;
    const { message } = event;
    expect(message.channel).toBe('messenger');
    expect(message.messageId.length).toBeGreaterThan(0);
    expect(message.userId.length).toBeGreaterThan(0);
    expect(typeof message.account).toBe('string');
    expect(['text', 'payload', 'attachment']).toContain(message.kind);
    if (message.kind === 'text') expect(message.text?.trim().length).toBeGreaterThan(0);
    if (message.kind === 'payload') expect(message.payload?.length).toBeGreaterThan(0);
  }
}

describe('Messenger event parsing under hostile input', () => {
  it('never throws on any JSON value, however deep or strange its strings', () => {
    fc.assert(
      fc.property(hostileJson, (body) => expectUsable(readBody(body))),
      { numRuns: 3000 },
    );
  });

  it('never throws on bodies of the documented shape whose every field may hold anything, and yields only usable messages', () => {
    fc.assert(
      fc.property(messengerShapedBody, (body) => expectUsable(readBody(body))),
      { numRuns: 5000 },
    );
  });

  it('checks any signature header over any body without throwing, and accepts only the right one', () => {
    const header = fc.oneof(hostileText, hostileText.map((t) => `sha256=${t}`), fc.stringMatching(/^sha256=[0-9a-fA-F]{64}$/), fc.constant(undefined));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), header, (bytes, given) => {
        const raw = Buffer.from(bytes);
        expect(checkSignature(raw, given, [APP_SECRET])).not.toBe('valid');
        expect(checkSignature(raw, signatureOf(raw), [APP_SECRET])).toBe('valid');
      }),
      { numRuns: 3000 },
    );
  });
});
