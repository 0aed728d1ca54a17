import type { Turn } from '../pipeline/intent.js';
import { CLARIFY_THRESHOLD } from './answer-engine.js';
import { asksSomething, BHYT, containsAny, indexOfPhrase, phraseList, withoutPhrases, type Phrase } from '../language/phrases.js';

const SMALL_TALK_TELLING_WORDS = 6;

// How people name the bot or the page they write to; they say nothing about what is asked.
const addressees = phraseList([
  'chatbot bảo hiểm y tế', 'bot bảo hiểm y tế', 'trợ lý bảo hiểm y tế', 'bên bảo hiểm y tế', 'bên bảo hiểm xã hội',
  'chatbot', 'bot', 'trợ lý', 'quý cơ quan', 'ad', 'admin', 'cái máy này', 'máy này', 'trang này',
]);

// "… linh tinh quá", "dở ghê", "rồi vẫn không hiểu": how much or how long, which says nothing of what; only as written
// ("qua mạng", "vài câu", "văn bản" are words).
const INTENSIFIERS = new Set(['quá', 'lắm', 'ghê', 'thật', 'vãi', 'vậy', 'rồi', 'nhỉ', 'vẫn']);

// "bot này", "trang này": the thing the message is about.
const THIS = new Set(['nay']);
// "bot này kiểm tra được những thông tin gì": what the bot does is said in a few words.
const THE_BOT_TELLING_WORDS = 3;

/**
 * "bot này dùng để làm gì", "bot này giúp được những gì vậy, để em chỉ cho mẹ dùng": a message that opens with the
 * bot it is about, has one of the cues and says little besides (not "bot này biết mức đóng bhyt học sinh không").
 */
export function asksAboutThisBot(turn: Turn, cues: readonly Phrase[]): boolean {
  const { knowledge, text } = turn;
  const named = addressees(knowledge.normalize);
  // "trang này", "máy này" say "this" themselves; "cháu ơi, cái máy này …": after whom the message calls.
  const start = text.folded[1] === 'oi' ? 2 : 0;
  const opens = named.some(
    (addressee) => indexOfPhrase(text, addressee) === start && [addressee.at(-1), text.folded[start + addressee.length]].some((w) => THIS.has(w ?? '')),
  );
  if (!opens || !containsAny(text, cues)) return false;
  const rest = withoutPhrases(text, [...cues, ...named, BHYT]);
  return knowledge.index.tellingWords(rest).length <= THE_BOT_TELLING_WORDS;
}

/**
 * A message with one of the cues that, without them, asks the FAQ nothing it would answer ("chào chatbot bhyt", "xin
 * chào, chúc một ngày tốt lành", "thôi mình out đây, bái bai"): small talk of that kind, however it is worded around
 * the cue. `saidWithCues`: words that go with a cue but are none alone ("sức khỏe" of "chúc bạn nhiều sức khỏe").
 */
export function isSmallTalk(turn: Turn, cues: readonly Phrase[], saidWithCues: readonly Phrase[] = []): boolean {
  const { knowledge } = turn;
  // "cách nấu cháo cho bé": a subject the documents never touch, whose words may look like a cue ("cháo", "chào").
  if (!containsAny(turn.text, cues) || knowledge.namesOffTopic(turn.text)) return false;
  const said = withoutPhrases(turn.text, [...cues, ...saidWithCues, ...addressees(knowledge.normalize)]);
  const kept = said.accented.map((w) => !INTENSIFIERS.has(w));
  const rest = { ...said, accented: said.accented.filter((_, i) => kept[i]), folded: said.folded.filter((_, i) => kept[i]) };
  if (rest.folded.length === 0) return true;
  // "… em cần biết nghị quyết 72 do ai ban hành, ngày nào, nói về vấn đề gì. bot trả lời ngắn gọn giúp em": small talk
  // is short; a message that says this much around its cue, and asks, is about something.
  // Its own words only: the message's question mark may be the cue's ("bot hỏi được gì?").
  const asksBesides = asksSomething({ ...rest, original: rest.accented.join(' ') });
  // Nor one that tells twice that much, however it asks ("… Kính đề nghị cho biết chính xác ngày, tháng …").
  const telling = knowledge.index.tellingWords(rest).length;
  if (telling > (asksBesides ? SMALL_TALK_TELLING_WORDS : 2 * SMALL_TALK_TELLING_WORDS)) return false;
  // "Chào bạn, nhà tôi ở Mường Tè" says where the person lives: more than a greeting.
  // What is left must not be near a question the FAQ answers: an answer far ahead of weak rivals is not enough.
  // "Nghị quyết 21 về dân số có nội dung gì": a subject the documents do not cover is no small talk either, nor
  // "bác trưởng thôn nhờ em tìm xem chỉ thị 52 nói về vấn đề gì", a document they do.
  const decision = knowledge.decide(rest);
  if ((decision.kind === 'fallback' && decision.outOfScope) || knowledge.namesKnownDocument(rest)) return false;
  const best = decision.candidates[0];
  const named = knowledge.index.splitLocalities(rest);
  return named.localities.length + named.places.length === 0 && !(best && best.score >= CLARIFY_THRESHOLD);
}
