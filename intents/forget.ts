import type { Intent } from '../src/pipeline/intent.js';
import { containsAny, phraseList } from '../src/language/phrases.js';

const asksToForget = phraseList([
  'xóa dữ liệu', 'xoá dữ liệu', 'xóa thông tin', 'xoá thông tin', 'xóa hết dữ liệu', 'xóa lịch sử', 'quên tôi', 'xóa dữ liệu của tôi',
]);

/** "xóa dữ liệu của tôi", or unfollowing the account: the conversation and the questions kept for staff are deleted. */
export const forget: Intent = {
  name: 'forget',
  actsDuringHandoff: true,
  match: (turn) => {
    if (turn.message.kind === 'unsubscribe') return 1;
    return containsAny(turn.text, asksToForget(turn.knowledge.normalize)) ? 0.97 : undefined;
  },
  reply: (turn) => ({
    confidence: 1,
    conversation: null,
    effects: [{ kind: 'forget-user' }],
    // Someone who unfollowed cannot be messaged; the pipeline sends nothing for that kind.
    replies:
      turn.message.kind === 'unsubscribe'
        ? []
        : [{ text: 'Tôi đã xóa dữ liệu trò chuyện và các câu hỏi bạn đã gửi. Nếu bạn nhắn tiếp, tôi sẽ bắt đầu lại từ đầu.' }],
  }),
};
