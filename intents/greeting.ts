import type { Intent } from '../src/pipeline/intent.js';
import type { NormalizedText } from '../src/language/normalizer.js';
import { asksSomething, consistsOf, containsAny, FILLER, indexOfPhrase, phraseList, WISHES, type Phrase } from '../src/language/phrases.js';
import { livingPlace, statedLocality } from '../src/faq/stated-locality.js';
import { clausesOf } from '../src/language/clauses.js';
import { isSmallTalk } from '../src/faq/small-talk.js';
import { HELP_TOPICS } from './replies.js';

const GREETINGS = [
  'xin chào', 'kính chào', 'chào', 'hello', 'hi', 'hii', 'alo', 'chào buổi sáng', 'good morning', 'hey', 'hé lô', 'hê lô', 'helo', ...WISHES,
  'ngày mới vui', 'ngày mới vui vẻ', 'ngày mới tốt lành', 'một ngày vui vẻ', 'ngày vui vẻ', 'một ngày tốt lành', 'ngày tốt lành', 'buổi tối vui', 'buổi tối', 'vui vẻ', 'cuối tuần vui vẻ', 'a lô', 'chào cả nhà', 'chào hệ thống', 'mới kết bạn', 'kết bạn zalo', 'kết bạn',
  // Whom the greeting is for: "em chào anh chị bên bảo hiểm y tế ạ".
  'bên bảo hiểm y tế', 'bên bảo hiểm xã hội', 'bên bảo hiểm', 'cán bộ', 'chào sở y tế', 'chào quý cơ quan', 'chào trạm y tế', 'chào trung tâm y tế', 'chào bệnh viện',
  // "à quên, chào bạn nhé": what comes to mind before the greeting.
  'à quên', 'quên mất',
  // "alo có ai không": is anyone there.
  'có ai không', 'có ai ở đó không', 'có ai ở đây không', 'có ai đây không', 'có ai trực không',
];
const greetings = phraseList(GREETINGS);

// "ad ơi" alone calls for attention; followed by anything ("ad ơi e buồn quá"), it only opens the message.
const calls = phraseList(['ad ơi', 'admin ơi', 'bot ơi', 'chatbot ơi', 'page ơi']);
// "Xin chào, tôi là cán bộ trạm y tế xã": who is writing, said with the greeting.
const introductions = phraseList([
  'tôi là', 'mình là', 'em là', 'cháu là', 'tui là', 'tớ là', 'chị là', 'anh là', 'cô là', 'chú là', 'bác là', 'ông là', 'bà là', 'tôi tên',
  'mình tên', 'em tên',
]);
// "👋", "🙋‍♀️": a wave says hello (emoji are gone from the normalised text).
const WAVES = /^(?:\s|👋|🙋|🤗|\p{Emoji_Modifier}|\u200d|\u2640|\u2642|\ufe0f)+$/u;
// "chào bạn, hôm nay bạn khỏe không": how the bot is, asked with the greeting.
const greetingHowAreYou = phraseList([...GREETINGS, 'khỏe không', 'có khỏe không', 'khỏe chứ', 'khỏe', 'hôm nay', 'bữa nay', 'bữa này', 'dạo này', 'thế nào', 'ra sao', 'vẫn']);
const asksHowItIs = phraseList(['khỏe không', 'có khỏe không', 'khỏe chứ', 'dạo này thế nào', 'dạo này ra sao']);
// A greeting opens the message: within its first words.
const GREETING_OPENS = 3;
// "…, lát nữa mình hỏi chuyện bảo hiểm sau nhé": the questions are to come.
const ASKS_LATER = /\b(?:lat nua|chut nua|ti nua|xiu nua|hoi sau)\b/;

/** True when the cue is among the message's first words. */
function opensWith(text: NormalizedText, cue: Phrase): boolean {
  const at = indexOfPhrase(text, cue);
  return at >= 0 && at < GREETING_OPENS;
}

export const greeting: Intent = {
  name: 'greeting',
  match: (turn) => {
    const { text, knowledge } = turn;
    const cues = greetings(knowledge.normalize);
    if (consistsOf(text, cues, FILLER) || consistsOf(text, calls(knowledge.normalize), FILLER) || WAVES.test(text.original)) return 0.95;
    // "Chào Sở Y tế Hải Phòng ạ": the greeting names whose page it is.
    if (consistsOf(knowledge.index.splitLocalities(text).text, cues, FILLER)) return 0.95;
    if (containsAny(text, asksHowItIs(knowledge.normalize)) && consistsOf(text, greetingHowAreYou(knowledge.normalize), FILLER)) return 0.9;
    if (asksSomething(text)) return undefined;
    const opens = cues.some((cue) => opensWith(text, cue));
    if (opens && ASKS_LATER.test(text.folded.join(' '))) return 0.6;
    // "xin chào, mình ở Lai Châu": a greeting, which the reply returns, noting the place (just above the locality
    // intent); with more said, any answer the FAQ finds comes first.
    // A greeting and an introduction: the words of the person's work ("cán bộ trạm y tế xã", "cô giáo về hưu ở Cao
    // Bằng") ask the FAQ nothing.
    const introduced = opens && containsAny(text, introductions(knowledge.normalize));
    const stated = statedLocality(turn);
    // Not "tôi là cán bộ xã ở Cao Bằng, cần khẩu hiệu …": the place must end what is said.
    const placeLast = () => knowledge.index.splitLocalities(knowledge.normalize(clausesOf(text.original).at(-1)!)).localities.length > 0;
    // Above an FAQ answer found for the work's words ("mình là cán bộ xã ở cao bằng" is no question about officials).
    if (opens && stated) return stated.only ? 0.92 : introduced && placeLast() ? 0.75 : 0.51;
    if (introduced) return 0.9;
    // "chào chatbot bhyt", "Chào bot nhé, lâu lắm mới vào": a greeting, and nothing the FAQ could answer.
    // "chào ad, cho mình xin số điện thoại bệnh viện …": a request, which a greeting back would ignore.
    return isSmallTalk(turn, cues) ? 0.6 : undefined;
  },
  reply: (turn) => {
    const stated = statedLocality(turn);
    const name = stated && (turn.knowledge.locality(stated.id)?.name ?? stated.id);
    const noted = name ? ` Tôi đã ghi nhận bạn ở ${name}: câu trả lời về mục tiêu và hỗ trợ BHYT sẽ ưu tiên thông tin của ${name}.` : '';
    return {
      confidence: 0.95,
      ...(stated ? { conversation: { ...turn.conversation, ...livingPlace(turn) } } : {}),
      replies: [
        {
          text: `Xin chào! Tôi là trợ lý hỏi đáp về bảo hiểm y tế (BHYT).${noted} Bạn cứ hỏi bằng lời của mình, có dấu hay không dấu đều được, hoặc chọn một chủ đề dưới đây.`,
          quickReplies: HELP_TOPICS,
        },
      ],
    };
  },
};
