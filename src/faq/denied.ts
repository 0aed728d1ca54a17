import { foldDiacritics } from '../language/fold.js';

// What a message says the person is not, or is not asking about, and so asks nothing of.

// "… chứ k phải chỉ thị 52", "ko phải cái chỉ thị 52 nhé": a document named to say it is not the one asked about.
const DENIED_DOCUMENT =
  /[,\s]*(?:chu |ma )?(?:khong|ko|k) phai (?:la )?(?:cai )?(?:chi thi|nghi quyet|ke hoach|chuong trinh|huong dan|ct|nq|kh|ctr) ?(?:so )?\d+[\w/-]*(?: (?:nhe|nha|a|dau))?(?=[\s,.!?]|$)/u;

// "không phải hộ nghèo cũng ko phải cận nghèo", "ko thuộc hộ nghèo": a group the person says they are not in.
const DENIED_GROUP = /[,\s]*(?:cung )?(?:khong|ko|k|chang|cha) (?:phai|thuoc|nam trong) (?:la )?(?:dien |ho )?(?:gia dinh )?(?:ngheo|can ngheo)\b/gu;

/** The message without a document it says is not the one asked about ("nq 72 ban hành ngày nào, ko phải cái chỉ thị 52 nhé"). */
export function withoutDeniedDocument(original: string): string | undefined {
  const folded = /ph[aả]i/iu.test(original) ? foldDiacritics(original) : undefined;
  return folded === undefined ? undefined : cut(original, folded, DENIED_DOCUMENT);
}

/** The message without the groups the person says they are not in ("nhà tôi làm nương, không phải hộ cận nghèo …"). */
export function withoutDeniedGroups(original: string): string | undefined {
  const folded = /ngh[eè]o/iu.test(original) ? foldDiacritics(original) : undefined;
  return folded === undefined ? undefined : cut(original, folded, DENIED_GROUP);
}

/** The original without what the pattern finds in its folded text, or undefined when it finds nothing. */
function cut(original: string, folded: string, pattern: RegExp): string | undefined {
  // Folding keeps the length of a text in NFC, as the original is: what is found folded is cut from the original.
  let kept = '';
  let from = 0;
  for (const found of pattern.global ? folded.matchAll(pattern) : [pattern.exec(folded)].filter((m) => m !== null)) {
    kept += `${original.slice(from, found.index)} `;
    from = found.index + found[0].length;
  }
  return from === 0 ? undefined : `${kept}${original.slice(from)}`.replace(/\s+/g, ' ').replace(/ (?=[,.!?])/g, '').trim();
}
