import type { NormalizedText } from '../language/normalizer.js';
import { BHYT, containsAny, type Phrase, withoutPhrases } from '../language/phrases.js';
import { DOCUMENT_KINDS, documentNumbers } from './document-numbers.js';

// "có nói", "có nêu", "có đề cập (đến)", "có nhắc (tới)": whether a document says something.
const SAYS: Phrase[] = [['co', 'noi'], ['co', 'neu'], ['co', 'de', 'cap'], ['co', 'nhac']].flatMap((says) => [
  says,
  ...['ve', 'den', 'toi'].map((to) => [...says, to]),
]);
// "về bhyt" of "kế hoạch … về bhyt": what every document here is about.
const ABOUT_BHYT: Phrase[] = [['ve', ...BHYT]];

/**
 * "kh của hải phòng về bhyt có nói thanh toán viện phí kiểu gì ko": whether a document says something asks what it
 * says of that thing, where the document is from; the words of its kind ("kế hoạch … về bhyt", which many answers'
 * questions have) would outweigh what is asked. Undefined for a message of another shape. A document's number is
 * kept ("chương trình 06 có đề cập người cao tuổi không"): it says which.
 */
export function askedOfDocumentSaying(text: NormalizedText): NormalizedText | undefined {
  const opensOnKind = DOCUMENT_KINDS.some(({ words }) => words.every((w, i) => text.folded[i] === w));
  if (!opensOnKind || !containsAny(text, SAYS)) return undefined;
  const numbered = documentNumbers(text.folded.join(' ')).length > 0;
  const kinds = numbered ? [] : DOCUMENT_KINDS.map(({ words }) => [...words]);
  const rest = withoutPhrases(text, [...SAYS, ...ABOUT_BHYT, ...kinds]);
  return rest.folded.length > 0 ? rest : undefined;
}
