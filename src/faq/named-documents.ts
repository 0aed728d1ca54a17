import type { NormalizedText } from '../language/normalizer.js';
import { foldDiacritics } from '../language/fold.js';
import { withoutTrailingParticles } from '../language/phrases.js';
import { checksClaim, checksOrDoubts, GIVES_PERCENTAGE } from './asked-figures.js';
import { ANSWER_THRESHOLD, type Knowledge } from './answer-engine.js';
import type { FaqEntry } from './schema.js';

// "Nghị quyết 72", "chỉ thị 52", "kế hoạch số 40", folded: a document by its kind and number.
const NAMED = /\b(nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|huong dan) (?:so )?(\d+)\b/g;
// "nghị quyết 72 ra ngày 16/9/2025 đúng ko", "… ra hôm 3/10": the date a document is said to bear, checked.
const CLAIMS_DATE = /\b(?:ra|ban hanh|ky) (?:vao )?(?:ngay|hom) \d{1,2}\/\d{1,2}\b/;
// "cái nào ra trước, nq 72 hay ct 52", "cái nào sớm hơn": which of two documents came first.
const ASKS_FIRST = /\b(?:ra|ban hanh|co|ky) (?:truoc|sau)\b|\b(?:truoc|sau) hay\b|\b(?:som|muon|tre) hon\b/;
const DATED = /\d{1,2}\/\d{1,2}\/\d{4}/;
// "nghị quyết 72 do Quốc hội thông qua phải không", "chỉ thị 52 là của chính phủ à", "nghị quyết 72 của thành ủy hà
// nội à": the body said to have issued a document, checked (not "đó là …", folded "do la").
const CLAIMS_ISSUER = /\bdo (?!la\b)(?:[a-z]+ ){1,6}(?:ban hanh|thong qua|ra)\b|\b(?:la )?cua (?:quoc hoi|chinh phu|bo chinh tri|ban bi thu|bo i te|thu tuong|thanh uy|tinh uy|ubnd|uy ban nhan dan|hdnd|so i te)\b/;

// "ct 52 với nq 72 mỗi cái do cơ quan nào ban hành": the same asked of each document named.
const EACH = /\b(?:moi (?:cai|van ban|loai|ben)|tung (?:cai|van ban)|lan luot|ca hai)\b/;
// "kế hoạch 69-KH/TU và 40-KH/TU" (the codes are not read): a bare number joined to a document is another of its kind.
const JOINED_NUMBER = /^ (?:va|voi|hay|hoac) (\d{1,3})\b/;
// "chương trình 10 lai châu và chương trình 06 hà nội", "nghị quyết 282 khác nghị quyết 72": two documents side by
// side, each perhaps with its place, are asked the same of.
const SIDE_BY_SIDE = /^(?: [a-z]+){0,3} (?:va|voi|hay|hoac|khac(?: voi)?) $/;
// Fewer telling words than this besides (the body issuing them: "của tỉnh uỷ") name no subject compared.
const COMPARED_TOPIC_WORDS = 4;
// "khác gì", "khác nhau chỗ nào", "so sánh": how they differ, which what each one is shows.
const COMPARES = /\bkhac (?:gi|nhau|the nao|nhu the nao|cho nao|o dau|nhu nao)\b|\bkhac\b(?: \S+){0,4} (?:the nao|nhu the nao|ra sao)\b|\bso sanh\b/;
// "cái nào của Bộ Chính trị, cái nào của Ban Bí thư": which one, asked of each.
const WHICH_ONE = /\bcai nao\b/g;
// "… có nhiều nhóm giải pháp hơn …": more (or fewer) of something than the other document.
const MORE_THAN = /\b(?:nhieu|it) ((?:[a-z]+ ){1,4})hon\b/;
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
 * or more ("nq72 và chương trình 06 hà nội mỗi cái có bao nhiêu nhóm giải pháp", or side by side: "kế hoạch 69 và 40
 * ban hành ngày nào"), the question without the documents asked of each, and how they differ ("… khác gì") as what
 * each one is, or as what each gives of what they differ in ("… khác gì về số nhóm giải pháp"); who issued a document
 * named as carrying out another, or when ("hướng dẫn 33 về triển khai chỉ thị 52 do cơ quan nào ban hành"), of the
 * first; who issued one, when a body is claimed ("nghị quyết 72 do Quốc hội thông qua phải không").
 */
export function namedDocumentsAsked(knowledge: Knowledge, text: NormalizedText): FaqEntry[] | undefined {
  const folded = text.folded.join(' ');
  const named = documentsIn(folded);
  if (named.length === 0) return undefined;
  const asksDate = (CLAIMS_DATE.test(folded) && checksClaim(text)) || (ASKS_FIRST.test(folded) && named.length >= 2);
  const dates = asksDate ? eachAnswer(knowledge, named, 'ban hành ngày nào', (entry) => DATED.test(entry.answer)) : undefined;
  // Not "nghị quyết 72 của bộ chính trị đặt mục tiêu … 97% có đúng không": the figure is what is checked.
  if (!dates && named.length === 1 && CLAIMS_ISSUER.test(folded) && checksClaim(text) && !GIVES_PERCENTAGE.test(text.original)) {
    return eachAnswer(knowledge, named, 'do cơ quan nào ban hành', () => true);
  }
  if (!dates && named.length === 2 && ASKS_OF_ITSELF.test(folded)) {
    const [carrier, carried] = named as [NamedDocument, NamedDocument];
    if (CARRIES_OUT.test(folded.slice(carrier.end, carried.start))) {
      return eachAnswer(knowledge, [carrier], 'là gì, do ai ban hành', () => true);
    }
  }
  // "chương trình 06 của hà nội có nhiều nhóm giải pháp hơn nghị quyết 72 không": how many each has.
  const more = !dates && named.length === 2 ? MORE_THAN.exec(folded.slice(named[0]!.end, named[1]!.start)) : null;
  const counted = more ? eachAnswer(knowledge, named, `có bao nhiêu ${more[1]}`, (entry) => /\d/.test(entry.answer)) : undefined;
  if (counted) return counted;
  const again = !dates && named.length === 2 ? askedAgain(folded, named) : undefined;
  const ofEach = again && eachAnswer(knowledge, named, again, (entry) => !knowledge.missesFigureAsked(knowledge.normalize(again), entry));
  if (ofEach) return ofEach;
  const each = EACH.test(folded);
  const sideBySide = named.length >= 2 && named.slice(1).every((doc, i) => SIDE_BY_SIDE.test(folded.slice(named[i]!.end, doc.start)));
  if (dates || named.length < 2 || !(each || sideBySide)) return dates;
  let rest = folded;
  for (const doc of [...named].reverse()) rest = `${rest.slice(0, doc.start)} ${rest.slice(doc.end)}`;
  rest = rest.replace(EACH, ' ').replace(WHICH_ONE, ' ').split(' ').filter((w) => w && !JOINS.has(w)).join(' ');
  if (COMPARES.test(rest)) {
    // How they differ at all is what each one is; how they differ in something, what each gives of it.
    rest = rest.replace(COMPARES, ' ');
    const topic = knowledge.index.tellingWords(knowledge.index.splitLocalities(knowledge.normalize(rest)).text);
    if (topic.length < COMPARED_TOPIC_WORDS) return eachAnswer(knowledge, named, 'là gì', () => true);
  }
  return eachAnswer(knowledge, named, rest, (entry) => !knowledge.missesFigureAsked(knowledge.normalize(rest), entry));
}

/**
 * "không phải của Bộ Chính trị à" right after an answer about one document, naming none itself: who issued that one
 * (which corrects the body claimed, or confirms it).
 */
export function issuerClaimedOf(knowledge: Knowledge, text: NormalizedText, last: FaqEntry): FaqEntry[] | undefined {
  const folded = text.folded.join(' ');
  if (documentsIn(folded).length > 0 || !CLAIMS_ISSUER.test(folded) || !checksOrDoubts(text)) return undefined;
  const named = documentsIn(foldDiacritics(last.question).toLowerCase());
  return named.length === 1 ? eachAnswer(knowledge, named, 'do cơ quan nào ban hành', () => true) : undefined;
}

interface NamedDocument {
  kind: string;
  number: string;
  /** Where it is named in the folded text, from its kind (or its number, when joined to another's). */
  start: number;
  end: number;
}

/** The documents a folded text names, in order: "kế hoạch 69 và 40" names two plans. */
function documentsIn(folded: string): NamedDocument[] {
  return [...folded.matchAll(NAMED)].flatMap((m) => {
    const doc = { kind: m[1]!, number: m[2]!, start: m.index!, end: m.index! + m[0].length };
    const joined = JOINED_NUMBER.exec(folded.slice(doc.end));
    if (!joined) return [doc];
    const end = doc.end + joined[0].length;
    return [doc, { kind: doc.kind, number: joined[1]!, start: end - joined[1]!.length, end }];
  });
}

// "…, còn nq 72 thì sao": the second document asked of as the first was.
const ASKED_THE_SAME = new Set(['', 'thi', 'thi sao', 'thi the nao', 'the nao', 'ra sao', 'thi ra sao']);

/**
 * The question asked of each of two documents when it is asked again of the second ("chỉ thị 52 ngày nào, nghị quyết
 * 72 ngày nào"), or the second is asked of as the first was ("ct 52 là của ban bí thư hay bộ chính trị, còn nq 72 thì
 * sao"); undefined otherwise.
 */
function askedAgain(folded: string, [first, second]: NamedDocument[]): string | undefined {
  const between = folded.slice(first!.end, second!.start).split(' ').filter((w) => w && !JOINS.has(w));
  const after = withoutTrailingParticles(folded.slice(second!.end).split(' ').filter(Boolean));
  const asked = between.at(-1) === 'con' ? between.slice(0, -1) : between;
  if (asked.length === 0) return undefined;
  const again = asked.every((w, i) => after[i] === w);
  return again || (asked !== between && ASKED_THE_SAME.has(after.join(' '))) ? asked.join(' ') : undefined;
}

/** For each document named, the sure answer to the question asked of it that is about it, if every one has one. */
function eachAnswer(knowledge: Knowledge, named: NamedDocument[], question: string, answers: (entry: FaqEntry) => boolean): FaqEntry[] | undefined {
  const entries = named.map(({ kind, number }) => {
    const decision = knowledge.decide(knowledge.normalize(`${kind} ${number} ${question}`));
    const entry = decision.kind === 'answer' && decision.best.score >= ANSWER_THRESHOLD ? decision.best.entry : undefined;
    return entry && answers(entry) && `${entry.question} ${entry.keywords.join(' ')} ${entry.answer}`.includes(number) ? entry : undefined;
  });
  return entries.every((e) => e !== undefined) ? [...new Set(entries)] : undefined;
}
