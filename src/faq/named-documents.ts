import type { NormalizedText } from '../language/normalizer.js';
import { ANSWER_THRESHOLD, type Knowledge } from './answer-engine.js';
import type { FaqEntry } from './schema.js';

// "Nghị quyết 72", "chỉ thị 52", "kế hoạch số 40", folded: a document by its kind and number.
const NAMED = /\b(nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|huong dan) (?:so )?(\d+)\b/g;
// "nghị quyết 72 ra ngày 16/9/2025 đúng ko": the date a document is said to bear, checked.
const CLAIMS_DATE = /\b(?:ra|ban hanh|ky) (?:vao )?ngay \d{1,2}\/\d{1,2}\b/;
const CHECKS = /\b(?:dung|phai|that) (?:khong|ko|k)\b|\bco (?:phai|dung)\b/;
// "cái nào ra trước, nq 72 hay ct 52": which of two documents came first.
const ASKS_FIRST = /\b(?:ra|ban hanh|co|ky) (?:truoc|sau)\b|\b(?:truoc|sau) hay\b/;
const DATED = /\d{1,2}\/\d{1,2}\/\d{4}/;

// "ct 52 với nq 72 mỗi cái do cơ quan nào ban hành": the same asked of each document named.
const EACH = /\b(?:moi (?:cai|van ban|loai|ben)|tung (?:cai|van ban)|lan luot|ca hai)\b/;
// What joins the documents named: "nq 72 và chương trình 06", "ct 52 với nq 72".
const JOINS = new Set(['va', 'voi', 'hay', 'hoac']);

/**
 * The entries that give the dates of the documents a message asks about by date: the one it claims a date for
 * ("nghị quyết 72 ra ngày 16/9/2025 đúng ko", which that date elsewhere would answer with another document), or the
 * two it asks which came first of. Undefined when it asks neither.
 */
export function documentDates(knowledge: Knowledge, text: NormalizedText): FaqEntry[] | undefined {
  const folded = text.folded.join(' ');
  const named = [...folded.matchAll(NAMED)];
  const asks = (CLAIMS_DATE.test(folded) && CHECKS.test(folded) && named.length >= 1) || (ASKS_FIRST.test(folded) && named.length >= 2);
  if (!asks) return undefined;
  return eachAnswer(knowledge, named, 'ban hành ngày nào', (entry) => DATED.test(entry.answer));
}

/**
 * The entries that answer a question asked of each of two or more documents ("nq72 và chương trình 06 hà nội mỗi cái có
 * bao nhiêu nhóm giải pháp"): the question without the documents, asked of each. Undefined when it asks no such thing.
 */
export function eachDocument(knowledge: Knowledge, text: NormalizedText): FaqEntry[] | undefined {
  const folded = text.folded.join(' ');
  const named = [...folded.matchAll(NAMED)];
  if (named.length < 2 || !EACH.test(folded)) return undefined;
  const rest = folded.replace(NAMED, ' ').replace(EACH, ' ').split(' ').filter((w) => w && !JOINS.has(w)).join(' ');
  return eachAnswer(knowledge, named, rest, (entry) => !knowledge.missesFigureAsked(knowledge.normalize(rest), entry));
}

/** For each document named, the sure answer to the question asked of it that is about it, if every one has one. */
function eachAnswer(knowledge: Knowledge, named: RegExpMatchArray[], question: string, answers: (entry: FaqEntry) => boolean): FaqEntry[] | undefined {
  const entries = named.map(([, kind, number]) => {
    const decision = knowledge.decide(knowledge.normalize(`${kind} ${number} ${question}`));
    const entry = decision.kind === 'answer' && decision.best.score >= ANSWER_THRESHOLD ? decision.best.entry : undefined;
    return entry && answers(entry) && `${entry.question} ${entry.keywords.join(' ')} ${entry.answer}`.includes(number!) ? entry : undefined;
  });
  return entries.every((e) => e !== undefined) ? [...new Set(entries)] : undefined;
}
