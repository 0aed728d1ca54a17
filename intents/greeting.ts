import type { Intent } from '../src/pipeline/intent.js';
import { consistsOf, FILLER, phraseList } from '../src/language/phrases.js';
import { HELP_TOPICS } from './replies.js';

const greetings = phraseList([
  'xin chào', 'chào', 'hello', 'hi', 'alo', 'chào buổi sáng', 'good morning', 'hey', 'hé lô', 'hê lô', 'helo', 'chúc',
  'ngày mới vui', 'ngày mới vui vẻ', 'ngày mới tốt lành', 'mới kết bạn', 'kết bạn zalo', 'kết bạn',
  // Whom the greeting is for: "em chào anh chị bên bảo hiểm y tế ạ".
  'bên bảo hiểm y tế', 'bên bảo hiểm xã hội', 'bên bảo hiểm',
]);

export const greeting: Intent = {
  name: 'greeting',
  match: (turn) => (consistsOf(turn.text, greetings(turn.knowledge.normalize), FILLER) ? 0.95 : undefined),
  reply: () => ({
    confidence: 0.95,
    replies: [
      {
        text: 'Xin chào! Tôi là trợ lý hỏi đáp về bảo hiểm y tế (BHYT). Bạn cứ hỏi bằng lời của mình, có dấu hay không dấu đều được, hoặc chọn một chủ đề dưới đây.',
        quickReplies: HELP_TOPICS,
      },
    ],
  }),
};
