import type { Intent } from '../src/pipeline/intent.js';
import { SHOW_TOPICS, TALK_TO_PERSON } from './replies.js';

/** Anything no other intent understood: say so honestly, offer topics and a person, keep the question for staff. */
export const fallback: Intent = {
  name: 'fallback',
  match: () => 0.01,
  reply: (turn) => ({
    confidence: 0,
    effects: turn.text.folded.length > 0 ? [{ kind: 'record-unanswered', text: turn.text.original }] : [],
    conversation: { ...turn.conversation, choices: undefined },
    replies: [
      {
        text: 'Xin lỗi, tôi chưa có thông tin để trả lời câu hỏi này. Tôi chỉ trả lời về bảo hiểm y tế và các chính sách y tế liên quan. Bạn có thể chọn một chủ đề, hoặc hỏi trạm y tế xã, cơ quan bảo hiểm xã hội nơi bạn sống.',
        quickReplies: [SHOW_TOPICS, TALK_TO_PERSON],
      },
    ],
  }),
};
