import { foldDiacritics } from '../language/fold.js';
import type { NormalizedText } from '../language/normalizer.js';

// "quay lại câu lúc nãy, …", "thôi quay lại câu hỏi trước nha, …", "ok, trở lại câu đầu", "quay lại chỉ thị đó, …",
// "về lại vụ bệnh viện, …", "thôi quay lại, …": back to an earlier question (not "quay lại nghị quyết 72, …", which
// names its subject).
// "thế còn cái lúc nãy ở Lai Châu", "cái đầu tiên ban hành ngày nào": what was asked before, by when it was asked,
// without going back.
const BACK =
  /^(?:[\p{L},]+\s+){0,2}?(?:(?:quay|tro) lai(?=\s*[,.:;!?])|(?:(?:quay|tro) (?:lai|ve)|ve lai) (?:cau(?: hoi)?|chuyen|vu|y|chi thi|nghi quyet|ke hoach|chuong trinh|van ban)(?! \d)(?: (?:luc nay|ban nay|vua nay|hoi nay|luc truoc|truoc do|truoc|dau tien|ban dau|dau|kia|nay|do))?|(?:con )?(?:cai|cau(?: hoi)?|chuyen|vu) (?:luc nay|ban nay|vua nay|hoi nay|luc truoc|truoc do|dau tien|ban dau)(?: (?:ay|do|kia))?(?=[\s,.:;!?]|$))(?: (?:nha|nhe|nhá|di|a))?[\s,.:;!?]*/u;

// "còn cái …", "còn câu …": what may be asked again by when it was asked ("lúc nãy", "đầu tiên", "trước đó").
const EARLIER_THINGS = new Set(['cai', 'cau', 'chuyen', 'vu']);
const WHEN_ASKED = new Set(['luc', 'ban', 'vua', 'hoi', 'truoc', 'dau']);

/**
 * What a message that goes back to an earlier question asks of it ("quay lại câu lúc nãy, chính sách đó áp dụng
 * giai đoạn nào" → "chính sách đó áp dụng giai đoạn nào"; "" when it only goes back), or undefined when it does not.
 */
export function backToEarlier({ original, folded }: NormalizedText): string | undefined {
  // Most messages go back to nothing: no need to fold them again.
  const earlierThing = (i: number) => EARLIER_THINGS.has(folded[i]!) && WHEN_ASKED.has(folded[i + 1]!);
  if (!folded.some((w, i) => w === 'quay' || w === 'tro' || (w === 've' && folded[i + 1] === 'lai') || (w === 'con' && EARLIER_THINGS.has(folded[i + 1]!)) || earlierThing(i))) {
    return undefined;
  }
  // Folding keeps the length of a text in NFC, as the original is: what is found folded is cut from the original.
  const back = BACK.exec(foldDiacritics(original));
  return back ? original.slice(back[0].length).trim() : undefined;
}

// "quay lại bhyt, …", "trở lại Hải Phòng nhé, …", "quay lại 2030": back to a subject, named before the comma or alone,
// after talk of something else.
const RESUMED = /^(?:[\p{L},]+\s+){0,2}?(?:(?:quay|tro) (?:lai|ve)|ve lai)(?: (?:voi|chuyen|vu|van de|chu de))? ([^,]+?)(?: (?:nha|nhe|di|a))?(?:,\s*|[\s.!?]*$)/du;

/**
 * A message that goes back to a subject and asks of it ("quay lại bhyt, thế đến 2030 thì sao" → "bhyt thế đến 2030
 * thì sao"; "quay lại Hải Phòng, có gói bổ sung ko" → "Hải Phòng có gói bổ sung ko"), without the words going back;
 * undefined when it does not.
 */
export function resumedSubject({ original, folded }: NormalizedText): string | undefined {
  if (!folded.some((w, i) => w === 'quay' || w === 'tro' || (w === 've' && folded[i + 1] === 'lai'))) return undefined;
  const resumed = RESUMED.exec(foldDiacritics(original));
  if (!resumed) return undefined;
  const [start, end] = resumed.indices![1]!;
  return `${original.slice(start, end)} ${original.slice(resumed[0].length)}`;
}
