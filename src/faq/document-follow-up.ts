import type { Turn } from '../pipeline/intent.js';
import type { NormalizedText } from '../language/normalizer.js';
import { foldDiacritics } from '../language/fold.js';
import { withoutPhrases, withoutTrailingParticles } from '../language/phrases.js';
import { CARRYING_OUT_VERBS, DOCUMENT_KIND, DOCUMENT_KINDS, documentNumbers, documentsNamed, foldedQuestion, questionDocuments } from './document-numbers.js';
import { asksSigner, checksClaim, GIVES_YEAR } from './asked-figures.js';
import { ANSWER_THRESHOLD, type Decision, DOCUMENT_DETAIL_WORDS, type Knowledge, kindOf } from './answer-engine.js';
import type { FaqEntry, Scope } from './schema.js';
import { askedAbout, OWN_TOPIC_WORDS, REFERRED_CONFIDENCE, type Resolution, YEAR } from './resolution.js';
import { CLAIM_WORDS, DETAIL_QUESTION_WORDS, FOLLOW_UP_WORDS, OWN_PLACE, PLACE_KINDS, POINTERS, REFERS_BACK_AFTER_NOUN } from './follow-up-cues.js';
import { sharesDocument } from './list-entries.js';

// Follow-ups about a document rather than what it says: its date, number, issuer or signer right after an answer
// about it; another document named instead of the one just answered; a document pointed back at ("nghị quyết đó");
// the document a province's plan carries out.

const PROGRAMME = ['chuong', 'trinh'];
// "Chỉ thị số 52-CT/TW do Ban Bí thư ban hành": who issued a document.
export const ISSUED_BY = /(?<!\p{L})do [^.;]+? ban hành/u;

// "của ai", "ai ban hành", "cơ quan nào ban hành": who issued a document.
const ASKS_ISSUER = /\b(?:ai ban hanh|cua ai|co quan nao)\b/;
// "ngày ban hành", "ký ngày nào", "số mấy", "số hiệu", "cơ quan nào ban hành": a document's date, number or issuer,
// on folded words.
const ASKS_DOCUMENT_DETAIL = new RegExp(
  `\\b(?:ngay (?:nao|may|bao nhieu|ban hanh|ky(?! niem))|(?:ky|ban hanh) (?:ngay|thang|nam|luc|khi|bao)|so (?:may|bao nhieu|hieu|ky hieu)|nguoi ki)\\b|${ASKS_ISSUER.source}`,
);
// "gửi ai", "gửi cho những ai", "gửi đến đâu": who a document is sent to.
const ASKS_RECIPIENTS = /\bgui (?:cho |den |toi |len )?(?:ai|dau|nhung ai|nhung dau|nhung noi nao|noi nao|co quan nao)\b/;
// "ban hành ngày nào", "số mấy", "do ai ký", "đúng không": asked of a document itself, not of what it says.
export const ASKS_OF_DOCUMENT_ITSELF = /\b(?:ngay (?:nao|may|bao nhieu|ky)|ban hanh|so (?:may|bao nhieu|hieu)|nguoi ki|dung (?:khong|ko)|phai (?:khong|ko)|la cua)\b/;

// "Nghị quyết 72-NQ/TW", "Kế hoạch số 40-KH/TU", "Chương trình hành động số 10-CTr/TU", folded: a document by number.
const NAMED_DOCUMENT = /\b(nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|huong dan) (?:so )?(\d+)[-/]/g;

const DATE_UNITS = new Set(['ngay', 'thang', 'nam']);

// How close to the best answer the one saying a document's number and date are blank may be, asked them.
const BLANK_DETAIL_MARGIN = 0.05;

// "… để thực hiện", "… triển khai nó": carrying out, of a document left unnamed.
const CARRYING_OUT = new RegExp(`\\b(?:${CARRYING_OUT_VERBS})$`);
const UNNAMED = new Set(['no', 'do', 'nay']);
// "… có kế hoạch thực hiện chưa, số mấy": whether it is carried out, asked before more of it.
const WHETHER = new Set(['chua', 'khong']);

/** The message with the one document the last answer's question names, when it asks of carrying out and names none. */
export function carryingOutDocumentOf(knowledge: Knowledge, text: NormalizedText, last: FaqEntry): NormalizedText | undefined {
  if (documentNumbers(text.folded.join(' ')).length > 0) return undefined;
  const words = [...withoutTrailingParticles(text.folded)];
  while (UNNAMED.has(words.at(-1)!)) words.pop();
  // Said without the particles and pointing words after the verb: "… thực hiện chỉ thị 52", not "… thực hiện nó chỉ thị
  // 52"; what is asked after "chưa" is kept.
  const whether = words.findIndex((w, i) => WHETHER.has(w) && CARRYING_OUT.test(words.slice(0, i).join(' ')));
  const end = CARRYING_OUT.test(words.join(' ')) ? words.length : whether;
  if (end < 0) return undefined;
  const named = new Set([...foldDiacritics(last.question).matchAll(NAMED_DOCUMENT)].map(([, kind, number]) => `${kind} ${Number(number)}`));
  const rest = end === whether ? text.accented.slice(end) : [];
  return named.size === 1 ? knowledge.normalize([...text.accented.slice(0, end), [...named][0], ...rest].join(' ')) : undefined;
}

// "kế hoạch đó thực hiện chỉ thị nào", "văn bản này ban hành để triển khai nghị quyết gì": what the document pointed at
// carries out.
const POINTING = ['do', 'nay', 'ay', 'kia'];
const CARRIES_OUT_WHICH = new RegExp(
  `^(?:${DOCUMENT_KIND.source}|van ban) (?:${POINTING.join('|')})(?: ban hanh)?(?: de)? (?:${CARRYING_OUT_VERBS}) (?:${DOCUMENT_KIND.source}|van ban)(?: cua \\p{L}+(?: \\p{L}+)?)? (?:nao|gi|so may)$`,
  'u',
);

/**
 * "kế hoạch đó thực hiện chỉ thị nào" right after a province's answer on a subject (a target, say): asked of that
 * province's documents by name ("kế hoạch của Hải Phòng …"), since the subject is not what the document carries out.
 */
export function carriedOutOfPlace(knowledge: Knowledge, text: NormalizedText, last: FaqEntry): NormalizedText | undefined {
  const name = knowledge.locality(last.scope)?.name;
  const words = withoutTrailingParticles(text.folded);
  // An answer about a document named by number ("kế hoạch 69 …") says itself what it carries out.
  if (last.scope === 'national' || !name || questionDocuments(last).length > 0 || !CARRIES_OUT_WHICH.test(words.join(' '))) return undefined;
  const pointer = text.folded.findIndex((w) => POINTING.includes(w));
  return knowledge.normalize([...text.accented.slice(0, pointer), 'của', name, ...text.accented.slice(pointer + 1)].join(' '));
}

// A document named by its kind and number, on folded words ("nghi quyet 72", "chuong trinh hanh dong so 06"); and a
// kind alone.
const DOCUMENT_NAMED = new RegExp(`${DOCUMENT_KIND.source} (?:so )?\\d+\\b`, 'g');
const DOCUMENT_KIND_NAMED = new RegExp(DOCUMENT_KIND.source, 'g');
const BARE_NUMBER = /\bso (\d+)\b/;

// What a follow-up may say besides the document: "còn", "thì sao", "của trung ương", "ý mình là"; and which of the
// place's documents carries it out ("còn chỉ thị 52 thì kế hoạch nào" after Cao Bằng's plan 40).
const SWITCH_WORDS = new Set([...FOLLOW_UP_WORDS, 'cua', 'trung', 'uong', 'y', 'minh', 'la', 'hoi', 've']);
const OWN_DOCUMENT_ASKED = /\b(?:ke hoach|van ban|chuong trinh(?: hanh dong)?) (?:nao|gi|so may)\b/;

// The words of what lists count: "nhóm nhiệm vụ, giải pháp", "quan điểm".
const LISTED_ITEMS = new Set(['nhom', 'nhiem', 'vu', 'giai', 'phap', 'quan', 'diem']);

/**
 * "còn nghị quyết 72 thì sao", "à nhầm, ý mình là nghị quyết 72 của trung ương" right after an answer about another
 * document: what was asked before, of the document named, when the follow-up asks nothing else and an answer that
 * names the document answers it (with nothing else asked, the document's own answer).
 */
export function switchedDocument(turn: Turn, last: FaqEntry): Resolution | undefined {
  const { knowledge } = turn;
  const said = knowledge.withoutNation(turn.text).folded.join(' ');
  // "thế còn số 72" after what Chỉ thị 52 is: a central document by its number alone.
  const folded = said.replace(BARE_NUMBER, (whole, number: string) => knowledge.documentSubjects.byNumber(number) ?? whole);
  const [named, ...others] = folded.match(DOCUMENT_NAMED) ?? [];
  if (!named || others.length > 0 || folded.replace(named, ' ').replace(OWN_DOCUMENT_ASKED, ' ').split(' ').some((w) => w && !SWITCH_WORDS.has(w))) return undefined;
  const [number] = documentNumbers(named);
  if (number === undefined || questionDocuments(last).includes(number)) return undefined;
  // "vậy còn nghị quyết 72" after what Cao Bằng's plan for Chỉ thị 52 is: what the place's own document for it is.
  const ownDocuments = (e: FaqEntry) => questionDocuments(e).length > 0 && questionDocuments(e).every((n) => knowledge.placeOfDocument(n) === e.scope);
  const counterparts = ownDocuments(last) && !documentsNamed(last).includes(number)
    ? knowledge.index.entries.filter((e) => e !== last && e.scope === last.scope && e.topic === last.topic && ownDocuments(e) && documentsNamed(e).includes(number))
    : [];
  if (counterparts.length === 1) return { kind: 'answer', entry: counterparts[0]!, confidence: REFERRED_CONFIDENCE, related: [] };
  // What was asked before (else the answer's question) without its documents, places and figures, nor the words of
  // the answer just given, which say what it was about ("chỉ thị 52 về bhyt toàn dân do ai ban hành" asks nothing of
  // Nghị quyết 72 but who issued it).
  const before = knowledge.normalize(turn.conversation.lastTopic?.asked?.join(' ') ?? last.question);
  const question = withoutPhrases(knowledge.index.splitLocalities(before).text, [...OWN_PLACE, ...PLACE_KINDS]).folded.join(' ');
  // Not the items a list counts ("nq72 đề ra bao nhiêu nhóm nhiệm vụ giải pháp", then "còn chỉ thị 52"): what is asked.
  const lastWords = new Set(knowledge.normalize(last.answer).folded.filter((w) => !LISTED_ITEMS.has(w)));
  const ofQuestion = question.replace(DOCUMENT_NAMED, ' ').replace(DOCUMENT_KIND_NAMED, ' ').replace(/\b\d+\b/g, (n) => (YEAR.test(n) ? n : ' ')).split(' ');
  const unanswered = ofQuestion.filter((w) => !lastWords.has(w)).join(' ');
  // "thế nghị quyết 72?" after Chỉ thị 52's coverage target for 2026, whose answer has every word asked: all of them.
  const all = ofQuestion.join(' ');
  const tellsEnough = (words: string) => knowledge.index.tellingWords(knowledge.normalize(words)).length >= OWN_TOPIC_WORDS;
  const asked = tellsEnough(unanswered) || !tellsEnough(all) ? unanswered : all;
  // "thế còn nq 72" after Cao Bằng's plan for Chỉ thị 52: a central document, asked of the place just answered for;
  // not after Hà Nội's programme, which carries out that very document ("còn nghị quyết 72?": the resolution itself).
  const carriedOut = ownDocuments(last) && documentsNamed(last).includes(number);
  const locality = knowledge.placeOfDocument(number) ?? (last.scope === 'national' || carriedOut ? undefined : last.scope);
  const decision = knowledge.decide(knowledge.normalize(`${named} ${asked}`), { locality });
  const ofNumber = decision.candidates.filter((c) => c.entry !== last && c.score >= ANSWER_THRESHOLD && documentsNamed(c.entry).includes(number));
  // Of those, one with the year asked, and no other year's version of the answer just given ("… năm 2026", then "còn
  // nghị quyết 72": its goals for 2026, not the coverage target for 2030).
  const years = ofQuestion.filter((w) => YEAR.test(w));
  const ofYears = ofNumber.filter((c) => years.every((y) => c.entry.answer.includes(y)));
  const otherYearsVersion = (e: FaqEntry) => last.group !== undefined && e.group === last.group && e.scope === last.scope;
  const found = ofYears.find((c) => !otherYearsVersion(c.entry)) ?? ofYears[0] ?? ofNumber[0];
  return found && decision.kind !== 'fallback' ? { kind: 'answer', entry: found.entry, confidence: REFERRED_CONFIDENCE, related: [] } : undefined;
}

/**
 * "chỉ thị 52 ban hành ngày nào" after what Cao Bằng's guidance on it carries out: asked of a document named by its
 * number, of another kind than the one the answer is about.
 */
export function asksOfOtherDocument(text: NormalizedText, last: FaqEntry): boolean {
  const said = text.folded.join(' ');
  const kind = documentNumbers(said).length > 0 && ASKS_OF_DOCUMENT_ITSELF.test(said) ? kindOf(said) : undefined;
  return kind !== undefined && kindOf(foldedQuestion(last)) !== kind;
}

/**
 * "ký ngày nào", "ban hành ngày nào", "số hiệu là gì", "ai ký", right after an answer about a document, and nothing else
 * asked: the entry on that document which the content has for it, or that answer (which says it does not give it).
 * The document is the one the answer names by number, for a province its own ("kế hoạch 40"), not the directive it
 * carries out; a province's answer that names none is about its plan.
 */
export function documentDetailOf(turn: Turn, last: FaqEntry): FaqEntry | undefined {
  const { knowledge, text } = turn;
  // "Hà Nội thì ai ký" after Lai Châu's signer: another place's document; "chỉ thị 52 do ai ban hành" after Hải Phòng's
  // programme 03, which mentions it: a document named that the last answer is not about.
  if (knowledge.index.splitLocalities(text).localities.some((place) => place !== last.scope)) return undefined;
  if (documentNumbers(text.folded.join(' ')).some((n) => !questionDocuments(last).includes(n)) || asksOfOtherDocument(text, last)) return undefined;
  const words = withoutTrailingParticles(text.folded);
  // "kế hoạch đó ban hành ngày nào": the words that point back say no more; nor, in "ban hành ngày 9/9/2025 đúng ko",
  // the date claimed and the words checking it.
  const claimed = checksClaim(text) ? (w: string) => /^\d/.test(w) || CLAIM_WORDS.has(w) : () => false;
  // Nor the words pointing back ("kế hoạch đó do cơ quan nào ban hành vậy").
  const unpointed = withoutPhrases(text, POINTERS);
  // Nor the date known in part ("ký ngày bao nhiêu tháng 1 năm 2026").
  const dated = (w: string, i: number, words: readonly string[]) => /^\d/.test(w) || (DATE_UNITS.has(w) && /^\d/.test(words[i + 1] ?? ''));
  const asking = withoutTrailingParticles(unpointed.folded).filter((w, i, words) => !claimed(w) && !dated(w, i, words));
  // "thế số kế hoạch là bao nhiêu" right after the month a plan was issued: the answer saying its number is blank.
  const blankNumber = !last.documentsSilent && NUMBER_ASKED.test(words.join(' ')) ? blankNumberOf(knowledge, last) : undefined;
  if (blankNumber) return blankNumber;
  if (asking.length > DETAIL_QUESTION_WORDS) return undefined;
  // "gửi ai" right after who signed a province's document: who that document is sent to.
  if (ASKS_RECIPIENTS.test(words.join(' '))) return aboutDocumentItself(last) ? recipientsOf(knowledge, last.scope) : undefined;
  if (!ASKS_DOCUMENT_DETAIL.test(words.join(' '))) return undefined;
  if (!askedAbout(turn, unpointed).every((w) => DOCUMENT_DETAIL_WORDS.has(w) || claimed(w) || /^\d+$/.test(w))) return undefined;
  // "chương trình đó ngày nào" after who signed the plan carrying it out: the programme its source names. (An answer
  // naming documents of that kind with their dates gives what is asked itself; not who issued them, unless it says.)
  const pointed = pointedDocument(turn, words, last);
  // "ai ký kế hoạch đó" after what Cao Bằng's plan 69 is: a document of the province's own whose signer the documents
  // do not name; that answer, which says nothing of it ("ai ký" alone asks of the document the answer is from).
  const pointedNumber = pointed && (numberedIn(last.question, pointed) ?? numberedIn(last.answer, pointed));
  if (asksSigner(text) && pointedNumber && knowledge.signerUnknown(String(Number(pointedNumber)), last.scope)) return last;
  const givesItself = (noun: readonly string[]) =>
    numberedIn(last.answer, noun) !== undefined && !knowledge.missesFigureAsked(text, last) && !(ASKS_ISSUER.test(words.join(' ')) && !ISSUED_BY.test(last.answer));
  // "chỉ thị đó ngày bao nhiêu" after Hải Phòng's plan carrying out Chỉ thị 52: not the plan the answer is from.
  const ofSource = (noun: readonly string[]) => knowledge.sourcesOf(last).some((s) => foldDiacritics(s.label).startsWith(noun.join(' ')));
  const aboutIt = (noun: readonly string[]) => noun.every((w) => knowledge.normalize(last.question).folded.includes(w)) && ofSource(noun);
  const elsewhere = pointed && !aboutIt(pointed) && !givesItself(pointed);
  const otherDocument = elsewhere ? documentNamedIn(turn, pointed, last, undefined) : undefined;
  if (otherDocument) return otherDocument;
  // "kế hoạch đó ký ngày nào" after Lai Châu's plan, whose answer dates the programme it carries out: the entry saying the
  // plan's own number and date are blank in the original.
  // "ban hành khi nào" right after who signed or issued it (an answer from the document's opening or signature that
  // dates nothing): the document the answer is about.
  const document = pointed ?? (aboutDocumentItself(last) ? kindOfSource(knowledge, last) : undefined);
  const ofDocument = document && knowledge.decide(knowledge.normalize(`${document.join(' ')} ${text.original}`), { locality: last.scope });
  // Close to the best: what the plan is (0.855) and that its date is blank (0.842) share the words.
  const silent =
    ofDocument?.kind === 'answer' ? ofDocument.candidates.find((c) => c.score + BLANK_DETAIL_MARGIN >= ofDocument.best.score && c.entry.documentsSilent) : undefined;
  if (silent && silent.entry.scope === last.scope && sharesDocument(silent.entry, last)) return silent.entry;
  // "ngày nào" after the Government's resolution 282, whose answer gives its date: that answer.
  if (!knowledge.missesFigureAsked(text, last)) return last;
  const local = last.scope !== 'national';
  const named = [...foldDiacritics(`${last.question} ${last.answer}`).matchAll(NAMED_DOCUMENT)].find(
    (m) => !local || knowledge.placeOfDocument(String(Number(m[2]))) === last.scope,
  );
  // "ai ký" after a province's answer: its signer entry, as the question stands; after a national answer that names no
  // document, who signed what is not known.
  if (asksSigner(text) && (local || !named)) return undefined;
  // Who signed a national document the content knows as who issued it ("do Bộ Chính trị ban hành").
  const asked = asksSigner(text) ? 'do cơ quan nào ban hành' : text.original;
  const query = knowledge.normalize(`${named ? `${named[1]} ${named[2]}` : ''} ${asked}`);
  const decision = knowledge.decide(query, { locality: local ? last.scope : undefined });
  const found = decision.kind === 'answer' ? decision.best.entry : undefined;
  if (!found || found.scope !== last.scope) return last;
  // Neither gives it: the entry on the document named ("nghị quyết 72 do Bộ Chính trị ban hành") says more than the
  // answer that named it.
  return found.documentsSilent || named !== undefined || !knowledge.missesFigureAsked(query, found) ? found : last;
}

/**
 * "cao bằng có kế hoạch thực hiện nghị quyết đó chưa" right after Nghị quyết 72's date: asked of another place than the
 * answer's, the document pointed at, named by its number ("… nghị quyết 72 chưa").
 */
export function withPointedDocumentNamed(turn: Turn, last: FaqEntry): NormalizedText | undefined {
  const { knowledge, text } = turn;
  const { localities } = knowledge.index.splitLocalities(text);
  if (localities.length === 0 || localities.includes(last.scope)) return undefined;
  const { folded, accented } = text;
  for (const { words } of DOCUMENT_KINDS) {
    const at = folded.findIndex((_, i) => words.every((w, k) => folded[i + k] === w) && REFERS_BACK_AFTER_NOUN.has(folded[i + words.length]!));
    if (at < 0) continue;
    const number = new RegExp(` ${words.join(' ')} (?:so )?(\\d+) `).exec(foldedQuestion(last))?.[1];
    if (!number) return undefined;
    return knowledge.normalize([...accented.slice(0, at + words.length), number, ...accented.slice(at + words.length + 1)].join(' '));
  }
  return undefined;
}

// "số mấy", "ngày nào", "ký ngày mấy": a document's own number or date asked (not who signed it).
const NUMBER_OR_DATE_ASKED = /\b(?:so (?:may|bao nhieu|hieu)|ngay (?:nao|may|bao nhieu)|ki ngay)\b/;

/**
 * "kế hoạch của đảng ủy ubnd tỉnh lai châu là số mấy": a document's own number or date asked, which the answer found gives
 * only of another kind of document (programme 10), when a close answer says that document's are blank.
 */
export function blankDetailOf(turn: Turn, decision: Decision): Decision {
  const folded = turn.text.folded.join(' ');
  if (decision.kind !== 'answer' || !NUMBER_OR_DATE_ASKED.test(folded)) return decision;
  const kind = kindOf(folded);
  const numbered = DOCUMENT_KINDS.find(({ words }) => words.join(' ') === kind)?.number;
  if (!numbered || numbered.test(decision.best.entry.answer)) return decision;
  const { best } = decision;
  const silent = decision.candidates.find((c) => c.entry.documentsSilent && c.entry.scope === best.entry.scope && c.score + BLANK_DETAIL_MARGIN >= best.score);
  return silent ? { ...decision, best: silent } : decision;
}

/** The entry listing where a place's own document is sent: the place's answer written from its "Nơi nhận" alone. */
function recipientsOf(knowledge: Knowledge, scope: Scope): FaqEntry | undefined {
  return knowledge.index.entries.find((e) => e.scope === scope && e.sources.every((s) => s.section === RECIPIENTS));
}

/**
 * The province whose own document ("10-CTr/TU", "kế hoạch 40") the text names, if it names one and no other document
 * of a province ("chương trình 10 thực hiện chỉ thị 52" also names the nation's).
 */
export function documentPlace({ knowledge, text }: Turn): Scope | undefined {
  const places = new Set(documentNumbers(text.folded.join(' ')).map((n) => knowledge.placeOfDocument(n)));
  places.delete(undefined);
  return places.size === 1 ? [...places][0] : undefined;
}

// The number and code of a document mentioned, after its kind: " số 06-CTr/TU".
const NUMBER_OF_MENTION = /(?:\s*s[ốo])?\s*\d+(?:[-/][\p{L}\d/.-]*)?$/u;
// "… à", "… phải không", "… đúng ko": the words that make a message a claim checked, at its end.
const CLAIM_AT_END = /\s*(?:,?\s*(?:phải|đúng|phai|dung)\s*(?:không|khong|ko|k)|à|a|ah|hả|ha)\s*[?.!]*\s*$/iu;
// "… là của hải phòng à", "… của tỉnh nào": whose the document is, asked.
const OWNED_BY = /\bla cua\b|\bcua (?:tinh|thanh pho|tp|dia phuong) nao\b/;

/**
 * "kế hoạch 69 của Hải Phòng đặt mục tiêu bao nhiêu %": a figure asked of the one place named, by the number of another
 * place's document, or a claim of what the place does by it (not "10-CTr/TU là của hải phòng à", which asks whose the
 * document is).
 */
export function documentOfOtherPlace(turn: Turn): { number: string; of: Scope; asked: Scope; rest: string } | undefined {
  const { knowledge, text } = turn;
  const folded = text.folded.join(' ');
  // One province's document named, beside any of the nation's ("… thực hiện nq72 theo chương trình 06").
  const [number, ...more] = documentNumbers(folded).filter((n) => knowledge.placeOfDocument(n) !== undefined);
  const of = number === undefined || more.length > 0 ? undefined : knowledge.placeOfDocument(number);
  // "hải phòng thực hiện nq72 theo chương trình 06 à": a claim of what the place carries out it by, which its own
  // document answers; otherwise a figure asked.
  const claimed = checksClaim(text);
  const claimsOfPlace = claimed && !OWNED_BY.test(folded);
  if (!of || (claimed ? !claimsOfPlace : !knowledge.asksAmount(text))) return undefined;
  const { localities } = knowledge.index.splitLocalities(text);
  if (localities.length !== 1 || localities[0] === of) return undefined;
  // The question without the document: folding keeps the length of a text in NFC, so what is found folded is cut from
  // the original.
  const mention = new RegExp(`\\b(?:${DOCUMENT_KIND.source})\\s*(?:so\\s*)?0*${Number(number)}(?:[-/][\\w/.-]*)?`, 'u').exec(foldDiacritics(text.original));
  // A claim asks which of its own documents the place carries it out by: "… theo chương trình hành động số mấy".
  const kind = mention && claimsOfPlace ? `${text.original.slice(mention.index, mention.index + mention[0].length).replace(NUMBER_OF_MENTION, '')} số mấy` : '';
  const after = text.original.slice(mention ? mention.index + mention[0].length : 0);
  const rest = mention ? `${text.original.slice(0, mention.index)} ${kind} ${claimsOfPlace ? after.replace(CLAIM_AT_END, '') : after}` : text.original;
  return { number: number!, of, asked: localities[0]!, rest };
}

/**
 * The kind of document a message points back at: "nghị quyết đó" → ["nghi", "quyet"]. "ct đó", read as "chỉ thị đó",
 * is the programme ("chương trình") right after an answer about one that is no directive.
 */
export function pointedDocument(turn: Turn, words: readonly string[], last: FaqEntry): readonly string[] | undefined {
  const kind = DOCUMENT_KINDS.map((k) => k.words).find((n) => words.some((_, i) => n.every((w, k) => words[i + k] === w) && REFERS_BACK_AFTER_NOUN.has(words[i + n.length]!)));
  if (kind?.join(' ') !== 'chi thi' || !/(?<!\p{L})ct(?!\p{L})/iu.test(turn.text.original)) return kind;
  const about = turn.knowledge.normalize(last.question).folded.join(' ');
  return about.includes('chuong trinh') && !about.includes('chi thi') ? PROGRAMME : kind;
}

// "số mấy", "thế số kế hoạch là bao nhiêu", "số hiệu là gì": a document's number, and nothing else.
const NUMBER_ASKED = /^(?:(?:the|vay|con) )?so(?: hieu| ky hieu| van ban| ke hoach)?(?: cua no| do)?(?: la)? (?:bao nhieu|may|gi)$/;

/** The entry saying the number of the document an answer is from is blank in the original, if the content has one. */
function blankNumberOf(knowledge: Knowledge, entry: FaqEntry): FaqEntry | undefined {
  return knowledge.index.entries.find((e) => e.documentsSilent && e.scope === entry.scope && GIVES_BLANK_NUMBER.test(e.answer) && sharesDocument(e, entry));
}
const GIVES_BLANK_NUMBER = /để trống số|không ghi số/;

/** True when an answer comes only from documents' openings and signatures, and dates nothing: who issued, who signed. */
function aboutDocumentItself(entry: FaqEntry): boolean {
  const sections = entry.sources.flatMap((s) => (s.section ?? '').split(';').map((section) => section.trim()));
  return sections.every((section) => DOCUMENT_ITSELF.has(section)) && !GIVES_YEAR.test(entry.answer);
}
const RECIPIENTS = 'Nơi nhận';
const DOCUMENT_ITSELF = new Set(['Mở đầu', 'Phần ký', RECIPIENTS]);

/** The kind ("ke hoach") of the document an answer cites first. */
function kindOfSource(knowledge: Knowledge, entry: FaqEntry): readonly string[] | undefined {
  const label = foldDiacritics(knowledge.sourcesOf(entry)[0]?.label ?? '');
  return DOCUMENT_KINDS.find(({ words }) => label.startsWith(words.join(' ')))?.words;
}

/** The number of the document of that kind ("chuong trinh") the text names first, if it names one. */
function numberedIn(text: string, noun: readonly string[]): string | undefined {
  return foldDiacritics(text).match(new RegExp(`${noun.join(' ')}(?: hanh dong)?(?: so)? (\\d+)`))?.[1];
}

export function documentNamedIn(turn: Turn, noun: readonly string[], last: FaqEntry, named: Scope | undefined): FaqEntry | undefined {
  const { knowledge } = turn;
  // The answer, or what it cites: "Kế hoạch thực hiện Chương trình hành động số 10-CTr/TU".
  const number = numberedIn([last.answer, ...knowledge.sourcesOf(last).map((s) => s.label)].join(' '), noun);
  if (!number) return undefined;
  const query = knowledge.normalize(`${noun.join(' ')} ${number} ${turn.text.original}`);
  // "Hà Nội có chương trình nào để thực hiện nghị quyết đó": the place named, else the document's own ("nghị quyết đó
  // do ai ban hành" after Hà Nội's programme is the nation's resolution 72).
  const decision = knowledge.decide(query, { locality: named ?? knowledge.placeOfDocument(number) });
  const entry = decision.kind === 'answer' ? decision.best.entry : undefined;
  return entry && entry !== last && !knowledge.missesFigureAsked(turn.text, entry) ? entry : undefined;
}
