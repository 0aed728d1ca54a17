import type { QuickReply, Reply } from '../../message.js';
import { encodeButtonPayload } from './button-payload.js';

/** Limits of a consultation message (`/v3.0/oa/message/cs`). */
export const MAX_TEXT_LENGTH = 2000;
export const MAX_BUTTONS = 5;
const MAX_BUTTON_TITLE = 100;

/** Shown above the buttons that did not fit on the message they belong to. */
const MORE_CHOICES = 'Các lựa chọn khác:';

export interface ZaloButton {
  title: string;
  type: 'oa.query.hide';
  payload: string;
}

/** The `message` of a send request: text, and buttons when there are choices to offer. */
export interface ZaloMessage {
  text: string;
  attachment?: { type: 'template'; payload: { buttons: ZaloButton[] } };
}

// A line break, or a sentence end (with closing quotes or brackets) followed by space.
const LINE_BREAK = /\n\s*/g;
const SENTENCE_END = /([.!?…]["'”’)\]»]*)\s+/g;

/** Splits text into pieces of at most `max` characters: at line breaks or sentence ends where possible, then at spaces. */
export function splitText(text: string, max = MAX_TEXT_LENGTH): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const [end, next] = cutPoint(rest, max);
    pieces.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(next).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Where the first piece ends and the rest starts: a line break in the second half, else the last sentence end. */
function cutPoint(text: string, max: number): [number, number] {
  const window = text.slice(0, max + 1);
  const line = lastCut(window, LINE_BREAK, max);
  if (line && line[0] >= max / 2) return line;
  const cut = lastCut(window, SENTENCE_END, max) ?? line;
  if (cut) return cut;
  const space = window.search(/\s\S*$/);
  if (space > 0) return [space, space + 1];
  // One unbroken run of text: cut it, but never between the halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return [end, end];
}

function lastCut(window: string, boundary: RegExp, max: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const match of window.matchAll(boundary)) {
    const end = match.index + (match[1]?.length ?? 0);
    if (end > 0 && end <= max) best = [end, match.index + match[0].length];
  }
  return best;
}

function button(choice: QuickReply): ZaloButton {
  const title = choice.title.length > MAX_BUTTON_TITLE ? `${choice.title.slice(0, MAX_BUTTON_TITLE - 1)}…` : choice.title;
  return { title, type: 'oa.query.hide', payload: encodeButtonPayload(choice.payload) };
}

function withButtons(text: string, buttons: ZaloButton[]): ZaloMessage {
  return buttons.length === 0 ? { text } : { text, attachment: { type: 'template', payload: { buttons } } };
}

/**
 * The Zalo messages for a turn's replies, in order: long text split at sentence ends, the
 * quick replies as buttons on the last piece (five at most; more go on a follow-up message).
 */
export function toZaloMessages(replies: readonly Reply[]): ZaloMessage[] {
  const messages: ZaloMessage[] = [];
  for (const reply of replies) {
    const pieces = splitText(reply.text);
    if (pieces.length === 0) continue;
    const buttons = (reply.quickReplies ?? []).map(button);
    for (const piece of pieces.slice(0, -1)) messages.push({ text: piece });
    messages.push(withButtons(pieces[pieces.length - 1]!, buttons.slice(0, MAX_BUTTONS)));
    for (let i = MAX_BUTTONS; i < buttons.length; i += MAX_BUTTONS) {
      messages.push(withButtons(MORE_CHOICES, buttons.slice(i, i + MAX_BUTTONS)));
    }
  }
  return messages;
}
