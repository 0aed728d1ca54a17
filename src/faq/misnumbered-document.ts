import type { Normalize, NormalizedText } from '../language/normalizer.js';
import { foldDiacritics } from '../language/fold.js';

// "kế hoạch 96", "chương trình hành động số 30", folded: a document by its kind and number.
const KIND_NUMBER = /\b(nghi quyet|chi thi|ke hoach|chuong trinh)(?: hanh dong)?\s+(?:so\s+)?(\d{1,3})\b/g;
const KIND_NAMES: Record<string, string> = { 'nghi quyet': 'Nghị quyết', 'chi thi': 'Chỉ thị', 'ke hoach': 'Kế hoạch', 'chuong trinh': 'Chương trình' };

/** The numbers a slip of the digits may have made of one: its digits the other way round, or two side by side swapped. */
function slipsOf(number: string): string[] {
  const digits = [...number.padStart(2, '0')];
  const swaps = digits.slice(1).map((_, i) => [...digits.slice(0, i), digits[i + 1], digits[i], ...digits.slice(i + 2)].join(''));
  return [...new Set([[...digits].reverse().join(''), ...swaps])].filter((slip) => Number(slip) !== Number(number));
}

/**
 * "kế hoạch 96 cao bằng", "nghị quyết 27 về sức khỏe", "nghị quyết 228/NQ-CP": a document named by a number none of the
 * documents has, whose digits the other way round, or two of them swapped, number one of that kind (Kế hoạch 69, Nghị
 * quyết 72, Nghị quyết 282), the commonest slips. The question
 * asked of that one, and a note saying so. Any other number ("nghị quyết 21") names a document the content lacks.
 */
export class MisnumberedDocuments {
  private readonly known = new Set<string>();

  constructor(texts: readonly string[], private readonly normalize: Normalize) {
    for (const text of texts) for (const [, kind, number] of foldDiacritics(text).matchAll(KIND_NUMBER)) this.known.add(`${kind} ${Number(number)}`);
  }

  /**
   * `ofPlace`: whether a document's number is one of the place's own, when a checked claim names a place ("lai châu
   * thực hiện chương trình số 12 phải ko"); of its documents, the one of the kind named, if it is the only one, was
   * meant.
   */
  renamed(text: NormalizedText, ofPlace?: (number: string) => boolean): { text: NormalizedText; note: string } | undefined {
    const folded = text.folded.join(' ');
    for (const match of folded.matchAll(KIND_NUMBER)) {
      const [phrase, kind, number] = match as unknown as [string, string, string];
      if (this.known.has(`${kind} ${Number(number)}`)) continue;
      // "ct 06": "ct" is also how "chương trình" is shortened, and Chương trình 06 is one the documents have.
      if (kind === 'chi thi' && this.known.has(`chuong trinh ${Number(number)}`)) {
        const at = folded.slice(0, match.index).split(' ').length - 1;
        const accented = text.accented.flatMap((w, i) => (i === at ? ['chương', 'trình'] : i === at + 1 ? [] : [w]));
        return { text: this.normalize(accented.join(' ')), note: `Tài liệu tôi có không có Chỉ thị số ${number}; có Chương trình số ${number}.` };
      }
      const slips = slipsOf(number).filter((slip) => this.known.has(`${kind} ${Number(slip)}`));
      const meant = slips.length > 0 ? slips : this.ownOfPlace(kind, number, ofPlace);
      if (meant.length !== 1) continue;
      const [slip] = meant as [string];
      // The number is the phrase's last word.
      const at = folded.slice(0, match.index + phrase.length).split(' ').length - 1;
      const accented = text.accented.map((w, i) => (i === at ? slip : w));
      const name = KIND_NAMES[kind];
      return { text: this.normalize(accented.join(' ')), note: `Tài liệu tôi có không có ${name} số ${number}; có ${name} số ${slip}.` };
    }
    return undefined;
  }

  /** The numbers of a kind that are the place's own, unless another kind has the number named ("chương trình 69"). */
  private ownOfPlace(kind: string, number: string, ofPlace?: (number: string) => boolean): string[] {
    const known = [...this.known];
    if (!ofPlace || known.some((k) => k.endsWith(` ${Number(number)}`))) return [];
    return known.filter((k) => k.startsWith(`${kind} `)).map((k) => k.slice(kind.length + 1)).filter(ofPlace);
  }
}
