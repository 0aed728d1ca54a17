import type { Intent, IntentReply, Turn } from '../src/pipeline/intent.js';
import { resolve } from '../src/faq/question-resolver.js';
import { answersNot } from '../src/faq/resolution.js';
import { livingPlace } from '../src/faq/stated-locality.js';
import type { FaqEntry } from '../src/faq/schema.js';
import type { QuickReply } from '../src/message.js';
import { answerTo, citing, entryTitle, PAYLOAD } from './replies.js';

/** Answers this unsure are shown to staff beside the unanswered questions. */
const LOW_CONFIDENCE = 0.65;
/** The most words of a question kept for a follow-up to ask again. */
const ASKED_WORDS = 30;

/** Offers the same answer for the other places the content covers, when the person's place is not known. */
function localityChoices(turn: Turn, entry: FaqEntry): QuickReply[] {
  if (!entry.group || turn.conversation.locality) return [];
  return turn.knowledge.index.entries
    .filter((e) => e.group === entry.group && e !== entry && e.scope !== 'national')
    .slice(0, 4)
    .map((e) => ({ title: `Ở ${turn.knowledge.locality(e.scope)?.name ?? e.scope}`, payload: PAYLOAD.entry(e.id) }));
}

/**
 * What the question asked; for a follow-up that names nothing ("còn Lai Châu thì sao"), asks more of the same answer
 * ("đến năm nào") or the same of another place ("còn kế hoạch của Hà Nội" after who signed), what the one before asked.
 */
function askedWith(turn: Turn, entry: FaqEntry): { asked?: string[] } {
  const before = turn.conversation.lastTopic;
  const group = before?.kind === 'entry' ? turn.knowledge.entry(before.id)?.group : undefined;
  const same = before?.id === entry.id || (group !== undefined && group === entry.group) || turn.knowledge.index.tellingWords(turn.text).length === 0;
  // The question is at the end of a long message; the conversation's state stays small.
  const asked = same ? before?.asked : turn.knowledge.index.contentWordsAsked(turn.text).slice(-ASKED_WORDS);
  return asked ? { asked } : {};
}

export const faq: Intent = {
  name: 'faq',
  match: (turn) => {
    const resolution = resolve(turn);
    // What the documents do not answer is the fallback's to say.
    if (resolution.kind === 'none' || (resolution.kind === 'answer' && answersNot(turn, resolution))) return undefined;
    return resolution.confidence;
  },
  reply: (turn): IntentReply => {
    const resolution = resolve(turn);
    if (resolution.kind === 'clarify') {
      const choices = resolution.options.map((c) => ({ title: entryTitle(c.entry), payload: PAYLOAD.entry(c.entry.id) }));
      return {
        confidence: resolution.confidence,
        effects: [{ kind: 'record-unanswered', text: turn.text.original }],
        conversation: { ...turn.conversation, ...livingPlace(turn), choices },
        replies: [
          {
            text: `Bạn muốn hỏi điều nào dưới đây? Chọn một câu hoặc trả lời bằng số:\n${choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n')}`,
            quickReplies: choices,
          },
        ],
      };
    }
    if (resolution.kind !== 'answer') throw new Error('faq.reply called without a match');
    const { entry, note } = resolution;
    const answered = [entry, ...(resolution.alongside ?? [])];
    const sources = answered.flatMap((e) => turn.knowledge.sourcesOf(e));
    const quickReplies = [
      ...localityChoices(turn, entry),
      ...resolution.related.map((c) => ({ title: entryTitle(c.entry), payload: PAYLOAD.entry(c.entry.id) })),
    ].slice(0, 4);
    return {
      confidence: resolution.confidence,
      entryId: entry.id,
      effects: resolution.confidence < LOW_CONFIDENCE && !turn.payload ? [{ kind: 'record-unanswered', text: turn.text.original }] : [],
      sources,
      conversation: {
        ...turn.conversation,
        // "tôi ở Hải Phòng, hộ cận nghèo có được hỗ trợ không?": where the person lives is remembered as well.
        ...livingPlace(turn),
        lastTopic: { kind: 'entry', id: entry.id, at: turn.now.getTime(), ...askedWith(turn, entry), ...(resolution.item ? { item: resolution.item } : {}) },
        choices: quickReplies.length > 0 ? quickReplies : undefined,
      },
      replies: [
        {
          text: citing(`${note ? `${note}\n` : ''}${resolution.excerpt ?? answered.map((e) => answerTo(turn, e)).join('\n')}`, sources),
          quickReplies: quickReplies.length > 0 ? quickReplies : undefined,
        },
      ],
    };
  },
};
