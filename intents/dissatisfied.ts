import type { Intent } from '../src/pipeline/intent.js';
import { phraseList, withoutPhrases } from '../src/language/phrases.js';
import { isSmallTalk } from '../src/faq/small-talk.js';
import { HELP_TOPICS } from './replies.js';

// "trả lời chả đúng gì cả, bot dở quá", "hỏi mãi mà không hiểu, chán ghê": the person is unhappy with the bot.
// Not "tệ quá": folded, with a tone slip, it is the "y tế qua" of "bảo hiểm y tế qua VNeID".
const complaints = phraseList([
  'dở quá', 'dở thế', 'dở tệ', 'kém quá', 'chán quá', 'chán ghê', 'chán thế', 'vô dụng', 'vớ vẩn',
  'trả lời sai', 'trả lời không đúng', 'chả đúng', 'không đúng gì', 'sai hết', 'không hiểu gì', 'hỏi mãi',
  'không hiểu', 'chẳng hiểu', 'chả hiểu', 'không giúp được gì', 'chả giúp được gì', 'trả lời linh tinh',
]);

// "hỏi mãi mà trạm y tế không trả lời" is about the commune station: what is said besides the complaint is short.
const BESIDES_WORDS = 3;

export const dissatisfied: Intent = {
  name: 'dissatisfied',
  // Below an FAQ answer: "không hiểu thẻ bhyt điện tử dùng thế nào" asks about the card.
  match: (turn) => {
    const cues = complaints(turn.knowledge.normalize);
    if (!isSmallTalk(turn, cues)) return undefined;
    return turn.knowledge.index.tellingWords(withoutPhrases(turn.text, cues)).length <= BESIDES_WORDS ? 0.6 : undefined;
  },
  reply: (turn) => ({
    confidence: 0.6,
    conversation: { ...turn.conversation, choices: HELP_TOPICS },
    replies: [
      {
        text: 'Xin lỗi vì tôi chưa trả lời đúng ý bạn. Bạn thử hỏi ngắn gọn một ý, chọn một chủ đề dưới đây, hoặc gặp cán bộ tư vấn.',
        quickReplies: HELP_TOPICS,
      },
    ],
  }),
};
