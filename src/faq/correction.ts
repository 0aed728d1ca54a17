import type { Knowledge } from './answer-engine.js';
import type { NormalizedText } from '../language/normalizer.js';
import { foldDiacritics } from '../language/fold.js';
import { CLAUSE_COMMA } from '../language/clauses.js';

// "à nhầm, …", "k phải Hải Phòng, …", "ý mình là …", "ý em hỏi …", "sai rồi, …", opening the message after at most a
// few words ("ấy chết em").
const CUE = /^(?:[\p{L},]+\s+){0,3}?(?:nham|(?:khong|ko|k) phai|y (?:minh|toi|em|chau) (?:la|hoi)|y la|sai (?:roi|nha|nhe|bet)\b)/u;
// "à nhầm", "ui nhầm", "nhầm": a slip owned, and nothing else before.
const MISTAKEN = /^(?:(?:a|ah|oi|ui|ay|xin loi)\s+)?nham$/;
// What the person meant, said after "ý mình là", "ý em hỏi (là)" or "mình hỏi".
const MEANT = /\b(?:y (?:minh|toi|em|chau) (?:la|hoi(?: la)?)|y la|(?:minh|toi|em|chau) hoi)\s+/u;
// "Lai Châu cơ", "2045 chứ": the particle that insists on it; typed plain ("nghị quyết 72 co"), only before a comma or
// at the end, where it is no "có".
const INSISTING = /\s+(?:cơ|chứ)(?=[\s,.!?]|$)|\s+(?:co|chu)(?=\s*(?:[,.!?]|$))/giu;

/**
 * A message that corrects the question just answered ("à nhầm, nghị quyết 72 cơ", "k phải Hải Phòng, Lai Châu cơ",
 * "à k, ý mình là năm 2045"), as the follow-up it amounts to: "còn nghị quyết 72", "còn Lai Châu", "còn năm 2045".
 */
export function correctionOf(knowledge: Knowledge, text: NormalizedText): NormalizedText | undefined {
  // Folding keeps the length of a text in NFC, as the original is: what is found folded is cut from the original.
  const { original } = text;
  const folded = foldDiacritics(original);
  const cue = CUE.exec(folded);
  if (!cue) return undefined;
  const meant = MEANT.exec(folded.slice(cue.index));
  const end = cue.index + cue[0].length;
  // "a nham 2026": after "à nhầm" the correction may follow without a comma (not after "không phải", which denies it,
  // nor a "nhằm" typed plain: "tuyen truyen nham toi …").
  // "à nhầm nghị quyết 72 cơ, ngày nào": what is insisted on before the comma is the correction, and what follows asks.
  const next = afterClause(folded, end);
  const insisted = next !== undefined && /\s(?:co|chu)\W*$/.test(folded.slice(end, next));
  const from = meant ? cue.index + meant.index + meant[0].length : MISTAKEN.test(cue[0]) && insisted ? end : (next ?? (MISTAKEN.test(cue[0]) ? end : undefined));
  const part = from === undefined ? '' : original.slice(from).replace(INSISTING, '').trim();
  return part ? knowledge.normalize(`còn ${part}`) : undefined;
}

// Where one clause ends and the next begins.
const CLAUSE_BREAK = new RegExp(`(?:${CLAUSE_COMMA}|[;:])\\s*`, 'g');

/** Where the clause after `at` ends and the next begins, if one does. */
function afterClause(text: string, at: number): number | undefined {
  CLAUSE_BREAK.lastIndex = at;
  const found = CLAUSE_BREAK.exec(text);
  return found ? found.index + found[0].length : undefined;
}
