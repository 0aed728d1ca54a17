import type { KinPlace } from '../faq/kin-places.js';
import type { Scope } from '../faq/schema.js';
import type { QuickReply } from '../message.js';
import type { Turn } from './intent.js';

/**
 * What the bot keeps about one conversation, and nothing more: the locality or province without a plan, and the
 * home town or family's province told beside it (90 days),
 * the last two topics (for follow-ups), the choices just offered, and a hand-off pause.
 */
export interface Conversation {
  locality?: Scope;
  /** A province the documents have no plan for, said as where the person lives: "tỉnh mình" is not another's. */
  elsewhere?: string;
  /**
   * The home town and relatives' places told beside it or alone ("quê Cao Bằng, làm ở Hải Phòng", "bố t ở Cao Bằng,
   * mẹ t ở Hải Phòng"): what "quê mình", "chỗ mẹ" name later. Only a relative's kind is kept ("bo me"), no name.
   */
  kinPlaces?: KinPlace[];
  /** When any of them was said. */
  localitySetAt?: number;
  /** The entry or health day last answered, and when: a follow-up resolves against it. */
  lastTopic?: Topic;
  /** The topic before it: "quay lại câu lúc nãy" goes back to it. */
  earlierTopic?: Topic;
  /**
   * The content's words of the last question the documents could not answer (folded, as `Topic.asked`), and when:
   * "còn ở Lai Châu thì sao" asks it of another place.
   */
  unanswered?: { asked: string[]; at: number };
  /** Choices offered in the last reply, so "1" or "2" can pick one. */
  choices?: QuickReply[];
  /** Until when a person, not the bot, answers this conversation (epoch ms). */
  handoffUntil?: number;
}

export interface Topic {
  /** What was answered: an FAQ entry, a health day, or a document's parts (the id is then the document's). */
  kind: 'entry' | 'health-day' | 'document';
  id: string;
  at: number;
  /** The document whose part the entry was given for: "còn phần III" asks of it. */
  document?: string;
  /** The part of a document whose own parts were listed (its appendix): "mục cuối" is its last. */
  part?: string;
  /**
   * The content's words the question asked with (folded): "còn Lai Châu thì sao" asks them of another place. Only
   * words the content has, so nothing personal is kept.
   */
  asked?: string[];
  /** The item of the answer's numbered list it was cut to ("nhóm thứ 2 là gì"): "chi tiết hơn" asks about that item. */
  item?: number;
}

/** The last topic, while the conversation is still about it. */
export function currentTopic({ conversation, now, settings }: Pick<Turn, 'conversation' | 'now' | 'settings'>): Topic | undefined {
  const topic = conversation.lastTopic;
  return topic && now.getTime() - topic.at < settings.contextMs ? topic : undefined;
}

/** The next conversation, remembering the topic it moves on from. */
export function movingOn(previous: Conversation, next: Conversation): Conversation {
  const moved = previous.lastTopic && next.lastTopic && next.lastTopic.id !== previous.lastTopic.id;
  return moved ? { ...next, earlierTopic: previous.lastTopic } : next;
}

/** Where a person's conversation is stored, by their keyed hash (privacy.ts userKey). */
export function conversationKey(userKey: string): string {
  return `conv:${userKey}`;
}
