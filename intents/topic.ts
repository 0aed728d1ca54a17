import type { Intent } from '../src/pipeline/intent.js';
import { PAYLOAD, SHOW_TOPICS } from './replies.js';

const TOPIC_QUESTIONS = 4;

/** A help-menu button: the main questions of one topic, as buttons. */
export const topic: Intent = {
  name: 'topic',
  match: (turn) => (turn.payload?.startsWith('TOPIC:') ? 1 : undefined),
  reply: (turn) => {
    const name = turn.payload!.slice('TOPIC:'.length);
    const mine = turn.conversation.locality;
    const entries = turn.knowledge.index.entries
      .filter((e) => e.topic === name && (e.scope === 'national' || e.scope === mine))
      // One question per group: the person's place first, then the national one.
      .sort((a, b) => Number(b.scope === mine) - Number(a.scope === mine))
      .filter((e, i, all) => !e.group || all.findIndex((x) => x.group === e.group) === i)
      .slice(0, TOPIC_QUESTIONS);
    const healthDays = name === 'days' ? turn.knowledge.healthDays() : [];
    const choices = [
      ...healthDays.map((d) => ({ title: d.name, payload: PAYLOAD.healthDay(d.id) })),
      ...entries.map((e) => ({ title: e.question, payload: PAYLOAD.entry(e.id) })),
    ].slice(0, TOPIC_QUESTIONS);
    return {
      confidence: 1,
      conversation: { ...turn.conversation, choices },
      replies: [
        {
          text:
            choices.length > 0
              ? `Một số câu hỏi thường gặp (chọn một câu hoặc trả lời bằng số):\n${choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n')}`
              : 'Chủ đề này chưa có câu hỏi nào. Bạn hãy gõ câu hỏi của mình.',
          quickReplies: [...choices, SHOW_TOPICS],
        },
      ],
    };
  },
};
