import type { Intent, Turn } from '../src/pipeline/intent.js';
import { consistsOf, FILLER, phraseList } from '../src/language/phrases.js';
import type { Scope } from '../src/faq/schema.js';

const livesIn = phraseList(['ở', 'sống ở', 'quê', 'nhà', 'tỉnh', 'thành phố', 'đang sống tại', 'người', 'dân', 'tại']);

/** The locality named by a message that says where the person lives, and nothing else. */
function statedLocality(turn: Turn): Scope | undefined {
  const { text, localities } = turn.knowledge.index.splitLocalities(turn.text);
  if (localities.length !== 1) return undefined;
  return text.folded.length === 0 || consistsOf(text, livesIn(turn.knowledge.normalize), FILLER) ? localities[0] : undefined;
}

export const locality: Intent = {
  name: 'locality',
  match: (turn) => (statedLocality(turn) ? 0.9 : undefined),
  reply: (turn) => {
    const id = statedLocality(turn)!;
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
