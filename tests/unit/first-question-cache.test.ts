import { beforeAll, describe, expect, it } from 'vitest';
import { Knowledge } from '../../src/faq/answer-engine.js';
import { resolve } from '../../src/faq/question-resolver.js';
import type { Conversation } from '../../src/pipeline/conversation.js';
import type { Turn } from '../../src/pipeline/intent.js';
import type { ChannelName } from '../../src/message.js';
import { loadCases } from '../eval/cases.js';
import { shippedKnowledge } from '../support/knowledge.js';

interface TurnOptions {
  conversation?: Conversation;
  channel?: ChannelName;
  now?: Date;
}

/** A turn of a citizen's own text, as the pipeline builds it. */
function turnOf(knowledge: Knowledge, text: string, { conversation = {}, channel = 'webchat', now = new Date('2026-11-28T10:00:00+07:00') }: TurnOptions = {}): Turn {
  return {
    message: { channel, account: 'web', userId: 'citizen', messageId: `m-${text.length}`, kind: 'text', text, at: now },
    text: knowledge.normalize(text),
    now,
    knowledge,
    conversation,
    settings: { contextMs: 30 * 60_000, handoffMs: 24 * 3_600_000 },
  };
}

describe('resolutions of first questions', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await shippedKnowledge();
  });

  it('answers the same first question from different people with the resolution already found', () => {
    const question = 'thẻ bhyt hết hạn thì gia hạn ở đâu';
    const first = resolve(turnOf(knowledge, question, { channel: 'messenger' }));
    expect(resolve(turnOf(knowledge, question, { channel: 'zalo' }))).toBe(first);
  });

  it('resolves afresh a question asked with a topic or a place remembered', () => {
    const question = 'còn hà nội thì sao';
    const first = resolve(turnOf(knowledge, question));
    const lastTopic = { kind: 'entry' as const, id: knowledge.index.entries[0]!.id, at: Date.now() };
    expect(resolve(turnOf(knowledge, question, { conversation: { lastTopic } }))).not.toBe(first);
    expect(resolve(turnOf(knowledge, question, { conversation: { elsewhere: 'Nghệ An' } }))).not.toBe(first);
  });

  it('keeps nothing across content versions', async () => {
    const question = 'ngày bảo hiểm y tế việt nam là ngày nào';
    const first = resolve(turnOf(knowledge, question));
    const republished = new Knowledge(knowledge.content, 2);
    expect(resolve(turnOf(republished, question))).not.toBe(first);
  });

  // What makes keeping them safe: with nothing remembered, neither the date, the channel nor the person changes the
  // resolution of a first question. Each evaluation question is resolved by two engines over the same content.
  it('finds for every evaluation question, on another day and channel, what a fresh engine finds', async () => {
    const questions = (await loadCases()).map((c) => c.turns[0]!.text);
    const other = new Knowledge(knowledge.content);
    for (const question of questions) {
      const here = resolve(turnOf(knowledge, question));
      const there = resolve(turnOf(other, question, { channel: 'zalo', now: new Date('2027-07-01T08:00:00+07:00') }));
      expect(there, question).toEqual(here);
    }
  });
});
