import type { Intent } from '../src/pipeline/intent.js';
import { statedLocality } from '../src/faq/stated-locality.js';

export const locality: Intent = {
  name: 'locality',
  // Sure when the message says nothing else; less sure ("tôi ở Hải Phòng, nhà ngoài đảo", "ở Hải Phòng thì thế nào")
  // when it goes on or asks only of the place, so that an FAQ answer may win (and remembers the place, too).
  match: (turn) => {
    const stated = statedLocality(turn);
    if (!stated) return undefined;
    if (stated.only) return stated.asks ? 0.5 : 0.9;
    return stated.asks ? undefined : 0.5;
  },
  reply: (turn) => {
    const { id } = statedLocality(turn)!;
    const name = turn.knowledge.locality(id)?.name ?? id;
    return {
      confidence: 0.9,
      conversation: { ...turn.conversation, locality: id, localitySetAt: turn.now.getTime() },
      replies: [
        {
          text: `Tôi đã ghi nhận bạn ở ${name}. Các câu trả lời về mục tiêu và hỗ trợ BHYT sẽ ưu tiên thông tin của ${name}. Bạn muốn hỏi gì?`,
        },
      ],
    };
  },
};
