import type { Intent } from '../src/pipeline/intent.js';
import { consistsOf, FILLER, phraseList } from '../src/language/phrases.js';
import { SHOW_TOPICS } from './replies.js';

const thankYou = phraseList(['cảm ơn', 'cám ơn', 'thank you', 'thanks', 'tạm biệt', 'bye', 'hiểu rồi', 'vâng', 'dạ', 'ok', 'oke', 'okay']);

export const thanks: Intent = {
  name: 'thanks',
  match: (turn) => (consistsOf(turn.text, thankYou(turn.knowledge.normalize), FILLER) ? 0.9 : undefined),
  reply: () => ({
    confidence: 0.9,
    replies: [{ text: 'Không có gì ạ! Nếu cần hỏi thêm về bảo hiểm y tế, bạn cứ nhắn cho tôi.', quickReplies: [SHOW_TOPICS] }],
  }),
};
