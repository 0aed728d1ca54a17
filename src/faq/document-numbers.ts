import { foldDiacritics } from '../language/fold.js';
import type { NormalizedText } from '../language/normalizer.js';
import type { FaqEntry } from './schema.js';
import type { Candidate } from './search-index.js';

// Documents by kind and number: how each kind's number is written, the numbers a text names (folded), and the
// documents an entry's question, keywords and answer name, read once per entry.

export const ANY_DOCUMENT_NUMBER = /\d+-(?:NQ|CT|KH|CTr|HD)\b/;

// The rest of a number issued by a central body ("/TW", "/BTGDVTW"), which a province's own does not have.
export const NOT_CENTRAL = String.raw`(?![^\s,;.]*TW\b)`;

// "nghị quyết", "chỉ thị", "kế hoạch", "chương trình (hành động)", "quyết định", "nghị định", "thông tư" and a
// number, folded.
const NUMBERED_DOCUMENT = /\b(?:nghi quyet|chi thi|ke hoach|chuong trinh|hanh dong|huong dan|quyet dinh|nghi dinh|thong tu)\s+(?:so\s+)?(\d+)/g;
// The first document named, with its number if it has one there.
const FIRST_DOCUMENT = /\b(?:nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|quyet dinh|nghi dinh|thong tu)\b(?:\s+(?:so\s+)?(\d+))?/;

export const YEAR = /^(19|20)\d\d$/;

const UNNUMBERED_KINDS = [' nghi quyet ', ' chi thi '];

// Carrying out a document, folded: "thực hiện", "triển khai", "quán triệt", "cụ thể hóa" (a regular expression's choices).
export const CARRYING_OUT_VERBS = 'thuc hien|trien khai|quan triet|cu the hoa';

/** Kinds of document a question may name ("kế hoạch nào", "chương trình đó"), folded, and how their numbers are written. */
export const DOCUMENT_KINDS: ReadonlyArray<{ words: readonly string[]; number: RegExp; titled?: RegExp }> = [
  { words: ['ke', 'hoach'], number: /\d+-KH\b/, titled: /\d+-KH\b|Kế hoạch (?:triển khai|thực hiện|tuyên truyền)[^.;]{0,40}?\d+-(?:CT|NQ|CTr)\b|\d+-(?:CT|NQ|CTr)\b[\s\S]{0,120}?Kế hoạch (?:triển khai|thực hiện)/u },
  { words: ['chuong', 'trinh'], number: /\d+-CTr\b/ },
  // "Hội đồng nhân dân tỉnh có nghị quyết gì": a council's resolution, named by the council that passes it.
  { words: ['nghi', 'quyet'], number: /\d+(?:\/\d+)?[-/]NQ\b/, titled: /\d+(?:\/\d+)?[-/]NQ\b|Nghị quyết của (?:Hội đồng nhân dân|HĐND)/u },
  { words: ['chi', 'thi'], number: /\d+-CT\// },
  { words: ['huong', 'dan'], number: /\d+-HD\b/ },
];

// The words of a document's name: its kind, "số", "hành động".
export const DOCUMENT_NAME_WORDS = new Set([...DOCUMENT_KINDS.flatMap((k) => k.words), 'so', 'hanh', 'dong']);

/** What an entry says it answers: its question and keywords. */
export function askedBy(entry: FaqEntry): string {
  return factsOf(entry).askedBy;
}

/** The numbers of the documents an entry's question names ("Nghị quyết 72-NQ/TW có …" → 72). */
export function questionDocuments(entry: FaqEntry): readonly string[] {
  return factsOf(entry).questionDocuments;
}

/** The numbers of the documents an entry's question and keywords name. */
export function askedDocuments(entry: FaqEntry): readonly string[] {
  return factsOf(entry).askedDocuments;
}

/** The numbers of the documents an entry names anywhere: its question, keywords or answer. */
export function documentsNamed(entry: FaqEntry): readonly string[] {
  return factsOf(entry).documents;
}

interface EntryFacts {
  askedBy: string;
  questionDocuments: string[];
  askedDocuments: string[];
  /** Named anywhere in it: its question, keywords or answer. */
  documents: string[];
}

// Entries do not change within a content version, and several checks read these for every candidate of every message.
const entryFacts = new WeakMap<FaqEntry, EntryFacts>();

export function factsOf(entry: FaqEntry): EntryFacts {
  let facts = entryFacts.get(entry);
  if (!facts) {
    const askedBy = `${entry.question} ${entry.keywords.join(' ')}`;
    const fold = (text: string) => foldDiacritics(text).toLowerCase();
    facts = {
      askedBy,
      questionDocuments: documentNumbers(fold(entry.question)),
      askedDocuments: documentNumbers(fold(askedBy)),
      documents: documentNumbers(fold(`${askedBy} ${entry.answer}`)),
    };
    entryFacts.set(entry, facts);
  }
  return facts;
}

const foldedQuestions = new WeakMap<FaqEntry, string>();

/** The entry's question, folded, in words between spaces (asked of each candidate, folded once). */
export function foldedQuestion(entry: FaqEntry): string {
  let folded = foldedQuestions.get(entry);
  if (folded === undefined) foldedQuestions.set(entry, (folded = ` ${foldDiacritics(entry.question).replace(/[^a-z0-9]+/g, ' ')} `));
  return folded;
}

/** Whether a candidate is about the document a text names first, by number or, without one, by its only kind. */
export function documentNamer(text: NormalizedText): ((c: Candidate) => boolean) | undefined {
  const folded = text.folded.join(' ');
  // "theo chỉ thị 52, mỗi cán bộ đảng viên phải làm gì": the document it is according to says where, not what.
  const firstNamed = FIRST_DOCUMENT.exec(folded);
  if (firstNamed && folded.slice(0, firstNamed.index).endsWith('theo ')) return undefined;
  const [first] = documentNumbers(folded);
  if (first !== undefined) {
    const code = new RegExp(`(?<!\\d)0?${first}[-/]`);
    return (c) => code.test(askedBy(c.entry));
  }
  // Only a resolution or a directive: "kế hoạch", "hướng dẫn" are also everyday words.
  const kinds = UNNUMBERED_KINDS.filter((kind) => ` ${folded} `.includes(kind));
  const [kind] = kinds;
  if (kinds.length !== 1 || !kind) return undefined;
  return (c) => foldedQuestion(c.entry).includes(kind);
}

// A kind of document, on folded words (the first a text names, without the g flag).
export const DOCUMENT_KIND = /\b(?:nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|huong dan)\b/;

/** How content writes a document's code by its number: "40" → "40-KH/TU", "06" → "06-CTr/TU". */
export function documentCode(number: string): RegExp {
  return new RegExp(`(?<!\\d)0?${number}-`);
}

/** The number of the first document a text names, if it has one ("kế hoạch 40 …"; none: "kế hoạch tuyên truyền …"). */
export function subjectNumber(folded: string): string[] {
  const first = FIRST_DOCUMENT.exec(folded);
  return first?.[1] === undefined || YEAR.test(first[1]) ? [] : [String(Number(first[1]))];
}

/** The documents a folded text names by kind and number, as their words: [["chi", "thi", "52"]]. */
export function documentNames(folded: string): string[][] {
  return [...folded.matchAll(NUMBERED_DOCUMENT)].filter((m) => !YEAR.test(m[1]!)).map((m) => m[0].split(/\s+/));
}

/** The numbers a folded text gives documents: "nghi quyet 72", "ke hoach so 69" (a year is no document number). */
export function documentNumbers(folded: string): string[] {
  return documentNames(folded).map((words) => String(Number(words.at(-1))));
}
