import type { Intent } from '../src/pipeline/intent.js';
import { SHOW_TOPICS } from './replies.js';

/** A picture, sticker, voice note, file or location: the bot reads text only. */
export const attachment: Intent = {
  name: 'attachment',
  match: (turn) => (turn.message.kind === 'attachment' ? 1 : undefined),
  reply: () => ({
    confidence: 1,
    replies: [{ text: 'Cảm ơn bạn! Tôi chỉ đọc được tin nhắn chữ. Bạn hãy gõ câu hỏi về bảo hiểm y tế nhé.', quickReplies: [SHOW_TOPICS] }],
  }),
};
