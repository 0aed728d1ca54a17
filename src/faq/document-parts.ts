import { foldDiacritics } from '../language/fold.js';
import type { NormalizedText } from '../language/normalizer.js';
import type { Knowledge } from './answer-engine.js';
import type { FaqEntry, SourceDocument } from './schema.js';

export type DocumentPart = SourceDocument['parts'][number];

export const APPENDIX = 'Phụ lục';

/** True for a part of a document's appendix ("Phụ lục IV"), not the appendix itself. */
export const inAppendix = (part: DocumentPart) => part.number.startsWith(`${APPENDIX} `);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
// "phần thứ hai": a part by its place, in words.
const ORDINALS: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8 };
// "phần II", "phần 2", "phần thứ hai", "mục III": a part by its number. "mục 3" is an item of a list, not a part.
const PART_NUMBER = /(?<![\p{L}\d])(phần|phan|mục|muc)\s+(thứ\s+|thu\s+)?([ivx]+|\d{1,2}|\p{L}+)(?![\p{L}\d])/gu;
// "phần cuối", "mục đầu tiên": the last or first part; "nhóm cuối" only of an appendix, whose parts group its tasks.
const END_PART = /\b(?:phan|muc) (cuoi|dau)(?: cung| tien)?\b/;
const END_GROUP = /\bnhom (cuoi|dau)(?: cung| tien)?\b/;
const APPENDIX_NAMED = /(?<!\p{L})(?:phụ lục|phu luc)(?!\p{L})/u;
// "gồm những phần nào", "có mấy phần", "gồm những mục nào", "bố cục", "cấu trúc": the parts of a document, all of them
// ("mấy phần trăm" is a percentage, "có phấn đấu" folded a striving, "gồm những mục tiêu nào" its goals).
const OUTLINE_ASKED = /\b(?:(?:gom|co) (?:nhung |cac |may )?phan(?! tram| dau)|(?:nhung|cac|may) phan (?:lon|chinh|nao)|gom (?:nhung|cac|may) muc(?! tieu| dich| ho)|bo cuc|cau truc|muc lon)\b/;

/**
 * The part a message names: by its number ("II"), as the appendix ("Phụ lục") or a part of it ("Phụ lục IV"), or, when
 * the parts are what is talked about (`listed`), as the first or last ("phần cuối"; of the appendix when it is named,
 * or when its parts were the ones listed). Else "mục cuối" is the last item of a list.
 */
export function partNamed(original: string, document: SourceDocument, listed?: { inAppendix: boolean }): DocumentPart | undefined {
  const text = original.normalize('NFC');
  const lower = text.toLowerCase();
  const folded = foldDiacritics(lower);
  // Typed plain, "phan dau" is "phấn đấu" (strive) far more often than "phần đầu".
  const endPart = END_PART.exec(folded);
  const striving = endPart?.[0].startsWith('phan dau') === true && !lower.includes('phần đầu');
  const end = listed ? ((striving ? null : endPart) ?? (listed.inAppendix ? END_GROUP.exec(folded) : null))?.[1] : undefined;
  if (end) {
    const ofAppendix = listed!.inAppendix || namesAppendix(text);
    const parts = document.parts.filter((p) => (ofAppendix ? inAppendix(p) : !p.number.startsWith(APPENDIX)));
    return end.startsWith('cuoi') ? parts.at(-1) : parts[0];
  }
  let number: string | undefined;
  for (const match of lower.matchAll(PART_NUMBER)) {
    const [whole, lead, ordinal, written] = match as unknown as [string, string, string | undefined, string];
    const after = match.index + whole.length;
    const value = numberOf(written, text.slice(after - written.length, after), lead, ordinal !== undefined);
    if (value !== undefined) {
      number = ROMAN[value - 1];
      break;
    }
  }
  const appendix = namesAppendix(text);
  const byTitle = number === undefined && !appendix ? partTitled(folded, document) : undefined;
  if (byTitle) return byTitle;
  const has = (n: string) => document.parts.find((p) => p.number === n);
  if (appendix) return (number && has(`${APPENDIX} ${number}`)) || has(APPENDIX);
  // "phần IV" of a plan numbered I, II, III, V: the only IV it has is its appendix's.
  return number === undefined ? undefined : (has(number) ?? has(`${APPENDIX} ${number}`));
}

/**
 * The value of a part's number as typed: a Roman numeral (of one letter only in capitals: "phần I", not "phan i"), a
 * number, or an ordinal in words after "thứ" ("một phần tư" is a quarter).
 */
function numberOf(lowered: string, typed: string, lead: string, ordinal: boolean): number | undefined {
  if (/^[ivx]+$/.test(lowered)) {
    const value = ROMAN.indexOf(lowered.toUpperCase()) + 1;
    return value > 0 && (lowered.length > 1 || typed === typed.toUpperCase()) ? value : undefined;
  }
  // Only a part is numbered "phần 2"; "mục 2" is an item.
  if (/^\d+$/.test(lowered)) return lead.startsWith('ph') && Number(lowered) >= 1 && Number(lowered) <= ROMAN.length ? Number(lowered) : undefined;
  return ordinal ? ORDINALS[foldDiacritics(lowered)] : undefined;
}

const headingsOf = new WeakMap<SourceDocument, Array<{ part: DocumentPart; named: RegExp }>>();

/** "phần tổ chức thực hiện": a part by the first words of its heading, right after "phần". */
function partTitled(folded: string, document: SourceDocument): DocumentPart | undefined {
  let headings = headingsOf.get(document);
  if (!headings) {
    headings = document.parts.map((part) => ({ part, named: new RegExp(`\\bphan ${foldDiacritics(part.title).match(/[a-z]+/g)!.slice(0, 2).join(' ')}\\b`) }));
    headingsOf.set(document, headings);
  }
  return headings.find(({ named }) => named.test(folded))?.part;
}

// "phụ lục đó chia làm mấy nhóm": an appendix's parts, which group its tasks.
const APPENDIX_OUTLINE_ASKED = /\b(?:chia|gom|co) (?:lam |thanh |ra )?(?:may|bao nhieu|nhung|cac) (?:nhom|muc)\b/;

/** True when a message asks for a document's parts, all of them (as typed: the lexicon reads "mấy phân" as centimetres). */
export function asksOutline(text: NormalizedText): boolean {
  const folded = foldDiacritics(text.original).replace(/[^a-z0-9]+/g, ' ');
  return OUTLINE_ASKED.test(folded) || (namesAppendix(text.original) && APPENDIX_OUTLINE_ASKED.test(folded));
}

/** True when a message names an appendix ("phụ lục"). */
export function namesAppendix(original: string): boolean {
  return APPENDIX_NAMED.test(original.toLowerCase());
}

// "phần …" (by number or heading), "mục" by a Roman numeral, its place or as the last: not "phần trăm", nor the "mục"
// of "mục tiêu"; "nhóm" as the first or last.
const MAY_NAME_PART = /(?<!\p{L})(?:phần|phan)\s+(?!trăm|tram)|(?<!\p{L})(?:mục|muc)\s+(?:[ivx]+(?!\p{L})|thứ|thu|cuối|cuoi|đầu|dau)|(?<!\p{L})(?:nhóm|nhom)\s+(?:cuối|cuoi|đầu|dau)/u;

/** True when a message may name a part of a document (by number, as the appendix, or by heading after "phần"). */
export function mayNamePart(original: string): boolean {
  const lower = original.toLowerCase();
  return namesAppendix(lower) || MAY_NAME_PART.test(lower);
}

/**
 * The entries citing that part of the document: first those citing the whole part, then those citing only this
 * document, in the content's order.
 */
export function entriesOfPart(knowledge: Knowledge, document: SourceDocument, part: DocumentPart): FaqEntry[] {
  const ranked: Array<{ entry: FaqEntry; rank: number }> = [];
  for (const entry of knowledge.index.entries) {
    const sections = entry.sources.filter((s) => s.doc === document.id).flatMap((s) => (s.section ?? '').split(';').map((x) => x.trim().replace(/^Mục\s+/u, '')));
    const whole = sections.includes(part.number);
    const within = sections.some((s) => s.startsWith(`${part.number}.`) || (part.number === APPENDIX && s.startsWith(`${APPENDIX} `)));
    if (!whole && !within) continue;
    const own = entry.sources.every((s) => s.doc === document.id);
    // An answer written from that part alone comes before one from it and other parts.
    const only = whole && sections.length === 1;
    ranked.push({ entry, rank: (whole ? 2 : 0) + (own ? 1 : 0) + (only ? 0.5 : 0) });
  }
  return ranked.sort((a, b) => b.rank - a.rank).map(({ entry }) => entry);
}

/** "Phần II", "Phụ lục", "Mục IV của Phụ lục". */
export function partName(part: DocumentPart): string {
  if (part.number === APPENDIX) return APPENDIX;
  return inAppendix(part) ? `Mục ${part.number.slice(APPENDIX.length + 1)} của ${APPENDIX}` : `Phần ${part.number}`;
}
