import { foldDiacritics, foldToken, isPlain, typedAs, unifyY, withoutRepeats } from './fold.js';
import { adjacentSwaps, isSyllable, withoutTelexKeys, withoutVniDigits } from './keyboard.js';
import { withNumbersAsDigits } from './number-words.js';

/** A text as every part of the bot compares it. */
export interface NormalizedText {
  /** NFC, trimmed: what the person wrote. */
  readonly original: string;
  /** Lower-case tokens with their diacritics, abbreviations expanded. */
  readonly accented: readonly string[];
  /** The same tokens folded (no diacritics, đ → d, i/y unified); same length as `accented`. */
  readonly folded: readonly string[];
}

export interface Lexicon {
  /** Folded abbreviation → full Vietnamese expansion. */
  abbreviations: Record<string, string>;
  /**
   * Ways of saying a thing → the words the content uses for it ("không mất tiền" → "miễn phí"), matched on
   * folded words after the abbreviations are expanded, longest first.
   */
  phrases?: Record<string, string>;
  /**
   * Acronyms that count only in capitals → their meaning ("AI" → "trí tuệ nhân tạo"): in lower case they are
   * ordinary words ("ai" = who).
   */
  acronyms?: Record<string, string>;
  /** Accented words that carry little meaning for search. */
  functionWords: string[];
  /** Words whose next word names the kind of thing meant ("bảo hiểm y tế", "bảo hiểm xe máy"). */
  kindWords: string[];
  /** Of the kind words, those for what the bot is about ("bảo hiểm"). */
  subjectKinds?: string[];
  /** Countries and regions outside Viet Nam: the documents say nothing about their insurance. */
  foreignPlaces?: string[];
  /** Subjects the documents never touch ("thời tiết", "xổ số"): a message naming one falls back. */
  offTopics?: string[];
  /** Provinces and cities of Viet Nam the documents have no plan for, as people write them. */
  otherProvinces?: string[];
  /** Ways of naming the whole country ("cả nước", "toàn quốc"): a question so worded wants the national answer. */
  nationwide?: string[];
  /** Multi-word question frames ("bao nhiêu", "như thế nào") that carry no topic even without diacritics. */
  questionFrames?: string[];
}

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
// Zero-width, bidi and other format characters: they split or disguise words without showing.
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
// A document's code after its number ("72-NQ/TW", "52 ct/tw", "06-CTr/TU", "282/NQ-CP"): its letters would be read as
// the abbreviations "nghị quyết", "trung ương", and outweigh the number that tells the documents apart. What kind of
// document the code says is kept, unless the words before say it ("Chương trình hành động số 06-CTr/TU").
const DOCUMENT_CODE = /(\d+)(?:(?:\s*[-–]\s*|\s+)(\p{L}+)\/\p{L}+|\/(\p{L}+)[-–]\p{L}+)(?![\p{L}\d])/gu;
const CODE_KINDS = new Map([['ctr', 'chương trình'], ['ct', 'chỉ thị'], ['nq', 'nghị quyết'], ['kh', 'kế hoạch'], ['hd', 'hướng dẫn'], ['qd', 'quyết định']]);
const KIND_BEFORE = /(?:nghi quyet|chi thi|ke hoach|chuong trinh|huong dan|quyet dinh|\b(?:nq|ct|kh|ctr|ctht|hd|qd))(?:\s+[a-z]+){0,3}\s*$/i;
// As far back as a kind and three words after it may reach.
const KIND_BEFORE_CHARS = 48;
// A card or record number ("HN4010123456"): its letters are a code, not the place "hn" abbreviates.
const CARD_NUMBER = /(?<![\p{L}\d])\p{L}{2,3}(\d{8,})(?![\p{L}\d])/gu;
// "GD&ĐT", "VH&TT": one abbreviation, not two ("gd" alone is "gia đình").
const AMPERSAND_IN_WORD = /(\p{L})&(\p{L})/gu;
// "95,5 phần trăm" is "95,5%", whose sign the tokenizer drops: the figure alone is what matters.
const PERCENT_IN_WORDS = /(\d)\s*ph[aầ]n\s+tr[aă]m(?![\p{L}\d])/gu;
// "75 tuổi rưỡi", "1 năm rưỡi": the half is the number's, as the documents write it ("75,5 tuổi").
const AND_A_HALF = /(\d+)((?:\s+\p{L}+)?)\s+(?:rưỡi|ruoi)(?![\p{L}\d])/gu;
// "95 phẩy 5": a decimal said aloud to voice typing, as the documents write it ("95,5").
const DECIMAL_IN_WORDS = /(\d+)\s+ph[aẩ]y\s+(\d+)(?![\p{L}\d])/gu;
// "12/01/2026" and "12/1/2026", "03/10" and "3/10": one date however its day and month are padded.
const DATE = /(?<![\d.,/])\d{1,2}\/\d{1,4}(?:\/\d{2,4})?(?![\d/])/g;
const TOKEN = /\d+(?:[.,/]\d+)*|[\p{L}\p{M}]+/gu;

export type Normalize = (text: string) => NormalizedText;

// Shorter abbreviations swapped are too often other abbreviations or words ("ct", "tc").
const SWAPPED_MIN_LENGTH = 4;
// What "thì" may be followed by in a question that goes on: "thì là gì", "thì bao nhiêu", "thì sao".
const ASKED_AFTER_THEN = String.raw`(?:gì|gi|sao|ai|bao|mấy|may|nào|nao)(?![\p{L}\d])`;
// "bác năm nay 70 mấy tuổi rồi thì là nghe loa xã nói …": a pause voice typing writes as words, where a clause ends
// (not "… thì là gì", "thì là bao nhiêu", which ask).
const SPOKEN_PAUSE = new RegExp(String.raw`\s+(?:thì là|thi la)\s+(?!${ASKED_AFTER_THEN})`, 'giu');
// "… của bác bị mất rồi mà bác có cái điện thoại thì xem cái thẻ … bằng cái gì": voice typing writes a long message with
// no punctuation at all, whose clauses "thì" and "mà" join (written with diacritics: plain "thi" may be "thị").
const RUN_ON_WORDS = 20;
const UNPUNCTUATED = /^[^,.;:!?]*$/;
const SPOKEN_JOINTS = new RegExp(String.raw`\s+(?:thì\s+(?!${ASKED_AFTER_THEN}|là(?![\p{L}\d]))|(?=mà\s))`, 'gu');
// The longest run of words said again right after it that is said once.
const REPEATED_RUN_WORDS = 3;
const WORD_ONLY = /^[\p{L}\d]+$/u;
const TRAILING_MARK = /[,.;:!?]+$/;
const ENDING_DOUBLED_O = /oo+$/;
const ENDING_K = /^[a-z]{2,}k$/;

/** Texts kept by a remembering normaliser, and the longest kept: long texts are rarely the same twice. */
const TEXTS_KEPT = 4_096;
const KEPT_TEXT_MAX_CHARS = 280;
const WORDS_READ_KEPT = 20_000;
const KEPT_WORD_LENGTH = 24;

/**
 * The normaliser, keeping what it made of the texts it was last given (the oldest goes when full): the resolver
 * normalises a message's parts again and again, and after a broadcast thousands send the same words. What it gives is
 * frozen, as callers share it.
 */
export function remembering(normalize: Normalize): Normalize {
  const kept = new Map<string, NormalizedText>();
  return (text) => {
    const known = kept.get(text);
    if (known) return known;
    const { original, accented, folded } = normalize(text);
    const made: NormalizedText = Object.freeze({ original, accented: Object.freeze(accented), folded: Object.freeze(folded) });
    if (text.length <= KEPT_TEXT_MAX_CHARS) {
      if (kept.size >= TEXTS_KEPT) kept.delete(kept.keys().next().value!);
      kept.set(text, made);
    }
    return made;
  };
}

/**
 * Builds the normaliser used for both content and queries, with the lexicon kept as data in content/. Given the
 * words the content writes (folded, as `foldDiacritics` folds them), a word typed as several run together
 * ("ngaysuckhoe", "thebhyt") is read as those words.
 */
export function createNormalizer(lexicon: Lexicon, vocabulary: ReadonlySet<string> = new Set()): Normalize {
  const expansions = new Map<string, { accented: string[]; folded: string[] }>();
  for (const [abbreviation, expansion] of Object.entries(lexicon.abbreviations)) {
    const accented = tokenize(expansion.normalize('NFC').toLowerCase()).map(unifyY);
    expansions.set(abbreviation.normalize('NFC').toLowerCase(), { accented, folded: accented.map(foldToken) });
  }

  const phrases = new Map<string, Rewrite[]>();
  for (const [phrase, meaning] of Object.entries(lexicon.phrases ?? {})) {
    // Written as a message is read: "mảng nv" is "mảng nhân viên" by the time phrases are looked for.
    const written = tokenize(phrase.normalize('NFC').toLowerCase()).flatMap((t) => expansions.get(t)?.accented ?? [t]).map(unifyY);
    const from = written.map(foldToken);
    const accented = tokenize(meaning.normalize('NFC').toLowerCase()).map(unifyY);
    if (from.length === 0) continue;
    phrases.set(from[0]!, [...(phrases.get(from[0]!) ?? []), { from, written, accented, folded: accented.map(foldToken) }]);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.from.length - a.from.length);
  const longestAbbreviation = Math.max(0, ...[...expansions.keys()].map((k) => k.length));
  const isPhrase = (words: string) => {
    const folded = tokenize(words).map(foldToken);
    return (phrases.get(folded[0]!) ?? []).some(({ from }) => from.join(' ') === folded.join(' '));
  };

  // The words a word typed run together may be made of: the content's and the lexicon's own.
  const lexiconWords = [
    ...Object.entries(lexicon.phrases ?? {}).flat(), ...Object.values(lexicon.abbreviations), ...lexicon.functionWords,
    ...lexicon.kindWords, ...(lexicon.questionFrames ?? []), ...(lexicon.nationwide ?? []), ...(lexicon.offTopics ?? []),
    ...(lexicon.foreignPlaces ?? []), ...(lexicon.otherProvinces ?? []),
  ];
  const words = new Set([...vocabulary, ...lexiconWords.flatMap((text) => foldDiacritics(text).match(/[a-z]+/g) ?? [])]);
  const known = (word: string) => words.has(word) || expansions.has(word);
  // A function word typed with its own diacritics is no slip for another word: "còn số liệu" is not "con số liệu".
  const functionWords = new Set(lexicon.functionWords.map((w) => w.normalize('NFC').toLowerCase()));
  const typedAsWritten = (typed: string, written: string) => typedAs(typed, written) && (typed === written || isPlain(typed) || !functionWords.has(typed));

  const acronyms = new Map(Object.entries(lexicon.acronyms ?? {}));
  const acronymPattern = acronyms.size > 0 ? new RegExp(`(?<![\\p{L}\\d])(?:${[...acronyms.keys()].join('|')})(?![\\p{L}\\d])`, 'gu') : undefined;

  /** A plain word that spells no known word, read as the known one a slip made it from, if there is one. */
  function typedAsMeant(word: string): string {
    // "chaoo": no Vietnamese word ends in a doubled o ("xoong" has one inside), so that is a slip too.
    const single = word.replace(ENDING_DOUBLED_O, 'o');
    if (known(single)) return single;
    // "suk": no Vietnamese word ends in k either; teencode writes a final c or ch so.
    const hard = ENDING_K.test(word) ? [`${word.slice(0, -1)}c`, `${word.slice(0, -1)}ch`].find(known) : undefined;
    if (hard) return hard;
    // "bhty": an abbreviation with two letters typed the wrong way round.
    // Only as long as an abbreviation may be: a long word has as many swaps as letters, each as long.
    const swappable = word.length >= SWAPPED_MIN_LENGTH && word.length <= longestAbbreviation;
    return (swappable && adjacentSwaps(word).find((w) => expansions.has(w))) || word;
  }

  // Words come back (the content's, and what people type): each is read once, up to this many, and only
  // word-sized ones, so that no message can fill the table with long strings.
  const wordsRead = new Map<string, { accented: string[]; folded: string[] }>();
  /** A word as typed, as the words it is read as: run-together words apart, slips mended, abbreviations expanded. */
  function readWord(typedWord: string): { readonly accented: readonly string[]; readonly folded: readonly string[] } {
    const kept = wordsRead.get(typedWord);
    if (kept) return kept;
    const read = { accented: [] as string[], folded: [] as string[] };
    for (const stretched of apart(typedWord, known)) {
      // "bhyttt", "ddc": an abbreviation or a Telex word whose letters were held down or typed twice.
      const unrepeated = PLAIN_WORD.test(stretched) && !expansions.has(stretched) ? withoutRepeats(stretched) : stretched;
      const typed = known(unrepeated) || !PLAIN_WORD.test(unrepeated) ? unrepeated : typedAsMeant(unrepeated);
      const expanded = expansions.has(typed);
      const word = expanded || !PLAIN_WORD.test(typed) ? typed : withoutTelexKeys(typed);
      // Vietnamese has no "f": "fai", "hai fong" are "phải", "Hải Phòng" typed the short way.
      const token = word.startsWith('f') && !expanded ? `ph${word.slice(1)}` : word;
      const foldedToken = foldToken(token);
      // Matched as typed: an accented word is a word ("hồng" is not "hong" = không).
      const expansion = expansions.get(token);
      if (expansion) {
        read.accented.push(...expansion.accented);
        read.folded.push(...expansion.folded);
      } else {
        read.accented.push(unifyY(token));
        read.folded.push(foldedToken);
      }
    }
    if (typedWord.length <= KEPT_WORD_LENGTH) {
      if (wordsRead.size >= WORDS_READ_KEPT) wordsRead.clear();
      wordsRead.set(typedWord, read);
    }
    return read;
  }

  return function normalize(text: string): NormalizedText {
    // "chín mươi lăm phần trăm" is read as "95 phần trăm" is, by what reads the text as written too.
    const said = withNumbersAsDigits(String(text).normalize('NFC').trim()).replace(SPOKEN_PAUSE, ', ');
    const original = UNPUNCTUATED.test(said) && said.split(/\s+/).length >= RUN_ON_WORDS ? said.replace(SPOKEN_JOINTS, ', ') : said;
    // In a message typed all in capitals ("… DO AI KÝ"), capitals tell no acronym.
    const shouting = !/\p{Ll}/u.test(original) && /\s/.test(original);
    const spelled = acronymPattern && !shouting ? original.replace(acronymPattern, (acronym) => ` ${acronyms.get(acronym)} `) : original;
    const cleaned = spelled.replace(URL, ' ').replace(INVISIBLE, '').replace(CARD_NUMBER, '$1').replace(DOCUMENT_CODE, withKindOfCode).replace(AMPERSAND_IN_WORD, '$1$2').toLowerCase().replace(PERCENT_IN_WORDS, '$1').replace(AND_A_HALF, '$1.5$2').replace(DECIMAL_IN_WORDS, '$1.$2').replace(DATE, unpadded);
    // "mất rồi mất rồi", "alo alo": voice typing and emphasis say twice what they mean once, and a word said twice
    // would weigh twice in what is asked; not a phrase the lexicon has doubled ("bai bai").
    const untyped = saidOnce(withoutVniDigits(cleaned), isPhrase);
    const accented: string[] = [];
    const folded: string[] = [];
    for (const typedWord of tokenize(untyped)) {
      const read = readWord(typedWord);
      accented.push(...read.accented);
      folded.push(...read.folded);
    }
    // Again over what was written: a phrase may begin inside the words another one wrote ("xem thẻ bảo hiểm" →
    // "tra cứu thẻ" + "bảo hiểm").
    const once = rephrase(accented, folded, phrases, typedAsWritten);
    return { original, ...(once.folded === folded ? once : rephrase(once.accented, once.folded, phrases, typedAsWritten)) };
  };
}

/** The text with each run of one to three words said again right after it said once, unless `keep` keeps both. */
function saidOnce(text: string, keep: (twice: string) => boolean): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let run = 0;
    for (let n = Math.min(REPEATED_RUN_WORDS, out.length, words.length - i); n >= 1 && run === 0; n--) {
      let same = true;
      // "mất rồi mất rồi, …": a word is the same with the punctuation after it.
      for (let k = 0; k < n && same; k++) {
        const said = out[out.length - n + k]!;
        const again = words[i + k]!;
        same = again.startsWith(said) && WORD_ONLY.test(said) && again.replace(TRAILING_MARK, '') === said;
      }
      if (same && !keep(words.slice(i - n, i + n).join(' '))) run = n;
    }
    if (run > 0) i += run;
    else out.push(words[i++]!);
  }
  return out.length === words.length ? text : out.join(' ');
}

/** A document's number without its code, after the kind of document the code tells if the words before do not. */
function withKindOfCode(_code: string, number: string, kind: string | undefined, decreeKind: string | undefined, at: number, text: string): string {
  const named = CODE_KINDS.get(foldDiacritics(kind ?? decreeKind ?? ''));
  const before = foldDiacritics(text.slice(Math.max(0, at - KIND_BEFORE_CHARS), at));
  return named && !KIND_BEFORE.test(before) ? `${named} ${number}` : number;
}

function unpadded(date: string): string {
  return date
    .split('/')
    .map((part) => String(Number(part)))
    .join('/');
}

/** A phrase of the lexicon (folded) and the content's words for it. */
interface Rewrite {
  from: string[];
  /** The phrase as the lexicon writes it: typed with other diacritics, it is another phrase. */
  written: string[];
  accented: string[];
  folded: string[];
}

/** Replaces each phrase of the lexicon found in the folded words (listed by first word) by the content's words for it. */
function rephrase(
  accented: string[],
  folded: string[],
  phrases: ReadonlyMap<string, readonly Rewrite[]>,
  typedAsWritten: (typed: string, written: string) => boolean,
): { accented: string[]; folded: string[] } {
  // Most texts have none.
  if (!folded.some((word) => phrases.has(word))) return { accented, folded };
  const out = { accented: [] as string[], folded: [] as string[] };
  let changed = false;
  for (let i = 0; i < folded.length; ) {
    const match = phrases
      .get(folded[i]!)
      // Folded words first: most phrases differ there, and comparing diacritics costs more.
      ?.find(({ from, written }) => from.every((word, k) => folded[i + k] === word) && written.every((word, k) => typedAsWritten(accented[i + k]!, word)));
    if (match) {
      // Typed without diacritics, it stays so: the question frames and function words tell such words apart.
      const plain = match.from.every((_, k) => isPlain(accented[i + k]!));
      out.accented.push(...(plain ? match.folded : match.accented));
      out.folded.push(...match.folded);
      i += match.from.length;
      changed = true;
    } else {
      out.accented.push(accented[i]!);
      out.folded.push(folded[i]!);
      i += 1;
    }
  }
  // The same arrays when nothing was rewritten: the caller can tell.
  return changed ? out : { accented, folded };
}

// A word typed with no diacritics at all: the only kind an input method's keys are left in, or run together.
const PLAIN_WORD = /^[a-z]+$/;
// Shorter than this, a word typed plain is not taken for several run together; longer than this, it is no words
// at all (and splitting it would cost time quadratic in its length).
const RUN_TOGETHER_MIN = 6;
const RUN_TOGETHER_MAX = 40;
// No word of the content is longer ("telehealth", "infographic").
const PIECE_MAX = 12;

/**
 * A word the content never writes, as the fewest words it does write run together ("ngaysuckhoe" → "ngay suc khoe",
 * "thebhyt" → "the bhyt", and typed with diacritics "ngàysức" → "ngày sức", cut where its folded form is); the word
 * itself when there are none. Only "y" stands alone as a one-letter word.
 */
function apart(word: string, known: (word: string) => boolean): string[] {
  if (word.length < RUN_TOGETHER_MIN || word.length > RUN_TOGETHER_MAX) return [word];
  // Folding keeps an NFC word's length: the pieces of the folded word are the pieces of the word.
  const plain = PLAIN_WORD.test(word) ? word : foldDiacritics(word);
  if (!PLAIN_WORD.test(plain) || plain.length !== word.length || known(plain) || isSyllable(plain)) return [word];
  // fewest[i]: the fewest known words that make up the first i letters, and where the last of them starts.
  const fewest: Array<{ count: number; from: number } | undefined> = [{ count: 0, from: 0 }];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - PIECE_MAX); start < end; start++) {
      const before = fewest[start];
      const piece = plain.slice(start, end);
      if (!before || (piece.length === 1 && piece !== 'y') || !known(piece)) continue;
      if (!fewest[end] || before.count + 1 < fewest[end]!.count) fewest[end] = { count: before.count + 1, from: start };
    }
  }
  if (!fewest[word.length]) return [word];
  const pieces: string[] = [];
  for (let end = word.length; end > 0; end = fewest[end]!.from) pieces.unshift(word.slice(fewest[end]!.from, end));
  return pieces;
}

const DECIMAL_COMMA = /(\d),(\d)/g;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [token] of text.normalize('NFC').matchAll(TOKEN)) {
    // Decimal commas become points so "95,5" and "95.5" are one token.
    tokens.push(token.includes(',') ? token.replace(DECIMAL_COMMA, '$1.$2') : token);
  }
  return tokens;
}
