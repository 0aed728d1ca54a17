import { foldDiacritics } from '../language/fold.js';
import type { Normalize, NormalizedText } from '../language/normalizer.js';
import { GIVES_YEAR } from './answer-engine.js';

// "năm sau", "năm tới", "sang năm", "năm kế tiếp", folded: the year after the one the conversation is about.
const NEXT_YEAR = /\b(?:nam (?:sau|toi|ke tiep)|sang nam)\b/;

/**
 * "năm sau thì sao" right after the goals for 2026: the message with that year named ("năm 2027 thì sao"), the year
 * after the one the question before named, or else after this one. Undefined when it names no year that way.
 */
export function withNextYearNamed(text: NormalizedText, askedBefore: string, now: Date, normalize: Normalize): NormalizedText | undefined {
  // Most messages name no year so: the original is folded only for those that do. Folding keeps the length of a text
  // in NFC, as the original is: what is found folded is cut from the original.
  if (!NEXT_YEAR.test(text.folded.join(' '))) return undefined;
  const found = NEXT_YEAR.exec(foldDiacritics(text.original).toLowerCase());
  if (!found) return undefined;
  const year = Number(GIVES_YEAR.exec(askedBefore)?.[0] ?? now.getFullYear()) + 1;
  const { original } = text;
  return normalize(`${original.slice(0, found.index)}năm ${year}${original.slice(found.index + found[0].length)}`);
}
