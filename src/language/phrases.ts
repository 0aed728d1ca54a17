import { foldToken, isPlain } from './fold.js';
import type { Normalize, NormalizedText } from './normalizer.js';

/** A fixed phrase, folded once, to look for in normalised text. */
export type Phrase = readonly string[];

export function phrases(normalize: Normalize, texts: readonly string[]): Phrase[] {
  return texts.map((t) => normalize(t).folded).filter((p) => p.length > 0);
}

/** Index of the first occurrence of `phrase` in the folded tokens, or -1. */
export function indexOfPhrase(text: NormalizedText, phrase: Phrase): number {
  const tokens = text.folded;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

export function containsAny(text: NormalizedText, list: readonly Phrase[]): boolean {
  let found = false;
  eachOccurrence(text, list, () => (found = true));
  return found;
}

/**
 * Calls `at` with where each phrase of the list occurs in the text, until it returns true. Every intent looks for its
 * lists in every message: the text is scanned once, word by word, for the phrases that start with that word.
 */
function eachOccurrence(text: NormalizedText, list: readonly Phrase[], at: (start: number, length: number) => boolean | void): void {
  const byFirst = byFirstWord(list);
  const tokens = text.folded;
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of byFirst.get(tokens[i]!) ?? []) {
      if (i + phrase.length > tokens.length) continue;
      let k = 1;
      while (k < phrase.length && tokens[i + k] === phrase[k]) k++;
      if (k === phrase.length && at(i, phrase.length) === true) return;
    }
  }
}

const firstWords = new WeakMap<readonly Phrase[], ReadonlyMap<string, readonly Phrase[]>>();

/** The phrases of a list by their first word (the lists are built once, so this is worked out once per list). */
function byFirstWord(list: readonly Phrase[]): ReadonlyMap<string, readonly Phrase[]> {
  let index = firstWords.get(list);
  if (!index) {
    const made = new Map<string, Phrase[]>();
    for (const phrase of list) made.set(phrase[0]!, [...(made.get(phrase[0]!) ?? []), phrase]);
    firstWords.set(list, (index = made));
  }
  return index;
}

/**
 * True when the text has the phrase as written at word i, each word with the phrase's diacritics or with none:
 * "lam dong" may be Lâm Đồng, "làm động" is not.
 */
export function writtenAt(text: NormalizedText, phrase: NormalizedText, i: number): boolean {
  return phrase.folded.every((w, k) => {
    const typed = text.accented[i + k];
    // A word typed without its tone ("đa nẵng", "tp đa nang") is the word, as one typed plain is.
    return text.folded[i + k] === w && (typed === phrase.accented[k] || typed === w || typed === toneless(phrase.accented[k]!));
  });
}

// The five tone marks (grave, acute, tilde, hook above, dot below), decomposed; not the marks that make a letter (ă, â, ơ).
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Phrases' words only, which the lexicon and the content bound: each is worked out once.
const tonelessOf = new Map<string, string>();

function toneless(word: string): string {
  let bare = tonelessOf.get(word);
  if (bare === undefined) tonelessOf.set(word, (bare = word.normalize('NFD').replace(TONES, '').normalize('NFC')));
  return bare;
}

/** Many phrases listed by their first folded word, so that a text is scanned once, not once per phrase. */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Array<{ phrase: NormalizedText; value: T }>>();

  constructor(items: ReadonlyArray<{ phrase: NormalizedText; value: T }>) {
    for (const item of items) {
      const first = item.phrase.folded[0];
      if (first !== undefined) this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), item]);
    }
  }

  /** The first phrase the text has as written, where it starts, and its value. */
  find(text: NormalizedText): { value: T; at: number; length: number } | undefined {
    for (let i = 0; i < text.folded.length; i++) {
      for (const { phrase, value } of this.byFirstWord.get(text.folded[i]!) ?? []) {
        if (writtenAt(text, phrase, i)) return { value, at: i, length: phrase.folded.length };
      }
    }
    return undefined;
  }
}

/** The text without any occurrence of the phrases. */
export function withoutPhrases(text: NormalizedText, list: readonly Phrase[]): NormalizedText {
  const dropped = new Uint8Array(text.folded.length);
  eachOccurrence(text, list, (start, length) => void dropped.fill(1, start, start + length));
  const keep = (_: string, i: number) => dropped[i] === 0;
  return { original: text.original, accented: text.accented.filter(keep), folded: text.folded.filter(keep) };
}

/** True when every token of the text belongs to one of the phrases or to the filler words. */
export function consistsOf(text: NormalizedText, list: readonly Phrase[], filler: ReadonlySet<string>): boolean {
  if (text.folded.length === 0) return false;
  // Most messages have a word that is in no phrase and no filler: they are told apart without looking for phrases.
  const words = wordsOf(list);
  if (text.folded.some((t) => !words.has(t) && !filler.has(t))) return false;
  const covered = new Uint8Array(text.folded.length);
  let any = false;
  eachOccurrence(text, list, (start, length) => {
    covered.fill(1, start, start + length);
    any = true;
  });
  return any && text.folded.every((t, i) => covered[i] === 1 || filler.has(t));
}

const phraseWords = new WeakMap<readonly Phrase[], ReadonlySet<string>>();

/** Every word of a list of phrases (the lists are built once, so this is worked out once per list). */
function wordsOf(list: readonly Phrase[]): ReadonlySet<string> {
  let words = phraseWords.get(list);
  if (!words) phraseWords.set(list, (words = new Set(list.flat())));
  return words;
}

/**
 * A list of phrases written in plain Vietnamese, normalised lazily with the normaliser of the
 * content version in use (the lexicon is content, so it can change on publish).
 */
export function phraseList(texts: readonly string[]): (normalize: Normalize) => Phrase[] {
  const cache = new WeakMap<Normalize, Phrase[]>();
  return (normalize) => {
    let list = cache.get(normalize);
    if (!list) cache.set(normalize, (list = phrases(normalize, texts)));
    return list;
  };
}

// Words that make a message a question ("… là gì", "… bao nhiêu", "… thế nào"), as written; typed without
// diacritics, their folded forms count too ("bảo" of "bảo hiểm" does not, "bao" does).
const QUESTION_WORDS = new Set(['gì', 'nào', 'sao', 'mấy', 'bao', 'đâu', 'ai']);
// "lần đầu", "ban đầu", "hàng đầu", "đầu tiên" typed plain: "đầu" (first), not "đâu" (where).
const FIRST_BEFORE = new Set(['lan', 'ban', 'hang']);
const isFirst = (folded: readonly string[], i: number) => folded[i] === 'dau' && (FIRST_BEFORE.has(folded[i - 1]!) || folded[i + 1] === 'tien');
const FOLDED_QUESTION_WORDS = new Set([...QUESTION_WORDS].map(foldToken));
// Asked at the end: "… được không", "… chưa".
const QUESTION_ENDINGS = new Set(['khong', 'chua']);
// Said at the end of almost any message ("… thì sao ad", "… thế nào ạ"), folded: not part of what it says.
// "… có tăng không cháu": whom the message is said to, at its end, too.
const TRAILING_PARTICLES = new Set(['a', 'ad', 'admin', 'ah', 'nhe', 'nha', 'nhen', 'nghen', 'nhi', 'vay', 'ha', 'ban', 'bot', 'oi', 'chau', 'em', 'anh', 'chu', 'bac']);

// "à còn Hải Phòng?", "ok, thế Lai Châu": a word that only acknowledges what was said before.
const LEADING_PARTICLES = new Set(['à', 'ừ', 'ờ', 'ừm', 'ờm', 'dạ', 'vâng', 'ok', 'oke', 'okay', 'uh', 'a', 'u', 'vang']);

/** The text without the acknowledging words that begin it (one word is always kept). */
export function withoutLeadingParticles(text: NormalizedText): NormalizedText {
  let start = 0;
  while (start < text.folded.length - 1 && LEADING_PARTICLES.has(text.accented[start]!)) start++;
  if (start === 0) return text;
  return { original: text.original, accented: text.accented.slice(start), folded: text.folded.slice(start) };
}

/**
 * The message as written without the acknowledging words that begin it ("ok vậy Cao Bằng mục tiêu bn" → "vậy Cao Bằng
 * mục tiêu bn"), or undefined when it begins with none (or is nothing else).
 */
export function withoutAcknowledgement(text: NormalizedText): string | undefined {
  const kept = withoutLeadingParticles(text);
  const dropped = text.folded.length - kept.folded.length;
  // Each acknowledging word is one word as written ("ok," "dạ").
  return dropped > 0 ? text.original.split(/\s+/).slice(dropped).join(' ') : undefined;
}

/** The folded words without the particles that end the message (one word is always kept). */
export function withoutTrailingParticles(folded: readonly string[]): readonly string[] {
  let end = folded.length;
  while (end > 1 && TRAILING_PARTICLES.has(folded[end - 1]!)) end--;
  return folded.slice(0, end);
}

/** True when at least half the words the person typed carry diacritics (abbreviations expanded do not count). */
function typedWithDiacritics(text: NormalizedText): boolean {
  const words = text.original.split(/\s+/).filter(Boolean);
  // Every Vietnamese diacritic, đ included, is outside ASCII.
  return 2 * words.filter((w) => NOT_ASCII.test(w)).length >= words.length;
}

const NOT_ASCII = /[^\x00-\x7f]/;

// "bao nhiêu", "bao giờ", "bao lâu", "bao xa": "bao" asks with what follows it, not in a name ("Bảo Lâm" typed plain).
const ASKS_AFTER_BAO = new Set(['nhieu', 'gio', 'lau', 'h', 'xa', 'lan']);
// "muốn hỏi gì về bảo hiểm thì hỏi ở đây", "hỏi gì thì cứ hỏi": whatever, with the verb again after "thì", asks nothing.
const WHATEVER_WORDS = 6;
function saysWhatever(folded: readonly string[], i: number): boolean {
  const thi = folded.indexOf('thi', i + 1);
  const again = folded[thi + 1] === 'cu' ? thi + 2 : thi + 1;
  return i > 0 && thi > 0 && thi - i <= WHATEVER_WORDS && folded[again] === folded[i - 1];
}
// "chuyển xuống Hải Phòng mấy năm nay rồi", "làm ăn mấy năm rồi", "mấy hôm trước": a span of time told, not asked.
const TIME_UNITS = new Set(['nam', 'thang', 'tuan', 'ngay', 'hom', 'bua']);
const BEFORE_NOW = new Set(['nay', 'qua', 'truoc', 'roi']);
const toldSpan = (folded: readonly string[], i: number) => folded[i] === 'may' && TIME_UNITS.has(folded[i + 1]!) && BEFORE_NOW.has(folded[i + 2]!);
const asksAt = (folded: readonly string[], i: number) =>
  (folded[i] !== 'bao' || ASKS_AFTER_BAO.has(folded[i + 1]!)) && !saysWhatever(folded, i) && !toldSpan(folded, i);

/**
 * True when the message asks something: a question mark, a question word, "… không?" at its end, "… không hay …",
 * or a request ("cho em hỏi …", "mình muốn hỏi …", "cho mình xin số …", "muốn biết …").
 */
export function asksSomething(text: NormalizedText): boolean {
  if (text.original.includes('?')) return true;
  if (questionWordsIn(text).length > 0) return true;
  // "miễn hết luôn hả": "hả" at the end asks; "ha" too in a message typed plain, though in one typed with diacritics
  // it would be "hà".
  const trailing = text.accented.slice(withoutTrailingParticles(text.folded).length);
  if (trailing.includes('hả') || (trailing.includes('ha') && !typedWithDiacritics(text))) return true;
  return QUESTION_ENDINGS.has(withoutTrailingParticles(text.folded).at(-1) ?? '') || requests(text.folded) || offersChoice(text.folded);
}

/**
 * Where the text has a question word: "gì", "nào", "bao" of "bao nhiêu" as written, or typed plain ("gi", "may") in a
 * message typed plain; in a message typed with diacritics, a plain "may" is the word "may" ("may mặc"), not "mấy".
 */
function questionWordsIn(text: NormalizedText): number[] {
  let typedPlain: boolean | undefined;
  const at: number[] = [];
  text.accented.forEach((w, i) => {
    if (!asksAt(text.folded, i)) return;
    const plain = FOLDED_QUESTION_WORDS.has(text.folded[i]!) && isPlain(w) && !isFirst(text.folded, i) && (typedPlain ??= !typedWithDiacritics(text));
    if (QUESTION_WORDS.has(w) || plain) at.push(i);
  });
  return at;
}

/** How many words or question marks in the text may ask: fewer than two, and it cannot ask two questions. */
export function askingCues(text: NormalizedText): number {
  const marks = text.original.split('?').length - 1;
  return marks + questionWordsIn(text).length + text.folded.filter((w) => QUESTION_ENDINGS.has(w)).length;
}

/**
 * "có thật không hay tin vịt", "được chưa hay phải chờ": "không" or "chưa" with the other choice after "hay"; "buổi
 * sáng hay buổi tối thì tốt hơn": two choices compared.
 */
function offersChoice(folded: readonly string[]): boolean {
  return folded.some((w, i) => (QUESTION_ENDINGS.has(w) && folded[i + 1] === 'hay') || (w === 'hay' && i > 0 && folded.indexOf('hon', i + 2) > 0));
}

// "hỏi" or "xin" after "cho", "xin", "muốn", "nhờ" or "tiện" (asked in passing), one word between at most; "muốn biết".
const REQUEST_VERBS = new Set(['hoi', 'xin', 'biet']);
const REQUEST_LEADS = new Set(['cho', 'xin', 'muon', 'nho', 'tien']);
const TOLD = new Set(['toi', 'minh', 'em', 'chau', 'bac', 'anh', 'chi', 'co', 'chu', 'tui']);

function requests(folded: readonly string[]): boolean {
  return folded.some((w, i) => {
    // "muốn hỏi gì thì hỏi ở đây" only says where to ask.
    if (!REQUEST_VERBS.has(w) || saysWhatever(folded, i + 1)) return false;
    const leads = [folded[i - 1], folded[i - 2]].filter((lead) => lead !== undefined && REQUEST_LEADS.has(lead));
    // "muốn biết", "xin cho biết", "cho tôi biết": asks to be told; "cho biết" alone may only report.
    const toldTo = folded[i - 2] === 'cho' && TOLD.has(folded[i - 1]!);
    return w === 'biet' ? folded[i - 1] === 'muon' || (folded[i - 1] === 'cho' && folded[i - 2] === 'xin') || toldTo : leads.length > 0;
  });
}

/** Thanks and goodbyes: "cảm ơn admin nhiều" after a question says nothing about it. */
export const CLOSING = ['cảm ơn', 'cám ơn', 'thank', 'thanks', 'tạm biệt', 'bye'];
// Wishes, said to someone: "chúc" alone, folded, is the "chức" of "tổ chức".
export const WISHES = ['chúc bạn', 'chúc ad', 'chúc admin', 'chúc bot', 'chúc một ngày', 'chúc mọi người', 'chúc cả nhà', 'chúc anh chị', 'chúc buổi'];
export const closing = phraseList(CLOSING);
// "ad trả lời giúp em với", "mong được tư vấn sớm": asking to be answered, which tells nothing of what is asked.
export const pleas = phraseList([
  'trả lời', 'giải đáp', 'giải thích', 'tư vấn', 'phản hồi', 'nói giúp', 'nói rõ', 'chỉ giúp', 'chỉ cho', 'dễ hiểu',
  'cụ thể', 'sớm', 'gấp', 'nhanh', 'mong', 'nhờ', 'xin', 'với', 'nhận', 'rõ', 'hộ', 'lắm', 'và', 'xem',
  // "… khám sàng lọc không mất tiền. Cho bác hỏi có đúng thế không?": whether what was said before is true.
  'đúng thế không', 'đúng vậy không', 'có đúng không', 'đúng không', 'có thật không', 'thật không', 'phải không',
]);

// "… có được hỗ trợ không", "… chưa", "… à": a question answered yes or no; as typed, or without diacritics (not the
// "dụng" of "áp dụng", nor the "ạ" that is polite).
const YES_OR_NO_CUES = new Set(['không', 'chưa', 'à', 'hả', 'ak', 'phải', 'đúng']);
const PLAIN_YES_OR_NO_CUES = new Set([...YES_OR_NO_CUES].map(foldToken));

/** True when the text asks a question answered yes or no. */
export function asksYesOrNo({ accented }: NormalizedText): boolean {
  return accented.some((w) => YES_OR_NO_CUES.has(w) || (isPlain(w) && PLAIN_YES_OR_NO_CUES.has(w)));
}

/** "bảo hiểm y tế", as every abbreviation of it is normalised: a subject every answer shares. */
export const BHYT: Phrase = ['bao', 'hiem', 'i', 'te'];

// "nhắc lại đi", "nói lại giúp", "không đọc rõ": the last reply again.
export const AGAIN = ['nói lại', 'nhắc lại', 'lặp lại', 'trả lời lại', 'lần nữa', 'không đọc rõ', 'đọc không rõ', 'không đọc được', 'chưa đọc được', 'không nghe rõ', 'chưa rõ'];
export const asksAgain = phraseList(AGAIN);

/** Words that may surround a short command ("chào bạn nhé", "mình ở lai châu ạ") without changing it. */
export const FILLER = new Set([
  'toi', 'tui', 'minh', 'em', 'anh', 'chi', 'ban', 'oi', 'a', 'ad', 'admin', 'nhe', 'nha', 'voi', 'ah', 'ha', 'bot', 'chatbot', 'nhi',
  'cho', 'hoi', 'la', 'thi', 'vay', 'the', 'roi', 'nhieu', 'rat', 'ca', 'nhe', 'day', 'o', 'dang', 'song', 'tai', 'chu',
  'co', 'bac', 'ong', 'ba', 'cac', 'moi', 'nguoi', 'quan', 'tri', 'vien', 'buoi', 'sang', 'chieu', 'tinh', 'thanh', 'pho',
  'can', 'chut', 'xiu', 'muon', 'duoc', 'gi', 'khong', 'nhung', 'nao', 'dieu', 'nay', 'giup', 'ho', 'di', 'luon', 'nua',
  'day', 'nen', 'ha', 'nhe', 'chau', 'cau', 'shop', 'da', 'con', 'cu', 'ti', 'biet', 'va',
  // "cho tôi hỏi chút việc ạ": a matter to ask about, not yet said.
  'viec', 'chuyen',
  // Southern "nhé": "chào buổi sáng nhen".
  'nhen', 'nghen',
]);
