import type { QuickReply, Reply } from '../../message.js';

// Send API limits.
export const TEXT_LIMIT = 2000;
export const QUICK_REPLIES_LIMIT = 13;
export const QUICK_REPLY_TITLE_LIMIT = 20;
export const PAYLOAD_LIMIT = 1000;

export interface OutgoingQuickReply {
  content_type: 'text';
  title: string;
  payload: string;
}

/** The `message` of one Send API request. */
export interface OutgoingMessage {
  text: string;
  quick_replies?: OutgoingQuickReply[];
}

/**
 * The Send API messages for a list of replies: long text split into several messages, the quick replies
 * on the last one. Deterministic, so that a retry can resume after the messages already delivered.
 */
export function outgoingMessages(replies: readonly Reply[]): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  for (const reply of replies) {
    const parts = splitText(reply.text);
    const quickReplies = quickRepliesOf(reply.quickReplies ?? []);
    if (parts.length === 0 && quickReplies.length > 0) parts.push('…');
    parts.forEach((text, i) => {
      const last = i === parts.length - 1;
      messages.push(last && quickReplies.length > 0 ? { text, quick_replies: quickReplies } : { text });
    });
  }
  return messages;
}

function quickRepliesOf(quickReplies: readonly QuickReply[]): OutgoingQuickReply[] {
  return quickReplies
    .filter((q) => q.payload.length > 0 && q.payload.length <= PAYLOAD_LIMIT && q.title.trim() !== '')
    .slice(0, QUICK_REPLIES_LIMIT)
    .map((q) => ({ content_type: 'text', title: shortTitle(q.title), payload: q.payload }));
}

/** Shortens a title to `limit` characters at a word boundary, ending with an ellipsis. */
export function shortTitle(title: string, limit = QUICK_REPLY_TITLE_LIMIT): string {
  const chars = Array.from(title.normalize('NFC').trim());
  if (chars.length <= limit) return chars.join('');
  let cut = chars.slice(0, limit - 1).join('');
  const wholeWords = /\s/.test(chars[limit - 1] ?? '');
  const space = cut.lastIndexOf(' ');
  if (!wholeWords && space >= limit / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.\-–]+$/u, '')}…`;
}

/**
 * Splits text into parts of at most `limit` characters: at a paragraph or sentence end when there is one,
 * else at a space, else (one enormous word) anywhere but inside a surrogate pair.
 */
export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)/g;

function cutPoint(text: string, limit: number): number {
  // One character past the limit: the space that shows a sentence ended right at it.
  const window = text.slice(0, limit + 1);
  const paragraph = window.lastIndexOf('\n', limit);
  if (paragraph >= limit / 2) return paragraph;
  let sentence = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end <= limit) sentence = end;
  }
  const boundary = Math.max(sentence, paragraph);
  if (boundary > 0) return boundary;
  const space = window.lastIndexOf(' ', limit);
  if (space > 0) return space;
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}
