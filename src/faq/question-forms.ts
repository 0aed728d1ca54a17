import type { Turn } from '../pipeline/intent.js';
import { documentTopicAsked } from './document-topic.js';
import { figureOwner } from './figure-owner.js';
import { itemQuoting } from './list-item.js';
import { namedDocumentsAsked } from './named-documents.js';
import { PLACE_OF_ITEM_ASKED } from './list-entries.js';
import { quotationOf, quotedParts } from './quotation.js';
import { lastAnswered, REFERRED_CONFIDENCE, type Resolution } from './resolution.js';
import { placeReferredTo, startsAsFollowUp } from './follow-up-cues.js';
import { sourceNumberAsked } from './source-documents.js';
import { refersToPlace } from './place-answers.js';

// Questions whose form says which answer they want, whatever the conversation: a slogan quoted, documents named with
// what is asked of each, a source document's number, whose a figure is, what a named document says of a subject.

/** The answer a question's form asks for, if it has one of these forms. */
export function answeredByForm(turn: Turn): Resolution | undefined {
  const { knowledge, conversation } = turn;
  // "khẩu hiệu 'mỗi người dân khỏe mạnh' vế sau là gì": the whole slogan, and the answer that quotes it.
  const quotation = quotationOf(knowledge.index.entries, turn.text);
  // "câu 'khỏe để học …' là thông điệp số mấy": its place in the list that numbers it (a slogan quoted whole is no
  // quotation of part of one).
  const slogan = PLACE_OF_ITEM_ASKED.test(turn.text.folded.join(' ')) ? (quotation?.whole ?? quotedParts(turn.text.original)[0]) : undefined;
  const numbered = slogan ? itemQuoting(knowledge.index.entries, slogan, turn.text) : undefined;
  if (numbered) return { kind: 'answer', entry: numbered.list, confidence: REFERRED_CONFIDENCE, related: [], excerpt: numbered.excerpt, item: numbered.item };
  if (quotation) {
    return { kind: 'answer', entry: quotation.entry, confidence: REFERRED_CONFIDENCE, related: [], ...(quotation.whole ? { note: `Câu đầy đủ: “${quotation.whole}”` } : {}) };
  }
  // "nghị quyết 72 ra ngày 16/9/2025 đúng ko", "cái nào ra trước, nq 72 hay ct 52": each document's own date.
  // "ct 52 với nq 72 mỗi cái do cơ quan nào ban hành": what is asked, of each.
  const [first, ...others] = namedDocumentsAsked(knowledge, turn.text) ?? [];
  if (first) return { kind: 'answer', entry: first, confidence: REFERRED_CONFIDENCE, related: [], ...(others.length > 0 ? { alongside: others } : {}) };
  // "kế hoạch tuyên truyền NQ 72 của Hà Nội mang số hiệu bao nhiêu": a source document's own number, which it leaves out.
  // "còn nghị quyết 72 thì (tỉnh có) kế hoạch số mấy" right after Cao Bằng's plan, from someone whose place is not
  // known: the province of that answer.
  const pointed = () => {
    const last = conversation.locality ? undefined : lastAnswered(turn);
    return last && last.scope !== 'national' && (refersToPlace(turn) || startsAsFollowUp(turn.text)) ? last.scope : undefined;
  };
  const sourceNumber = sourceNumberAsked(knowledge, turn.text, () => placeReferredTo(turn, conversation.locality) ?? pointed());
  if (sourceNumber) return { kind: 'answer', entry: sourceNumber, confidence: REFERRED_CONFIDENCE, related: [] };
  // "95,5% là mục tiêu bhyt của hà nội đúng không", "75 tuổi là mục tiêu của tỉnh nào": whose the figure is.
  const owner = figureOwner(knowledge, turn.text);
  if (owner) return { kind: 'answer', entry: owner.entry, confidence: REFERRED_CONFIDENCE, related: [], ...(owner.note ? { note: owner.note } : {}) };
  // "nghị quyết 72 có nói gì về thuốc lá không": the subject, as that document has it.
  const topic = documentTopicAsked(knowledge, turn.text, conversation.locality);
  if (topic) return { kind: 'answer', entry: topic.entry, confidence: topic.score, related: [] };
  return undefined;
}
