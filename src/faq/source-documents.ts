import { foldDiacritics } from '../language/fold.js';
import type { NormalizedText } from '../language/normalizer.js';
import { DOCUMENT_KINDS, documentNumbers } from './document-numbers.js';
import type { Knowledge } from './answer-engine.js';
import type { FaqEntry, Scope, SourceDocument } from './schema.js';

const placesOf = new WeakMap<Knowledge, Map<string, Scope | undefined>>();

/** The province whose body issued the document ("… Tỉnh uỷ Cao Bằng"). */
export function placeOfSource(knowledge: Knowledge, document: SourceDocument): Scope | undefined {
  let places = placesOf.get(knowledge);
  if (!places) placesOf.set(knowledge, (places = new Map()));
  if (!places.has(document.id)) places.set(document.id, knowledge.index.splitLocalities(knowledge.normalize(document.issuer)).localities[0]);
  return places.get(document.id);
}

/**
 * The documents a message names, by the place that issued them, the numbers in their titles and their kind: the
 * likeliest ones (several when nothing tells them apart), or none when it names none.
 */
export function sourceDocumentsNamed(knowledge: Knowledge, text: NormalizedText): SourceDocument[] {
  const folded = ` ${text.folded.join(' ')} `;
  const places = knowledge.index.splitLocalities(text).localities;
  const numbers = documentNumbers(folded);
  const scored = knowledge.content.documents.map((document) => {
    const place = placeOfSource(knowledge, document);
    const own = numbersOf(document);
    const score =
      (place && places.includes(place) ? 2 : 0) + numbers.filter((n) => own.includes(n)).length * 2 + (folded.includes(` ${kindOf(document)} `) ? 1 : 0);
    return { document, score };
  });
  const best = Math.max(...scored.map((s) => s.score));
  return best === 0 ? [] : scored.filter((s) => s.score === best).map((s) => s.document);
}

/** The numbers of the documents a source document's number and title name: "72", "6" of Hà Nội's plan. */
function numbersOf(document: SourceDocument): string[] {
  return documentNumbers(foldDiacritics(`${document.number} ${document.title}`));
}

/** The kind of a source document, folded: "ke hoach", "huong dan". */
function kindOf(document: SourceDocument): string {
  return foldDiacritics(document.number).split(' ').slice(0, 2).join(' ');
}

// "mang số hiệu bao nhiêu", "là số mấy", "ký ngày mấy", "ban hành khi nào": a document's own number or date (not
// "tháng mấy": the month is given where the day is blank, and answered by its own entries).
const WHEN = String.raw`(?:ngay (?:nao|may|bao nhieu)|khi nao|bao gio|luc nao|hom nao)\b`;
const NUMBER_OR_DATE_ASKED = new RegExp(String.raw`\bso (?:hieu|ki hieu|may|bao nhieu)\b|\bngay ban hanh\b|\b(?:ban hanh|ki|ra doi)\b(?: \p{L}+){0,2} ${WHEN}`, 'u');
// "hải phòng ban hành kế hoạch triển khai chỉ thị 52 ngày nào": the date asked after what was issued.
const DATE_ASKED_AFTER = new RegExp(String.raw`\b(?:ban hanh|ki|ra doi)\b(?: [\p{L}\d]+){3,8} ${WHEN}`, 'u');
const GIVES_DAY = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/;
const KINDS = `(${DOCUMENT_KINDS.map(({ words }) => words.join(' ')).join('|')})`;
// "… là chương trình hành động số mấy": the kind whose number is asked, right before it.
const KIND_NUMBER_ASKED = new RegExp(`\\b${KINDS}(?: hanh dong)? so (?:hieu|ki hieu|may|bao nhieu)\\b`);
const KIND_NAMED = new RegExp(`\\b${KINDS}\\b`);
// "hướng dẫn số 33": a document by its number; "… của Ban Tuyên giáo và Dân vận Trung ương": a central body's.
const NUMBERED_KIND = new RegExp(`\\b${KINDS}(?: hanh dong)?(?: so)? (\\d{1,3})\\b`, 'g');
const CENTRAL = /\btrung uong\b/;

/**
 * "kế hoạch tuyên truyền NQ 72 của Hà Nội mang số hiệu bao nhiêu", "kế hoạch của Đảng ủy UBND tỉnh Lai Châu … ký ngày
 * mấy": the number or date of one of the documents the answers come from, told apart from the others, when asked of
 * it (of its kind): the answer saying what it gives of them, if the documents leave them out (or blank).
 */
export function sourceNumberAsked(knowledge: Knowledge, text: NormalizedText, ownPlace?: () => Scope | undefined): FaqEntry | undefined {
  const folded = text.folded.join(' ');
  const askedOfItself = NUMBER_OR_DATE_ASKED.test(folded);
  const askedAfter = !askedOfItself && DATE_ASKED_AFTER.test(folded);
  if (!askedOfItself && !askedAfter) return undefined;
  const named = sourceDocumentsNamed(knowledge, text);
  if (named.length !== 1) return undefined;
  const document = named[0]!;
  // Of the kind whose number is asked ("… để thực hiện chương trình hành động số mấy" asks a programme's), else of the
  // first named ("kế hoạch … thực hiện chương trình 10 ký ngày mấy" asks the plan's date).
  const kind = (KIND_NUMBER_ASKED.exec(folded) ?? KIND_NAMED.exec(folded))?.[1];
  const place = placeOfSource(knowledge, document);
  // Nor of another document ("hướng dẫn số 33 … về chỉ thị 52"), or another place's ("…, còn chương trình 06 của Hà Nội").
  const own = numbersOf(document);
  const numbers = [...documentNumbers(folded), ...[...folded.matchAll(NUMBERED_KIND)].map((m) => String(Number(m[2])))];
  const another = numbers.some((n) => !own.includes(n)) || CENTRAL.test(folded) || knowledge.index.splitLocalities(text).localities.some((p) => p !== place);
  // "tỉnh mình thực hiện nghị quyết 72 bằng kế hoạch số mấy": another place's document is not the one meant.
  // Worked out only here: most messages ask no document's number.
  const asker = place === undefined ? undefined : ownPlace?.();
  const elsewhere = asker !== undefined && place !== asker;
  if (kind !== kindOf(document) || another || elsewhere) return undefined;
  // Of what was issued, named in between, an answer may give the date ("… thực hiện chỉ thị 52": Lai Châu's programme).
  const found = askedAfter ? knowledge.decide(text, { locality: place }) : undefined;
  if (found?.kind === 'answer' && GIVES_DAY.test(found.best.entry.answer)) return undefined;
  const { candidates } = knowledge.decide(knowledge.normalize('số hiệu, ngày ban hành'), { locality: place });
  return candidates.find((c) => c.entry.documentsSilent && c.entry.scope === place && c.entry.sources.some((s) => s.doc === document.id))?.entry;
}
