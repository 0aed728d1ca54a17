import type { Scope } from '../faq/schema.js';
import type { QuickReply } from '../message.js';

/**
 * What the bot keeps about one conversation, and nothing more: the locality (90 days),
 * the last topic (for follow-ups), the choices just offered, and a hand-off pause.
 */
export interface Conversation {
  locality?: Scope;
  localitySetAt?: number;
  /** The entry or health day last answered, and when: a follow-up resolves against it. */
  lastTopic?: { kind: 'entry' | 'health-day'; id: string; at: number };
  /** Choices offered in the last reply, so "1" or "2" can pick one. */
  choices?: QuickReply[];
  /** Until when a person, not the bot, answers this conversation (epoch ms). */
  handoffUntil?: number;
}

/** Where a person's conversation is stored, by their keyed hash (privacy.ts userKey). */
export function conversationKey(userKey: string): string {
  return `conv:${userKey}`;
}
