import type { Intent, Turn } from '../src/pipeline/intent.js';
import type { NormalizedText } from '../src/language/normalizer.js';
import { asksSomething, BHYT, closing, consistsOf, containsAny, FILLER, phraseList, withoutPhrases } from '../src/language/phrases.js';
import { askingSentence, clausesOf } from '../src/language/clauses.js';
import { asksAboutThisBot, isSmallTalk } from '../src/faq/small-talk.js';
import { livingPlace } from '../src/faq/stated-locality.js';
import { lastAnswered } from '../src/faq/resolution.js';
import { asksForItemByPlace, hasList } from '../src/faq/list-item.js';
import { HELP_TOPICS, PAYLOAD } from './replies.js';

// Where a request for help is made: "ở đây em hỏi được những gì", "bên này hỗ trợ được gì", "cái máy trả lời này hỏi
// được những gì" (the bot, as an answering machine).
const HERE = ['ở đây', 'trang này', 'bên này', 'máy trả lời này', 'cái máy trả lời này', 'máy trả lời tự động'];
const here = phraseList(HERE);

const asksForHelp = phraseList([
  ...HERE,
  'hướng dẫn', 'hướng dẫn sử dụng', 'giúp', 'giúp đỡ', 'trợ giúp', 'help', 'menu', 'danh mục', 'chủ đề',
  'bắt đầu', 'start', 'hướng dẫn dùng', 'dùng', 'làm được gì', 'hỏi được gì', 'hỏi gì', 'biết gì', 'cách dùng', 'cách sử dụng', 'sử dụng',
  'bạn là ai', 'trợ lý', 'chức năng', 'giúp được gì', 'làm gì', 'hỗ trợ gì', 'tư vấn gì', 'hỏi được những gì',
  'nên hỏi gì', 'hỏi những gì', 'có thể hỏi', 'trả lời được gì', 'trả lời được những gì', 'trả lời gì', 'biết những gì', 'làm được những gì',
  'làm được những việc gì', 'hỗ trợ được gì', 'hỗ trợ được những gì', 'hỗ trợ được những việc gì', 'giúp được những gì', 'giúp được những việc gì', 'giúp được việc gì',
  'tư vấn được gì', 'tư vấn được những gì', 'tư vấn những gì', 'câu hỏi gì', 'những câu hỏi gì', 'câu hỏi nào',
  'hỗ trợ những câu hỏi gì', 'hỗ trợ câu hỏi gì', 'hỗ trợ được', 'những việc gì',
  'trả lời được câu hỏi gì', 'trả lời được những câu hỏi gì', 'trả lời những câu hỏi gì', 'về những chủ đề nào',
  'về chủ đề nào', 'những chủ đề nào', 'cách hỏi', 'làm được gì cho người dân', 'danh sách chức năng', 'bắt đầu từ đâu',
  'chỉ giúp', 'hỗ trợ tra cứu', 'tra cứu', 'tra cứu những gì', 'những thông tin gì', 'thông tin gì', 'lần đầu dùng',
  // As staff write it: "Hệ thống này có thể giải đáp những nội dung gì?", "Xin cho biết nên đặt câu hỏi như thế nào".
  'hệ thống này', 'có thể', 'giải đáp những nội dung gì', 'giải đáp những gì', 'giải đáp được gì', 'xin cho biết', 'xin hỏi',
  'đặt câu hỏi như thế nào', 'nên đặt câu hỏi như thế nào', 'để được hỗ trợ', 'biết trả lời', 'những cái gì',
  'nội dung gì', 'những nội dung gì', 'nội dung nào', 'dùng sao', 'dùng thế nào', 'dùng như thế nào', 'dùng như nào',
  // "hỏi cái gì thì gõ vào đâu": where to type.
  'gõ vào đâu', 'gõ ở đâu', 'nhắn vào đâu', 'viết vào đâu', 'hỏi cái gì',
  'gợi ý', 'nên hỏi', 'nên hỏi cái gì', 'nên hỏi bạn cái gì', 'hỏi cái gì', 'hỏi về cái gì', 'hỏi về gì', 'vấn đề gì', 'những vấn đề gì', 'cái gì',
  'hỗ trợ những chủ đề nào', 'hỗ trợ chủ đề nào', 'có trả lời',
  // "Hệ thống có thể hỗ trợ tôi những nội dung gì?", "… phạm vi nội dung có thể hỗ trợ tra cứu và cách thức đặt câu
  // hỏi cho phù hợp": staff asking what it covers.
  'hệ thống', 'hỗ trợ tôi', 'hỗ trợ mình', 'hỗ trợ em', 'phạm vi', 'phạm vi nội dung', 'cách thức đặt câu hỏi', 'cách đặt câu hỏi', 'cho phù hợp',
  'về những nội dung nào', 'về nội dung nào', 'về những nội dung gì', 'về nội dung gì', 'làm sao để dùng', 'làm sao dùng',
  'làm sao để hỏi', 'làm sao hỏi', 'cái chatbot này', 'cái bot này', 'chatbot này', 'bot này',
  // What the bot is: "ai tạo ra bạn", "bạn là người hay máy".
  'ai tạo ra', 'ai làm ra', 'người hay máy', 'là robot', 'là máy',
  // "ko biết hỏi cái máy này thế nào": how to ask the bot, named as the phone it is on.
  'không biết hỏi', 'chưa biết hỏi', 'cái máy này', 'máy này', 'cái máy này thế nào', 'máy này thế nào',
  // "cái này dùng sao, hỏi cái gì cũng được à", "cái này xài sao, gõ gì vô": the chat itself, as "this thing".
  'cái này dùng sao', 'cái này dùng thế nào', 'cái này dùng như thế nào', 'cái này dùng như nào', 'cái này xài sao', 'cái này xài thế nào', 'xài sao', 'xài thế nào', 'gõ gì', 'gõ gì vô', 'gõ gì vào',
  'gõ cái gì', 'gõ cái gì vô', 'gõ cái gì vào', 'phải gõ', 'cho nó trả lời', 'để nó trả lời',
  'hỏi gì cũng được', 'hỏi cái gì cũng được', 'dùng cái này', 'sử dụng cái này', 'cách dùng cái này', 'cách sử dụng cái này',
]);

// "chào bạn, mình hỏi chút về bhyt", "cho em hỏi về bảo hiểm y tế": a question announced, not yet asked.
const announcing = phraseList([
  'xin chào', 'chào', 'muốn', 'cần', 'xin', 'chút', 'tí', 'xíu', 'một chút', 'vài câu', 'vài điều', 'ít', 'về', 'bảo hiểm y tế', 'bảo hiểm',
  'chính sách', 'thông tin', 'một số', 'tìm hiểu', 'tư vấn', 'được không', 'mấy chuyện', 'vài chuyện', 'cho cả nhà', 'cho gia đình',
  // "tôi muốn hỏi giúp mẹ tôi về bảo hiểm y tế": asked for someone else.
  'giúp', 'hộ', 'cho', 'người nhà', 'bố mẹ', 'ông bà', 'mẹ', 'bố', 'cha', 'ông', 'bà', 'vợ', 'chồng', 'con',
  // "chào ad, mình là sinh viên muốn hỏi chút": who is asking.
  'là sinh viên', 'là học sinh', 'là giáo viên', 'là công nhân', 'là nông dân', 'là cán bộ', 'là người dân',
]);
const ANNOUNCING_VERBS = new Set(['hoi', 'hieu', 'van']);

// Cues that ask about the bot itself, whatever else is said: "giúp" or "làm gì" alone ask for anything.
const asksAboutTheBot = phraseList([
  'chức năng', 'chủ đề', 'làm được gì', 'làm được những gì', 'hỏi được gì', 'hỏi được những gì', 'trả lời được',
  'tư vấn được', 'cách hỏi', 'cách dùng', 'cách sử dụng', 'hướng dẫn sử dụng', 'hướng dẫn dùng', 'bắt đầu từ đâu', 'lần đầu dùng',
  'hướng dẫn tôi', 'hướng dẫn mình', 'hướng dẫn em', 'gợi ý', 'không biết hỏi gì', 'nên hỏi', 'kiểu câu', 'menu', 'tính năng',
  'vấn đề gì', 'hỏi được những', 'hỏi được những câu', 'hỏi được câu', 'hỏi được những chuyện', 'hỏi được chuyện', 'biết trả lời', 'trả lời những', 'những chuyện gì', 'biết làm', 'làm những gì',
  'những việc gì', 'hỗ trợ những gì', 'giúp những gì', 'giải đáp những', 'giải đáp được', 'đặt câu hỏi thế nào',
  'hỏi như thế nào', 'nội dung gì', 'những nội dung gì', 'ai tạo ra', 'ai làm ra', 'người hay máy',
]);
// "… chị chưa biết dùng thế nào. em chỉ chị cách hỏi với": how to use the bot, whoever the request is made to.
const howToAsk = phraseList([
  'cách hỏi', 'hỏi như thế nào', 'hỏi thế nào', 'hỏi kiểu gì', 'cách dùng', 'cách sử dụng', 'hướng dẫn sử dụng', 'chưa biết dùng', 'không biết dùng',
  'chả biết dùng', 'chẳng biết dùng',
  'làm sao để dùng', 'làm sao dùng', 'không biết hỏi', 'chưa biết hỏi', 'không biết phải hỏi', 'làm sao để hỏi', 'làm sao hỏi',
]);

// "có hỗ trợ gì không" right after an answer on support with premiums asks about that support, not the bot; "dùng
// được những việc gì" right after one on VNeID asks about the app.
const support = phraseList(['hỗ trợ']);
const use = phraseList(['dùng', 'sử dụng']);
// "về nội dung gì" right after the date of Chỉ thị 52 asks what the directive is about, not what the bot covers.
const aboutWhat = phraseList([
  'về nội dung gì', 'về nội dung nào', 'về những nội dung gì', 'về những nội dung nào', 'nội dung gì', 'nội dung là gì',
  'nói về gì', 'nói về cái gì', 'về gì', 'về cái gì', 'về vấn đề gì',
]);

// "trả lời chả đúng gì cả, bot dở quá", "hỏi mãi mà không hiểu, chán ghê": the person is unhappy with the bot, and is
// helped to ask. Not "tệ quá": folded, with a tone slip, it is the "y tế qua" of "bảo hiểm y tế qua VNeID".
const complaints = phraseList([
  'dở quá', 'dở thế', 'dở tệ', 'kém quá', 'chán quá', 'chán ghê', 'chán thế', 'vô dụng', 'vớ vẩn',
  'trả lời sai', 'trả lời không đúng', 'chả đúng', 'không đúng gì', 'sai hết', 'sai rồi', 'sai bét', 'không hiểu gì', 'hỏi mãi',
  'không hiểu', 'chẳng hiểu', 'chả hiểu', 'không giúp được gì', 'chả giúp được gì', 'trả lời linh tinh',
  // Insults, and being asked again and again: "đồ ngu", "hỏi mấy lần rồi".
  'đồ ngu', 'đồ vô dụng', 'vô dụng quá', 'ngu quá', 'ngu thế', 'ngu vậy', 'ngu như bò', 'ngu như lợn', 'ngu như heo', 'ngu ngốc', 'đồ ngốc', 'ngốc quá', 'dốt quá', 'đồ dốt', 'hỏi mấy lần rồi', 'hỏi bao nhiêu lần rồi', 'hỏi mấy lần mà', 'hỏi bao nhiêu lần mà',
]);
// "hỏi mãi mà trạm y tế không trả lời" is about the commune station: what is said besides the complaint is short.
const BESIDES_COMPLAINT_WORDS = 3;

/** A complaint about the bot, and little else ("không hiểu thẻ bhyt điện tử dùng thế nào" asks about the card). */
function complains(turn: Turn): boolean {
  const cues = complaints(turn.knowledge.normalize);
  return isSmallTalk(turn, cues) && turn.knowledge.index.tellingWords(withoutPhrases(turn.text, cues)).length <= BESIDES_COMPLAINT_WORDS;
}

const WHAT_I_ANSWER =
  'Tôi trả lời các câu hỏi về bảo hiểm y tế: ngày BHYT, mục tiêu bao phủ, hỗ trợ đóng BHYT, quyền lợi khi khám chữa bệnh, thẻ BHYT điện tử và các chính sách mới. Hãy gõ câu hỏi, hoặc chọn một chủ đề.';
const APOLOGY = 'Xin lỗi vì tôi chưa trả lời đúng ý bạn. Bạn thử hỏi ngắn gọn một ý, chọn một chủ đề dưới đây, hoặc gặp cán bộ tư vấn.';

// "… Có đúng vậy không bạn?": whether what was said is true, not "có dùng …" (folded, "đúng" is "dùng").
const TRUTH_ASKED = /\bdung (?:(?:vay|the) )?(?:khong|ko|k)\b/;
function asksIfTrue(text: NormalizedText): boolean {
  return text.accented.includes('đúng') || TRUTH_ASKED.test(text.folded.join(' '));
}

// "phần IV", "mục 3": a part of a document, by its number.
const PART_NAMED = /(?<!\p{L})(?:phần|mục|phan|muc)\s+(?:[IVX]+|\d+)(?!\p{L})/iu;

// How a message following an answer up opens, and the words pointing back at what it named.
const FOLLOWING_UP = new Set(['ngoai', 'con']);
const POINTING_BACK = new Set(['đó', 'đấy', 'nó']);
// "tren do lam dc gi", typed plain: on the app or portal just named.
const ON_IT = [['tren', 'do'], ['trong', 'do']];

// Whom a request for help is made to: "bạn", "ad", or where (`HERE`).
const ADDRESSED = new Set(['ban', 'bot', 'ad', 'admin', 'chatbot', 'page']);
// Who a message opens on when the person tells of themselves: "tôi", "em", "mình", "cháu", "bác"; or of their family:
// "bà tôi", "vợ t", "con gái tôi", "bé nhà mình", "nhà t".
const PERSONS = new Set(['toi', 'tui', 't', 'em', 'e', 'minh', 'mk', 'chau', 'bac']);
const KIN = new Set(['ba', 'ong', 'bo', 'me', 'vo', 'chong', 'con', 'be', 'nha', 'anh', 'chi']);
const KIN_WORDS = 2;
// "cho t số điện thoại …", "đặt giúp tôi lịch khám", "tôi cần …": a request, which is no telling of who one is.
const REQUESTS = new Set(['cho', 'gui', 'dat', 'giup', 'can', 'muon', 'xin', 'hay']);
// Who else a message may be about: "họ", "nó", as written (and "ho …" first, typed plain).
const OTHERS = new Set(['họ', 'nó']);
// "mỗi đảng viên cần làm gì" asks about party members: folded, both words are filler ("đang", "quản trị viên").
const partyMembers = phraseList(['đảng viên']);

export const help: Intent = {
  name: 'help',
  match: (turn) => {
    if (turn.payload === PAYLOAD.help || turn.message.kind === 'subscribe') return 1;
    const { normalize } = turn.knowledge;
    const addressesBot = (text: NormalizedText) => text.folded.some((w) => ADDRESSED.has(w)) || containsAny(text, here(normalize));
    const addressed = addressesBot(turn.text);
    const last = !addressed ? lastAnswered(turn) : undefined;
    const lastTopic = last?.topic;
    if ((lastTopic === 'subsidy' && containsAny(turn.text, support(normalize))) || (lastTopic === 'digital' && containsAny(turn.text, use(normalize)))) return undefined;
    if (lastTopic && consistsOf(turn.text, aboutWhat(normalize), FILLER)) return undefined;
    // "nhóm cuối cụ thể làm những việc gì" right after a list asks what that item does, not the bot; "phần IV có những
    // việc gì" after a plan's appendix, what that part of it has.
    if (last && ((asksForItemByPlace(turn.text) && hasList(last)) || PART_NAMED.test(turn.text.original))) return undefined;
    // "ngoài tra cứu còn làm được gì nữa trên đó" right after an answer: more of what it is about, not of the bot.
    if (lastTopic && (FOLLOWING_UP.has(turn.text.folded[0]!) || turn.text.accented.some((w) => POINTING_BACK.has(w)) || containsAny(turn.text, ON_IT))) return undefined;
    const cues = asksForHelp(normalize);
    // "họ làm gì cụ thể" right after an answer asks what those it names do, not what the bot does; "đảng viên cần làm
    // gì", what party members do.
    const ofOthers = () =>
      ((turn.text.accented.some((w) => OTHERS.has(w)) || turn.text.folded[0] === 'ho') && lastAnswered(turn) !== undefined) || containsAny(turn.text, partyMembers(normalize));
    // "bot ngu thế": a complaint and nothing else, whatever a word of it may look like ("ngu", folded, is "ngư").
    // "bạn trả lời được những câu hỏi gì về bảo hiểm y tế": every answer is about it.
    const request = addressed ? withoutPhrases(turn.text, [['ve', ...BHYT]]) : turn.text;
    // "ad ơi bot này hỏi được những gì": asked, above the greeting that calling the bot is.
    if (consistsOf(request, cues, FILLER) && !ofOthers()) return asksSomething(turn.text) ? 0.96 : 0.9;
    if (consistsOf(turn.text, complaints(normalize), FILLER)) return 0.9;
    // "Chào bạn, mình ở Lai Châu, nhà làm chè …. Mình muốn hỏi mấy chuyện về bảo hiểm y tế cho cả nhà.": what is told
    // first asks nothing.
    const announced = (text: NormalizedText) => text.folded.some((w) => ANNOUNCING_VERBS.has(w)) && consistsOf(text, announcing(normalize), FILLER);
    if (announced(turn.text)) return 0.9;
    // "chào bạn, tôi là người dân tộc Tày ở xã Quảng Hán, muốn hỏi về bhyt": the same in the last clause of one sentence.
    if (turn.text.folded.some((w) => ANNOUNCING_VERBS.has(w))) {
      for (const part of new Set([askingSentence(turn.text.original), clausesOf(turn.text.original).at(-1)!])) {
        if (part === turn.text.original || part.includes('?') || !announced(normalize(part))) continue;
        const told = normalize(turn.text.original.slice(0, turn.text.original.lastIndexOf(part)));
        if (!asksSomething(told)) return 0.9;
      }
    }
    // "mình ở Lai Châu, bạn giúp được mình những việc gì?", "Xin chào, tôi là cán bộ tư pháp xã …. Bạn cho tôi biết
    // bạn có thể giúp được những việc gì?": who is writing, or where they live, then a request for help.
    // The request is made to the bot ("bạn", "ad"): "…, có gợi ý không" may ask for slogans.
    // Read only when the message names the bot somewhere: most do not.
    // "… Con cháu cài cho mình cái chat này mà mình không biết dùng. Bạn hướng dẫn mình cách sử dụng với, hỏi những gì
    // thì được?": the same, as the sentence that asks.
    // "…, chị chưa biết dùng thế nào. em hướng dẫn chị cách hỏi với": the same, asking how to use the bot.
    const using = howToAsk(normalize);
    if (addressed || containsAny(turn.text, using)) {
      // What is told before may ask only how to use the bot ("chị chưa biết dùng thế nào").
      const asksOtherThanTheBot = (told: NormalizedText) => asksSomething(told) && !containsAny(told, using);
      const clauses = clausesOf(turn.text.original);
      const sentence = askingSentence(turn.text.original);
      const toTheBot = (told: string, request: NormalizedText) =>
        (addressesBot(request) || containsAny(request, using)) && consistsOf(request, cues, FILLER) && !asksIfTrue(request) && !asksOtherThanTheBot(normalize(told));
      if (clauses.length > 1 && toTheBot(clauses.slice(0, -1).join(', '), normalize(clauses.at(-1)!))) return 0.9;
      const told = turn.text.original.slice(0, turn.text.original.lastIndexOf(sentence));
      if (sentence !== turn.text.original && toTheBot(told, normalize(sentence))) return 0.9;
    }
    // "bot này dùng để làm gì", "bot này giúp được những gì vậy, để em chỉ cho mẹ dùng": the bot is what is asked about.
    if (asksAboutThisBot(turn, cues)) return 0.9;
    // "danh sach chuc nang cua bot", "lần đầu dùng, ko biết bắt đầu từ đâu": about the bot, and nothing the FAQ answers.
    // Below an FAQ answer, as a complaint is.
    // "em 15 tuổi, học lớp 9", "bố mẹ t đều trên 70 tuổi rồi": who the person is, and nothing asked yet (any answer the
    // FAQ is sure of comes first; where they live is the locality intent's). Not "toi qua viet nam da bong thang hay
    // thua" ("tối qua", typed plain), off topic.
    const placedOrOffTopic = () => {
      const { knowledge } = turn;
      const { localities, places } = knowledge.index.splitLocalities(turn.text);
      return localities.length + places.length > 0 || knowledge.otherProvince(turn.text) !== undefined || knowledge.namesOutOfScope(turn.text) || knowledge.namesOffTopic(turn.text);
    };
    const [first, ...next] = turn.text.folded;
    const aboutSelf = PERSONS.has(first!) || (KIN.has(first!) && next.slice(0, KIN_WORDS).some((w) => PERSONS.has(w)));
    const requests = turn.text.folded.some((w) => REQUESTS.has(w));
    const introduces = () => aboutSelf && !requests && !asksSomething(turn.text) && !containsAny(turn.text, closing(normalize)) && !placedOrOffTopic();
    return isSmallTalk(turn, asksAboutTheBot(normalize)) || complains(turn) || introduces() ? 0.6 : undefined;
  },
  reply: (turn) => ({
    confidence: 0.9,
    conversation: { ...turn.conversation, ...livingPlace(turn), choices: HELP_TOPICS },
    replies: [
      {
        text: complains(turn) ? APOLOGY : `${turn.message.kind === 'subscribe' ? 'Cảm ơn bạn đã quan tâm! ' : ''}${WHAT_I_ANSWER}`,
        quickReplies: HELP_TOPICS,
      },
    ],
  }),
};
