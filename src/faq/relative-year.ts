import { foldDiacritics } from '../language/fold.js';
import type { Normalize, NormalizedText } from '../language/normalizer.js';
import { GIVES_YEAR } from './asked-figures.js';

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

// "sau đó thì sao", "còn sau này": the time after the one just answered, in a message saying nothing else.
const AFTER_THAT = /\b(?:sau do|sau nay|ve sau)\b/;
const AFTER_THAT_WORDS = new Set(['con', 'the', 'sau', 'do', 'nay', 've', 'thi', 'sao', 'nua', 'nao', 'vay', 'ra']);
const YEARS = new RegExp(GIVES_YEAR.source, 'g');

/**
 * "sau đó thì sao" right after the goal for 2026: the message as the next year the answer gives ("năm 2030 thì sao"),
 * after the year the question before named (else its answer's first). Undefined when it asks otherwise, or the answer
 * gives no later year.
 */
export function withLaterYearNamed(text: NormalizedText, askedBefore: string, answer: string, normalize: Normalize): NormalizedText | undefined {
  if (!AFTER_THAT.test(text.folded.join(' ')) || !text.folded.every((w) => AFTER_THAT_WORDS.has(w))) return undefined;
  const years = [...answer.matchAll(YEARS)].map(([year]) => Number(year));
  const asked = Number(GIVES_YEAR.exec(askedBefore)?.[0] ?? Math.min(...years));
  const later = Math.min(...years.filter((year) => year > asked));
  return Number.isFinite(later) ? normalize(`năm ${later} thì sao`) : undefined;
}
