import type { NormalizedText } from '../language/normalizer.js';
import type { Scope } from './schema.js';

/**
 * A place told as a relative's or as the person's home town ("bố mẹ vợ ở Cao Bằng", "vợ quê Hải Phòng", "mình quê
 * Lai Châu"): what "chỗ bố mẹ vợ", "quê vợ", "quê mình" name later.
 */
export interface KinPlace {
  /** The relative, folded ("bo me vo", "con gai", "nha noi"); empty for the person's own home town. */
  who: string;
  /** A place the documents cover; else `elsewhere`, a province they have no plan for ("bố mẹ ở Nghệ An"). */
  scope?: Scope;
  elsewhere?: string;
}

// The words that name a relative, folded. Not "cô", "dì", "bác" ("có", "đi", and "bác" the person speaking).
const RELATIVE_WORDS = new Set(['bo', 'me', 'vo', 'chong', 'ong', 'ba', 'noi', 'ngoai', 'con', 'gai', 'trai', 'dau', 're', 'anh', 'chi', 'em', 'chu', 'cau']);
// "em", "anh", "chị" alone are how people speak of themselves and to the bot: relatives only with a kind after them
// ("em gái", "anh trai", "chị dâu").
const SPEAKER_WORDS = new Set(['em', 'anh', 'chi']);
const KIND_AFTER = new Set(['gai', 'trai', 'dau', 're', 'ruot', 'ho']);
// Said after one relative word, that they are the person's: "bố t", "mẹ mình", "vợ em".
const SELF = new Set(['minh', 'toi', 't', 'tui', 'tao', 'em']);
// Said before one relative word, a place of theirs: "chỗ bố", "quê vợ", "tỉnh mẹ", "nhà chồng", "bên ngoại".
const PLACE_OF = new Set(['cho', 'que', 'tinh', 'nha', 'ben']);
// "nội", "ngoại" typed plain ("nói", "nơi"; "ngoài") only after "nhà", "bên", "ông", "bà".
const SIDES = new Set(['noi', 'ngoai']);
const SIDE_OF = new Set(['nha', 'ben', 'ong', 'ba', 'que']);
// One relative word as typed with its marks ("bố", "vợ"); typed plain, "bo" may be "bộ", "me" anything.
const WRITTEN_RELATIVES = new Set(['bố', 'mẹ', 'vợ', 'chồng', 'ông', 'bà', 'nội', 'ngoại', 'chú', 'cậu']);

/**
 * The relative a clause about a relative opens with ("bo me vo" of "bố mẹ vợ tôi ở …", "con" of "con mình ở …"), or ""
 * when it names none ("mình quê …").
 */
export function relativeIn(words: readonly string[]): string {
  // "con bố mẹ ở …": typed plain, "con" before another relative is "còn".
  const from = words[0] === 'con' && !KIND_AFTER.has(words[1] ?? '') ? 1 : 0;
  // Not the "nội" of "Hà Nội": a side of the family only after "nhà", "bên", "ông bà".
  const opens = (w: string, i: number) =>
    RELATIVE_WORDS.has(w) && (!SPEAKER_WORDS.has(w) || KIND_AFTER.has(words[i + 1] ?? '')) && (!SIDES.has(w) || SIDE_OF.has(words[i - 1] ?? ''));
  const first = words.findIndex((w, i) => i >= from && opens(w, i));
  if (first < 0) return from === 1 ? 'con' : '';
  let end = first;
  // Not the "chú" of "con gái chú": after "gái", "trai", "dâu", "rể", a relative word says whose.
  while (end + 1 < words.length && RELATIVE_WORDS.has(words[end + 1]!) && !SPEAKER_WORDS.has(words[end + 1]!) && !KIND_AFTER.has(words[end]!)) end++;
  return words.slice(first, end + 1).join(' ');
}

// Words older people call themselves by ("bà ở Hòa An, Cao Bằng", "ông 72 tuổi, ở …"); whose a relative is, said
// after one ("bà tôi", "chú t", "mẹ cháu").
const SELF_NAMING = new Set(['ong', 'ba', 'chu', 'cau', 'bo', 'me', 'con']);
const SOMEONES = new Set([...SELF, 'e', 'chau', 'con']);

/**
 * True when the relative a message opens with is how the person speaks of themselves: one such word alone, not someone's
 * ("bà ở Hòa An", not "bà tôi ở Hòa An"). Typed plain, "con" may also be "còn" ("con em ở Lai Châu").
 */
export function speaksOfSelf(who: string, words: readonly string[]): boolean {
  if (!SELF_NAMING.has(who)) return false;
  const after = words[words.indexOf(who) + 1];
  return who === 'con' || after === undefined || !SOMEONES.has(after);
}

/**
 * The place of the relative, or the home town, a message names among those told ("chỗ mẹ", "quê vợ mình", "quê
 * mình"): the longest relative named, or the one a word names that no other has; the home town when no relative is;
 * the only one told when the message names a relative or "quê" that none was told as ("chỗ bố mẹ em" after "quê Cao
 * Bằng, làm ở Hải Phòng").
 */
export function kinPlaceNamed(text: NormalizedText, told: readonly KinPlace[]): KinPlace | undefined {
  const named = told.filter((kin) => kin.who !== '' && names(text, kin.who.split(' ')));
  if (named.length > 0) return named.reduce((a, b) => (b.who.length > a.who.length ? b : a));
  // "bên ngoại" after "ông bà nội ở …, ông bà ngoại ở …": a word of only one relative told.
  const ownWord = (kin: KinPlace, w: string) => told.every((other) => other === kin || !other.who.split(' ').includes(w));
  const byWord = told.filter((kin) => kin.who.split(' ').some((w) => ownWord(kin, w) && names(text, [w])));
  if (byWord.length === 1) return byWord[0];
  const relatives = text.folded.filter((w, i) => RELATIVE_WORDS.has(w) && oneRelativeAt(text, i));
  const relative = relatives.length > 0;
  const homeTown = text.folded.includes('que');
  const own = !relative && homeTown ? told.find((kin) => kin.who === '') : undefined;
  if (own) return own;
  // Not "tỉnh chú" from someone who speaks of themselves as "chú" and told of "con gái chú": no word of that relative.
  const only = told.length === 1 ? told[0]! : undefined;
  const ofOther = only !== undefined && only.who !== '' && relative && !relatives.some((w) => only.who.split(' ').includes(w));
  return (relative || homeTown) && !ofOther ? only : undefined;
}

/** True when the text has the relative's words somewhere; one word only where it is one ("chỗ bố", "mẹ mình"). */
function names(text: NormalizedText, who: readonly string[]): boolean {
  const { folded } = text;
  return folded.some((_, i) => who.every((w, k) => folded[i + k] === w) && (who.length > 1 || oneRelativeAt(text, i)));
}

function oneRelativeAt({ folded, accented }: NormalizedText, i: number): boolean {
  const [word, before, after] = [folded[i]!, folded[i - 1] ?? '', folded[i + 1] ?? ''];
  if (KIND_AFTER.has(after)) return true;
  if (SPEAKER_WORDS.has(word)) return false;
  // "con" alone is often "còn": a child only as someone's ("chỗ con mình").
  if (word === 'con') return PLACE_OF.has(before);
  if (SIDES.has(word)) return SIDE_OF.has(before) || WRITTEN_RELATIVES.has(accented[i] ?? '');
  return WRITTEN_RELATIVES.has(accented[i] ?? '') || SELF.has(after) || PLACE_OF.has(before) || RELATIVE_WORDS.has(after);
}
