import { foldToken } from './fold.js';

/** A text as every part of the bot compares it. */
export interface NormalizedText {
  /** NFC, trimmed: what the person wrote. */
  original: string;
  /** Lower-case tokens with their diacritics, abbreviations expanded. */
  accented: string[];
  /** The same tokens folded (no diacritics, đ → d, i/y unified); same length as `accented`. */
  folded: string[];
}

export interface Lexicon {
  /** Folded abbreviation → full Vietnamese expansion. */
  abbreviations: Record<string, string>;
  /** Accented words that carry little meaning for search. */
  functionWords: string[];
  /** Words whose next word names the kind of thing meant ("bảo hiểm y tế", "bảo hiểm xe máy"). */
  kindWords: string[];
}

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
// Zero-width, bidi and other format characters: they split or disguise words without showing.
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
const TOKEN = /\d+(?:[.,/]\d+)*|[\p{L}\p{M}]+/gu;

export type Normalize = (text: string) => NormalizedText;

/** Builds the normaliser used for both content and queries, with the lexicon kept as data in content/. */
export function createNormalizer(lexicon: Lexicon): Normalize {
  const expansions = new Map<string, { accented: string[]; folded: string[] }>();
  for (const [abbreviation, expansion] of Object.entries(lexicon.abbreviations)) {
    const accented = tokenize(expansion.normalize('NFC').toLowerCase());
    expansions.set(abbreviation.normalize('NFC').toLowerCase(), { accented, folded: accented.map(foldToken) });
  }

  return function normalize(text: string): NormalizedText {
    const original = String(text).normalize('NFC').trim();
    const cleaned = original.replace(URL, ' ').replace(INVISIBLE, '').toLowerCase();
    const accented: string[] = [];
    const folded: string[] = [];
    for (const token of tokenize(cleaned)) {
      const foldedToken = foldToken(token);
      // Matched as typed: an accented word is a word ("hồng" is not "hong" = không).
      const expansion = expansions.get(token);
      if (expansion) {
        accented.push(...expansion.accented);
        folded.push(...expansion.folded);
      } else {
        accented.push(token);
        folded.push(foldedToken);
      }
    }
    return { original, accented, folded };
  };
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').matchAll(TOKEN)) {
    // Decimal commas become points so "95,5" and "95.5" are one token.
    tokens.push(match[0].normalize('NFC').replace(/(\d),(\d)/g, '$1.$2'));
  }
  return tokens;
}
