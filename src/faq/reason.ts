import type { Normalize, NormalizedText } from '../language/normalizer.js';
import { foldDiacritics } from '../language/fold.js';
import { consistsOf, containsAny, FILLER, phraseList } from '../language/phrases.js';
import type { Knowledge } from './answer-engine.js';
import type { FaqEntry } from './schema.js';

// "sao phải làm vậy", "vì sao lại thế": the reason for something; "để làm gì", "ban hành để làm gì": its purpose.
const REASON = ['tại sao', 'vì sao', 'sao phải', 'sao lại'];
const reasonPhrases = phraseList(REASON);
const whyPhrases = phraseList([...REASON, 'để làm gì', 'mục đích gì', 'ý nghĩa gì']);
const WHY_FILLER = new Set([...FILLER, 'lam', 'phai', 'nhu', 'do', 'hanh', 'ra']);
// A question the content answers with a reason: "Vì sao nên tham gia …", "… là gì và tại sao …".
const GIVES_REASON = /\b(?:vi sao|tai sao|y nghia|muc dich)\b/;

/** True when a message asks why ("tại sao phải tham gia bhyt"). */
export function asksWhy(normalize: Normalize, text: NormalizedText): boolean {
  return containsAny(text, whyPhrases(normalize));
}

/** True when a message asks for a reason ("vì sao cần bhyt toàn dân"), not what something is for. */
export function asksReason(normalize: Normalize, text: NormalizedText): boolean {
  return containsAny(text, reasonPhrases(normalize));
}

/** Whether an entry's question is answered with a reason ("Vì sao nên tham gia bảo hiểm y tế?"). */
export function givesReason(entry: FaqEntry): boolean {
  let gives = reasons.get(entry);
  if (gives === undefined) reasons.set(entry, (gives = GIVES_REASON.test(foldDiacritics(entry.question).toLowerCase())));
  return gives;
}

// Asked of the candidates of every question that asks why: worked out once per entry.
const reasons = new WeakMap<FaqEntry, boolean>();

/** True when a message only asks why ("tại sao phải làm vậy"), which right after an answer is asked of it. */
export function asksOnlyWhy(knowledge: Knowledge, text: NormalizedText): boolean {
  return consistsOf(text, whyPhrases(knowledge.normalize), WHY_FILLER) && knowledge.index.splitLocalities(text).localities.length === 0;
}

/**
 * The answer that gives the reason for what an answer on its topic says (after "đến 2030 đạt bao phủ toàn dân": what
 * universal coverage is and why the State aims at it), if its topic has one.
 */
export function reasonFor(knowledge: Knowledge, last: FaqEntry): FaqEntry | undefined {
  const reasons = knowledge.index.entries.filter((e) => e !== last && e.topic === last.topic && givesReason(e));
  return reasons.length === 1 ? reasons[0] : undefined;
}
