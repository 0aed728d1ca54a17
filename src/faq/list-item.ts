import { foldDiacritics, foldedWords, foldToken } from '../language/fold.js';
import type { NormalizedText } from '../language/normalizer.js';
import type { FaqEntry } from './schema.js';

// "nhóm thứ 2 là gì", "câu số 3", "ý thứ nhất", "còn nhóm cuối", "cái đầu tiên": one item of a numbered list, on
// folded words. Not "số năm sống khỏe", nor "thứ tự": a number word only after "thứ", and not "tư".
const ORDINAL = /\b(?:(?:thu|so) (\d{1,2})|thu (nhat|hai|ba|bon|nam|sau|bay|tam|chin|muoi))\b/;
// What a list is of.
const ITEM_NOUN = '(?:nhom|nhiem vu|giai phap|muc|moc|cau|diem|thong diep|khau hieu|quan diem|dot pha|hinh thuc)';
// Every one a text names.
const ITEM_NOUNS = new RegExp(`\\b${ITEM_NOUN}\\b`, 'g');
// In a short follow-up, "ý" (a lone "ý" folds to "i") and "cái" are items too: "ý cuối cùng", "cái tiếp theo".
const SHORT_ITEM_NOUN = `(?:${ITEM_NOUN}|i|cai)`;
const END = new RegExp(`\\b${SHORT_ITEM_NOUN} (cuoi(?: cung)?|dau(?: tien)?)\\b`);
// "nhiệm vụ thứ 7", "nhóm thứ hai", "thông điệp số 6": an item by what the list is of, however long the question ("số 6"
// alone may be a document's); a word or two may come between ("thông điệp tuyên truyền số 13").
const NAMED_ITEM = new RegExp(`\\b${ITEM_NOUN}(?: [a-z]+){0,2}? (?:thu (\\d{1,2}|nhat|hai|ba|bon|nam|sau|bay|tam|chin|muoi)|so (\\d{1,2}))\\b`);
const LEADING_ITEM_NOUN = new RegExp(`^${ITEM_NOUN}`);
// "số 72" alone may be a document's number; "câu số 7" is an item's.
const BY_NUMBER = new RegExp(`(?<!${ITEM_NOUN} )\\bso \\d`);
const WORDS: Record<string, number> = { nhat: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
// "nhóm 6 là gì": an item noun and a bare number.
const NUMBERED_ITEM = new RegExp(`\\b${ITEM_NOUN} (\\d{1,2})\\b`);
// "nhóm tiếp theo", "câu trước đó", "câu sau câu 7": the item next to the one shown or named. Plain "nhom sau" may be
// "nhóm sáu", so "sau" alone counts only before another item noun.
const NEXT_TO = new RegExp(`\\b${SHORT_ITEM_NOUN} (?:(tiep theo|ke tiep|tiep|sau do|sau no)|(truoc do|truoc no|lien truoc|truoc))\\b|\\b${ITEM_NOUN} (?:(sau)|(truoc)) ${ITEM_NOUN}\\b`);
// "có nhóm nào về trẻ em không", "giải pháp nào cho y tế cơ sở", "thông điệp tuyên truyền về tập thể dục": the item
// about something, by its words.
const ABOUT = new RegExp(
  `\\b(?:${ITEM_NOUN}|i|noi dung)(?: \\p{L}+){0,2}? (?:(?:nao|gi) )?(?:(?:noi|de cap|nhac) )?(?:ve|cho|danh cho|lien quan den|lien quan)\\b((?: \\p{L}+)+)`,
  'u',
);
// What the item is about, not what is asked of it ("nhóm cuối về gì": what it is about).
const NOT_ABOUT = new Set(['khong', 'ko', 'k', 'a', 'ak', 'nhi', 'nhe', 'vay', 'the', 'chu', 'ha', 'hok', 'ad', 'gi']);
// A question about one item says little else, besides the words that ask ("mô hình thứ 3 tên đầy đủ là gì").
const MAX_WORDS = 8;
const ASKING_WORDS = new Set(['la', 'gi', 'nao', 'the', 'vay', 'a', 'nhi', 'khong', 'ko', 'di', 'voi', 'thi']);
const isShort = (text: NormalizedText) => text.folded.filter((w) => !ASKING_WORDS.has(w)).length <= MAX_WORDS;
// "(1) …; (2) …": the items of an answer's numbered list.
const ITEM = /\((\d{1,2})\)\s*/g;
// "(1) …" then "(2) …": an answer numbering a list.
const NUMBERED = /\(1\)[^]*\(2\)/;

/** What has a list: an answer, and the items it speaks of when it cannot quote them all. */
export type Listing = Pick<FaqEntry, 'answer' | 'items'>;

/** True when the entry numbers a list in its answer or has the items of one. */
export function hasList(list: Listing): boolean {
  return list.items !== undefined || NUMBERED.test(list.answer);
}

/** What a list is of, as its answer says it before the items: "Nghị quyết 72-NQ/TW có 06 nhóm nhiệm vụ, giải pháp:". */
export function listLead(list: Listing): string {
  // Items kept apart follow the answer's opening clause ("… định hướng 12 thông điệp, ví dụ: …").
  if (list.items) return `${list.answer.split(/[,.:;]\s/)[0]}:`;
  return list.answer.slice(0, list.answer.indexOf('(1)')).trim();
}

// "đó là câu số mấy", "ý đó thứ mấy": the place of the item just shown, named by what it is or pointed at ("hôm nay thứ
// mấy" is not).
const PLACE_ASKED = new RegExp(`\\b(?:${SHORT_ITEM_NOUN}|do|day|ay|no)\\b.*\\b(?:so|thu) (?:may|bao nhieu)\\b`);

/** True when a short follow-up asks which place in its list the item just shown has. */
export function asksItemPlace(text: NormalizedText): boolean {
  return isShort(text) && PLACE_ASKED.test(text.folded.join(' '));
}

/** Item `n` of a list, as `listItemAsked` gives it. */
export function itemAt(list: Listing, n: number): { excerpt: string; item: number } | undefined {
  const items = itemsOf(list);
  return items && excerptOf(listLead(list), items, n);
}

/**
 * The words by which a question names the list it asks about: what the list is of ("nhom" of "có tất cả mấy nhóm"), or
 * else its telling words other than an item's place ("hai" of "mô hình thứ hai" is not Hải Phòng's).
 */
export function listWordsIn(text: NormalizedText, telling: readonly string[]): string[] {
  return text.folded.join(' ').match(ITEM_NOUNS) ?? telling.filter((w) => !Object.hasOwn(WORDS, w) && !/^\d+$/.test(w));
}

// "ý" (folded, "i") and "cái": items in a short follow-up ("ý thứ ba").
const SHORT_NOUNS = new Set(['i', 'cai']);
// The words that name an item's place ("thứ", "số", "cuối cùng", "đầu tiên", "tiếp theo", "trước đó") or ask whether it
// mentions something ("trong … có chữ …", "có nói về …", "có nhắc đến …").
const FRAMING_WORDS = new Set([
  'thu', 'so', 'cuoi', 'cung', 'dau', 'tien', 'trong', 'co', 'khong', 'chu', 'cum', 'noi', 've', 'nhac', 'den', 'de', 'cap',
  'tiep', 'theo', 'truoc',
]);

/** What a question about one item asks besides naming it: "xay benh vien" of "nhóm thứ 4 có xây bệnh viện gì không". */
export function wordsBesidesItem(text: NormalizedText, telling: readonly string[]): string[] {
  const nouns = new Set((text.folded.join(' ').match(ITEM_NOUNS) ?? []).flatMap((noun) => noun.split(' ')));
  return telling.filter((w) => !nouns.has(w) && !SHORT_NOUNS.has(w) && !FRAMING_WORDS.has(w) && !ASKING_WORDS.has(w) && !Object.hasOwn(WORDS, w) && !/^\d+$/.test(w));
}

/** True when a short message asks for one item of a list, by its place in it or by what it is about. */
export function asksForItem(text: NormalizedText): boolean {
  return itemAsked(text) !== undefined;
}

/**
 * True when a short message asks for one item of a list by its place in it ("cái thứ hai là gì", "câu cuối"), not by
 * a number that may be a document's ("thế còn số 72").
 */
export function asksForItemByPlace(text: NormalizedText): boolean {
  const asked = itemAsked(text);
  return asked !== undefined && asked.about === undefined && !BY_NUMBER.test(text.folded.join(' '));
}

interface ItemAsked {
  ordinal?: string;
  end?: string;
  about?: string[];
  /** +1 for the item after the one named or shown, −1 for the one before. */
  step?: number;
}

// In a longer question, only an item asked for by what the list is of and "nào": "khẩu hiệu … có câu nào về tập thể
// dục không" (not "có mấy nhóm nhiệm vụ về bhyt", which counts them, nor the "y" of "y tế cho học sinh").
const ABOUT_IN_LONG = new RegExp(`\\b${ITEM_NOUN}(?: \\p{L}+){0,2}? (?:nao|gi) (?:(?:noi|de cap|nhac) )?(?:ve|cho|danh cho|lien quan den|lien quan)\\b((?: \\p{L}+)+)`, 'u');

/** What an item is asked to be about ("câu về ăn uống là câu nào": what comes after "là" asks, and is not it). */
function aboutAsked(folded: string, pattern = ABOUT): string[] | undefined {
  const about = (pattern.exec(folded)?.[1] ?? '').split(' la ')[0]!.trim().split(' ').filter((w) => w && !NOT_ABOUT.has(w));
  return about.length > 0 ? about : undefined;
}

function itemAsked(text: NormalizedText): ItemAsked | undefined {
  if (!isShort(text)) return undefined;
  const folded = text.folded.join(' ');
  const found = ORDINAL.exec(folded) ?? NUMBERED_ITEM.exec(folded);
  const ordinal = found?.[1] ?? found?.[2];
  const end = END.exec(folded)?.[1];
  const about = aboutAsked(folded);
  if (about) return { about };
  const nextTo = NEXT_TO.exec(folded);
  const step = nextTo ? ((nextTo[1] ?? nextTo[3]) !== undefined ? 1 : -1) : undefined;
  return ordinal === undefined && end === undefined && step === undefined ? undefined : { ordinal, end, step };
}

/**
 * The item of the last answer's numbered list a short follow-up asks for ("nhóm thứ 2 là gì" after Nghị quyết 72's
 * six groups, "nhóm tiếp theo" after its item `shown`), and its number, written with what the list is of: "Nghị quyết
 * 72-NQ/TW có 06 nhóm nhiệm vụ, giải pháp: (2) hoàn thiện thể chế, …". Undefined when it asks for none, or the
 * answer numbers no such item.
 */
export function listItemAsked(text: NormalizedText, list: Listing, shown?: number): { excerpt: string; item: number } | undefined {
  const items = itemsOf(list);
  return items && itemPicked(text, listLead(list), items, shown);
}

/**
 * "nhóm thứ 2 là ai" right after an answer that lists groups in a sentence ("…, đặc biệt với các nhóm yếu thế, người
 * lao động phi chính thức, …"): that item, as `listItemAsked` gives it, written after the words that bring the list in.
 */
export function enumeratedItemAsked(text: NormalizedText, answer: string, shown?: number): { excerpt: string; item: number } | undefined {
  const list = enumerationOf(answer);
  // "thông điệp số 3" names no item of "… nhất là y tế dự phòng như tiêm chủng, dinh dưỡng, …".
  const named = itemNamed(text);
  if (!list || (named && !isListOf({ answer: list.lead }, named.noun))) return undefined;
  return itemPicked(text, list.lead, list.items, shown);
}

function itemPicked(text: NormalizedText, lead: string, items: readonly string[], shown?: number): { excerpt: string; item: number } | undefined {
  const asked = itemAsked(text);
  if (!asked) return undefined;
  const { ordinal, end, about, step } = asked;
  if (about) return itemAbout(lead, items, about);
  const base = ordinal !== undefined ? placeOf(ordinal) : end !== undefined ? (end.startsWith('cuoi') ? items.length : 1) : shown;
  return base === undefined ? undefined : excerptOf(lead, items, base + (step ?? 0));
}

// "…, đặc biệt với a, b, c và d", "ưu tiên nhóm yếu thế như a, b, c": a list written into a sentence, after the words
// that bring it in, up to the end of the clause.
const ENUMERATION = /(?:đặc biệt (?:với|là)|nhất là|như|gồm|chú trọng)\s+([^.;:]+)/u;
const MIN_ENUMERATED = 3;

/** The items of a list written into an answer's sentence, numbered, and the words before them. */
function enumerationOf(answer: string): { lead: string; items: string[] } | undefined {
  const found = ENUMERATION.exec(answer);
  const items = found ? found[1]!.split(/,\s+|\s+và\s+/u).map((item) => item.trim()).filter((item) => item.length > 0) : [];
  if (!found || items.length < MIN_ENUMERATED) return undefined;
  const lead = answer.slice(0, found.index + found[0].length - found[1]!.length).replace(/^(?:Có|Không)\.\s+/u, '').trim();
  return { lead, items: items.map((item, i) => `(${i + 1}) ${item}`) };
}

/** "thông điệp số 13" of a list of 12: the place asked and how many items the list has, when it has fewer. */
export function itemBeyond(text: NormalizedText, list: Listing): { asked: number; count: number } | undefined {
  const named = itemNamed(text);
  const count = named && isListOf(list, named.noun) ? itemsOf(list)?.length : undefined;
  const asked = named?.ordinal !== undefined ? placeOf(named.ordinal) : 0;
  return count !== undefined && asked > count ? { asked, count } : undefined;
}

/**
 * True when a question names an item of a kind of list ("thông điệp số 3") the answer is not: a list of forms of
 * propaganda, or no list.
 */
export function namesItemOfOtherKind(text: NormalizedText, list: Listing): boolean {
  const noun = itemNamed(text)?.noun;
  return noun !== undefined && KINDS_OF_ITEM[noun] !== undefined && (!hasList(list) || !isListOf(list, noun));
}

// "thông điệp cuối cùng trong danh sách …": the last item, by what the list is of, however long the question.
const NAMED_LAST = new RegExp(`\\b${ITEM_NOUN} cuoi(?: cung)?\\b`);

/**
 * The item a question names by what the list is of and its place in it: "thông điệp số 6", "nhóm 6", "thông điệp cuối
 * cùng" (`ordinal` undefined: the last).
 */
function itemNamed(text: NormalizedText): { noun: string; ordinal?: string } | undefined {
  const folded = text.folded.join(' ');
  const found = NAMED_ITEM.exec(folded) ?? NUMBERED_ITEM.exec(folded);
  const ordinal = found?.[1] ?? found?.[2];
  if (found && ordinal !== undefined) return { noun: LEADING_ITEM_NOUN.exec(found[0])![0], ordinal };
  const last = NAMED_LAST.exec(folded);
  return last ? { noun: LEADING_ITEM_NOUN.exec(last[0])![0] } : undefined;
}

/**
 * "nhiệm vụ thứ 7 trong kế hoạch bhyt của lai châu là gì", "nhóm 6 trong ct06": the item a question names by what the
 * list is of and its place in it, of the answer found for it, as `listItemAsked` gives it.
 */
export function namedItemIn(text: NormalizedText, list: Listing & Partial<Pick<FaqEntry, 'sources'>>): { excerpt: string; item: number } | undefined {
  if (namesOwnSection(text, list)) return undefined;
  const named = itemNamed(text);
  const items = named && isListOf(list, named.noun) ? itemsOf(list) : undefined;
  return items && excerptOf(listLead(list), items, named!.ordinal === undefined ? items.length : placeOf(named!.ordinal));
}

// "điểm 3 mục III", "mục 6 phần III": a point of a section of a document, by its number and the section's.
const POINT_OF_SECTION = /\b(?:diem|muc|khoan) (\d{1,2}) (?:cua )?(?:muc|phan) ([ivx]+)\b/;

/**
 * "Theo điểm 3 mục III Kế hoạch …, … cho những nhóm nào" of an answer from III.3: the part the whole answer is from, not
 * an item of its list (as "điểm 6 mục III" is of a list made of the points of III).
 */
function namesOwnSection(text: NormalizedText, entry: Partial<Pick<FaqEntry, 'sources'>>): boolean {
  // As typed: folding takes "III" for a letter held down.
  const point = POINT_OF_SECTION.exec(foldDiacritics(text.original).toLowerCase());
  if (!point) return false;
  const section = `${point[2]!.toUpperCase()}.${point[1]}`;
  return (entry.sources ?? []).some((source) => source.section?.split(/[;,]\s*/).includes(section));
}

// Nouns that say what kind of thing a list holds, and the words a list of that kind may be written with: "thông điệp
// số 3" is no item of a list of forms of propaganda. Other nouns ("nhóm", "mục", "câu") may name any list's items.
const KINDS_OF_ITEM: Record<string, readonly string[]> = {
  'thong diep': ['thong diep', 'khau hieu'],
  'khau hieu': ['thong diep', 'khau hieu'],
  'hinh thuc': ['hinh thuc'],
  'quan diem': ['quan diem'],
  'dot pha': ['dot pha'],
};

/** The one item of a list most of whose words it has ("chuyển đổi số" of the groups of a programme), numbered. */
export function itemWithWords(list: Listing, words: readonly string[]): { excerpt: string; item: number } | undefined {
  const items = words.length > 0 ? itemsOf(list) : undefined;
  return items && itemAbout(listLead(list), items, words);
}

/** The list among those given with an item quoting the text ("Khỏe để học - …"), and that item. */
export function itemQuoting<T extends Listing>(lists: readonly T[], quoted: string, asked: NormalizedText): { list: T; excerpt: string; item: number } | undefined {
  // Word by word: "mỗi người dân khỏe mạnh cả nước vững mạnh" quotes “Mỗi người dân khỏe mạnh - Cả nước vững mạnh!”.
  const wordsOf = (text: string) => ` ${foldedWords(text).join(' ')} `;
  const folded = wordsOf(quoted);
  // "… là thông điệp số mấy": the list of messages first, not a form of communication that quotes one.
  for (const list of [...listsOfKind(lists, KIND_NAMED.exec(asked.folded.join(' '))?.[1]), ...lists]) {
    const items = hasList(list) ? itemsOf(list) : undefined;
    const n = items?.findIndex((item) => wordsOf(item).includes(folded)) ?? -1;
    if (n >= 0) return { list, ...excerptOf(listLead(list), items!, n + 1)! };
  }
  return undefined;
}

const KIND_NAMED = new RegExp(`\\b(${Object.keys(KINDS_OF_ITEM).join('|')})\\b`);

/**
 * "thông điệp đầu tiên là gì", "thông điệp số 13": an item asked by its place, of a kind of thing ("thông điệp") that
 * only one list of those given holds; that list, or undefined.
 */
export function onlyListOfKindAsked<T extends Listing>(text: NormalizedText, lists: readonly T[]): T | undefined {
  const noun = asksForItemByPlace(text) ? KIND_NAMED.exec(text.folded.join(' '))?.[1] : undefined;
  const ofKind = listsOfKind(lists, noun);
  return ofKind.length === 1 ? ofKind[0] : undefined;
}

/** The lists of the kind of thing named ("thông điệp"): none when none is. */
function listsOfKind<T extends Listing>(lists: readonly T[], noun: string | undefined): T[] {
  return noun === undefined ? [] : lists.filter((list) => hasList(list) && isListOf(list, noun));
}

function isListOf(list: Listing, noun: string): boolean {
  const kinds = KINDS_OF_ITEM[noun];
  return !kinds || kinds.some((kind) => foldDiacritics(listLead(list)).includes(kind));
}

/**
 * "thông điệp tuyên truyền về tập thể dục": the one item of the answer found for a question that is about what the
 * question names, as `listItemAsked` gives it.
 */
export function itemAboutIn(text: NormalizedText, list: Listing): { excerpt: string; item: number } | undefined {
  const about = itemAboutAsked(text);
  const items = about && itemsOf(list);
  return items ? itemAbout(listLead(list), items, about) : undefined;
}

/** What an item is asked to be about, of a list already found for it, however long the question ("khẩu hiệu nq72 có
 * câu nào về tập thể dục không": "tập thể dục"). */
export function itemAboutAsked(text: NormalizedText): string[] | undefined {
  return aboutAsked(text.folded.join(' '), isShort(text) ? ABOUT : ABOUT_IN_LONG);
}

/** An item's place from how it is asked: "3", "ba". */
function placeOf(ordinal: string): number {
  return WORDS[ordinal] ?? Number(ordinal);
}

function excerptOf(lead: string, items: readonly string[], n: number): { excerpt: string; item: number } | undefined {
  const item = items[n - 1];
  return item ? { excerpt: `${lead} ${item}.`, item: n } : undefined;
}

/** Item `n` (from 1) of a list, with its number: "(2) hoàn thiện thể chế, …". */
export function listItem(list: Listing, n: number): string | undefined {
  return itemsOf(list)?.[n - 1];
}

/** The items of a list, numbered; undefined when there is none. */
function itemsOf({ answer, items }: Listing): string[] | undefined {
  if (items) return items.map((item, i) => `(${i + 1}) ${item}`);
  const marks = [...answer.matchAll(ITEM)];
  if (marks.length < 2 || marks[0]![1] !== '1') return undefined;
  // The last item ends with its sentence: what follows the list is not part of it.
  return marks.map((mark, i) => {
    const sentenceEnd = answer.indexOf('. ', mark.index);
    return answer.slice(mark.index, marks[i + 1]?.index ?? (sentenceEnd < 0 ? answer.length : sentenceEnd)).trim().replace(/[;,.]$/, '');
  });
}

/**
 * The one item that has most of the words of what it is asked to be about, at least half of them ("ăn uống": "Ăn sạch,
 * sống xanh"), if one has, as `excerptOf` gives it.
 */
function itemAbout(lead: string, items: readonly string[], about: readonly string[]): { excerpt: string; item: number } | undefined {
  const counts = items.map((item) => {
    // Folded as the question is ("y tế": "i te").
    const words = new Set((item.toLowerCase().match(/\p{L}+/gu) ?? []).map(foldToken));
    return about.filter((w) => words.has(w)).length;
  });
  const most = Math.max(...counts);
  return most * 2 >= about.length && counts.filter((n) => n === most).length === 1 ? excerptOf(lead, items, counts.indexOf(most) + 1) : undefined;
}
