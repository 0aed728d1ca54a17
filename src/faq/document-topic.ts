import type { NormalizedText } from '../language/normalizer.js';
import { asksSomething, BHYT, withoutTrailingParticles } from '../language/phrases.js';
import { DOCUMENT_KINDS, documentsNamed, YEAR } from './document-numbers.js';
import { ANSWER_THRESHOLD, type Knowledge } from './answer-engine.js';
import type { Scope } from './schema.js';
import type { Candidate } from './search-index.js';

const DOCUMENT = String.raw`(?:${DOCUMENT_KINDS.map(({ words }) => words.join(' ')).join('|')})(?: hanh dong)? (?:so )?(\d+)`;
const ENDING = String.raw`(?: (?:khong|chua|nao|the nao|ra sao|a|vay|ha|nhi))*`;
// "nghị quyết 72 có nói gì về thuốc lá không", "chương trình 06 có đề cập đến chuyển đổi số không": the subject after
// (not what the document is said to say: "nghị quyết 72 nói người dân được …, nghĩa là sao").
const SAYS_OF = new RegExp(
  String.raw`^(?:\p{L}+ ){0,3}?${DOCUMENT} (?:co )?(?:(?:noi|quy dinh|viet)(?: gi| nhung gi| cai gi)? (?:ve|den|toi)|de cap(?: den| toi)?|nhac (?:den|toi)) (.+?)${ENDING}$`,
  'du',
);
// "ô nhiễm không khí có nằm trong nghị quyết 72 không": the subject before.
const IN_DOCUMENT = new RegExp(String.raw`^(.+?) (?:co )?(?:nam|duoc nhac|duoc de cap|duoc noi)(?: den| toi)? (?:trong|o) ${DOCUMENT}${ENDING}$`, 'du');

/**
 * "nghị quyết 72 có nói gì về thuốc lá không", "ô nhiễm không khí có nằm trong nghị quyết 72 không": what a document
 * named by its number says of a subject. The subject alone is searched, and the surest answer about that document
 * (naming it, or from a source document about it) that is sure enough answers, of the place named or else of the one
 * remembered; undefined when none is.
 */
export function documentTopicAsked(knowledge: Knowledge, text: NormalizedText, remembered: Scope | undefined): Candidate | undefined {
  // Without "ad", "bạn", "nhé" at the end: to whom it is said.
  const folded = withoutTrailingParticles(text.folded).join(' ');
  const says = SAYS_OF.exec(folded);
  const inside = says ? undefined : IN_DOCUMENT.exec(folded);
  const [number, subject, at] = says ? [says[1]!, says[2]!, says.indices![2]![0]] : inside ? [inside[2]!, inside[1]!, 0] : [];
  if (!number || !subject) return undefined;
  // The subject as typed: the same words of the accented text.
  const start = folded.slice(0, at).split(' ').length - 1;
  const words = text.accented.slice(start, start + subject.split(' ').length);
  const about = knowledge.normalize(words.join(' '));
  // "chỉ thị 52 nói về chuyện gì" asks what the document is about.
  if (knowledge.index.tellingWords(about).length === 0 || asksSomething(about)) return undefined;
  const sources = new Set(knowledge.content.documents.filter((d) => new RegExp(`(?<!\\d)${number}-`).test(`${d.number} ${d.title}`)).map((d) => d.id));
  const ofDocument = (c: Candidate) => documentsNamed(c.entry).includes(number) || c.entry.sources.some((s) => sources.has(s.doc));
  const locality = knowledge.index.splitLocalities(text).localities[0] ?? remembered;
  // It must have the subject's rarest word, besides a year and BHYT: "nghị quyết 72 nói gì về giá thẻ bhyt năm 2027" is
  // not answered by its doctors for 2027.
  const rarest = knowledge.index.rarest(knowledge.index.tellingWords(about).filter((w) => !YEAR.test(w) && !BHYT.includes(w)));
  const found = knowledge
    .decide(about, { locality })
    .candidates.filter((c) => c.score >= ANSWER_THRESHOLD && ofDocument(c) && (rarest === undefined || c.matched.includes(rarest)));
  // Of a place's answers and the nation's, those of the place asked about (or the nation's, none named) first.
  return found.find((c) => c.entry.scope === (locality ?? 'national')) ?? found[0];
}
