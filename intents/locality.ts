import type { Intent, Turn } from '../src/pipeline/intent.js';
import { asksSomething, consistsOf, FILLER, phraseList } from '../src/language/phrases.js';
import type { Scope } from '../src/faq/schema.js';

const WHERE_WORDS = new Set(['o', 'song', 'que', 'nha', 'tai']);
const livesIn = phraseList(['ở', 'sống ở', 'quê', 'nhà', 'tỉnh', 'thành phố', 'đang sống tại', 'người', 'dân', 'tại']);

/**
 * The locality named by a message that says where the person lives: sure when it says nothing else, less sure
 * ("tôi ở Hải Phòng, nhà ngoài đảo") when it goes on without asking anything, so that an FAQ answer may win.
 */
function statedLocality(turn: Turn): { id: Scope; confidence: number } | undefined {
  const { text, localities } = turn.knowledge.index.splitLocalities(turn.text);
  const id = localities[0];
  if (id === undefined || localities.length !== 1) return undefined;
  const saysWhere = livesIn(turn.knowledge.normalize);
  if (text.folded.length === 0 || consistsOf(text, saysWhere, FILLER)) return { id, confidence: 0.9 };
  // "tôi ở …", "nhà em ở …", "quê …": the first words say where, with the place taken out.
  const opening = text.folded.slice(0, 2);
  const startsSayingWhere = opening.some((t) => WHERE_WORDS.has(t)) && opening.every((t) => FILLER.has(t) || WHERE_WORDS.has(t));
  return startsSayingWhere && !asksSomething(turn.text) ? { id, confidence: 0.5 } : undefined;
}

export const locality: Intent = {
  name: 'locality',
  match: (turn) => statedLocality(turn)?.confidence,
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
