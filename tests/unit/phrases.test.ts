import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NormalizedText } from '../../src/language/normalizer.js';
import { consistsOf, containsAny, withoutPhrases, type Phrase } from '../../src/language/phrases.js';

/** A text of the given folded words, written plain. */
const textOf = (words: readonly string[]): NormalizedText => ({ original: words.join(' '), accented: words, folded: words });

// Phrases and texts over a few words, so that phrases often occur, overlap and run past the end.
const word = fc.constantFrom('ho', 'tro', 'bao', 'hiem', 'y', 'te', 'co', 'khong');
const phraseList = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 6 });
const words = fc.array(word, { maxLength: 12 });

/** Where each phrase occurs, looked for phrase by phrase at every position: what the scan by first words must find. */
function occurrences(tokens: readonly string[], list: readonly Phrase[]): boolean[] {
  const covered = tokens.map(() => false);
  for (const phrase of list) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((t, k) => tokens[i + k] === t)) for (let k = 0; k < phrase.length; k++) covered[i + k] = true;
    }
  }
  return covered;
}

describe('phrases in a text', () => {
  it('finds, drops and covers the same words as looking for each phrase at every position', () => {
    fc.assert(
      fc.property(words, phraseList, (tokens, list) => {
        const covered = occurrences(tokens, list);
        const found = list.some((phrase) => tokens.some((_, i) => phrase.every((t, k) => tokens[i + k] === t)));
        const filler = new Set(['co']);
        expect(containsAny(textOf(tokens), list)).toBe(found);
        expect(withoutPhrases(textOf(tokens), list).folded).toEqual(tokens.filter((_, i) => !covered[i]));
        expect(consistsOf(textOf(tokens), list, filler)).toBe(tokens.length > 0 && found && tokens.every((t, i) => covered[i] || filler.has(t)));
      }),
    );
  });
});
