import type { Intent, IntentReply, Turn } from '../src/pipeline/intent.js';
import { answersNot, resolve } from '../src/faq/question-resolver.js';
import { livingPlace } from '../src/faq/stated-locality.js';
import type { FaqEntry } from '../src/faq/schema.js';
import type { QuickReply } from '../src/message.js';
import { citing, PAYLOAD } from './replies.js';

/** Answers this unsure are shown to staff beside the unanswered questions. */
const LOW_CONFIDENCE = 0.65;

function title(entry: FaqEntry): string {
  return entry.question.length <= 60 ? entry.question : `${entry.question.slice(0, 57).trimEnd()}…`;
}

/** Offers the same answer for the other places the content covers, when the person's place is not known. */
function localityChoices(turn: Turn, entry: FaqEntry): QuickReply[] {
  if (!entry.group || turn.conversation.locality) return [];
  return turn.knowledge.index.entries
    .filter((e) => e.group === entry.group && e !== entry && e.scope !== 'national')
    .slice(0, 4)
    .map((e) => ({ title: `Ở ${turn.knowledge.locality(e.scope)?.name ?? e.scope}`, payload: PAYLOAD.entry(e.id) }));
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
      const choices = resolution.options.map((c) => ({ title: title(c.entry), payload: PAYLOAD.entry(c.entry.id) }));
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
      ...resolution.related.map((c) => ({ title: title(c.entry), payload: PAYLOAD.entry(c.entry.id) })),
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
        lastTopic: { kind: 'entry', id: entry.id, at: turn.now.getTime() },
        choices: quickReplies.length > 0 ? quickReplies : undefined,
      },
      replies: [
        {
          text: citing(`${note ? `${note}\n` : ''}${answered.map((e) => e.answer.trim()).join('\n')}`, sources),
          quickReplies: quickReplies.length > 0 ? quickReplies : undefined,
        },
      ],
    };
  },
};
