import type { Intent, Turn } from '../src/pipeline/intent.js';
import { resolve } from '../src/faq/question-resolver.js';
import { answersNot, lastAnswered } from '../src/faq/resolution.js';
import { livingPlace } from '../src/faq/stated-locality.js';
import type { FaqEntry } from '../src/faq/schema.js';
import { answerTo, citing, notForPlace, SHOW_TOPICS, TALK_TO_PERSON } from './replies.js';

const NOT_UNDERSTOOD =
  'Xin lỗi, tôi chưa có thông tin để trả lời câu hỏi này. Tôi chỉ trả lời về bảo hiểm y tế và các chính sách y tế liên quan. Bạn có thể chọn một chủ đề, hoặc hỏi trạm y tế xã, cơ quan bảo hiểm xã hội nơi bạn sống.';

// Said before an answer that does not give what was asked ("… bao giờ khởi công"), unless the answer says so itself.
const NOT_GIVEN_NOTE = 'Tài liệu tôi có không nêu cụ thể điều bạn hỏi. Thông tin liên quan:';
const SAYS_NOT_GIVEN = /không (?:nêu|ghi|có thông tin)/;

/** The answer found for a question it does not answer (the documents do not say), to say what it can. */
function silentAnswer(turn: Turn): { entry: FaqEntry; note?: string } | undefined {
  const resolution = resolve(turn);
  if (resolution.kind !== 'answer' || !answersNot(turn, resolution)) return undefined;
  const { entry, note } = resolution;
  return note || entry.documentsSilent || SAYS_NOT_GIVEN.test(entry.answer) ? { entry, note } : { entry, note: NOT_GIVEN_NOTE };
}

/** "còn Cao Bằng thì sao", and nothing else, right after an answer of another place's own: the two places' names. */
function otherPlaceAsked(turn: Turn): { place: string; answeredFor: string } | undefined {
  const last = lastAnswered(turn);
  if (!last || last.scope === 'national') return undefined;
  const { knowledge } = turn;
  const [place] = knowledge.index.splitLocalities(turn.text).localities;
  if (!place || place === last.scope || knowledge.index.tellingWords(turn.text).length > 0) return undefined;
  const [name, answeredFor] = [knowledge.locality(place)?.name, knowledge.locality(last.scope)?.name];
  return name && answeredFor ? { place: name, answeredFor } : undefined;
}

/**
 * The question's content words, kept for a follow-up that asks it again elsewhere: none when it has none, is about
 * what the documents never cover ("bảo hiểm nhân thọ", whose other words the content has), or tells in words the
 * content does not have ("healthy life years …", whose question its known words are not).
 */
function unansweredNow(turn: Turn): { unanswered?: { asked: string[]; at: number } } {
  const { knowledge, text } = turn;
  const understood = !knowledge.namesOutOfScope(text) && knowledge.index.tellingWords(text).every((w) => knowledge.index.has(w));
  const asked = understood ? knowledge.index.contentWordsAsked(text) : [];
  return asked.length > 0 ? { unanswered: { asked, at: turn.now.getTime() } } : {};
}

/**
 * Anything no other intent understood, or what the documents do not answer: say so honestly (with where to ask,
 * when the content says it), offer topics and a person, keep the question for staff.
 */
export const fallback: Intent = {
  name: 'fallback',
  match: () => 0.01,
  reply: (turn) => {
    const silent = silentAnswer(turn);
    const sources = silent ? turn.knowledge.sourcesOf(silent.entry) : [];
    const elsewhere = silent ? undefined : otherPlaceAsked(turn);
    return {
      confidence: 0,
      ...(silent ? { entryId: silent.entry.id, sources } : {}),
      effects: turn.text.folded.length > 0 ? [{ kind: 'record-unanswered', text: turn.text.original }] : [],
      conversation: {
        ...turn.conversation,
        // "tôi ở Hải Phòng, …" with a question the bot cannot answer: where the person lives is still worth keeping.
        ...livingPlace(turn),
        choices: undefined,
        // "còn Hải Phòng thì sao?" after the national answer for Đà Nẵng follows up on it; "còn ở Lai Châu thì sao"
        // after a question not answered at all asks that question again.
        ...(silent ? { lastTopic: { kind: 'entry' as const, id: silent.entry.id, at: turn.now.getTime() } } : unansweredNow(turn)),
      },
      replies: [
        {
          text: silent
            ? citing(`${silent.note ? `${silent.note}\n` : ''}${answerTo(turn, silent.entry)}`, sources)
            : elsewhere
              ? notForPlace(elsewhere.place, elsewhere.answeredFor)
              : NOT_UNDERSTOOD,
          quickReplies: [SHOW_TOPICS, TALK_TO_PERSON],
        },
      ],
    };
  },
};
