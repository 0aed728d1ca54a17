import type { Intent } from '../src/pipeline/intent.js';
import { containsAny, phraseList, withoutPhrases } from '../src/language/phrases.js';
import { PAYLOAD, SHOW_TOPICS } from './replies.js';

const asksForPerson = phraseList([
  'gặp người', 'gặp cán bộ', 'gặp nhân viên', 'người tư vấn', 'tư vấn viên', 'cán bộ tư vấn', 'người thật', 'real person',
  'nói chuyện với người', 'nói chuyện với nhân viên', 'nhân viên hỗ trợ', 'tổng đài viên', 'nối máy cho', 'nối máy với', 'nối máy giúp',
  'gặp tư vấn', 'cần tư vấn trực tiếp', 'liên hệ cán bộ', 'chuyển cho cán bộ', 'chuyển cho nhân viên', 'gặp admin', 'gặp quản trị viên',
  'nói chuyện với cán bộ', 'chat với người', 'chat với máy', 'nói chuyện với máy', 'trực tiếp tư vấn', 'nhân viên nào',
  // Not "người trực" or "đang trực": folded, they are also the "người trục lợi" of fraud questions. Nor "chuyển cho
  // người": folded, it is also "khám chuyên cho người già". Nor "nhân viên tư vấn" alone, who may be selling another
  // insurance ("nhân viên tư vấn gọi suốt ngày"): asked to meet or talk to ("gặp nhân viên …").
  'chuyển máy', 'cán bộ phụ trách', 'hỏi trực tiếp người', 'cán bộ thật', 'nhân viên thật', 'chăm sóc khách hàng',
  'nhân viên cskh', 'chuyển em sang', 'chuyển tôi sang', 'chuyển mình sang', 'sang cán bộ', 'liên hệ lại',
  'sang nhân viên', 'sang tư vấn viên', 'chuyển cuộc trò chuyện', 'chuyển cuộc hội thoại', 'chuyển cuộc trao đổi',
  'trao đổi trực tiếp', 'chuyên viên phụ trách', 'kết nối với cán bộ', 'kết nối với nhân viên', 'kết nối giúp tôi',
  'chuyên viên tư vấn', 'tới chuyên viên', 'đến chuyên viên', 'giải đáp trực tiếp', 'gọi lại cho', 'cán bộ nào trực',
  'có nhân viên trực', 'có cán bộ trực', 'cần người hỗ trợ', 'người hỗ trợ trực tiếp', 'cán bộ trực tiếp', 'nhân viên trực tiếp',
  'người nghe máy', 'cán bộ nghe máy', 'nhân viên nghe máy', 'hỏi nhân viên', 'tư vấn trực tiếp', 'trực page', 'trực fanpage', 'nói chuyện trực tiếp với',
]);

// "gặp người dân", "nói chuyện với người dân": the people, not a person to talk to; "tôi là cán bộ phụ trách …": who
// is writing, not whom they ask for.
const notAskedFor = phraseList([
  'người dân', 'tôi là cán bộ', 'mình là cán bộ', 'em là cán bộ', 'cháu là cán bộ', 'tôi là nhân viên', 'mình là nhân viên', 'em là nhân viên',
]);

// "gặp nhân viên thái độ thì phản ánh ở đâu": a complaint about staff met, which the FAQ answers (where to complain);
// not one about the bot ("khiếu nại, bot trả lời không đúng, cần gặp cán bộ").
const complaint = phraseList(['phản ánh', 'khiếu nại', 'tố cáo', 'thái độ']);
const otherInsurance = phraseList(['bảo hiểm nhân thọ', 'bảo hiểm xe', 'bảo hiểm ô tô', 'bảo hiểm xe máy', 'bảo hiểm thất nghiệp']);
const THE_BOT = new Set(['bot', 'chatbot']);

// Platforms where staff answer in the platform's own inbox: there the bot pauses so it does not talk over them.
const STAFF_INBOX_CHANNELS = new Set(['messenger', 'zalo']);

export const handoff: Intent = {
  name: 'handoff',
  match: (turn) => {
    if (turn.payload === PAYLOAD.handoff) return 1;
    const { normalize } = turn.knowledge;
    if (containsAny(turn.text, complaint(normalize)) && !turn.text.folded.some((w) => THE_BOT.has(w))) return undefined;
    // "có người tư vấn mua bảo hiểm nhân thọ cho cháu …": a person of another insurance, whom no cán bộ here replaces.
    if (containsAny(turn.text, otherInsurance(normalize))) return undefined;
    return containsAny(withoutPhrases(turn.text, notAskedFor(normalize)), asksForPerson(normalize)) ? 0.92 : undefined;
  },
  reply: (turn) => {
    const pauses = STAFF_INBOX_CHANNELS.has(turn.message.channel);
    return {
      confidence: 0.92,
      conversation: pauses
        ? { ...turn.conversation, handoffUntil: turn.now.getTime() + turn.settings.handoffMs, choices: undefined }
        : undefined,
      replies: [
        {
          text: pauses
            ? 'Tôi đã chuyển cuộc trò chuyện cho cán bộ. Cán bộ sẽ trả lời bạn ngay tại đây trong giờ làm việc. Bạn cũng có thể hỏi trực tiếp tại trạm y tế xã hoặc cơ quan bảo hiểm xã hội nơi bạn sống.'
            : 'Để được cán bộ tư vấn trực tiếp, bạn hãy liên hệ trạm y tế xã, phường hoặc cơ quan bảo hiểm xã hội nơi bạn sống. Tôi vẫn ở đây nếu bạn muốn hỏi thêm.',
          quickReplies: pauses ? undefined : [SHOW_TOPICS],
        },
      ],
    };
  },
};
