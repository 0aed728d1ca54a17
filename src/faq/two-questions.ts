import type { Turn } from '../pipeline/intent.js';
import type { Topic } from '../pipeline/conversation.js';
import type { NormalizedText } from '../language/normalizer.js';
import { halvesOf } from '../language/clauses.js';
import { askingCues, asksSomething, containsAny } from '../language/phrases.js';
import { documentNumbers } from './document-numbers.js';
import { DOCUMENT_DETAIL_WORDS } from './answer-engine.js';
import { answersNot, isSure, lastAnswered, OWN_TOPIC_WORDS, type Resolution, YEAR } from './resolution.js';
import { differing, endsAsFollowUp, refersBack, startsAsFollowUp } from './follow-up-cues.js';

// Messages that ask two things, or one thing of two: each part is resolved as a question of its own (by the
// resolver, passed in) and the answers are put together.

/** How one question, alone, is resolved. */
export type ResolveOne = (turn: Turn) => Resolution;

/** The resolution of the whole message, with the answer to each of the things it asks. */
export function withTwoQuestions(turn: Turn, resolution: Resolution, resolveOne: ResolveOne): Resolution {
  return withYearsCompared(turn, withWhichOfTwo(turn, withSecondQuestion(turn, resolution, resolveOne), resolveOne));
}

/**
 * "lai chau xay bv da khoa bao nhieu giuong, con bv y hoc co truyen may giuong": two questions in one message, each
 * surely answered on its own by a different entry, get both answers in the order asked, unless the message as a whole
 * found an answer to neither half that does answer it.
 */
function withSecondQuestion(turn: Turn, resolution: Resolution, resolveOne: ResolveOne): Resolution {
  if (turn.payload || resolution.kind === 'clarify') return resolution;
  if (isOutOfScope(resolution)) return besideOutOfScope(turn, resolution, resolveOne);
  // "hà nội mục tiêu năm 2035 là gì, còn 2045": a follow-up half asks without asking words of its own.
  if (askingCues(turn.text) < 2) {
    const answered = resolution.kind === 'answer' && !resolution.partial && !resolution.alongside;
    return (answered && (withFollowUpHalf(turn, resolveOne) ?? withBothAsked(turn, resolution, resolveOne))) || resolution;
  }
  // "ngày BHYT là ngày nào, tiện hỏi giá vàng hôm nay bao nhiêu": what the off-topic half asks is no figure the
  // answer misses.
  if (resolution.kind === 'none' || answersNot(turn, resolution)) {
    const beside = besideOutOfScope(turn, resolution, resolveOne);
    if (beside !== resolution) return beside;
  }
  if (resolution.kind === 'answer' && resolution.partial) return resolution;
  const followed = withFollowUpHalf(turn, resolveOne);
  if (followed) return followed;
  const { knowledge, conversation } = turn;
  // A place named in one half is where the other is asked about too ("mình ở cao bằng, …, và mỗi trạm y tế …").
  const locality = knowledge.index.splitLocalities(turn.text).localities[0] ?? conversation.locality;
  // A half is no follow-up to the last answer unless it points back at it: "chương trình đó có mấy nhóm nhiệm vụ, …"
  // after Hà Nội's programme; "chỉ thị đó số mấy" with nothing answered before points at what the message said.
  const last = lastAnswered(turn);
  const halfTurn = (text: NormalizedText): Turn => {
    const lastTopic = refersBack(text) ? conversation.lastTopic : undefined;
    return { ...turn, text, conversation: { ...conversation, locality, lastTopic, earlierTopic: undefined } };
  };
  // "…, và ban hành ngày nào": a half asking only when or by whom asks it of the document the other half names.
  const standsAlone = (text: NormalizedText) => {
    const telling = knowledge.index.tellingWords(text);
    const ownTopic = telling.length >= OWN_TOPIC_WORDS && !telling.every((w) => DOCUMENT_DETAIL_WORDS.has(w));
    // "… Nghị quyết số 282/NQ-CP … thực hiện Nghị quyết này có ngày ban hành là ngày nào" names what it asks about.
    const namesOwn = () => documentNumbers(text.folded.join(' ')).length > 0;
    return ownTopic && asksSomething(text) && (last !== undefined || !refersBack(text) || namesOwn());
  };
  for (const halves of halvesOf(turn.text.original)) {
    const texts = halves.map((half) => knowledge.normalize(half));
    if (!texts.every(standsAlone)) continue;
    const answers = texts.map((text) => {
      const half = halfTurn(text);
      const answer = resolveOne(half);
      return isSure(half, answer) ? answer : undefined;
    });
    const [first, second] = answers.map((answer) => answer?.entry);
    if (!first || !second || first === second || (first.group !== undefined && first.group === second.group)) continue;
    const wholeAnswersOne = resolution.kind === 'answer' && (resolution.entry === first || resolution.entry === second);
    if (resolution.kind === 'answer' && !wholeAnswersOne && !answersNot(turn, resolution)) return resolution;
    const confidence = Math.min(...answers.map((answer) => answer!.confidence));
    return { kind: 'answer', entry: first, alongside: [second], confidence, related: [] };
  }
  return resolution;
}

// "còn 2045": a follow-up half may be two words.
const FOLLOW_UP_HALF_WORDS = 2;

/**
 * "hà nội đến năm 2035 muốn y tế thủ đô thành gì, còn 2045 thì sao": a question, then a follow-up of its answer in the
 * same message; both answers, the second as the follow-up would get it (another year's or place's version included).
 */
function withFollowUpHalf(turn: Turn, resolveOne: ResolveOne): Resolution | undefined {
  const { knowledge, conversation } = turn;
  const fresh = (text: NormalizedText, lastTopic?: Topic): Turn => ({ ...turn, text, conversation: { ...conversation, lastTopic, earlierTopic: undefined } });
  for (const [before, after] of halvesOf(turn.text.original, FOLLOW_UP_HALF_WORDS)) {
    const next = knowledge.normalize(after);
    // "…, còn 2045", "… 6 rõ là gì? ai ký kế hoạch đó": what follows may point back at the first half's answer.
    if (!startsAsFollowUp(next) && !endsAsFollowUp(next) && !refersBack(next)) continue;
    const firstTurn = fresh(knowledge.normalize(before));
    // "Tôi là người Tày, làm ruộng ở …. … một cái sổ …. Cái đó gọi là gì?": after what is told, not asked, only a
    // follow-up with nothing of its own follows it up ("…, nghĩa là sao?").
    if (!asksSomething(firstTurn.text) && knowledge.index.tellingWords(next).length >= OWN_TOPIC_WORDS) continue;
    const first = resolveOne(firstTurn);
    if (!isSure(firstTurn, first)) continue;
    const asked = knowledge.index.contentWordsAsked(firstTurn.text);
    const secondTurn = fresh(next, { kind: 'entry', id: first.entry.id, at: turn.now.getTime(), asked });
    const second = resolveOne(secondTurn);
    if (!isSure(secondTurn, second) || second.entry === first.entry) continue;
    return { kind: 'answer', entry: first.entry, alongside: [second.entry], confidence: Math.min(first.confidence, second.confidence), related: [] };
  }
  return undefined;
}

// "tỷ lệ tiêm chủng và …": the first of two things asked together is named in a few words.
const BOTH_FIRST_WORDS = 6;
// Telling words that name a subject without asking about it, beside another half that asks.
const BARE_SUBJECT_WORDS = 3;
// The person writing, as typed with diacritics or plain: "mình biết rồi", "em muốn …".
const PERSON_WORDS = new Set(['tôi', 'mình', 'em', 'cháu', 'tớ', 'toi', 'minh']);
const AND_NEXT = /^\s+(?:và|va)\s/iu;

/**
 * "tỷ lệ tiêm chủng và tỷ lệ tập thể dục thường xuyên đến 2030 là bao nhiêu": two things, then what is asked of both.
 * The whole found the answer about one of them; the other half, on its own, is surely answered by another.
 */
function withBothAsked(turn: Turn, resolution: Extract<Resolution, { kind: 'answer' }>, resolveOne: ResolveOne): Resolution | undefined {
  const { knowledge } = turn;
  for (const [before, after] of halvesOf(turn.text.original)) {
    const first = knowledge.normalize(before);
    const named = knowledge.index.tellingWords(first);
    if (first.folded.length > BOTH_FIRST_WORDS || asksSomething(first) || named.length < OWN_TOPIC_WORDS) continue;
    const firstFound = knowledge.index.hasAllWords(resolution.entry, named);
    const rest = knowledge.normalize(after);
    // "mục tiêu chiều cao trẻ em và tuổi thọ trung bình năm 2030": the whole found the second, so the first is asked
    // (two things joined by "và"; not "tôi 75 tuổi, …", who is asking).
    const joinedByAnd = () => AND_NEXT.test(turn.text.original.slice(turn.text.original.indexOf(before) + before.length));
    if (!firstFound && !(joinedByAnd() && knowledge.index.hasAllWords(resolution.entry, knowledge.index.tellingWords(rest)))) continue;
    const otherTurn = { ...turn, text: firstFound ? rest : first };
    const other = resolveOne(otherTurn);
    // The other half's answer: of the first when the whole found the second, never of the first when it found that.
    if (other.kind !== 'answer' || !isSure(otherTurn, other) || other.entry === resolution.entry || knowledge.index.hasAllWords(other.entry, named) === firstFound) continue;
    return { ...resolution, alongside: [other.entry], confidence: Math.min(resolution.confidence, other.confidence) };
  }
  return undefined;
}

// "A với B cái nào …", "A hay B, việc nào …": which of two things, named before the question word.
const WHICH_OF = new Set(['cai', 'ben', 'viec', 'noi', 'benh']);
const BOTH_JOINS = new Set(['voi', 'va', 'hay']);
// What a question of which is more says besides the things compared: nothing of either.
const MORE = new Set(['hon', 'nhat', 'thi']);

/**
 * "bv đa khoa tỉnh lai châu với bv y học cổ truyền cái nào nhiều giường hơn": two things named, then which of them;
 * each one's sure answer to what is asked of them, so that the two can be compared.
 */
function withWhichOfTwo(turn: Turn, resolution: Resolution, resolveOne: ResolveOne): Resolution {
  if (turn.payload || (resolution.kind === 'answer' && resolution.alongside)) return resolution;
  const { folded, accented } = turn.text;
  const which = folded.findIndex((w, i) => w === 'nao' && i > 2 && WHICH_OF.has(folded[i - 1]!));
  // Not the "với" of "so với hải phòng thì nơi nào cao hơn", which compares with the last answer.
  const join = which < 0 ? -1 : folded.findIndex((w, i) => BOTH_JOINS.has(w) && i > 0 && i < which - 2 && !(w === 'voi' && folded[i - 1] === 'so'));
  if (join < 0) return resolution;
  const asked = accented.slice(which + 1).filter((_, i) => !MORE.has(folded[which + 1 + i]!));
  const [first, second] = [accented.slice(0, join), accented.slice(join + 1, which - 1)].map((named) => turn.knowledge.normalize([...named, ...asked].join(' ')));
  // Where the first names a place, the second is there too ("… tỉnh Lai Châu với bệnh viện y học cổ truyền …").
  const locality = turn.knowledge.index.splitLocalities(turn.text).localities[0] ?? turn.conversation.locality;
  const answers = [first!, second!].map((text) => {
    const half: Turn = { ...turn, text, conversation: { ...turn.conversation, locality, lastTopic: undefined, earlierTopic: undefined } };
    const answer = resolveOne(half);
    return isSure(half, answer) ? answer : undefined;
  });
  const [a, b] = answers.map((answer) => answer?.entry);
  if (!a || !b || a === b || (a.group !== undefined && a.group === b.group)) return resolution;
  return { kind: 'answer', entry: a, alongside: [b], confidence: Math.min(answers[0]!.confidence, answers[1]!.confidence), related: [] };
}

/** "Hà Nội mục tiêu đến 2035 với đến 2045 khác gì nhau": two years compared, the answer's version for each. */
function withYearsCompared(turn: Turn, resolution: Resolution): Resolution {
  if (resolution.kind !== 'answer' || resolution.alongside || !containsAny(turn.text, differing(turn.knowledge.normalize))) return resolution;
  const years = [...new Set(turn.text.folded.filter((w) => YEAR.test(w)))];
  const { entry } = resolution;
  const other = years.length === 2 && years.some((y) => entry.question.includes(y)) ? years.find((y) => !entry.question.includes(y)) : undefined;
  const version = other && turn.knowledge.variantOf(entry, { scope: entry.scope, year: other });
  return version && version !== entry ? { ...resolution, alongside: [version] } : resolution;
}

const isOutOfScope = (resolution: Resolution) => resolution.kind === 'none' && resolution.decision?.kind === 'fallback' && resolution.decision.outOfScope === true;

const BESIDE_SCOPE_NOTE = 'Tôi chỉ trả lời về bảo hiểm y tế và chính sách y tế; phần còn lại của câu hỏi nằm ngoài phạm vi đó.';

/**
 * What to say of the off-topic half of a message beside the half answered: that it is not answered, when it asks
 * something; nothing when it only tells ("đang xem phim với con, tiện hỏi …").
 */
export function besideScopeNote(offTopicHalf: NormalizedText): string | undefined {
  return asksSomething(offTopicHalf) ? BESIDE_SCOPE_NOTE : undefined;
}

/**
 * "mục tiêu bhyt cả nước 2026 bao nhiêu %, với lại giá vàng hôm nay bao nhiêu": a message asking two things, one of
 * them outside what the bot is about, gets the answer to the other, saying so.
 */
function besideOutOfScope(turn: Turn, resolution: Resolution, resolveOne: ResolveOne): Resolution {
  // A half that asks, and says what about: not "Tôi là nhà báo" of "Tôi là nhà báo, … Ngày Thầy thuốc là ngày nào?";
  // nor "ban hành ngày nào" of "nghị quyết 71, ban hành ngày nào", asked of the document the other half names.
  const namesDocument = documentNumbers(turn.text.folded.join(' ')).length > 0;
  const asking = (half: Turn) => {
    const telling = turn.knowledge.index.tellingWords(half.text);
    const ofNamedDocument = namesDocument && documentNumbers(half.text.folded.join(' ')).length === 0 && telling.every((w) => DOCUMENT_DETAIL_WORDS.has(w));
    return asksSomething(half.text) && telling.length >= OWN_TOPIC_WORDS && !ofNamedDocument;
  };
  for (const halves of halvesOf(turn.text.original)) {
    const halfTurns = halves.map((half) => ({ ...turn, text: turn.knowledge.normalize(half) }));
    const results = halfTurns.map((half) => resolveOne(half));
    // "mục tiêu bao phủ bhyt cả nước 2026 và thời tiết hà nội mai thế nào": before an off-topic half that asks, a
    // subject named in a few words of its own asks about it too; not what the person tells ("ngày 7/4 … thì mình biết
    // rồi. Còn …", "…, em muốn tặng quà …").
    const named = (i: number) => {
      const { text } = halfTurns[i]!;
      const tells = text.accented.some((w) => PERSON_WORDS.has(w));
      return i === 0 && !tells && asksSomething(halfTurns[1]!.text) && turn.knowledge.index.tellingWords(text).length >= BARE_SUBJECT_WORDS;
    };
    const sure = results.findIndex((result, i) => (asking(halfTurns[i]!) || named(i)) && isSure(halfTurns[i]!, result));
    if (sure < 0) continue;
    const answer = results[sure];
    if (answer?.kind !== 'answer' || !isOutOfScope(results[1 - sure]!)) continue;
    const note = besideScopeNote(halfTurns[1 - sure]!.text);
    return { ...answer, ...(note && { note }), question: halfTurns[sure]!.text };
  }
  return resolution;
}
