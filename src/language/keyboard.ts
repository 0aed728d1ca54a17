// Vietnamese is typed on phones through an input method: Telex ("ngayf", "toans daan", "ddieenj") or VNI
// ("nga2y", "ho64 tro75"). With the input method off, its keys stay in the text as letters and digits. They are
// read here as the word typed without diacritics, which the rest of the bot already understands.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
// VNI: 6 (â ê ô), 7 (ơ ư), 8 (ă), then a tone 1–5; "d9" is đ.
const VNI_MARKS = /^(?:[6-8][1-5]?|[1-5])$/;
const WORD_WITH_DIGITS = /(?<![\p{L}\d])\p{L}[\p{L}\d]*\d[\p{L}\d]*(?![\p{L}\d])/gu;
const LETTER_THEN_DIGIT = /\p{L}\d/u;

// VNI's marks typed at the end of a word ("suc71", "toan2"): letters, then one or two digits.
const MARKS_AT_END = /^([a-z]+)(\d{1,2})$/;

/**
 * The text with VNI's digits taken out of words where each follows a vowel ("ca65n" → "can") or is the 9 of "d9",
 * or where they end a word that is a syllable without them ("suc71" → "suc"): "nq72", "kh69", "covid19" and "h5n1"
 * have digits after consonants and are no syllables, and stay as they are.
 */
export function withoutVniDigits(text: string): string {
  // Most texts have no letter right before a digit, which every word with digits has.
  if (!LETTER_THEN_DIGIT.test(text)) return text;
  // Marks at the end are read only in a message with two words typed so: "lop5" alone is "lớp 5".
  const atEnd = (text.match(WORD_WITH_DIGITS) ?? []).filter(hasMarksAtEnd).length >= 2;
  return text.replace(WORD_WITH_DIGITS, (word) => (hasMarksAfterVowels(word) || (atEnd && hasMarksAtEnd(word)) ? word.replace(/\d/g, '') : word));
}

function hasMarksAfterVowels(word: string): boolean {
  return [...word.matchAll(/\d+/g)].every(({ 0: digits, index }) => {
    const before = word[index - 1]!;
    return (VOWELS.has(before) && VNI_MARKS.test(digits)) || (before === 'd' && digits === '9');
  });
}

function hasMarksAtEnd(word: string): boolean {
  const parts = MARKS_AT_END.exec(word);
  return parts !== null && VNI_MARKS.test(parts[2]!) && isSyllable(parts[1]!);
}

// Telex's tone keys end a syllable, or follow its vowel ("ngafy"); no Vietnamese word ends in them or has them
// after a vowel.
const TONE_KEY = /(?<=.)[sfrxj]$|(?<=[aeiouy])[sfrxj](?=[a-z]+$)/;
// Any sign of Telex: a tone key at the end or after a vowel, "dd" first, a doubled "a" or "e", a "w" after a letter.
const TELEX_KEYS = /.[sfrxj]$|[aeiouy][sfrxj].|^dd|aa|ee|.w/;
// What a Vietnamese syllable can be, typed plain: an onset, one to three vowels, a coda.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/**
 * A plain word with Telex keys left in it, as the word typed without diacritics: "ngayf" → "ngay", "daan" →
 * "dan", "ddieenj" → "dien", "nguwowif" → "nguoi". A word that would not be a Vietnamese syllable without them
 * ("thanks", "apps") is left as it is.
 */
export function withoutTelexKeys(word: string): string {
  if (!TELEX_KEYS.test(word)) return word;
  let plain = word.replace(TONE_KEY, '');
  // "oo" is also the "oo" of "xoong": a hat only when another key shows Telex was typed.
  // A "w" first is teencode's "qu" ("wa"), not Telex's "ư".
  const telex = plain !== word || /^dd|aa|ee|.w/.test(plain);
  if (!telex) return word;
  plain = plain.replace(/^dd/, 'd').replace(/(a|e|o)\1/g, '$1').replace(/([aou])w/g, '$1').replace(/(?<=.)w/g, 'u');
  return isSyllable(plain) ? plain : word;
}

/** True when a plain word can be one Vietnamese syllable ("truong", "nghieng"), not several run together. */
export function isSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/** True when the two words differ only by two neighbouring letters swapped ("phogn" for "phong"). */
export function isAdjacentSwap(typed: string, word: string): boolean {
  if (typed.length !== word.length || typed === word) return false;
  const at = [...typed].findIndex((c, i) => c !== word[i]);
  return typed[at] === word[at + 1] && typed[at + 1] === word[at] && typed.slice(at + 2) === word.slice(at + 2);
}

/** The word with each pair of neighbouring letters swapped in turn: what it may be, typed two letters the wrong way round. */
export function adjacentSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) swaps.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return swaps;
}
