import type { Turn } from '../pipeline/intent.js';
import type { NormalizedText } from '../language/normalizer.js';
import { foldDiacritics } from '../language/fold.js';
import { FILLER } from '../language/phrases.js';
import { askedDocuments, documentNumbers } from './document-numbers.js';
import type { FaqEntry } from './schema.js';
import type { Candidate } from './search-index.js';
import { hasList, itemAt, listItem, listLead, listWordsIn } from './list-item.js';
import { GUESSED_CONFIDENCE, type Resolution } from './resolution.js';
import { asksItemDetail, namesAny } from './follow-up-cues.js';

// The entries that are lists, and how they relate to the others: the list an answer belongs to, the answer about one
// of its items, the item an answer comes under, the list that counts what a question counts.

export const LISTS = /\(2\)|\d+ nhóm/;

// "ngoài hộ cận nghèo còn ai được hỗ trợ nữa", "ngoài ra còn nhóm nào": who else, besides the group just answered for.
const ASKS_WHO_ELSE = /\b(?:con|ngoai ra) (?:ai|nhung ai|nhom nao|doi tuong nao)\b|\bai (?:khac|nua)\b/;


export const beyondNote = ({ count, asked }: { count: number; asked: number }) => `Danh sách này chỉ có ${count} mục, không có mục thứ ${asked}.`;

// "… là thông điệp số mấy", "nhóm thứ mấy": an item's place asked (not "chương trình hành động số mấy", a number).
// "… là nhóm mấy trong Chương trình 06" too ("mấy nhóm" counts them).
export const PLACE_OF_ITEM_ASKED = /\b(?:nhom|nhiem vu|giai phap|muc|thong diep|khau hieu|quan diem|hinh thuc|cau|y) (?:(?:thu|so) )?(?:may|bao nhieu)\b/;

/** "nhóm 4 trong kế hoạch … cụ thể thế nào": for one item of a list, what the document says under that item. */
export function detailAsked(turn: Turn, answer: Resolution): Resolution {
  if (answer.kind !== 'answer' || answer.item === undefined || !namesAny(turn.text, asksItemDetail(turn.knowledge.normalize))) return answer;
  const detail = itemDetailOf(turn, answer.entry, answer.item);
  return detail ? { kind: 'answer', entry: detail, confidence: GUESSED_CONFIDENCE, related: [] } : answer;
}

// "09 nhóm nhiệm vụ", "5 quan điểm": items counted in an answer, on its folded text.
const COUNTED_ITEMS = /\b\d{1,2} (?:nhom|nhiem vu|giai phap|quan diem|dot pha|hinh thuc|noi dung)\b/g;

/** The items a folded text counts, written as a list counts them: "06 nhóm" is "6 nhom". */
const counts = (folded: string) => (folded.match(COUNTED_ITEMS) ?? []).map((items) => items.replace(/^0(?=\d)/, ''));

/** True when a list's lead counts one of the items counted. */
const countsAny = (list: FaqEntry, counted: readonly string[]) => counts(foldDiacritics(listLead(list))).some((items) => counted.includes(items));

/** Of the candidates, the list that counts the items a question counts, when the list found does not. */
export function listCounting({ text }: Turn, list: FaqEntry, candidates: readonly Candidate[]): FaqEntry | undefined {
  const folded = text.folded.join(' ');
  const stated = counts(folded);
  if (stated.length === 0 || countsAny(list, stated)) return undefined;
  // Not a list of another document than the one named ("nghị quyết 72 có 9 nhóm giải pháp à": Hà Nội's programme has 9).
  const named = documentNumbers(folded);
  const ofNamed = (entry: FaqEntry) => named.every((n) => askedDocuments(entry).includes(n));
  return candidates.find((c) => hasList(c.entry) && countsAny(c.entry, stated) && ofNamed(c.entry))?.entry;
}

/** The one list, of the entry's place and document, of the items its answer counts ("09 nhóm: (1) …"). */
export function countedListOf({ knowledge }: Turn, entry: FaqEntry): FaqEntry | undefined {
  const counted = counts(foldDiacritics(entry.answer));
  if (counted.length === 0) return undefined;
  const lists = knowledge.index.entries.filter((e) => e !== entry && e.scope === entry.scope && hasList(e) && sharesDocument(e, entry) && countsAny(e, counted));
  return lists.length === 1 ? lists[0] : undefined;
}

/** True when the two entries are written from one document. */
export function sharesDocument(a: FaqEntry, b: FaqEntry): boolean {
  return a.sources.some((s) => b.sources.some((l) => l.doc === s.doc));
}

/** After an answer for one group, "còn ai … nữa" asks for its question's one answer of that place listing them all. */
export function whoElse({ knowledge, text }: Turn, last: FaqEntry): FaqEntry | undefined {
  if (LISTS.test(last.answer) || !ASKS_WHO_ELSE.test(text.folded.join(' '))) return undefined;
  // Of the same group, or on the same topic from the same part of the same document (Lai Châu's ethnic-minority
  // students and the list of every group its council supports).
  const sameSource = (e: FaqEntry) => e.topic === last.topic && e.sources.some(({ doc }) => partsCited(e, doc).some((part) => partsCited(last, doc).includes(part)));
  const related = (e: FaqEntry) => (e.group !== undefined && e.group === last.group) || sameSource(e);
  const lists = knowledge.index.entries.filter((e) => e !== last && e.scope === last.scope && related(e) && LISTS.test(e.answer));
  return lists.length === 1 ? lists[0] : undefined;
}

// "nằm trong nhóm nào", "thuộc mục nào": which item of a list something comes under.
const ASKS_HEADING = /\b(?:nam trong|thuoc|thuoc ve) (?:nhom|muc|phan|giai phap)(?: nhiem vu| giai phap)? nao\b/;
// What points at what was just answered: "nó", "việc đó", "cái này", "vấn đề ấy".
const POINTING = new Set(['no', 'do', 'day', 'ay', 'nay', 'viec', 'cai', 'dieu', 'van', 'de']);

/** "nó nằm trong nhóm nhiệm vụ nào", and nothing else ("thành phố muốn thuộc nhóm nào về tỷ lệ tham gia" asks more). */
export function asksHeading(text: NormalizedText): boolean {
  const folded = text.folded.join(' ');
  return ASKS_HEADING.test(folded) && folded.replace(ASKS_HEADING, ' ').split(' ').every((w) => !w || POINTING.has(w) || FILLER.has(w));
}

/**
 * The item of a list whose part of the document an answer comes from: an answer citing "III.2" comes under item 2 of
 * the list citing "III" (`itemDetailOf` the other way).
 */
export function headingOf({ knowledge }: Turn, entry: FaqEntry): { entry: FaqEntry; item: { excerpt: string; item: number } } | undefined {
  for (const list of knowledge.index.entries) {
    if (list === entry || list.scope !== entry.scope || !hasList(list)) continue;
    for (const { doc, part } of listParts(list)) {
      const under = partsCited(entry, doc).map((cited) => (cited.startsWith(`${part}.`) ? cited.slice(part.length + 1) : '')).find((n) => /^\d+$/.test(n));
      const item = under === undefined ? undefined : itemAt(list, Number(under));
      if (item) return { entry: list, item };
    }
  }
  return undefined;
}

/** The parts of its document a list's answer comes from whole ("III"), one per source. */
function listParts(list: FaqEntry): Array<{ doc: string; part: string }> {
  return list.sources.filter((s) => s.section && !s.section.includes(';')).map((s) => ({ doc: s.doc, part: bareSection(s.section!) }));
}

/** The parts of a document an entry cites ("V.2", however written: "Mục V.2"). */
function partsCited(entry: FaqEntry, doc: string): string[] {
  return entry.sources.filter((s) => s.doc === doc && s.section).flatMap((s) => s.section!.split(';').map(bareSection));
}

const bareSection = (section: string) => section.trim().replace(/^Mục\s+/, '');

/**
 * The answer about item `n` of a list's numbered items: the items of a list from section "III" are sections "III.1",
 * "III.2", … of its document, so an answer citing that part is about the item (the one closest to its words first).
 * With words `asked` of the item, only an answer that has most of them (the one they find first) or all.
 */
export function itemDetailOf({ knowledge }: Turn, list: FaqEntry, n: number, asked: readonly string[] = []): FaqEntry | undefined {
  const item = listItem(list, n);
  const parts = listParts(list).map(({ doc, part }) => ({ doc, part: `${part}.${n}` }));
  if (!item || parts.length === 0) return undefined;
  const citesPart = (e: FaqEntry) => parts.some(({ doc, part }) => partsCited(e, doc).includes(part));
  const { index } = knowledge;
  const words = index.tellingWords(knowledge.normalize(item));
  const shared = (e: FaqEntry) => index.weight(words.filter((w) => index.hasAllWords(e, [w])));
  const detailed = index.entries.filter((e) => e !== list && e.scope === list.scope && citesPart(e));
  if (asked.length === 0) return detailed.sort((a, b) => shared(b) - shared(a))[0];
  // With words asked, the one they find first that has most of them ("xây thêm bệnh viện": the hospitals built, not
  // their quality).
  const found = knowledge.decide(knowledge.normalize(asked.join(' ')), { locality: list.scope }).candidates;
  const first = found.find((c) => detailed.includes(c.entry) && c.matched.length * 2 > asked.length)?.entry;
  return first ?? detailed.filter((e) => index.hasAllWords(e, asked)).sort((a, b) => shared(b) - shared(a))[0];
}

/**
 * The entry's own numbered list, or the one numbered list of what is asked ("nhóm": "09 nhóm: (1) …") among the other
 * answers of its place from its document.
 */
export function listOf({ knowledge, text }: Turn, entry: FaqEntry): FaqEntry | undefined {
  if (hasList(entry)) return entry;
  // What the list is of, when the question names it ("mấy nhóm": not the milestones of the same programme).
  const asked = listWordsIn(text, knowledge.index.tellingWords(text));
  const listsAsked = (e: FaqEntry) => {
    const lead = foldDiacritics(listLead(e));
    return asked.some((w) => new RegExp(`\\b${w}\\b`).test(lead));
  };
  const lists = knowledge.index.entries.filter((e) => e.scope === entry.scope && hasList(e) && sharesDocument(e, entry) && listsAsked(e));
  return lists.length === 1 ? lists[0] : undefined;
}
