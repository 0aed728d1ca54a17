import type { Intent } from '../src/pipeline/intent.js';
import { asksSomething, CLOSING, closing, consistsOf, containsAny, FILLER, indexOfPhrase, phraseList, WISHES, withoutLeadingParticles } from '../src/language/phrases.js';
import { clausesOf } from '../src/language/clauses.js';
import { isSmallTalk } from '../src/faq/small-talk.js';
import { CLARIFY_THRESHOLD } from '../src/faq/answer-engine.js';
import { SHOW_TOPICS } from './replies.js';

const THANKS = ['cảm ơn', 'cám ơn', 'thank you', 'thanks'];
const thanksOnly = phraseList(THANKS);
const THANK_YOU = [...THANKS, 'tạm biệt', 'bye', 'hiểu rồi', 'vâng', 'dạ', 'ok', 'oke', 'okay'];
const thankYou = phraseList(THANK_YOU);
const TAKEN_IN = ['vậy à', 'thế à', 'vậy hả', 'thế hả', 'ra vậy', 'ra thế'];
const takenIn = phraseList(TAKEN_IN);
// Also the ways a conversation ends without thanks: "thôi mình out đây, bái bai", "dạ e hiểu rồi ạ, bot giỏi quá".
const ENDINGS = [
  ...CLOSING, 'bái bai', 'bai bai', 'out', 'hiểu rồi', 'giỏi quá', 'tuyệt vời', 'vậy thôi', 'vui vẻ', ...WISHES, 'buổi tối',
  'một ngày vui vẻ', 'ngày vui vẻ', 'một ngày tốt lành', 'ngày tốt lành',
  // "chúc sức khỏe": not "sức khỏe" alone, which is what many questions are about.
  'chúc sức khỏe',
  'ok', 'oke', 'okay', 'hỏi sau', 'hỏi thêm sau', 'hôm nào hỏi tiếp', 'hôm khác hỏi', 'lúc khác hỏi', 'hỏi tiếp sau',
  // "vậy à", "ra thế": the answer taken in.
  ...TAKEN_IN,
  // "thôi chào nhé": a greeting after "thôi" takes leave.
  'thôi chào',
];
const endings = phraseList(ENDINGS);
// "chúc bạn nhiều sức khỏe": what is wished, said after one of the endings.
const WISHED = ['sức khỏe', 'mạnh khỏe', 'dồi dào'];
const wished = phraseList(WISHED);
// A clause that only thanks or says goodbye.
const closings = phraseList([...ENDINGS, ...THANK_YOU, ...WISHED]);
// "ok cảm ơn em …", "dạ cảm ơn …": an acknowledgement before the thanks.
const ACKNOWLEDGEMENTS = new Set(['ok', 'oke', 'okay', 'da', 'vang', 'a']);
const GOODBYES = ['tạm biệt', 'bye', 'hẹn gặp lại', 'bái bai', 'bai bai', 'out', 'thôi chào'];
// "ok chúc bạn sức khỏe nhé": a wish or a goodbye, which is taken leave of as a goodbye.
const leaving = phraseList([...GOODBYES, ...WISHES, 'chúc sức khỏe']);
// "👍", "🙏🙏", "❤️": a message of nothing but these thanks or agrees.
const THANKING_EMOJI = /^(?:[👍🙏❤💯👌😊🥰😍🤝✅♥]|\p{Emoji_Modifier}|\uFE0F|\s)+$/u;
/** "cảm ơn bạn đã giải đáp", "thôi bác đi đây, tạm biệt nhé": longer, but still only thanks or goodbye. */
const CLOSING_MAX_WORDS = 10;
// Above a greeting's 0.95: wishes with thanks say goodbye.
const THANKS_AND_WISHES = 0.96;
// "cảm ơn bạn nhiều lắm nhé, nhờ bạn mà …, chúc bạn luôn khỏe, …": this long, opening with thanks, it is a goodbye.
const LONG_THANKS_WORDS = 20;

export const thanks: Intent = {
  name: 'thanks',
  match: (turn) => {
    const normalize = turn.knowledge.normalize;
    if (consistsOf(turn.text, thankYou(normalize), FILLER) || THANKING_EMOJI.test(turn.text.original)) return 0.9;
    // Only the words of a closing: "cảm ơn ad nhiều, chúc ad buổi tối vui vẻ", with thanks (above the greeting the
    // wishes also are); "ok chúc bạn sức khỏe nhé", a wish or a goodbye.
    if (consistsOf(turn.text, closings(normalize), FILLER)) {
      if (containsAny(turn.text, thanksOnly(normalize))) return THANKS_AND_WISHES;
      if (containsAny(turn.text, leaving(normalize))) return 0.9;
    }
    // "cảm ơn bạn nhiều nhé, … bạn trả lời dễ hiểu lắm, … thật sự cảm ơn nhiều": thanks first, then thanks again or a
    // long goodbye, with no question mark and nothing the FAQ would answer ("cảm ơn, cho hỏi thêm hộ cận nghèo …").
    const { text } = turn;
    const thanks = thanksOnly(normalize);
    const start = ACKNOWLEDGEMENTS.has(text.folded[0]!) ? 1 : 0;
    const clauses = thanks.some((p) => indexOfPhrase(text, p) === start) && !text.original.includes('?') ? clausesOf(text.original) : [];
    if (clauses.length > 1) {
      // "…, chị chào em nhé, có gì chị hỏi sau": a goodbye last is thanks again.
      const lastClause = normalize(clauses.at(-1)!);
      const thanksAgain = containsAny(lastClause, thanks) || consistsOf(lastClause, closings(normalize), FILLER);
      if (thanksAgain || text.folded.length >= LONG_THANKS_WORDS) {
        // What is said between, but a goodbye ("bà tạm biệt nhé"), must ask nothing the FAQ answers.
        const said = clauses.slice(1, thanksAgain ? -1 : undefined).filter((clause) => !consistsOf(normalize(clause), closings(normalize), FILLER));
        const between = turn.knowledge.decide(normalize(said.join(', ')));
        if (!(between.kind === 'answer' && between.best.score >= CLARIFY_THRESHOLD)) return 0.6;
      }
    }
    // "vậy hả" asks nothing new: the answer taken in, below an FAQ answer that gives it again.
    if (consistsOf(text, takenIn(normalize), FILLER)) return 0.5;
    // Below an FAQ answer: "cảm ơn, hộ nghèo được hỗ trợ ko" is a question first.
    if (asksSomething(text)) return undefined;
    // "ok giờ cho tôi số điện thoại …": an "ok" that begins a request does not end the conversation.
    const unacknowledged = { ...turn, text: withoutLeadingParticles(text) };
    const closes = (text.folded.length <= CLOSING_MAX_WORDS && containsAny(text, closing(normalize))) || isSmallTalk(unacknowledged, endings(normalize), wished(normalize));
    return closes ? 0.5 : undefined;
  },
  reply: (turn) => ({
    confidence: 0.9,
    replies: [
      {
        text: containsAny(turn.text, leaving(turn.knowledge.normalize))
          ? 'Tạm biệt, chúc bạn nhiều sức khỏe! Khi cần hỏi về bảo hiểm y tế, bạn cứ nhắn cho tôi.'
          : consistsOf(turn.text, takenIn(turn.knowledge.normalize), FILLER)
            ? 'Vâng. Nếu cần hỏi thêm về bảo hiểm y tế, bạn cứ nhắn cho tôi.'
            : 'Không có gì ạ! Nếu cần hỏi thêm về bảo hiểm y tế, bạn cứ nhắn cho tôi.',
        quickReplies: [SHOW_TOPICS],
      },
    ],
  }),
};
