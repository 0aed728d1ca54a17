import type { Intent } from '../src/pipeline/intent.js';
import { livingPlace, statedLocality, statedOtherProvince, toldBesideOwn } from '../src/faq/stated-locality.js';
import type { KinPlace } from '../src/faq/kin-places.js';
import type { Turn } from '../src/pipeline/intent.js';
import { asksSomething } from '../src/language/phrases.js';
import { FOLLOW_UP_LEADS } from '../src/faq/follow-up-cues.js';
import { notCovered } from '../src/faq/place-answers.js';
import { lastAnswered } from '../src/faq/resolution.js';
import { citing } from './replies.js';

export const locality: Intent = {
  name: 'locality',
  // Sure when the message says nothing else; less sure ("tôi ở Hải Phòng, nhà ngoài đảo", "ở Hải Phòng thì thế nào")
  // when it goes on or asks only of the place, so that an FAQ answer may win (and remembers the place, too).
  match: (turn) => {
    const stated = statedLocality(turn);
    if (!stated) return statedOtherProvince(turn) || (!asksSomething(turn.text) && toldBesideOwn(turn)) ? 0.9 : undefined;
    // "… ở cao bằng, lương hưu năm 2026 có tăng không": what is asked is out of scope, which the fallback says.
    if (turn.knowledge.namesOutOfScope(turn.text)) return undefined;
    // "còn ở Hải Phòng", "thế Lai Châu" right after an answer follow it up (typed plain, "con" may also be a child
    // saying where they live: the answer for that place suits both).
    const last = FOLLOW_UP_LEADS.has(turn.text.folded[0]!) ? lastAnswered(turn) : undefined;
    // "còn ở Hà Nội" right after Lai Châu's answer, which has no version for Hà Nội: the question again, of Hà Nội,
    // for the FAQ to answer or the fallback to say the documents do not. So does a place alone, named without saying
    // it is where the person is ("hà nội" after Hải Phòng's answer).
    const answered = last ?? (stated.only && !stated.person ? lastAnswered(turn) : undefined);
    const elsewhere = answered && answered.scope !== 'national' && answered.scope !== stated.id && !turn.knowledge.variantOf(answered, { scope: stated.id });
    if (stated.only && elsewhere) return undefined;
    // "ở Lai Châu cụ thể là gì" right after an answer asks it of that place: the FAQ answers, or the fallback says the
    // documents do not (both remember the place).
    if (stated.only && stated.asks && lastAnswered(turn)) return undefined;
    if (stated.only) return stated.asks || last ? 0.5 : 0.9;
    // "bố mẹ mình ở Nghệ An, mình ở Hải Phòng": places told, whose each, and nothing asked.
    if (stated.kin && stated.person && !stated.asks) return 0.9;
    return stated.asks ? undefined : 0.5;
  },
  reply: (turn) => {
    const stated = statedLocality(turn);
    const told = stated ? undefined : toldBesideOwn(turn);
    if (!stated) {
      const kin = told && told.kin.length > 0 ? `Tôi đã ghi nhận nơi người thân của bạn sống: ${[...new Set(told.kin.map((k) => kinPlaceName(turn, k)))].join(', ')}. ` : '';
      // Somewhere the documents have no plan for: the answers are the nation's, and no other place is remembered.
      const name = told ? told.elsewhere : statedOtherProvince(turn);
      const conversation = { ...turn.conversation, ...livingPlace(turn) };
      // Relatives' provinces without a plan are answered with the nation's information, as the person's own would be.
      const unplanned = name ?? (told?.kin.every((k) => k.elsewhere) ? told.kin.map((k) => k.elsewhere).join(', ') : undefined);
      const answers = unplanned
        ? `Tài liệu tôi có chưa có kế hoạch riêng của ${unplanned}. Tôi sẽ trả lời theo thông tin chung cả nước.`
        : 'Khi bạn hỏi về nơi của ai, tôi sẽ trả lời theo thông tin của tỉnh, thành phố đó.';
      return { confidence: 0.9, conversation, replies: [{ text: `${kin}${answers} Bạn muốn hỏi gì?` }] };
    }
    const { id, person } = stated;
    const { knowledge } = turn;
    const name = knowledge.locality(id)?.name ?? id;
    const conversation = { ...turn.conversation, ...livingPlace(turn) };
    // "nhà mình ở Lai Châu nha", "ở Cao Bằng ấy" right after an answer that has that place's version: that version.
    const last = lastAnswered(turn);
    const local = last && (last.scope === id ? last : knowledge.variantOf(last, { scope: id }));
    // "lai châu" alone right after the nation's doctors per station, which the documents do not give for Lai Châu: the
    // nation's answer, saying so.
    if (!local && last?.scope === 'national' && !person) {
      const sources = knowledge.sourcesOf(last);
      return {
        confidence: 0.9,
        entryId: last.id,
        sources,
        conversation,
        replies: [{ text: citing(`${notCovered(name)}\n${last.answer.trim()}`, sources) }],
      };
    }
    if (!local) {
      // "em muốn hỏi về Hải Phòng" asks about the place, and says nothing of where the person lives; "vợ tôi quê ở Cao
      // Bằng" says where a relative does.
      const kin = stated.kin?.some((k) => k.who !== '') && !person;
      const noted = kin ? `Tôi đã ghi nhận nơi người thân của bạn sống: ${name}. ` : person || !stated.asks ? `Tôi đã ghi nhận bạn ở ${name}. ` : '';
      return {
        confidence: 0.9,
        conversation,
        replies: [{ text: `${noted}Các câu trả lời về mục tiêu và hỗ trợ BHYT sẽ ưu tiên thông tin của ${name}. Bạn muốn hỏi gì?` }],
      };
    }
    const sources = knowledge.sourcesOf(local);
    return {
      confidence: 0.9,
      entryId: local.id,
      sources,
      conversation: { ...conversation, lastTopic: { kind: 'entry', id: local.id, at: turn.now.getTime() } },
      replies: [{ text: citing(`${person ? `Tôi đã ghi nhận bạn ở ${name}. ` : ''}Thông tin của ${name}:\n${local.answer.trim()}`, sources) }],
    };
  },
};

/** How a reply names a relative's place: "Cao Bằng", or a province without a plan as the person wrote it. */
function kinPlaceName({ knowledge }: Turn, { scope, elsewhere }: KinPlace): string {
  return scope ? (knowledge.locality(scope)?.name ?? scope) : elsewhere!;
}
