import type { NormalizedText } from '../language/normalizer.js';
import { ANSWER_THRESHOLD, checksClaim, type Knowledge } from './answer-engine.js';
import type { FaqEntry } from './schema.js';

// "Nghị quyết 72", "chỉ thị 52", "kế hoạch số 40", folded: a document by its kind and number.
const NAMED = /\b(nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|huong dan) (?:so )?(\d+)\b/g;
// "nghị quyết 72 ra ngày 16/9/2025 đúng ko": the date a document is said to bear, checked.
const CLAIMS_DATE = /\b(?:ra|ban hanh|ky) (?:vao )?ngay \d{1,2}\/\d{1,2}\b/;
// "cái nào ra trước, nq 72 hay ct 52": which of two documents came first.
const ASKS_FIRST = /\b(?:ra|ban hanh|co|ky) (?:truoc|sau)\b|\b(?:truoc|sau) hay\b/;
const DATED = /\d{1,2}\/\d{1,2}\/\d{4}/;

// "ct 52 với nq 72 mỗi cái do cơ quan nào ban hành": the same asked of each document named.
const EACH = /\b(?:moi (?:cai|van ban|loai|ben)|tung (?:cai|van ban)|lan luot|ca hai)\b/;
// What joins the documents named: "nq 72 và chương trình 06", "ct 52 với nq 72".
const JOINS = new Set(['va', 'voi', 'hay', 'hoac']);
// "hướng dẫn 33-HD/BTGDVTW về triển khai chỉ thị 52": between a document and the one it carries out (its code first).
const CARRIES_OUT = /^(?: [a-z]+){0,2} ve (?:viec )?(?:(?:trien khai|thuc hien|tuyen truyen|quan triet|hoc tap)(?: \S+)? )?$/;
// Asked of a document itself: who issued it, when, its number.
const ASKS_OF_ITSELF = /\b(?:ban hanh|ngay (?:nao|may|thang)|co quan nao|(?:ai|nguoi) ky|so (?:may|hieu|bao nhieu))\b/;

/**
 * The entries that answer a message asking about two documents, or one by date, in one of these ways (undefined when
 * it asks none): a date claimed for a document ("nghị quyết 72 ra ngày 16/9/2025 đúng ko", which that date elsewhere
 * would answer with another document) or which of two came first, with each one's date; what is asked of each of two
 * or more ("nq72 và chương trình 06 hà nội mỗi cái có bao nhiêu nhóm giải pháp"), the question without the documents
 * asked of each; who issued a document named as carrying out another, or when ("hướng dẫn 33 về triển khai chỉ thị 52
 * do cơ quan nào ban hành"), of the first.
 */
export function namedDocumentsAsked(knowledge: Knowledge, text: NormalizedText): FaqEntry[] | undefined {
  const folded = text.folded.join(' ');
  const named = [...folded.matchAll(NAMED)];
  if (named.length === 0) return undefined;
  const asksDate = (CLAIMS_DATE.test(folded) && checksClaim(text)) || (ASKS_FIRST.test(folded) && named.length >= 2);
  const dates = asksDate ? eachAnswer(knowledge, named, 'ban hành ngày nào', (entry) => DATED.test(entry.answer)) : undefined;
  if (!dates && named.length === 2 && ASKS_OF_ITSELF.test(folded)) {
    const [carrier, carried] = named as [RegExpMatchArray, RegExpMatchArray];
    if (CARRIES_OUT.test(folded.slice(carrier.index! + carrier[0].length, carried.index))) {
      return eachAnswer(knowledge, [carrier], 'là gì, do ai ban hành', () => true);
    }
  }
  if (dates || named.length < 2 || !EACH.test(folded)) return dates;
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
