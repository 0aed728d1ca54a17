import type { Intent, Turn } from '../src/pipeline/intent.js';
import { currentTopic } from '../src/pipeline/conversation.js';
import { livingPlace } from '../src/faq/stated-locality.js';
import type { HealthDay } from '../src/faq/content.js';
import type { FaqEntry } from '../src/faq/schema.js';
import { resolve } from '../src/faq/question-resolver.js';
import { answersNot } from '../src/faq/resolution.js';
import { besideScopeNote } from '../src/faq/two-questions.js';
import { ANSWER_THRESHOLD } from '../src/faq/answer-engine.js';
import { askingCues, asksAgain, asksSomething, consistsOf, containsAny, FILLER, indexOfPhrase, phraseList, phrases, withoutPhrases, type Phrase } from '../src/language/phrases.js';
import type { NormalizedText } from '../src/language/normalizer.js';
import { askingSentence, halvesOf } from '../src/language/clauses.js';
import { citing, PAYLOAD } from './replies.js';

const DAY_MS = 86_400_000;
const DATE_LEADS = new Set(['ngay', 'mung', 'mong']);
// "còn …", "thế còn …", "vậy …": what comes next in the conversation ("the" typed plain may be "thẻ").
const FOLLOW_UP_LEADS = new Set(['còn', 'con', 'vậy', 'vay', 'thế']);
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
// What may stand beside a date alone: a follow-up's lead, a particle.
const BESIDE_DATE_ALONE = new Set(['con', 'vay', 'the', 'a', 'ha', 'nhi', 'nhe']);

const asksForDate = phraseList([
  'ngày nào', 'ngày mấy', 'ngày bao nhiêu', 'ngày gì', 'là ngày', 'khi nào', 'bao giờ', 'lúc nào', 'tháng mấy',
  'hôm nào', 'còn bao nhiêu ngày', 'mấy ngày nữa', 'còn mấy ngày', 'tháng nào', 'mùng mấy', 'mồng mấy', 'xin ngày',
  'ngày chính xác', 'ngày cụ thể',
]);
// "chưa bao giờ có thẻ": never, and "tháng nào cũng phải lên viện": every month; neither asks when.
const neverOrEvery = phraseList([
  'chưa bao giờ', 'không bao giờ', 'chẳng bao giờ', 'chả bao giờ', 'tháng nào cũng', 'ngày nào cũng', 'hôm nào cũng', 'lúc nào cũng',
  'khi nào cũng',
]);
const asksDate = (text: NormalizedText, normalize: Turn['knowledge']['normalize']) =>
  containsAny(withoutPhrases(text, neverOrEvery(normalize)), asksForDate(normalize));
// "sức khỏe toàn dân rơi vào tháng nào": the day's name without "ngày", asked for by its place in the calendar.
const asksForCalendar = phraseList(['ngày nào', 'ngày mấy', 'hôm nào', 'tháng nào', 'tháng mấy', 'mùng mấy', 'mồng mấy']);

// "ngày kỷ niệm", "ngày nào dành riêng cho …": a day set apart for something, which its `about` words name.
const setApart = phraseList([
  'kỷ niệm', 'dành riêng', 'dành cho', 'liên quan', 'ngày lễ', 'ngày riêng', 'ngày của', 'ngày gì về', 'ngày nào về', 'truyền thống',
  'tôn vinh', 'sinh nhật', 'hưởng ứng',
]);
// "Nghị quyết 72 về sức khỏe nhân dân ban hành ngày nào", "thẻ bhyt có thời hạn đến ngày nào": a document's date or
// a deadline, not a day's.
const documentNouns = phraseList([
  'nghị quyết', 'chỉ thị', 'kế hoạch', 'chương trình', 'hướng dẫn', 'văn bản', 'quyết định', 'thông tư', 'luật', 'ban hành', 'ký', 'số mấy',
  'thời hạn', 'hết hạn', 'gia hạn', 'hạn sử dụng', 'giá trị sử dụng', 'hạn đóng', 'hạn nộp', 'hạn chót', 'hạn cuối', 'đến hạn', 'đóng tiền', 'nộp tiền',
  // "thẻ mua ngày 15/3 thì từ ngày nào được dùng": when a card starts to count.
  'được dùng', 'dùng được', 'hiệu lực', 'có giá trị',
  // "thẻ điện tử bắt buộc thay thẻ giấy từ ngày nào": when a rule starts.
  'bắt buộc', 'áp dụng', 'thay thẻ', 'thẻ giấy',
]);
// "ngày 1/7 được chọn từ năm nào, ai quyết định", "Hà Nội tổ chức lễ kỷ niệm ở đâu": what the documents, which give
// only the dates, do not say of a day (a day off, or the weekday, is off topic).
const beyondTheDate = phraseList([
  'từ năm nào', 'có từ năm', 'từ bao giờ', 'có từ khi nào', 'ai quyết định', 'ai đặt ra', 'ai ký',
  'ở đâu', 'địa điểm', 'tổ chức ở',
  // "lễ … mấy giờ bắt đầu": the hour, which no document gives; "kỷ niệm bao nhiêu năm", "lần thứ mấy": which
  // anniversary, nor that.
  'mấy giờ', 'giờ nào', 'bao nhiêu năm', 'mấy năm', 'lần thứ', 'năm thứ',
  // "khẩu hiệu ngày bhyt năm nay là gì", "chủ đề ngày bhyt năm 2027": a year's slogan or theme, which none gives either.
  'khẩu hiệu', 'chủ đề',
]);
// "hưởng ứng mấy ngày lễ về y tế": every day is asked for.
const everyDay = phraseList([
  'mấy ngày lễ', 'những ngày lễ', 'các ngày lễ', 'mấy ngày', 'những ngày nào', 'các ngày nào', 'ngày lễ y tế', 'ngày lễ về y tế',
  'những ngày kỷ niệm', 'các ngày kỷ niệm',
]);
// "hướng dẫn của cao bằng nhắc ngày nào hằng năm": a day asked for, as the documents mention one; every day is.
const mentioned = phraseList(['nhắc', 'nêu', 'đề cập', 'nói đến', 'nói tới']);
// "thế còn ngày kia?", "ngày còn lại là ngày gì", right after a day was answered: the other days.
const otherDay = phraseList(['ngày kia', 'ngày còn lại', 'ngày khác', 'ngày thứ hai', 'ngày thứ 2']);
// "còn mấy ngày nữa", "ngày đó làm gì", "năm nào cũng có à", "ai lo tổ chức việc ấy" right after a day was answered:
// that day (whose answer says who is to organise it).
const sameDay = phraseList([
  'còn bao nhiêu ngày', 'mấy ngày nữa', 'còn mấy ngày', 'bao lâu nữa', 'ngày đó', 'hôm đó', 'ngày ấy', 'dịp đó', 'ngày này', 'dịp này',
  'năm nào cũng', 'hằng năm', 'hàng năm', 'mỗi năm', 'việc ấy', 'việc đó', 'việc này', 'ai tổ chức', 'ai phát động', 'ai lo tổ chức',
]);
// "ngày", "hôm", "dịp" (an occasion), "mùng" (of the first ten days), "kỷ niệm" (an anniversary): a day.
const dayWords = phraseList(['ngày', 'hôm', 'dịp', 'mùng', 'mồng', 'kỷ niệm']);
// "hôm trước nghe loa xã nói bảo hiểm y tế toàn dân …": when something was heard, no day asked about.
const whenHeard = phraseList(['hôm trước', 'hôm qua', 'hôm kia', 'hôm nọ', 'hôm rồi', 'hôm bữa', 'mấy hôm', 'mấy hôm nay', 'mấy ngày nay', 'ngày trước']);

const aliasCache = new WeakMap<readonly HealthDay[], Array<{ day: HealthDay; phrases: Phrase[]; bareName: Phrase; about: Phrase[] }>>();

const daysOfTurn = new WeakMap<Turn, HealthDay[]>();

/** The health days a message is about (looked for once per turn: match and reply both ask). */
function healthDaysOf(turn: Turn): HealthDay[] {
  let days = daysOfTurn.get(turn);
  if (!days) daysOfTurn.set(turn, (days = findHealthDays(turn)));
  return days;
}

/** The health days a message is about, by name, date, month or what they are for, or the one a button chose. */
function findHealthDays(turn: Turn): HealthDay[] {
  const days = turn.knowledge.healthDays();
  if (turn.payload?.startsWith('DAY:')) return days.filter((d) => PAYLOAD.healthDay(d.id) === turn.payload);
  const { normalize } = turn.knowledge;
  const topic = currentTopic(turn);
  const last = topic?.kind === 'health-day' ? topic : undefined;
  if (last && containsAny(turn.text, otherDay(normalize))) return days.filter((d) => d.id !== last.id);
  let table = aliasCache.get(days);
  if (!table) {
    table = days.map((day) => ({
      day,
      phrases: phraseList([day.name, ...day.aliases])(normalize),
      bareName: normalize(day.name.replace(/^ngày\s+/i, '')).folded,
      about: phrases(normalize, day.about),
    }));
    aliasCache.set(days, table);
  }
  const words = turn.text.folded;
  // "7/4 hằng năm là ngày gì", "7 tháng 4 có phải ngày sức khỏe", "ngày 1-7", "7/4 kỷ niệm gì": the date itself.
  const dated = days.filter((d) => words.some((_, i) => namesDate(words, i, d)));
  // "ngày sức khỏe toàn dân với ngày bhyt là ngày nào", "hưởng ứng ngày 7/4 và 1/7": each day named or dated.
  const named = table.filter(({ phrases }) => phrases.some((p) => indexOfPhrase(turn.text, p) >= 0)).map(({ day }) => day);
  // "không đọc rõ, nhắc lại đi": that day again.
  const again = last && consistsOf(turn.text, asksAgain(normalize), FILLER);
  if (last && named.length === 0 && dated.length === 0 && (again || containsAny(turn.text, sameDay(normalize)))) {
    return days.filter((d) => d.id === last.id);
  }
  // "ngày nào dành cho sức khỏe toàn dân và bhyt": one day by name, another by what it is for.
  const about = () => table.filter(({ about }) => containsAny(turn.text, about)).map(({ day }) => day);
  if (named.length > 0) {
    const more = asksDate(turn.text, normalize) ? [...dated, ...about()] : dated;
    return [...new Set([...named, ...more])];
  }
  if (containsAny(turn.text, asksForCalendar(normalize))) {
    const byBareName = table.filter(({ bareName }) => indexOfPhrase(turn.text, bareName) >= 0).map(({ day }) => day);
    if (byBareName.length > 0) return [...new Set([...byBareName, ...about()])];
  }
  // "còn tháng 4" right after a day was answered: the day of that month.
  const month = monthNamed(words);
  if (last && month !== undefined && FOLLOW_UP_LEADS.has(turn.text.accented[0]!)) return days.filter((d) => d.month === month);
  // "còn sk toàn dân" right after the other day was answered: a day by its name without "ngày".
  const byBareName = last && FOLLOW_UP_LEADS.has(turn.text.accented[0]!) ? table.filter(({ day, bareName }) => day.id !== last.id && indexOfPhrase(turn.text, bareName) >= 0) : [];
  if (byBareName.length > 0) return byBareName.map(({ day }) => day);
  // "1 tháng 7", "còn 7/4": a date alone asks what day it is.
  const dateAlone = () => words.every((w) => /^\d/.test(w) || w === 'thang' || BESIDE_DATE_ALONE.has(w));
  if (!containsAny(withoutPhrases(turn.text, whenHeard(normalize)), dayWords(normalize))) return dated.filter(() => asksSomething(turn.text) || dateAlone());
  // "ngày kỷ niệm bảo hiểm y tế", "ngày tôn vinh sức khỏe người dân": a day by what it is set apart for; also
  // "ngày … sức khỏe cho mọi người là hôm nào", unless it is a document's date that is asked.
  // "văn bản đó nhắc những ngày nào": the days a document mentions, which are these.
  const asksMentioned = asksDate(turn.text, normalize) && containsAny(turn.text, mentioned(normalize));
  if (asksMentioned) return [...days];
  const asksForDay = asksDate(turn.text, normalize) && !containsAny(turn.text, documentNouns(normalize));
  if (asksForDay || containsAny(turn.text, setApart(normalize))) {
    if (containsAny(turn.text, everyDay(normalize))) return [...days];
    const setApartFor = about();
    if (setApartFor.length > 0) return setApartFor;
  }
  if (dated.length > 0) return dated;
  // "tháng 4 có ngày gì về sức khỏe": the days of the month named.
  return month === undefined ? [] : days.filter((d) => d.month === month);
}

/** The month a text names on its own ("tháng 4", not the "7 tháng 4" of a date). */
function monthNamed(words: readonly string[]): number | undefined {
  const at = words.findIndex((w, i) => w === 'thang' && /^\d{1,2}$/.test(words[i + 1] ?? '') && !/^\d/.test(words[i - 1] ?? ''));
  return at < 0 ? undefined : Number(words[at + 1]);
}

/** "7/4", "07/04", "7.4", "7 tháng 4", "ngày 1-7" or "7-4 là ngày gì" (read as "1 7", "7 4"): the day's date, at word i. */
function namesDate(words: readonly string[], i: number, day: Pick<HealthDay, 'day' | 'month'>): boolean {
  const [d, m, ...rest] = words[i]!.split(/[/.]/);
  if (m !== undefined) return rest.length === 0 && Number(d) === day.day && Number(m) === day.month;
  if (Number(d) !== day.day) return false;
  if (words[i + 1] === 'thang') return Number(words[i + 2]) === day.month;
  return (i === 0 || DATE_LEADS.has(words[i - 1]!)) && /^\d{1,2}$/.test(words[i + 1] ?? '') && Number(words[i + 1]) === day.month;
}

/**
 * "Ngày BHYT Việt Nam là ngày nào, và theo Chỉ thị 52 năm 2026 bao phủ phải đạt bao nhiêu?": the FAQ's answer to the
 * other half of a message that asks about a day in one half, when it surely answers it.
 */
function otherQuestion(turn: Turn): FaqEntry | undefined {
  if (turn.payload || askingCues(turn.text) < 2) return undefined;
  for (const halves of halvesOf(turn.text.original)) {
    const [day, other, ...rest] = halves
      .map((half): Turn => ({ ...turn, text: turn.knowledge.normalize(half), conversation: { ...turn.conversation, lastTopic: undefined } }))
      .sort((a, b) => findHealthDays(b).length - findHealthDays(a).length);
    if (rest.length > 0 || !day || !other || findHealthDays(day).length === 0) continue;
    const entry = surelyAnswered(other);
    if (entry) return entry;
  }
  return undefined;
}

/** The FAQ's sure answer to a half that asks something of no health day. */
function surelyAnswered(half: Turn): FaqEntry | undefined {
  if (findHealthDays(half).length > 0 || !asksSomething(half.text)) return undefined;
  const resolution = resolve(half);
  return resolution.kind === 'answer' && resolution.confidence >= ANSWER_THRESHOLD && !answersNot(half, resolution) ? resolution.entry : undefined;
}

/** The words of the sentence the message asks in. */
function askedIn({ knowledge, text }: Turn): NormalizedText {
  const sentence = askingSentence(text.original);
  return sentence === text.original ? text : knowledge.normalize(sentence);
}

/** Days from today (Vietnam time) to the next occurrence of the day; 0 on the day itself. */
export function daysUntil(day: Pick<HealthDay, 'day' | 'month'>, now: Date): { days: number; year: number } {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const today = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  let year = local.getUTCFullYear();
  let next = Date.UTC(year, day.month - 1, day.day);
  if (next < today) next = Date.UTC(++year, day.month - 1, day.day);
  return { days: Math.round((next - today) / DAY_MS), year };
}

/** The content's description, which should give the date; if it does not, the date goes first. */
function describe(day: HealthDay, date: string): string {
  const text = day.description.trim();
  return text.includes(date) ? text : `${day.name} là ngày ${date} hằng năm. ${text}`;
}

const OTHER_DAY = /^ngày /u;

// The turn asking about a day, what to say of an off-topic rest of the message, and the FAQ's answer to the rest.
interface DayQuestion {
  turn: Turn;
  note?: string | undefined;
  other?: FaqEntry;
}
const dayQuestions = new WeakMap<Turn, DayQuestion | null>();

/**
 * The turn that asks about a day: the message, unless it names something off topic where it asks ("thời tiết ngày
 * 1/7", "xổ số hôm 7/4": the date of something else; not a football match told of before the sentence that asks).
 * Then the half about the day, when the other half alone is off topic ("ngày bhyt là ngày nào, tiện hỏi thời tiết mai
 * có mưa không").
 */
function dayQuestion(turn: Turn): DayQuestion | undefined {
  if (!dayQuestions.has(turn)) dayQuestions.set(turn, findDayQuestion(turn) ?? null);
  return dayQuestions.get(turn) ?? undefined;
}

function findDayQuestion(turn: Turn): DayQuestion | undefined {
  if (healthDaysOf(turn).length === 0) return undefined;
  const { knowledge } = turn;
  // "ngày 1/7 được chọn từ năm nào": what the documents do not say of a day, which the FAQ answers honestly.
  const asksBeyondDate = (t: Turn) => !t.payload && containsAny(t.text, beyondTheDate(knowledge.normalize));
  const asked = askedIn(turn);
  // "bảo hiểm xe máy cũng bắt buộc từ 1/7 phải không": the date of another insurance.
  if (knowledge.index.namesOnlyAnotherSubject(asked)) return undefined;
  const offTopic = knowledge.offTopicNamed(asked);
  if (!offTopic && !asksBeyondDate(turn)) return { turn };
  // "7/4 có phải ngày bảo hiểm xã hội không": another day, taken for the one named, which answers. Not "Ngày 7/4 thì
  // mình biết rồi. Còn ngày Thầy thuốc là ngày nào?": only the other day is asked.
  if (offTopic && OTHER_DAY.test(offTopic) && !asksBeyondDate(turn)) {
    const dayAsked = asked === turn.text || findHealthDays({ ...turn, text: asked }).length > 0;
    return dayAsked ? { turn, note: `Các tài liệu tôi có không nói về ${offTopic}.` } : undefined;
  }
  if (turn.payload) return undefined;
  // "làm giấy thông hành qua Campuchia ở đâu, với lại ngày sức khỏe toàn dân là ngày mấy": the "ở đâu" is the other
  // half's.
  for (const halves of halvesOf(turn.text.original)) {
    const [day, other] = halves.map((half): Turn => ({ ...turn, text: knowledge.normalize(half) })).sort((a, b) => healthDaysOf(b).length - healthDaysOf(a).length);
    if (healthDaysOf(day!).length === 0 || knowledge.namesOffTopic(day!.text) || asksBeyondDate(day!)) continue;
    if (knowledge.namesOutOfScope(other!.text)) return { turn: day!, note: besideScopeNote(other!.text) };
    // "ai ký hướng dẫn …? tiện cho hỏi ngày bhyt vn luôn": who signed is beyond a day's date, and the other half's.
    const entry = surelyAnswered({ ...other!, conversation: { ...turn.conversation, lastTopic: undefined } });
    if (entry) return { turn: day!, other: entry };
  }
  return undefined;
}

export const healthDay: Intent = {
  name: 'health-day',
  match: (message) => {
    const question = dayQuestion(message);
    if (!question) return undefined;
    const { turn } = question;
    if (turn.payload || question.other || asksDate(turn.text, turn.knowledge.normalize)) return 0.97;
    // "còn cái ngày sức khỏe toàn dân …" right after an answer: that day is what is asked next.
    if (FOLLOW_UP_LEADS.has(turn.text.accented[0]!)) return 0.95;
    // Otherwise ("ý nghĩa của ngày 1/7") the FAQ may know better, if its answer speaks of the day; the day itself is a
    // fair answer to a short message, and to one the FAQ answers with something else.
    // "ad ơi cho hỏi ngày bhyt vn": the words around the request do not count.
    if (turn.text.folded.filter((w) => !FILLER.has(w)).length <= 8) return 0.9;
    const answer = resolve(turn);
    const speaksOfDay = answer.kind === 'answer' && healthDaysOf(turn).some((d) => answer.entry.answer.includes(`${d.day}/${d.month}`));
    // "đến ngày 1/7 năm 2026 cả nước phải đạt bao phủ bhyt bao nhiêu": a figure the FAQ gives, by that day.
    const givesFigure = answer.kind === 'answer' && !answer.partial && turn.knowledge.asksAmount(turn.text);
    return speaksOfDay || givesFigure || !asksSomething(turn.text) ? 0.6 : 0.9;
  },
  reply: (message) => {
    const { turn, note, other = otherQuestion(turn) } = dayQuestion(message)!;
    const days = healthDaysOf(turn);
    // Both days cite the same guidance: each source once.
    const cited = [...days, ...(other ? [other] : [])].flatMap((item) => turn.knowledge.sourcesOf(item));
    const sources = [...new Map(cited.map((s) => [s.label, s])).values()];
    const texts = days.map((day) => {
      const { days: left, year } = daysUntil(day, turn.now);
      const date = `${day.day}/${day.month}`;
      const countdown = left === 0 ? `Hôm nay chính là ${day.name}.` : `Còn ${left} ngày nữa là đến ${day.name} (${date}/${year}).`;
      return `${describe(day, date)} ${countdown}`;
    });
    return {
      confidence: 0.9,
      sources,
      conversation: { ...turn.conversation, ...livingPlace(turn), lastTopic: { kind: 'health-day', id: days[0]!.id, at: turn.now.getTime() }, choices: undefined },
      replies: [{ text: citing([...(note ? [note] : []), ...texts, ...(other ? [other.answer.trim()] : [])].join('\n\n'), sources) }],
    };
  },
};
