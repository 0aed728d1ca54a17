import type { FaqEntry } from '../src/faq/schema.js';
import { asksYesOrNo } from '../src/language/phrases.js';
import type { QuickReply, SourceRef } from '../src/message.js';
import type { Turn } from '../src/pipeline/intent.js';

/** Payloads of the bot's own buttons. Platforms send them back unchanged. */
export const PAYLOAD = {
  help: 'HELP',
  handoff: 'HANDOFF',
  topic: (topic: string) => `TOPIC:${topic}`,
  entry: (id: string) => `FAQ:${id}`,
  healthDay: (id: string) => `DAY:${id}`,
  /** A document's parts, or one of them. */
  documentPart: (documentId: string, part?: string) => `PART:${documentId}${part ? `:${part}` : ''}`,
} as const;

export const HELP_TOPICS: QuickReply[] = [
  { title: 'Ngày BHYT, ngày Sức khỏe', payload: PAYLOAD.topic('days') },
  { title: 'Mục tiêu bao phủ BHYT', payload: PAYLOAD.topic('coverage') },
  { title: 'Hỗ trợ đóng BHYT', payload: PAYLOAD.topic('subsidy') },
  { title: 'Quyền lợi, dịch vụ', payload: PAYLOAD.topic('rights') },
  { title: 'Thẻ BHYT điện tử', payload: PAYLOAD.topic('digital') },
  { title: 'Chính sách mới', payload: PAYLOAD.topic('policy') },
  { title: 'Gặp cán bộ tư vấn', payload: PAYLOAD.handoff },
];

export const TALK_TO_PERSON: QuickReply = { title: 'Gặp cán bộ tư vấn', payload: PAYLOAD.handoff };
export const SHOW_TOPICS: QuickReply = { title: 'Xem các chủ đề', payload: PAYLOAD.help };

/**
 * An answer with the documents it comes from, each named once with the sections cited of it: two answers from one
 * document ("… (12/2025), II.2" and "…, II.2; IV") cite it as "… (12/2025), II.2; IV".
 */
export function citing(text: string, sources: readonly SourceRef[]): string {
  const sectionsOf = new Map<string, string[]>();
  for (const { label, section } of sources) {
    const citation = section ? label.slice(0, -`, ${section}`.length) : label;
    const sections = sectionsOf.get(citation) ?? [];
    for (const part of section?.split('; ') ?? []) if (!sections.includes(part)) sections.push(part);
    sectionsOf.set(citation, sections);
  }
  const cited = [...sectionsOf].map(([citation, sections]) => [citation, ...(sections.length > 0 ? [sections.join('; ')] : [])].join(', '));
  return `${text}\nNguồn: ${cited.join('; ')}`;
}

/** An entry's question as a button's title, short enough for one. */
export function entryTitle(entry: FaqEntry): string {
  return entry.question.length <= 60 ? entry.question : `${entry.question.slice(0, 57).trimEnd()}…`;
}

/** "còn Cao Bằng thì sao" after an answer of Hải Phòng's own, which the documents give no other place. */
export function notForPlace(place: string, answeredFor: string): string {
  return `Tài liệu tôi có không nêu nội dung này cho ${place}; câu trả lời trước là của ${answeredFor}. Bạn có thể hỏi điều khác về ${place}.`;
}

const YES = /^Có\.\s+/u;

/**
 * The entry's answer; without the "Có." that opens it when the question asks no yes or no ("nông nghiệp bhyt", "hộ cận
 * nghèo được hỗ trợ bao nhiêu phần trăm"), or checks a figure the answer corrects ("khám miễn phí 3 lần 1 năm phải không").
 */
export function answerTo(turn: Turn, entry: FaqEntry): string {
  const answer = entry.answer.trim();
  const yes = asksYesOrNo(turn.text) && !turn.knowledge.refutesClaim(turn.text, entry);
  return yes ? answer : answer.replace(YES, '');
}
