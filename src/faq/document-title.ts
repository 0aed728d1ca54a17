import type { NormalizedText } from '../language/normalizer.js';
import { DOCUMENT_KINDS } from './document-numbers.js';

// The words of a document's title, folded: its kind ("kế hoạch", "chương trình hành động"), what it does ("triển
// khai", "tuyên truyền"), its number and date, and who issued it ("Ban Thường vụ Đảng ủy UBND tỉnh", "Thành ủy").
const KINDS = [...DOCUMENT_KINDS.map(({ words }) => words), ['van', 'ban']];
const TITLE_WORDS = [
  ...KINDS,
  ['hanh', 'dong'], ['tuyen', 'truyen'], ['trien', 'khai'], ['thuc', 'hien'], ['so'], ['ngay'], ['cua'], ['do'],
  ['ban', 'thuong', 'vu'], ['dang', 'uy'], ['uy', 'ban', 'nhan', 'dan'], ['tinh', 'uy'], ['thanh', 'uy'], ['tinh'],
  ['ban', 'tuyen', 'giao'], ['va', 'dan', 'van'], ['ban', 'bi', 'thu'], ['bo', 'chinh', 'tri'], ['trung', 'uong'],
];
// "thực hiện Chương trình …", "theo Kế hoạch …": words before a title that belong to it.
const LEADS = new Set(['theo', 'thuc', 'hien', 'trien', 'khai']);
const NUMBER_OR_DATE = /^\d+(?:\/\d+)*$/;
// Fewer title words than this is a document named in passing ("chỉ thị 52 nói về gì"), not a formal title.
const MIN_TITLE_WORDS = 5;

/**
 * "Kế hoạch của Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu thực hiện Chương trình hành động số 10-CTr/TU xác định tỷ lệ
 * bao phủ BHYT năm 2026 phải đạt bao nhiêu?": the message without the formal titles of the documents it names, as
 * staff write them, whose many words would otherwise make the answer about the document itself. Undefined when the
 * message names no such title.
 */
export function withoutDocumentTitles(text: NormalizedText): string | undefined {
  const { folded, accented } = text;
  const inTitle = new Array<boolean>(folded.length).fill(false);
  let leads = 0;
  const at = (i: number) => TITLE_WORDS.find((words) => words.every((w, k) => folded[i + k] === w));
  for (let i = 0; i < folded.length; i++) {
    if (!KINDS.some((kind) => kind.every((w, k) => folded[i + k] === w))) continue;
    for (let lead = i - 1; lead >= 0 && LEADS.has(folded[lead]!) && !inTitle[lead]; lead--) {
      inTitle[lead] = true;
      leads++;
    }
    let j = i;
    for (;;) {
      const words = at(j);
      const length = words ? words.length : NUMBER_OR_DATE.test(folded[j] ?? '') ? 1 : 0;
      if (length === 0) break;
      inTitle.fill(true, j, j + length);
      j += length;
    }
    i = j - 1;
  }
  // "thực hiện chỉ thị 52" names a document in passing: the words leading to a title do not make one.
  if (inTitle.filter(Boolean).length - leads < MIN_TITLE_WORDS) return undefined;
  return accented.filter((_, i) => !inTitle[i]).join(' ');
}
