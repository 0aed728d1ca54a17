import { foldDiacritics } from './fold.js';
import { askingSentence } from './clauses.js';

// "bệnh viện đó", "sổ đấy", "chính sách này", "tỷ lệ đó", "cái đó": a thing the message named before the sentence that
// asks, folded.
// "sổ" only as written with its mark: typed plain, "so đó" may be "số đó" (that figure).
const POINTER = /(?<![\p{L}\d])(benh vien|ke hoach|chuong trinh|nghi quyet|chi thi|chinh sach|de an|muc tieu|ty le|so|cai) (?:do|day|ay|nay)(?![\p{L}\d])/u;
// Words that end the name of the thing ("bệnh viện y học cổ truyền | đàng hoàng" ends at the sentence's end).
const NAME_ENDS = new Set(['o', 'la', 'thi', 'se', 'da', 'duoc', 'va', 'nhung', 'ma', 'de', 'khi', 'nen', 'dang', 'cua', 'tai', 'nay', 'do']);
const MAX_NAME_WORDS = 4;
// "một cái sổ theo dõi sức khỏe trên mạng": "cái" names nothing itself, the words after it do.
const MAX_NAME_WORDS_AFTER_CAI = 7;
// "kế hoạch của ban thường vụ tỉnh ủy thực hiện chỉ thị 52": a document is named by who issued it and what it carries
// out, "của" included.
const DOCUMENTS = new Set(['ke hoach', 'chuong trinh', 'nghi quyet', 'chi thi', 'de an']);
const MAX_DOCUMENT_NAME_WORDS = 12;

/**
 * "… tỉnh sẽ đầu tư xây bệnh viện y học cổ truyền. Xin hỏi bệnh viện đó quy mô bao nhiêu giường": the sentence that
 * asks, with "bệnh viện đó" written as the message named it before ("bệnh viện y học cổ truyền"); undefined when it
 * points at nothing named before it.
 */
export function askingWithAntecedent(message: string): string | undefined {
  const sentence = askingSentence(message);
  const pointer = POINTER.exec(foldDiacritics(sentence));
  if (!pointer) return undefined;
  const noun = pointer[1]!;
  if (noun === 'so' && sentence.slice(pointer.index, pointer.index + 2).toLowerCase() !== 'sổ') return undefined;
  const at = message.lastIndexOf(sentence) + pointer.index;
  const name = nameBefore(message.slice(0, at), noun);
  if (!name) return undefined;
  // From the clause that points, after a "thì" that ends its circumstances: "…, bác ở quê không rành điện thoại thì sổ
  // đấy để làm gì".
  const lead = sentence.slice(0, pointer.index).split(/[,;:]/).at(-1)!.split(/\s(?:thì|thi)\s/u).at(-1)!;
  return `${lead}${name}${sentence.slice(pointer.index + pointer[0].length)}`.trim();
}

/** The last mention of the noun in the text with the words that name it ("bệnh viện y học cổ truyền"), as written. */
function nameBefore(text: string, noun: string): string | undefined {
  const folded = foldDiacritics(text);
  const start = [...folded.matchAll(new RegExp(`(?<![\\p{L}\\d])${noun}(?![\\p{L}\\d])`, 'gu'))].at(-1)?.index;
  if (start === undefined) return undefined;
  let end = start + noun.length;
  const document = DOCUMENTS.has(noun);
  const most = document ? MAX_DOCUMENT_NAME_WORDS : noun === 'cai' ? MAX_NAME_WORDS_AFTER_CAI : MAX_NAME_WORDS;
  for (let words = 0; words < most; words++) {
    const next = /^ ([\p{L}\d]+)/u.exec(folded.slice(end));
    // Nor does the "thị" of a "chỉ thị" it names end it.
    const naming = document && (next?.[1] === 'cua' || (next?.[1] === 'thi' && folded.slice(0, end).endsWith(' chi')));
    if (!next || (NAME_ENDS.has(next[1]!) && !naming)) break;
    end += next[0].length;
  }
  // The noun alone names nothing more than the pointer does.
  return end > start + noun.length ? text.slice(start, end) : undefined;
}
