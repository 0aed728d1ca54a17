// Every Vietnamese diacritic, đ included, is outside ASCII.
const NOT_ASCII = /[^\x00-\x7f]/;

/** Removes Vietnamese diacritics (đ → d included) and lower-cases; idempotent. */
export function foldDiacritics(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  // Character by character from a table: every text of the content and every message is folded, often more than once,
  // and decomposing whole strings costs more than the rest of folding together.
  let folded = '';
  for (const char of text) {
    if (char < '\x80') {
      folded += char;
      continue;
    }
    let plain = foldedChars.get(char);
    if (plain === undefined) {
      plain = foldedChar(char);
      if (foldedChars.size < FOLDED_CHARS_KEPT) foldedChars.set(char, plain);
    }
    // A character that folds to something other than plain letters (another script, a symbol) is folded with the
    // whole text, as Unicode requires.
    if (plain === null) return foldWhole(text);
    folded += plain;
  }
  return folded.toLowerCase();
}

/** The words of a text, folded: "Mỗi người dân khỏe mạnh - Cả nước vững mạnh!" → "moi", "nguoi", …, "manh". */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text).match(/[\p{L}\d]+/gu) ?? [];
}

function foldWhole(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

// What each non-ASCII character seen folds to, if plain ASCII; null if not. Vietnamese needs a few hundred; a message
// in other scripts may bring more, which are folded each time.
const FOLDED_CHARS_KEPT = 2_000;
const foldedChars = new Map<string, string | null>();

function foldedChar(char: string): string | null {
  const folded = foldWhole(char);
  return NOT_ASCII.test(folded) ? null : folded;
}

// A syllable whose only vowel is y ("ty", "ky", "ly", "quy", "y"): written with i as often as with y.
const LONE_Y = /^(qu|[bcdghklmnprstvx]*)y$/;

// No Vietnamese word doubles a letter but "oo" ("xoong") and the "uu" of "ưu": "tếe", "đượcc" are slips, "nhaaa"
// is emphasis.
const REPEATED = /([^\Wou\d])\1+|([ou])\2{2,}/gu;

// Tokens come back (the content's words, and what people type): each is folded once, up to this many, and only
// word-sized ones, so that no message can fill the table with long strings.
const FOLDED_TOKENS_KEPT = 20_000;
const KEPT_TOKEN_LENGTH = 24;
const foldedTokens = new Map<string, string>();

/** Folds one token and unifies spellings that vary: i/y, letters repeated by slip or for emphasis. */
export function foldToken(token: string): string {
  let folded = foldedTokens.get(token);
  if (folded === undefined) {
    folded = withoutRepeats(foldDiacritics(token)).replace(LONE_Y, '$1i');
    if (token.length <= KEPT_TOKEN_LENGTH) {
      if (foldedTokens.size >= FOLDED_TOKENS_KEPT) foldedTokens.clear();
      foldedTokens.set(token, folded);
    }
  }
  return folded;
}

/** The token without letters repeated by slip or for emphasis ("bhyttt", "nhaaa"). */
export function withoutRepeats(token: string): string {
  return token.replace(REPEATED, '$1$2');
}

const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
const ENDS_IN_Y = /[yýỳỷỹỵ]$/u;

/** The token with diacritics, its lone y written i as folding writes it: "tỷ" and "tỉ" are one word. */
export function unifyY(token: string): string {
  if (!ENDS_IN_Y.test(token) || !LONE_Y.test(foldDiacritics(token))) return token;
  return token.replace(ENDS_IN_Y, (y) => Y_TO_I[y] ?? y);
}

// Latin letters with marks, đ included: a token with one has diacritics (or capitals, which a token has not).
const MARKED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** True when the token was typed without diacritics ("ky", "ngay"), which folding cannot tell by comparison (y → i). */
export function isPlain(token: string): boolean {
  // Most tokens decide without folding: plain lower-case ASCII, or a Vietnamese letter with a mark.
  if (!NOT_ASCII.test(token)) return token === token.toLowerCase();
  return !MARKED.test(token) && foldDiacritics(token) === token;
}

// The five tone marks (grave, acute, tilde, hook above, dot below); the other marks make other letters (ê, ơ, ă).
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Words are few and come back (the lexicon's, and what people type): each is taken apart once, up to this many.
const LETTERS_AND_TONE_KEPT = 10_000;
const lettersAndToneOf = new Map<string, [string, string]>();

/** The word's letters (with their hats, horns and breves) and its tone mark apart: "khoẻ" and "khỏe" alike. */
function lettersAndTone(word: string): [string, string] {
  let parts = lettersAndToneOf.get(word);
  if (!parts) {
    const decomposed = word.normalize('NFD');
    parts = [decomposed.replace(TONE, ''), (decomposed.match(TONE) ?? []).join('')];
    if (word.length <= KEPT_TOKEN_LENGTH) {
      if (lettersAndToneOf.size >= LETTERS_AND_TONE_KEPT) lettersAndToneOf.clear();
      lettersAndToneOf.set(word, parts);
    }
  }
  return parts;
}

/**
 * True when a typed word is the word as written, typed without diacritics, or with one slip: the tone ("hổ" for
 * "hỗ") or a letter's mark ("hiẻm" for "hiểm"), not both: "thế" is no "thẻ", "mỗi" no "mọi".
 */
export function typedAs(typed: string, written: string): boolean {
  // Every Vietnamese diacritic, đ included, is outside ASCII: a word without any was typed plain.
  if (typed === written || !NOT_ASCII.test(typed)) return true;
  const [typedLetters, typedTone] = lettersAndTone(typed);
  const [letters, tone] = lettersAndTone(written);
  return typedLetters === letters || typedTone === tone;
}

