import type { Normalize, NormalizedText } from '../language/normalizer.js';
import type { SourceDocument } from './schema.js';

// "Chỉ thị số 52-CT/TW, ngày 03/10/2025 của Ban Bí thư về việc thực hiện …", normalised ("chi thi so 52 ngay 3/10/2025
// cua ban bi thu ve viec …"): a central document in a title, its kind, number and what it is about (up to where the
// title goes on to a place or another document).
const CENTRAL_DOCUMENT = /\b(chi thi|nghi quyet) so (\d+) ngay [\d/]+ cua [a-z ]+? ve (.+?)(?= tren dia ban| va chuong trinh|$)/g;
// "Chỉ thị 25 về …", folded: a document of that kind by a number.
const NAMED = /\b(chi thi|nghi quyet) (?:so )?(\d+)\b/;
// Words of a subject that say nothing of which one it is, nor do the words asking for a document's date.
const PLAIN_WORDS = new Set([
  've', 'viec', 'va', 'trong', 'mot', 'so', 'cua', 'cac', 'noi', 'gi', 'la', 'the', 'nao', 'co', 'khong', 'ko',
  'ban', 'hanh', 'ngay', 'thang', 'nam', 'ki', 'vay', 'z',
]);
// A subject is recognised by this many of its words, most of what is said besides the document (a third may ask).
const SUBJECT_WORDS = 3;
const SHARED_PART = 1.5;

interface CentralDocument {
  kind: string;
  number: string;
  /** The kind and number as the documents write them: "Chỉ thị số 52-CT/TW". */
  name: string;
  words: ReadonlySet<string>;
}

/**
 * "Chỉ thị 25-CT/TW về BHYT toàn dân trong giai đoạn mới nói gì": a central document named by a number none of the
 * documents has, with the subject of one that has another; "nghị quyết 52": by the number of one of the other kind.
 * The question asked of that one, and a note saying so.
 */
export class DocumentSubjects {
  private readonly documents: CentralDocument[] = [];

  constructor(documents: readonly SourceDocument[], private readonly normalize: Normalize) {
    for (const { title } of documents) {
      const folded = normalize(title).folded.join(' ');
      for (const [, kind, number, subject] of folded.matchAll(CENTRAL_DOCUMENT)) {
        if (this.documents.some((d) => d.kind === kind && d.number === number)) continue;
        const written = title.match(new RegExp(`(?:Chỉ thị|Nghị quyết) số 0?${number}-[A-Z]+/TW`, 'u'))?.[0] ?? `${kind} ${number}`;
        this.documents.push({ kind: kind!, number: number!, name: written, words: new Set(subject!.split(' ').filter((w) => !PLAIN_WORDS.has(w))) });
      }
    }
  }

  /** "số 72": the one central document with that number, by its kind and number, folded ("nghi quyet 72"). */
  byNumber(number: string): string | undefined {
    const only = this.onlyNumbered(number);
    return only && `${only.kind} ${Number(number)}`;
  }

  private onlyNumbered(number: string): CentralDocument | undefined {
    const numbered = this.documents.filter((d) => Number(d.number) === Number(number));
    return numbered.length === 1 ? numbered[0] : undefined;
  }

  /** `absent`: the document asked is none of the documents' (not a slip of kind: "nghị quyết 52"). */
  renamed(text: NormalizedText): { text: NormalizedText; note: string; absent: boolean } | undefined {
    const folded = text.folded.join(' ');
    const named = NAMED.exec(folded);
    if (!named) return undefined;
    const [phrase, kind, number] = named as unknown as [string, string, string];
    if (this.documents.some((d) => d.kind === kind && Number(d.number) === Number(number))) return undefined;
    const at = folded.slice(0, named.index).split(' ').filter(Boolean).length;
    const length = phrase.split(' ').length;
    const rest = text.folded.filter((w, i) => (i < at || i >= at + length) && !PLAIN_WORDS.has(w));
    // "nghị quyết 52 nói gì": the one central document with that number, of the other kind; but "chỉ thị 72 về bhyt
    // toàn dân" names the directive on that subject by its kind and what it is about.
    const subject =
      this.documents.find((d) => {
        const shared = rest.filter((w) => d.words.has(w)).length;
        return d.kind === kind && shared >= SUBJECT_WORDS && shared * SHARED_PART >= rest.length;
      }) ?? this.onlyNumbered(number);
    if (!subject) return undefined;
    const accented = [...text.accented.slice(0, at), subject.name, ...text.accented.slice(at + length)].join(' ');
    const asked = named[1] === 'chi thi' ? 'Chỉ thị' : 'Nghị quyết';
    const which = subject.kind === kind ? 'văn bản về nội dung này là' : `số ${number} là`;
    return { text: this.normalize(accented), note: `Tài liệu tôi có không có ${asked} số ${number}; ${which} ${subject.name}.`, absent: subject.kind === kind };
  }
}
