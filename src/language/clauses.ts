import { foldDiacritics } from './fold.js';

// Sentences end at . ! ? ; … followed by a space, or at a line break: "95.5%" and "1.5 cm" stay whole.
const SENTENCE_END = /(?<=[.!?;…])\s+|\n+/;
// A comma between clauses, not the decimal comma of "75,5".
export const CLAUSE_COMMA = String.raw`(?:(?<!\d),|,(?!\d))`;
// "… nên em hỏi giúp: đến năm nào …": a colon ends a clause too.
const CLAUSE_END = new RegExp(`(?:${CLAUSE_COMMA}|:)\\s*`);
// Shorter than this, a message says too little to hold circumstances and a question apart.
const MIN_WORDS = 10;
const MIN_PART_WORDS = 3;
// A last sentence this short may only point back ("con số đó là bao nhiêu").
const SHORT_SENTENCE_WORDS = 15;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The parts of a long message that may hold its question, widest first: its last sentence, then the last two
 * clauses and the last clause of that sentence. People tell their circumstances first and ask last ("mẹ em 70
 * tuổi, nhà ở Sìn Hồ, … vậy mua bhyt có được hỗ trợ không ạ?"); the words of the circumstances, which no
 * answer has, would lower the score of every answer to the question. Sentences and clauses at the end that
 * `tells` finds empty ("ad cho e biết với ạ", "cảm ơn ạ.") are left out first. An earlier sentence that ends with a
 * question mark comes first when the last one does not ("… bao nhiêu vậy bạn? Mình hỏi vì đang viết bài …"); an
 * earlier clause that `asks` comes last ("… năm 2026 đạt bao nhiêu vậy, để mình có số liệu thuyết phục bố mẹ").
 */
export function askingParts(message: string, tells: (part: string) => boolean, asks: (part: string) => boolean = () => false): string[] {
  if (wordCount(message) < MIN_WORDS) return [];
  const sentences = message.split(SENTENCE_END).filter((s) => wordCount(s) > 0);
  while (sentences.length > 1 && !tells(sentences.at(-1)!)) sentences.pop();
  const last = sentences.at(-1)!;
  const partsOf = (sentence: string) => sentenceParts(sentence, tells, asks);
  const questions = sentences.slice(0, -1).filter((s) => isQuestion(s) && tells(s)).reverse().flatMap(partsOf);
  // "… năm 2026 cả nước phải đạt trên bao nhiêu phần trăm … Cho em hỏi con số đó là bn ạ": what a short last sentence
  // asks about was said in the one before it, tried last.
  const previous = sentences.at(-2);
  const pointsBack = previous !== undefined && wordCount(last) <= SHORT_SENTENCE_WORDS && !isQuestion(previous);
  // "… sắp tới ai cũng có thẻ, bảo hiểm y tế toàn dân. Cháu cho bác hỏi là đến năm nào thì đạt được như thế?": the
  // thing named last, with the question, first.
  const named = pointsBack ? [`${previous.split(CLAUSE_END).filter((c) => wordCount(c) > 0).at(-1)} ${last}`] : [];
  const before = pointsBack ? partsOf(previous) : [];
  const parts = isQuestion(last) ? [...partsOf(last), ...questions, ...named, ...before] : [...questions, ...partsOf(last), ...named, ...before];
  return [...new Set(parts)].filter((part) => part !== message.trim() && wordCount(part) >= MIN_PART_WORDS);
}

/**
 * Where else a long message may ask, for when none of its `askingParts` is answered (two questions, one of which the
 * documents do not answer): a short clause of the last sentence that asks, read with the sentence before it ("Em nghe
 * nói tỉnh đặt mục tiêu … cao hơn cả nước. Cụ thể cao bằng là trên bao nhiêu % vậy ạ, với lại …?"), then the earlier
 * sentences that ask without a question mark ("Đọc báo thấy … năm 2026 cả nước phải đạt trên bao nhiêu phần trăm ….
 * Bạn cho mình xin với, tiện hỏi luôn …?").
 */
export function furtherAskingParts(message: string, tells: (part: string) => boolean, asks: (part: string) => boolean): string[] {
  if (wordCount(message) < MIN_WORDS) return [];
  const sentences = message.split(SENTENCE_END).filter((s) => wordCount(s) > 0);
  const [previous, last] = [sentences.at(-2), sentences.at(-1)!];
  const withPrevious =
    previous && !isQuestion(previous) ? last.split(CLAUSE_END).filter((c) => wordCount(c) <= SHORT_SENTENCE_WORDS && asks(c)).map((c) => `${previous} ${c}`) : [];
  const asking = sentences.slice(0, -1).filter((s) => !isQuestion(s) && asks(s) && tells(s)).reverse().flatMap((s) => sentenceParts(s, tells, asks));
  return [...new Set([...withPrevious, ...asking])].filter((part) => wordCount(part) >= MIN_PART_WORDS);
}

// "Theo … thì …": a source named, then what is asked of it.
const SOURCE_THEN = /^\s*theo\s.+?\s(?:thì|thi)\s+(.+)$/iu;
// Any break between clauses or sentences, for reading a message's last clause alone ("75,5", "95.5" are numbers).
const ANY_BREAK = /(?:[;!?…]|(?<!\d)[,.]|[,.](?!\d))+\s*|:\s+/;

/**
 * The sentence a message asks in: its last with a question mark, else its last ("… bọn em định tổ chức đá bóng. Ngày
 * sức khỏe toàn dân là ngày nào ạ?" asks in the second).
 */
export function askingSentence(message: string): string {
  const sentences = message.split(SENTENCE_END).filter((s) => wordCount(s) > 0);
  return sentences.findLast((s) => s.includes('?')) ?? sentences.at(-1) ?? message;
}

/**
 * The sentences of a message that end with a question mark, when others tell of the person ("Mình là công nhân may …
 * Có cách nào …?"): what is asked, without the circumstances. Else the whole message.
 */
export function questionsAsked(message: string): string {
  const sentences = message.split(SENTENCE_END).filter((s) => wordCount(s) > 0);
  const questions = sentences.filter((s) => s.includes('?'));
  return questions.length > 0 && questions.length < sentences.length ? questions.join(' ') : message;
}

/** The clauses of a message, sentence breaks included: "xin lỗi bấm nhầm, còn Hải Phòng" → two. */
export function clausesOf(message: string): string[] {
  return message.split(ANY_BREAK).filter((clause) => clause.trim());
}

// Where one message may join two questions: a comma, a semicolon or a question mark inside it, or "và", "còn" between
// words (typed with diacritics or without).
// "với lại" too, not "với Lai (Châu)".
const QUESTION_JOIN = new RegExp(`\\s*(?:[;?]|${CLAUSE_COMMA})\\s*|\\s+(?:và|va|còn|với lại|voi lai(?!\\s+ch[aâ]u))\\s+`, 'giu');

/**
 * Each way of cutting a message in two at a join, the first join first: "… bao nhiêu giường, còn … mấy giường". The
 * first half is the sentence before the join, without the ones before it that tell circumstances. A follow-up after it
 * may be shorter than a question of its own ("…, còn 2045").
 */
export function halvesOf(message: string, minAfterWords = MIN_PART_WORDS): [string, string][] {
  const halves: [string, string][] = [];
  for (const join of message.matchAll(QUESTION_JOIN)) {
    // "ai ký …? tiện hỏi …": the first half keeps the question mark that says it asks.
    const before = `${message.slice(0, join.index)}${join[0].includes('?') ? '?' : ''}`.split(SENTENCE_END).at(-1)!;
    const after = message.slice(join.index + join[0].length);
    if (wordCount(before) >= MIN_PART_WORDS && wordCount(after) >= minAfterWords) halves.push([before, after]);
  }
  return halves;
}

const isQuestion = (sentence: string) => sentence.trimEnd().endsWith('?');

/**
 * A sentence, its last two clauses and its last clause, leaving out clauses at its end that tell nothing; then its
 * earlier clauses that ask, last first.
 */
function sentenceParts(sentence: string, tells: (part: string) => boolean, asks: (part: string) => boolean): string[] {
  const clauses = sentence.split(CLAUSE_END).filter((c) => wordCount(c) > 0);
  while (clauses.length > 1 && !tells(clauses.at(-1)!)) clauses.pop();
  const asking = clauses.slice(0, -1).filter((c) => asks(c) && tells(c)).reverse();
  const whole = clauses.join(', ');
  // "Theo hướng dẫn tuyên truyền Chỉ thị 52 … thì mỗi cán bộ, đảng viên có trách nhiệm gì": what follows the source.
  const afterSource = SOURCE_THEN.exec(whole)?.[1];
  // "… có áp dụng cho tất cả không, hay thực hiện theo lộ trình?": a last clause offering the other choice asks nothing
  // on its own (not "…, hay đi vận động bà con": often).
  const choice = clauses.length > 1 && OR_ELSE.test(clauses.at(-1)!) && YES_OR_NO_END.test(foldDiacritics(clauses.at(-2)!));
  const alone = choice ? [] : [clauses.at(-1)!];
  return [whole, ...(afterSource ? [afterSource] : []), clauses.slice(-2).join(', '), ...alone, ...asking];
}

const OR_ELSE = /^\s*(?:hay|hoặc|hoac)\s/iu;
const YES_OR_NO_END = /\b(?:khong|ko|k|chua)\s*$/i;

// Thanks, folded.
const THANKS = String.raw`(?:xin\s+)?(?:cam on|thanks?(?: you)?|tks)`;
// "…, em cảm ơn", "… ạ cảm ơn ad nhiều 🙏": thanks closing a message, with whom and how much.
const THANKS_AT_END = new RegExp(
  String.raw`[\s,.!?;]+(?:(?:em|minh|con|chau|toi|tui|chi|anh)\s+)?${THANKS}(?:\s+(?:ad|admin|ban|bot|em|chi|anh|nhieu|lam|truoc|a|nha|nhe))*[\s.!~\p{Extended_Pictographic}\u200d\ufe0f]*$`,
  'u',
);
// "tks. thế còn chỉ thị 52?", "cảm ơn ad, còn Hải Phòng thì sao": thanks for the last answer, then the next question.
const THANKS_AT_START = new RegExp(String.raw`^\s*(?:(?:ok|oke|da|vang)\s+)?(?:(?:em|minh|con|chau|toi|tui)\s+)?${THANKS}(?:\s+(?:ad|admin|ban|bot|nhieu|nha|nhe|a))*\s*[.,!;]+\s*`, 'u');

const MAY_THANK = /c[aáả]m|thank|tks/i;

// "… để báo cáo tại hội nghị chi bộ", "… để tôi đưa vào báo cáo", "… để lên lớp bồi dưỡng cho đảng viên": what the person
// will do with the answer, which asks nothing of it; so "…, e đang làm bài tập", what they are doing it for, and "…, tôi
// là đảng viên chi bộ khu phố cần nắm để sinh hoạt", who they are.
const PURPOSE_AT_END =
  /[\s,]+(?:de (?:(?:toi|minh|em|chau|con|tui) )?(?:bao cao|trinh bay|dua vao bao cao|len lop|noi chuyen|chuan bi|viet (?:bai|tin)|phat bieu|giang bai)|(?:vi )?(?:e|em|minh|toi|chau|tui) (?:dang|sap) (?:lam bai tap|lam bai|on thi|chuan bi|viet bai|lam bao cao)|(?:e|em|minh|toi|chau|tui) la (?:dang vien|can bo|bi thu|giao vien|bao cao vien|tuyen truyen vien))\b[^?.!;]*[.!]?\s*$/iu;

/** The message without what the person will do with the answer, when it ends on that. */
export function withoutPurposeAtEnd(message: string): string | undefined {
  // Most messages say no purpose: no need to fold them.
  if (!/(?<!\p{L})(?:để|de|đang|dang|sắp|sap|là|la)(?!\p{L})/iu.test(message)) return undefined;
  const purpose = PURPOSE_AT_END.exec(foldDiacritics(message));
  return purpose && purpose.index > 0 ? message.slice(0, purpose.index) : undefined;
}

/** The message without the thanks that open it, when more follows ("tks. thế còn chỉ thị 52?" → "thế còn chỉ thị 52?"). */
export function withoutThanksAtStart(message: string): string | undefined {
  if (!MAY_THANK.test(message)) return undefined;
  const thanks = THANKS_AT_START.exec(foldDiacritics(message));
  const rest = thanks ? message.slice(thanks[0].length) : '';
  return /[\p{L}\d]/u.test(rest) ? rest : undefined;
}

/** The message without the thanks that close it ("ban hành ngày nào vậy ạ, em cảm ơn" → "ban hành ngày nào vậy ạ"). */
export function withoutThanksAtEnd(message: string): string | undefined {
  // Most messages thank no one: no need to fold them.
  if (!MAY_THANK.test(message)) return undefined;
  // Folding keeps the length of a text in NFC, as the original is: what is found folded is cut from the original.
  const thanks = THANKS_AT_END.exec(foldDiacritics(message));
  return thanks && thanks.index > 0 ? message.slice(0, thanks.index) : undefined;
}
