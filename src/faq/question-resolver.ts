import type { Turn } from '../pipeline/intent.js';
import type { Topic } from '../pipeline/conversation.js';
import type { NormalizedText } from '../language/normalizer.js';
import { askingWithAntecedent } from '../language/antecedent.js';
import { askingParts, askingSentence, clausesOf, furtherAskingParts, halvesOf, withoutThanksAtEnd } from '../language/clauses.js';
import { foldDiacritics } from '../language/fold.js';
import { isSyllable } from '../language/keyboard.js';
import { AGAIN, askingCues, asksAgain, asksSomething, BHYT, closing, consistsOf, containsAny, FILLER, indexOfPhrase, phraseList, pleas, withoutAcknowledgement, withoutLeadingParticles, withoutPhrases, withoutTrailingParticles } from '../language/phrases.js';
import { ANSWER_THRESHOLD, askedDocuments, ASKS_WHEN, asksAbout, checksClaim, documentsNamed, questionDocuments, asksFigureSoFar, asksSigner, DOCUMENT_DETAIL_WORDS, DOCUMENT_KIND, DOCUMENT_KINDS, documentNumbers, GIVES_YEAR, lacksAmountAsked, percentagesOf, type Decision, type Knowledge } from './answer-engine.js';
import type { FaqEntry, Scope } from './schema.js';
import type { Candidate, SearchOptions } from './search-index.js';
import { correctionOf } from './correction.js';
import { backToEarlier, resumedSubject } from './earlier-question.js';
import { withoutDocumentTitles } from './document-title.js';
import { withLaterYearNamed, withNextYearNamed } from './relative-year.js';
import { documentTopicAsked } from './document-topic.js';
import { figureOwner } from './figure-owner.js';
import { quotationOf, quotedParts } from './quotation.js';
import { asksForItem, asksForItemByPlace, asksItemPlace, enumeratedItemAsked, hasList, itemAt, itemAboutIn, itemBeyond, listItem, listItemAsked, listLead, listWordsIn, namedItemIn, namesItemOfOtherKind, onlyListOfKindAsked, itemQuoting, itemWithWords, wordsBesidesItem } from './list-item.js';
import { namedDocumentsAsked } from './named-documents.js';
import { sourceNumberAsked } from './source-documents.js';
import { asksOnlyWhy, asksReason, givesReason, reasonFor } from './reason.js';
import { statedLocality } from './stated-locality.js';

// Which FAQ entry answers a turn: the question alone, or as a follow-up to the entry just answered, with the
// places it names or the person said they live in. The faq intent composes the reply.

export type Resolution =
  | {
      kind: 'answer';
      entry: FaqEntry;
      confidence: number;
      related: Candidate[];
      note?: string;
      alongside?: FaqEntry[];
      /** The part of the answer asked for ("nhóm thứ 2 là gì": one item of its list), given instead of the whole. */
      excerpt?: string;
      /** The number of that item. */
      item?: number;
      /**
       * What the documents have, not what was asked (another province's plan, a figure reached so far): given as a
       * fallback, with a note that says so.
       */
      partial?: true;
      /** The part of the message answered, when the rest is outside what the bot is about. */
      question?: NormalizedText;
    }
  | { kind: 'clarify'; options: Candidate[]; confidence: number }
  | { kind: 'none'; decision?: Decision };

// "còn bên Lai Châu", "phía Hải Phòng thì sao", "Lai Châu nữa", "còn riêng tỉnh", "còn cổng nào khác": "bên", "phía",
// "nữa", "riêng", "tỉnh", "khác" only point at the place, or at more of the same.
const FOLLOW_UP_WORDS = new Set(['con', 'the', 'vay', 'thi', 'sao', 'nao', 'nam', 'no', 'cai', 'do', 'nay', 'day', 'giong', 'ben', 'phia', 'nua', 'rieng', 'tinh', 'khac']);
const BESIDES = ['ngoai', 'ra'];
const AGAIN_START = [['nhac', 'lai'], ['noi', 'lai']];
const FOLLOW_UP_START = [
  ['con'], ['the', 'con'], ['vay', 'con'], ['con', 'o'], ['the', 'o'], ['con', 'nam'], ['the', 'nam'], ['the', 'den'], ['rieng'], ['vay', 'rieng'], ['xa', 'hon'],
  // "cụ thể năm 2026 đạt bao nhiêu": a detail of what was just answered.
  ['cu', 'the'],
  // "ngoài ra còn được lập gì": more of what was just answered.
  BESIDES,
  // "nhắc lại số năm 2026 giúp mình": that detail of what was just answered, again.
  ...AGAIN_START,
  // "tức là 95% đúng ko", "vậy là 2030 à": what was just answered, restated to check it.
  ['tuc', 'la'], ['vay', 'la'], ['nghia', 'la'], ['nhu', 'vay', 'la'],
];
const FOLLOW_UP_END = [
  ['thi', 'sao'], ['thi', 'the', 'nao'], ['the', 'nao'], ['nua'], ['thi', 'bao', 'nhieu'],
  // "Lai Châu có giống vậy không", "… có làm vậy không": the same, there.
  ['giong', 'vay', 'khong'], ['lam', 'vay', 'khong'], ['nhu', 'vay', 'khong'], ['giong', 'the', 'khong'], ['cung', 'the', 'khong'],
];
// "nó có mấy nhóm?", "cái đó áp dụng đến khi nào?", "trong đó …", "chương trình này …": about what was just answered.
// "có áp dụng cho sinh viên không": what was just answered, applied to someone else.
const REFERS_BACK_START = [['no'], ['cai', 'do'], ['cai', 'nay'], ['vay', 'no'], ['the', 'no'], ['con', 'no'], ['trong', 'do'], ['co', 'ap', 'dung'], ['ap', 'dung']];
const REFERS_BACK_AFTER_NOUN = new Set(['nay', 'do', 'day', 'tren', 'ay']);
// "văn bản ấy", "con số đó", "chỉ tiêu đó", "bệnh viện đó", "mức hỗ trợ đó", "mốc đó", "ông ấy", "người đó", "… trong đó", "hệ
// thống đó", "mô hình này", "ứng dụng đó", "nền tảng đó", "gói đó", "vụ đó", "việc đó", "ai lo … cái đó": what was just
// answered.
const REFERRED_NOUNS = new Set([
  'chuong', 'trinh', 'quyet', 'thi', 'hoach', 'sach', 'ban', 'so', 'tieu', 'vien', 'tro', 'dan', 'ong', 'ba', 'muc', 'moc', 'trong', 'nguoi',
  'thong', 'hinh', 'dung', 'tang', 'goi', 'vu', 'viec', 'cai',
]);
// "chính sách đó", "kế hoạch này", "ông ấy": the words that point back, which say nothing of what is asked about it.
const POINTERS = [
  ['chinh', 'sach'], ['ke', 'hoach'], ['chuong', 'trinh'], ['nghi', 'quyet'], ['chi', 'thi'], ['van', 'ban'], ['con', 'so'],
  ['muc', 'tieu'], ['chi', 'tieu'], ['benh', 'vien'], ['muc', 'ho', 'tro'], ['ong'], ['ba'], ['nguoi'],
].flatMap((noun) => [...REFERS_BACK_AFTER_NOUN].map((after) => [...noun, after]));
// "theo kế hoạch", "theo nghị quyết": by a document, which says where, not what.
const BY_DOCUMENT = DOCUMENT_KINDS.map(({ words }) => ['theo', ...words]);
// How a place compares: "cao hơn hay thấp hơn", "nhiều hơn không", "đạt cao hơn không", "thì cao hơn đúng không".
// "Hải Phòng với Cao Bằng chỗ nào cao hơn", "so sánh … và …": two places, and only how they compare.
const COMPARING = new Set([
  'cao', 'thap', 'hon', 'hay', 'nhieu', 'it', 'khong', 'the', 'nao', 'vay', 'a', 'dat', 'thi', 'dung', 'phai', 'la', 'ha', 'sao',
  'voi', 'va', 'cho', 'noi', 'ben', 'so', 'sanh', 'khac', 'nhau',
]);
// "khác nhau thế nào", "so sánh", "có gì khác": how two things differ.
const differing = phraseList(['khác nhau', 'giống nhau', 'so sánh', 'khác gì', 'có gì khác', 'chỗ nào khác', 'khác chỗ nào', 'điểm khác']);
// With a word that compares, also "có", "bao nhiêu", "tỉnh", "địa phương", "mục tiêu": "cao hơn cả nước bao nhiêu",
// "tỉnh nào cao hơn", "có thấp hơn không", "nơi nào đặt mục tiêu cao hơn".
const COMPARING_TOO = new Set([...COMPARING, 'co', 'bao', 'tinh', 'thanh', 'pho', 'dia', 'phuong', 'muc', 'chi', 'tieu', 'ti', 'le']);
// Of those, the words that compare ("cao hơn", "so sánh", "khác nhau"); and with the level compared ("cao", "thấp").
const COMPARATIVE = new Set(['hon', 'sanh', 'khac']);
const COMPARING_LEVELS = new Set([...COMPARATIVE, 'cao', 'thap']);
// "ở", "tại", "bên" before a place.
const WHERE_LEADS = new Set(['o', 'tai', 'ben']);
const APPLIES = ['ap', 'dung'];
const PROGRAMME = ['chuong', 'trinh'];
// "Chỉ thị số 52-CT/TW do Ban Bí thư ban hành": who issued a document.
const ISSUED_BY = /(?<!\p{L})do [^.;]+? ban hành/u;
// "tỉnh đó", "ở đó": the place of the answer just given.
const THAT_PLACE = [['tinh', 'do'], ['o', 'do'], ['noi', 'do'], ['tinh', 'ay'], ['o', 'ay'], ['thanh', 'pho', 'do']];
// "mục tiêu của họ", "bên họ": the people of that place; only with diacritics ("của ho" may be "của hộ").
const THEIRS = new Set(['họ']);
const RELATED_MARGIN = 0.12;
// How close the answer just given may be to the best and still be what the conversation is about.
const CONTINUITY_MARGIN = 0.05;
// "những ai", "nhóm nào", "những đối tượng nào", "chỉ hỗ trợ hộ nghèo thôi à": who, as a list; and an answer that lists
// ("(1) …; (2) …", "3 nhóm").
const ASKS_WHO = /\b(?:nhung ai|(?:nhung |cac )?(?:nhom|doi tuong) nao|gom nhung (?:ai|nhom|doi tuong)|chi (?:\p{L}+ ){1,12}thoi)\b/u;
const LISTS = /\(2\)|\d+ nhóm/;
// "ngoài hộ cận nghèo còn ai được hỗ trợ nữa", "ngoài ra còn nhóm nào": who else, besides the group just answered for.
const ASKS_WHO_ELSE = /\b(?:con|ngoai ra) (?:ai|nhung ai|nhom nao|doi tuong nao)\b|\bai (?:khac|nua)\b/;
// "bao nhiêu nhóm", "mấy giải pháp": how many items of a list.
const ITEMS_COUNTED = /\b(?:bao nhieu|bn|may) (?:nhom|nhiem vu|giai phap|muc|diem|noi dung|hinh thuc|dot pha|quan diem)\b/;
// Numbers that name rather than count: a year, a document's number or date, a list item's mark.
const LABELS = /\b(?:19|20)\d\d\b|\d+[-/][A-ZĐ]|\d{1,2}\/\d{1,2}(?:\/\d{4})?|\(\d\)/gu;
const LIST_MARGIN = 0.2;
const LOCAL_MARGIN = 0.2;
const SAME_DOCUMENT_MARGIN = 0.3;
// The most words a place's name has.
const PLACE_NAME_WORDS = 3;
// "năm 2030", "đến 2030", "tới 2030": words before a year.
const YEAR_LEADS = new Set(['nam', 'den', 'toi']);
// "năm 2030 mới đạt à": not until then, said to be checked.
const NOT_UNTIL = /\bmoi (?:dat|co|xong|duoc|lam|thuc hien)\b/;
// "… đúng không", "có phải …", "… thật không": the words that check a claim, not what it is about.
const CLAIM_WORDS = new Set(['dung', 'phai', 'that', 'co', 'khong', 'ko', 'k']);
const NATIONAL_MARGIN = 0.05;
const YEAR_MARGIN = 0.1;
const YEAR = /^(19|20)\d\d$/;
// "ngày ban hành", "ký ngày nào", "số mấy", "số hiệu", "cơ quan nào ban hành": a document's date, number or issuer,
// on folded words.
// "của ai", "ai ban hành", "cơ quan nào ban hành": who issued a document.
const ASKS_ISSUER = /\b(?:ai ban hanh|cua ai|co quan nao)\b/;
const ASKS_DOCUMENT_DETAIL = new RegExp(
  `\\b(?:ngay (?:nao|may|bao nhieu|ban hanh|ky(?! niem))|(?:ky|ban hanh) (?:ngay|thang|nam|luc|khi|bao)|so (?:may|bao nhieu|hieu|ky hieu)|nguoi ki)\\b|${ASKS_ISSUER.source}`,
);
// "ban hành ngày nào", "số mấy", "do ai ký", "đúng không": asked of a document itself, not of what it says.
const ASKS_OF_DOCUMENT_ITSELF = /\b(?:ngay (?:nao|may|bao nhieu|ky)|ban hanh|so (?:may|bao nhieu|hieu)|nguoi ki|dung (?:khong|ko)|phai (?:khong|ko)|la cua)\b/;
// "Nghị quyết 72-NQ/TW", "Kế hoạch số 40-KH/TU", "Chương trình hành động số 10-CTr/TU", folded: a document by number.
const NAMED_DOCUMENT = /\b(nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|huong dan) (?:so )?(\d+)[-/]/g;

/** At most this many words of its own make a follow-up ask about one aspect of what was just answered. */
const ASPECT_WORDS = 2;
/** A follow-up about what was just answered, whose every word that answer has. */
const REFERRED_CONFIDENCE = 0.8;
/** An answer given for want of a better one (the last answer, or its general version): low enough for staff to see it. */
const GUESSED_CONFIDENCE = 0.6;
const SHORT_QUESTION_WORDS = 8;
// "cái đó", "chương trình này": how many words point back at what was answered.
const POINTING_WORDS = 2;
const UNANSWERED_WORDS = 2;
// Shorter, a word that is no syllable may be an abbreviation the content has ("h" for "giờ").
const FOREIGN_WORD_LETTERS = 3;
// "ban hành ngày nào?" right after an answer: a question this short, all of whose telling words that answer has,
// asks about it.
const DETAIL_QUESTION_WORDS = 6;
const DATE_UNITS = new Set(['ngay', 'thang', 'nam']);
// How much surer than a place's version of the last answer its answer to the follow-up's own words must be.
const VARIANT_MARGIN = 0.02;
// How close to the best answer the one saying a document's number and date are blank may be, asked them.
const BLANK_DETAIL_MARGIN = 0.05;
// What is asked of a document named by its title says this much at least.
const TITLED_QUESTION_WORDS = 3;
const DETAIL_TELLING_WORDS = 3;
const DETAIL_FRAGMENT_WORDS = 3;
// "có chỉ tiêu riêng không", "có kế hoạch riêng ko": asking for a place's own version, in at most this many words.
const OWN_VERSION_WORDS = 6;
// "cao bằng có không", "hà nội cũng có chứ": whether the place has it too.
const HAS_IT = new Set(['co', 'khong', 'ko', 'k', 'hok', 'cung', 'chu', 'the', 'vay', 'thi', 'sao']);
// A part of a message about something off topic asks about something else only if it names that with two words.
const OWN_TOPIC_WORDS = 2;
// A question pointing back at the last answer, but asking in words of its own, is its own question when an answer is
// this sure of it.
const OWN_QUESTION_SCORE = 0.65;
// Below this, an answer to a whole long message gives way to one this much surer of a part of it.
const SURE_OF_WHOLE = 0.65;
const SURER_PART = 0.08;
// "ở chỗ mình thì sao?", "tỉnh mình thì sao?": the place the person said they live.
export const FOLLOW_UP_LEADS = new Set(['the', 'vay', 'con']);
const OWN_PLACE = [
  ['cho', 'minh'], ['cho', 'toi'], ['cho', 'em'], ['tinh', 'minh'], ['tinh', 'toi'], ['tinh', 'em'],
  ['pho', 'minh'], ['noi', 'minh'], ['que', 'minh'], ['que', 'toi'], ['que', 'em'], ['huyen', 'minh'], ['xa', 'minh'], ['o', 'day'],
  // "tp có mấy nhóm nhiệm vụ": the city, unnamed, is the person's.
  ['thanh', 'pho'], ['tp'],
];
const OWN_PLACE_WORDS = new Set(OWN_PLACE.flat());

// "giải thích kỹ hơn giúp mình", "chi tiết hơn đi", "nói rõ hơn được không": more of the answer just given.
const asksForMore = phraseList([
  'chi tiết', 'cụ thể', 'kỹ hơn', 'kỹ càng', 'rõ', 'hơn', 'thêm', 'nữa', 'giải thích', 'nói rõ', 'nói thêm', 'nói chi tiết', 'nói cụ thể', 'nói kỹ',
  'đầy đủ', 'xem', 'vụ này', 'cái này', 'ý này',
  'vài câu', 'vài ví dụ', 'ví dụ', 'mấy câu', 'kể', 'kể ra', 'liệt kê', 'ra', 'vài cái', 'con số', 'số liệu', 'đọc', 'đọc lên', 'đọc thử', 'coi', 'nghe',
  // "ngoài ra còn gì nữa không": more of what the answer lists.
  'ngoài ra', 'còn gì', 'gì khác',
  // "nhắc lại giúp mình", "nói lại đi": the same again.
  ...AGAIN,
]);
// "chi tiết hơn cái đó", "nói rõ hơn ý đấy": the item of a list just given.
const pointingAtItem = phraseList([
  'cái đó', 'cái đấy', 'cái ấy', 'ý đó', 'ý đấy', 'ý ấy', 'nhóm đó', 'nhóm này', 'nhóm ấy', 'mục đó', 'mục này', 'câu đó', 'câu này', 'phần đó',
  'điều đó', 'điều này', 'trong đó', 'nó',
]);
// "ý thứ 2 cụ thể hơn", "mục 4 nói gì": the part of the document one item of a list heads.
const asksItemDetail = phraseList(['chi tiết', 'cụ thể', 'kỹ hơn', 'rõ hơn', 'nói rõ', 'giải thích', 'nói gì', 'gồm những gì', 'gồm gì', 'có những gì']);
const asksHow = phraseList(['như thế nào', 'thế nào', 'ra sao']);
// "nói lại ngắn gọn thôi", "tóm tắt giúp em", "trả lời 1 câu thôi": the answer just given, its first sentence.
const SHORTER = ['ngắn gọn', 'gọn', 'ngắn', 'tóm tắt', 'tóm lại', 'ý chính', '1 câu', 'một câu', 'dài quá', 'dài thế', 'dài vậy'];
const asksShorter = phraseList([...SHORTER, ...AGAIN, 'nói', 'lại', 'thôi', 'trả lời', 'chỉ cần', 'tên', 'kể', 'giúp']);
const shortening = phraseList(SHORTER);

const resolutions = new WeakMap<Turn, Resolution>();

/**
 * True when the answer found does not answer what is asked: the entry says the documents do not, the question is
 * about a province they have no plan for or a figure reached so far, or it asks for a percentage or a sum the answer
 * does not give. The fallback says so with the answer's text, and staff see the question.
 */
export function answersNot(turn: Turn, resolution: Extract<Resolution, { kind: 'answer' }>): boolean {
  // Asked by several intents of each message, and of a first question's resolution kept for everyone who sends it.
  const known = answeredNot.get(resolution);
  if (known?.text === turn.text) return known.value;
  const value = findAnswersNot(turn, resolution);
  answeredNot.set(resolution, { text: turn.text, value });
  return value;
}

const answeredNot = new WeakMap<Resolution, { text: NormalizedText; value: boolean }>();

function findAnswersNot(turn: Turn, resolution: Extract<Resolution, { kind: 'answer' }>): boolean {
  const { entry, question = turn.text } = resolution;
  // Of two questions answered together, either answer may give the amount asked.
  const answers = [entry, ...(resolution.alongside ?? [])].map((e) => e.answer).join(' ');
  if (entry.documentsSilent === true || resolution.partial === true || lacksAmountAsked(question, answers)) return true;
  // "bệnh viện … bao giờ khởi công", "số tổng đài là số nào": a date or a number that no answer given gives.
  return turn.knowledge.missesFigureAsked(question, entry, ...(resolution.alongside ?? []));
}

const SO_FAR_NOTE = 'Tài liệu tôi có chỉ nêu mục tiêu, không nêu số liệu hiện nay. Trong tài liệu:';

export function resolve(turn: Turn): Resolution {
  let resolution = resolutions.get(turn);
  if (resolution) return resolution;
  const key = contextFreeKey(turn);
  const kept = key === undefined ? undefined : firstQuestions(turn.knowledge);
  resolution = kept?.get(key!) ?? targetsOnly(turn, withYearsCompared(turn, withWhichOfTwo(turn, withSecondQuestion(turn, resolveUncached(turn)))));
  resolutions.set(turn, resolution);
  if (kept && !kept.has(key!)) {
    if (kept.size >= FIRST_QUESTIONS_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key!, resolution);
  }
  return resolution;
}

// After a broadcast thousands send the same first question. With nothing remembered to read (no topic, no place, no
// button), a resolution depends on the words and the content alone, so it is kept per content version: the oldest
// goes when the table is full, and long texts, rarely the same twice, are not kept.
const FIRST_QUESTIONS_KEPT = 4_096;
const FIRST_QUESTION_MAX_CHARS = 280;
const firstQuestionTables = new WeakMap<Knowledge, Map<string, Resolution>>();

function firstQuestions(knowledge: Knowledge): Map<string, Resolution> {
  let table = firstQuestionTables.get(knowledge);
  if (!table) firstQuestionTables.set(knowledge, (table = new Map()));
  return table;
}

/** The key a turn's resolution is kept by, when nothing but its text decides it. */
function contextFreeKey({ payload, conversation: c, text }: Turn): string | undefined {
  if (payload !== undefined || c.lastTopic || c.earlierTopic || c.locality || c.elsewhere) return undefined;
  if (text.original.length > FIRST_QUESTION_MAX_CHARS) return undefined;
  // Turns made inside the resolver may carry tokens that are not the original's own normalisation.
  return `${text.original}\n${text.accented.join(' ')}`;
}

/**
 * "lai chau xay bv da khoa bao nhieu giuong, con bv y hoc co truyen may giuong": two questions in one message, each
 * surely answered on its own by a different entry, get both answers in the order asked, unless the message as a whole
 * found an answer to neither half that does answer it.
 */
function withSecondQuestion(turn: Turn, resolution: Resolution): Resolution {
  if (turn.payload || resolution.kind === 'clarify') return resolution;
  if (isOutOfScope(resolution)) return besideOutOfScope(turn, resolution);
  // "hà nội mục tiêu năm 2035 là gì, còn 2045": a follow-up half asks without asking words of its own.
  if (askingCues(turn.text) < 2) return (resolution.kind === 'answer' && !resolution.partial && withFollowUpHalf(turn)) || resolution;
  // "ngày BHYT là ngày nào, tiện hỏi giá vàng hôm nay bao nhiêu": what the off-topic half asks is no figure the
  // answer misses.
  if (resolution.kind === 'none' || answersNot(turn, resolution)) {
    const beside = besideOutOfScope(turn, resolution);
    if (beside !== resolution) return beside;
  }
  if (resolution.kind === 'answer' && resolution.partial) return resolution;
  const followed = withFollowUpHalf(turn);
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
      const answer = resolveUncached(half);
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
function withFollowUpHalf(turn: Turn): Resolution | undefined {
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
    const first = resolveUncached(firstTurn);
    if (!isSure(firstTurn, first)) continue;
    const asked = knowledge.index.contentWordsAsked(firstTurn.text);
    const secondTurn = fresh(next, { kind: 'entry', id: first.entry.id, at: turn.now.getTime(), asked });
    const second = resolveUncached(secondTurn);
    if (!isSure(secondTurn, second) || second.entry === first.entry) continue;
    return { kind: 'answer', entry: first.entry, alongside: [second.entry], confidence: Math.min(first.confidence, second.confidence), related: [] };
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
function withWhichOfTwo(turn: Turn, resolution: Resolution): Resolution {
  if (turn.payload || (resolution.kind === 'answer' && resolution.alongside)) return resolution;
  const { folded, accented } = turn.text;
  const which = folded.findIndex((w, i) => w === 'nao' && i > 2 && WHICH_OF.has(folded[i - 1]!));
  const join = which < 0 ? -1 : folded.findIndex((w, i) => BOTH_JOINS.has(w) && i > 0 && i < which - 2);
  if (join < 0) return resolution;
  const asked = accented.slice(which + 1).filter((_, i) => !MORE.has(folded[which + 1 + i]!));
  const [first, second] = [accented.slice(0, join), accented.slice(join + 1, which - 1)].map((named) => turn.knowledge.normalize([...named, ...asked].join(' ')));
  // Where the first names a place, the second is there too ("… tỉnh Lai Châu với bệnh viện y học cổ truyền …").
  const locality = turn.knowledge.index.splitLocalities(turn.text).localities[0] ?? turn.conversation.locality;
  const answers = [first!, second!].map((text) => {
    const half: Turn = { ...turn, text, conversation: { ...turn.conversation, locality, lastTopic: undefined, earlierTopic: undefined } };
    const answer = resolveUncached(half);
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

/** An answer sure on its own; every place's version of one answer is still one answer. */
function isSure(turn: Turn, answer: Resolution): answer is Extract<Resolution, { kind: 'answer' }> {
  return (
    answer.kind === 'answer' &&
    answer.confidence >= ANSWER_THRESHOLD &&
    !answer.note &&
    (answer.alongside ?? []).every((e) => e.group === answer.entry.group) &&
    !answersNot(turn, answer)
  );
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
function besideOutOfScope(turn: Turn, resolution: Resolution): Resolution {
  // A half that asks, and says what about: not "Tôi là nhà báo" of "Tôi là nhà báo, … Ngày Thầy thuốc là ngày nào?".
  const asking = (half: Turn) => asksSomething(half.text) && turn.knowledge.index.tellingWords(half.text).length >= OWN_TOPIC_WORDS;
  for (const halves of halvesOf(turn.text.original)) {
    const halfTurns = halves.map((half) => ({ ...turn, text: turn.knowledge.normalize(half) }));
    const results = halfTurns.map((half) => resolveUncached(half));
    const sure = results.findIndex((result, i) => asking(halfTurns[i]!) && isSure(halfTurns[i]!, result));
    if (sure < 0) continue;
    const answer = results[sure];
    if (answer?.kind !== 'answer' || !isOutOfScope(results[1 - sure]!)) continue;
    const note = besideScopeNote(halfTurns[1 - sure]!.text);
    return { ...answer, ...(note && { note }), question: halfTurns[sure]!.text };
  }
  return resolution;
}

/** "bệnh viện … hiện nay có bao nhiêu giường": the documents are plans and give only what is to be reached. */
function targetsOnly(turn: Turn, resolution: Resolution): Resolution {
  const applies = resolution.kind === 'answer' && !resolution.partial && !resolution.entry.documentsSilent && asksFigureSoFar(turn.text);
  return applies ? { ...resolution, note: SO_FAR_NOTE, partial: true } : resolution;
}

/**
 * "dài quá, nói ngắn gọn tuổi thọ thôi", "app đó tên là gì, nhắc lại giúp", "không đọc rõ, nhắc lại đi": the answer
 * just given, again, or shorter: its sentences that have what the message names of it (all of it, else any; else its
 * first). Asked of something else, the question without the request.
 */
function keptOf(turn: Turn, last: FaqEntry): Resolution | undefined {
  const { knowledge } = turn;
  const shortens = (text: NormalizedText) => namesAny(text, shortening(knowledge.normalize));
  const requests = (text: NormalizedText) => shortens(text) || namesAny(text, asksAgain(knowledge.normalize));
  if (!requests(turn.text)) return undefined;
  // Not the "nói Lai (Châu)" of "nghe nói Lai Châu …" nor the "gòn" of "Sài Gòn": the request is looked for again
  // without the places.
  const { text: placed, localities } = knowledge.index.splitLocalities(turn.text);
  const unplaced = knowledge.otherProvince(placed)?.rest ?? placed;
  if (!requests(unplaced)) return undefined;
  const shorter = shortens(unplaced);
  // "2 số", "6 nhóm đó": how many of them, not a figure asked; nor the words around the request ("nhắc lại đi").
  const asked = askedAbout(turn, withoutPhrases(unplaced, asksShorter(knowledge.normalize))).filter((w) => !/^\d{1,2}$/.test(w) && !FILLER.has(w));
  // "nhắc lại số của cả nước" after Cao Bằng's doctors per station: that place's version.
  const place = localities[0] ?? (knowledge.namesNation(turn.text) ? 'national' : undefined);
  const variant = place && place !== last.scope ? knowledge.variantOf(last, { scope: place }) : undefined;
  if (variant) return { kind: 'answer', entry: variant, confidence: REFERRED_CONFIDENCE, related: [] };
  // "tóm tắt lại mục tiêu của Lai Châu" after Hải Phòng's, "nhắc lại chỉ thị 52 là gì": the question without the
  // request, when it is of something else or surely answered by another answer.
  const question = withoutPhrases(turn.text, [...shortening(knowledge.normalize), ...asksAgain(knowledge.normalize)]).accented.join(' ');
  const questionText = knowledge.normalize(question);
  const asksOwn = knowledge.index.tellingWords(questionText).some((w) => !FILLER.has(w));
  const own = asksOwn ? resolveUncached({ ...turn, text: questionText }) : undefined;
  const ofLast = localities.every((place) => place === last.scope) && knowledge.index.hasAllWords(last, asked);
  if (!ofLast || (own?.kind === 'answer' && own.entry !== last && own.confidence >= ANSWER_THRESHOLD)) return own;
  const answer = { kind: 'answer' as const, entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  if (!shorter) return answer;
  const sentences = last.answer.split(/(?<=\.)\s/).map((sentence) => ({ sentence, words: knowledge.normalize(sentence).folded }));
  const having = (all: boolean) => sentences.filter(({ words }) => asked.length > 0 && (all ? asked.every((w) => words.includes(w)) : asked.some((w) => words.includes(w))));
  const kept = [having(true), having(false), sentences.slice(0, 1)].find((list) => list.length > 0)!;
  return { ...answer, excerpt: kept.map(({ sentence }) => sentence).join(' ') };
}

/** "nói ngắn gọn thôi", "dài quá, tóm tắt lại": the answer just given, shorter. */
function asksOnlyShorter(knowledge: Knowledge, text: NormalizedText): boolean {
  return consistsOf(text, asksShorter(knowledge.normalize), FILLER) && namesAny(text, shortening(knowledge.normalize));
}

function isFollowUp(text: NormalizedText): boolean {
  return startsAsFollowUp(text) || endsAsFollowUp(text) || refersBack(text);
}

function endsAsFollowUp(text: NormalizedText): boolean {
  const t = withoutTrailingParticles(text.folded);
  return FOLLOW_UP_END.some((p) => p.every((w, i) => t[t.length - p.length + i] === w));
}

function startsAsFollowUp(text: NormalizedText): boolean {
  // "thế 2030?", "vậy 2045 thì", "vậy năm 2030", "còn đến năm 2035": a lead, then a year.
  let at = 1;
  while (YEAR_LEADS.has(text.folded[at]!)) at++;
  const leadsToYear = FOLLOW_UP_LEADS.has(text.folded[0]!) && YEAR.test(text.folded[at] ?? '');
  return leadsToYear || besidesNamed(text) || FOLLOW_UP_START.some((p) => p.every((w, i) => text.folded[i] === w));
}

/** "ngoài tra cứu còn làm được gì nữa": besides a thing the last answer named, what else. */
function besidesNamed({ folded }: NormalizedText): boolean {
  return folded[0] === 'ngoai' && folded.indexOf('con') > 1;
}

/**
 * "xin lỗi bấm nhầm, còn Hải Phòng": a last clause that starts as a follow-up and names a place is what is asked
 * ("…, con số cụ thể là mấy" is no follow-up).
 */
function followUpClause(knowledge: Knowledge, text: NormalizedText): NormalizedText {
  const clauses = clausesOf(text.original);
  if (clauses.length < 2) return text;
  const last = withoutLeadingParticles(knowledge.normalize(clauses.at(-1)!));
  const namesPlace = knowledge.index.splitLocalities(last).localities.length > 0 || knowledge.namesNation(last);
  return namesPlace && startsAsFollowUp(last) ? last : text;
}

/**
 * "miễn viện phí cả nước là đến 2030, còn Lai Châu thì năm nào": a message whose last clause follows up, with a place,
 * the figure the clauses before it state (not ask), is that follow-up of their answer.
 */
function followUpInside(turn: Turn): Resolution | undefined {
  const { knowledge } = turn;
  if (!turn.text.folded.some((w) => FOLLOW_UP_LEADS.has(w))) return undefined;
  const clauses = clausesOf(turn.text.original);
  if (clauses.length < 2) return undefined;
  const asked = followUpClause(knowledge, turn.text);
  if (asked === turn.text) return undefined;
  // A figure stated: "…, còn cả nước thì bao nhiêu" after a clause that asks too is two questions (withSecondQuestion).
  const said = knowledge.normalize(clauses.slice(0, -1).join(', '));
  if (!/\d/.test(said.original) || asksSomething(said)) return undefined;
  const before = resolveUncached({ ...turn, text: said });
  if (before.kind !== 'answer' || before.confidence < ANSWER_THRESHOLD) return undefined;
  const lastTopic = { kind: 'entry' as const, id: before.entry.id, at: turn.now.getTime() };
  return resolveUncached({ ...turn, text: asked, conversation: { ...turn.conversation, lastTopic, earlierTopic: undefined } });
}

/** "nó …", "cái đó …", "chương trình này …", "thế đến 2045 nó …": the question is about the thing just answered. */
function refersBack(text: NormalizedText): boolean {
  const t = text.folded;
  if (REFERS_BACK_START.some((p) => p.every((w, i) => t[i] === w))) return true;
  // Typed without diacritics, "no" anywhere but first may be "nợ" as well as "nó": only "nó" counts there.
  if (text.accented.includes('nó')) return true;
  // Not the verb: "dùng trên app nào" is used on, not "ứng dụng trên" (the app above).
  return t.some((w, i) => i > 0 && REFERS_BACK_AFTER_NOUN.has(w) && REFERRED_NOUNS.has(t[i - 1]!) && text.accented[i - 1] !== 'dùng');
}

/**
 * What a question about the last answer asks about. Not "áp dụng" ("áp dụng cho trẻ mấy tuổi": what the answer
 * applies to, in words it need not have), nor a word typed without diacritics that may be a function word's ("co may
 * nhom" is "có mấy nhóm").
 */
function askedAbout(turn: Turn, text = turn.text): string[] {
  const { index } = turn.knowledge;
  return index.tellingWords(withoutPhrases(text, [APPLIES])).filter((w) => !index.mayBeFunctionWord(w));
}

/**
 * "đến năm nào?", "áp dụng đến khi nào?", "ngày ban hành": a short question, or a few words, that what was just
 * answered has every telling word of.
 */
function asksDetailOf(turn: Turn, last: FaqEntry): boolean {
  // "có được hỗ trợ mua bhyt không": every answer is about health insurance; its four words say nothing of which.
  // "tỉnh Cao Bằng đặt mức bao nhiêu", "mình ở Cao Bằng, tỉnh mình đạt mục tiêu bao nhiêu": nor do the place's, which
  // choose whose answer it is, nor a clause before saying where the person lives.
  const { knowledge } = turn;
  // "vì sao cần bhyt toàn dân" after the directive on it asks for a reason, which that answer does not give.
  if (asksReason(knowledge.normalize, turn.text) && !givesReason(last)) return false;
  const clauses = clausesOf(turn.text.original);
  // The whole message's stated place is known already: its first clause is read again only if there is one.
  const livesFirst = clauses.length > 1 && statedLocality(turn) !== undefined && statedLocality({ ...turn, text: knowledge.normalize(clauses[0]!) }) !== undefined;
  const text = livesFirst ? knowledge.normalize(clauses.at(-1)!) : turn.text;
  const rest = withoutPhrases(knowledge.index.splitLocalities(text).text, [BHYT, ...OWN_PLACE]);
  const folded = withoutTrailingParticles(withoutPhrases(rest, [APPLIES]).folded);
  const words = folded.length;
  if (words > DETAIL_QUESTION_WORDS || (words > DETAIL_FRAGMENT_WORDS && !asksSomething(turn.text))) return false;
  const asked = askedAbout(turn, rest);
  // "chức vụ", "văn bản nào quy định vậy": a detail that answer gives, asked in a few words besides the document's
  // ("văn bản") that it need not have.
  const fragment = folded.filter((w) => !DOCUMENT_DETAIL_WORDS.has(w)).length <= DETAIL_FRAGMENT_WORDS;
  const inLast = knowledge.index.hasAllWords(last, asked) || (fragment && knowledge.givesDetailAsked(turn.text, last));
  return asked.length <= DETAIL_TELLING_WORDS && inLast && knowledge.saysSignerAsked(turn.text, last);
}

/**
 * "thế năm 2026 tỉnh đó bao nhiêu" after Cao Bằng's answer and then the national one ("còn cả nước"): the province
 * the conversation was about before the last answer.
 */
function earlierPlace(turn: Turn): Scope | undefined {
  const { conversation, knowledge } = turn;
  if (!namesAny(turn.text, THAT_PLACE) || conversation.earlierTopic?.kind !== 'entry') return undefined;
  const scope = knowledge.entry(conversation.earlierTopic.id)?.scope;
  return scope === 'national' ? undefined : scope;
}

/** A short question, most of whose telling words (all but `unanswered` at most) the last answer has. */
function asksShortlyAfter(turn: Turn, last: FaqEntry, unanswered = UNANSWERED_WORDS): boolean {
  // "cái đó có áp dụng cho mọi dịch vụ không": the words pointing back at it make a question no longer.
  const pointing = refersBack(turn.text) ? POINTING_WORDS : 0;
  if (withoutTrailingParticles(turn.text.folded).length > SHORT_QUESTION_WORDS + pointing || !asksSomething(turn.text)) return false;
  const { index } = turn.knowledge;
  // "97% là của tỉnh nào" after Hải Phòng's 95,5%: a figure named that the answer does not have is not about it (a
  // count or a place in a list may be: "mỗi năm 2 lần hả", "câu số 3").
  const missing = askedAbout(turn).filter((w) => !index.hasAllWords(last, [w]));
  // "mã otp không về thì làm sao": a foreign word or abbreviation the content has nowhere asks about something else.
  return missing.length <= unanswered && !missing.some((w) => /^\d{2,}/.test(w) || (!index.has(w) && w.length >= FOREIGN_WORD_LETTERS && !isSyllable(w)));
}

/**
 * "mk ở hà nội, thành phố có chương trình gì …": "tỉnh", "thành phố" or "tp" that do not begin the place's name
 * ("tỉnh Cao Bằng") refer to it as what is asked about.
 */
function refersToPlace({ knowledge, text }: Turn): boolean {
  const words = text.folded;
  return words.some((w, i) => {
    const after = w === 'tinh' || w === 'tp' ? i + 1 : w === 'thanh' && words[i + 1] === 'pho' ? i + 2 : -1;
    // "97% là của tỉnh nào" asks which place, and refers to none.
    if (after < 0 || words[after] === 'nao') return false;
    const next = { original: '', accented: text.accented.slice(after, after + PLACE_NAME_WORDS), folded: words.slice(after, after + PLACE_NAME_WORDS) };
    // Nor "thành phố Hồ Chí Minh", "tỉnh Đồng Nai": another province, named.
    const named = { ...next, accented: text.accented.slice(i, after + PLACE_NAME_WORDS), folded: words.slice(i, after + PLACE_NAME_WORDS) };
    return knowledge.index.splitLocalities(next).localities.length === 0 && !knowledge.otherProvince(named);
  });
}

/** The province without a plan the person said they live in, when the message asks of their own place. */
function ownElsewhere({ conversation, text }: Turn, remembered: Scope | undefined): { name: string; rest: NormalizedText } | undefined {
  return conversation.elsewhere && !remembered && refersToOwnPlace(text) ? { name: conversation.elsewhere, rest: withoutPhrases(text, OWN_PLACE) } : undefined;
}

function refersToOwnPlace(text: NormalizedText): boolean {
  return namesAny(text, OWN_PLACE);
}

function namesAny(text: NormalizedText, phrases: ReadonlyArray<readonly string[]>): boolean {
  return phrases.some((place) => text.folded.some((_, i) => place.every((w, k) => text.folded[i + k] === w)));
}

/**
 * True when the text points back ("kế hoạch đó") at a thing it does not name itself before: not "Lai Châu làm kế
 * hoạch …, bao giờ phải xong kế hoạch đó".
 */
function pointsOutside(text: NormalizedText): boolean {
  return POINTERS.some((pointer) => {
    const at = indexOfPhrase(text, pointer);
    const named = indexOfPhrase(text, pointer.slice(0, -1));
    return at >= 0 && named === at;
  });
}

/** "thế Cao Bằng đặt cao hơn hay thấp hơn?": "thế", "vậy" or "còn", then a place, after an answer. */
function leadsToPlace(text: NormalizedText, unplaced: NormalizedText): boolean {
  return unplaced.folded.length > 0 && FOLLOW_UP_LEADS.has(text.folded[0]!) && unplaced.folded[1] !== text.folded[1];
}

/**
 * "nói cụ thể hơn đi, ai được miễn trước", "cụ thể hơn: dân tra cứu bằng ứng dụng gì": a request for more, then the
 * question that says what more: that question. "nq 72 là gì, tóm tắt ngắn gọn giúp em với": a question, then how to
 * answer it: that question too.
 */
function withoutRequestForMore({ knowledge, text }: Turn): string | undefined {
  const clauses = clausesOf(text.original);
  if (clauses.length < 2) return undefined;
  const forMore = (clause: string) => consistsOf(knowledge.normalize(clause), asksForMore(knowledge.normalize), FILLER);
  const forShorter = (clause: string) => asksOnlyShorter(knowledge, knowledge.normalize(clause));
  const [first, second] = [clauses[0]!, clauses[1]!];
  const last = clauses.at(-1)!;
  const question = forMore(first)
    ? text.original.slice(text.original.indexOf(second))
    : forMore(last) || forShorter(last)
      ? text.original.slice(0, text.original.lastIndexOf(last))
      : undefined;
  if (question === undefined) return undefined;
  const asked = knowledge.normalize(question);
  return asksSomething(asked) && knowledge.index.tellingWords(asked).length >= OWN_TOPIC_WORDS ? question : undefined;
}

/** "còn cao bằng thì sao, t sắp chuyển lên đó": a follow-up, then what it tells of the person, which asks nothing. */
function followUpBeforeTelling({ knowledge, text }: Turn): string | undefined {
  const [first, ...rest] = clausesOf(text.original);
  if (rest.length === 0 || asksSomething(knowledge.normalize(rest.join(', ')))) return undefined;
  const followUp = knowledge.normalize(first!);
  return startsAsFollowUp(followUp) && endsAsFollowUp(followUp) ? first : undefined;
}

/** The entry answered last, while the conversation is still about it. */
export function lastAnswered({ conversation, knowledge, now, settings }: Turn): FaqEntry | undefined {
  const topic = conversation.lastTopic;
  return topic?.kind === 'entry' && now.getTime() - topic.at < settings.contextMs ? knowledge.entry(topic.id) : undefined;
}

const beyondNote = ({ count, asked }: { count: number; asked: number }) => `Danh sách này chỉ có ${count} mục, không có mục thứ ${asked}.`;

// "… là thông điệp số mấy", "nhóm thứ mấy": an item's place asked (not "chương trình hành động số mấy", a number).
const PLACE_OF_ITEM_ASKED = /\b(?:nhom|nhiem vu|giai phap|muc|thong diep|khau hieu|quan diem|hinh thuc|cau|y) (?:thu|so) (?:may|bao nhieu)\b/;

function resolveUncached(turn: Turn): Resolution {
  const { knowledge, conversation } = turn;
  if (turn.payload?.startsWith('FAQ:')) {
    const entry = knowledge.entry(turn.payload.slice(4));
    return entry ? { kind: 'answer', entry, confidence: 1, related: [] } : { kind: 'none' };
  }
  // Nothing, or "1" with no choices offered: a number alone asks nothing (a year may follow an answer up).
  if (turn.text.folded.every((w) => /^\d+$/.test(w) && !YEAR.test(w))) return { kind: 'none' };
  // "khẩu hiệu 'mỗi người dân khỏe mạnh' vế sau là gì": the whole slogan, and the answer that quotes it.
  const quotation = quotationOf(knowledge.index.entries, turn.text);
  // "câu 'khỏe để học …' là thông điệp số mấy": its place in the list that numbers it (a slogan quoted whole is no
  // quotation of part of one).
  const slogan = PLACE_OF_ITEM_ASKED.test(turn.text.folded.join(' ')) ? (quotation?.whole ?? quotedParts(turn.text.original)[0]) : undefined;
  const numbered = slogan ? itemQuoting(knowledge.index.entries, slogan) : undefined;
  if (numbered) return { kind: 'answer', entry: numbered.list, confidence: REFERRED_CONFIDENCE, related: [], excerpt: numbered.excerpt, item: numbered.item };
  if (quotation) {
    return { kind: 'answer', entry: quotation.entry, confidence: REFERRED_CONFIDENCE, related: [], ...(quotation.whole ? { note: `Câu đầy đủ: “${quotation.whole}”` } : {}) };
  }
  // "nghị quyết 72 ra ngày 16/9/2025 đúng ko", "cái nào ra trước, nq 72 hay ct 52": each document's own date.
  // "ct 52 với nq 72 mỗi cái do cơ quan nào ban hành": what is asked, of each.
  const [first, ...others] = namedDocumentsAsked(knowledge, turn.text) ?? [];
  if (first) return { kind: 'answer', entry: first, confidence: REFERRED_CONFIDENCE, related: [], ...(others.length > 0 ? { alongside: others } : {}) };
  // "kế hoạch tuyên truyền NQ 72 của Hà Nội mang số hiệu bao nhiêu": a source document's own number, which it leaves out.
  const sourceNumber = sourceNumberAsked(knowledge, turn.text, refersToOwnPlace(turn.text) ? conversation.locality : undefined);
  if (sourceNumber) return { kind: 'answer', entry: sourceNumber, confidence: REFERRED_CONFIDENCE, related: [] };
  // "95,5% là mục tiêu bhyt của hà nội đúng không", "75 tuổi là mục tiêu của tỉnh nào": whose the figure is.
  const owner = figureOwner(knowledge, turn.text);
  if (owner) return { kind: 'answer', entry: owner.entry, confidence: REFERRED_CONFIDENCE, related: [], ...(owner.note ? { note: owner.note } : {}) };
  // "nghị quyết 72 có nói gì về thuốc lá không": the subject, as that document has it.
  const topic = documentTopicAsked(knowledge, turn.text, conversation.locality);
  if (topic) return { kind: 'answer', entry: topic.entry, confidence: topic.score, related: [] };
  // "ban hành ngày nào vậy ạ, em cảm ơn", "ok vậy Cao Bằng …": thanks at the end, and acknowledging words at the start,
  // ask nothing, and would make a short follow-up long; so does what the person tells after a follow-up.
  const unthanked = withoutThanksAtEnd(turn.text.original) ?? withoutAcknowledgement(turn.text) ?? withoutRequestForMore(turn) ?? followUpBeforeTelling(turn);
  if (unthanked) return resolveUncached({ ...turn, text: knowledge.normalize(unthanked) });
  // "chỉ thị 25 về BHYT toàn dân …": a document the documents do not have, with the subject of one they do; "kế hoạch
  // 96 cao bằng": with the number of one they do, its digits the other way round. Not another province's own ("kế
  // hoạch 45 của tỉnh ủy Điện Biên về bhyt"), which is no slip for one of these.
  const renamed = knowledge.otherProvince(turn.text) ? undefined : (knowledge.documentSubjects.renamed(turn.text) ?? knowledge.misnumbered.renamed(turn.text));
  if (renamed) {
    const answer = resolveUncached({ ...turn, text: renamed.text });
    return answer.kind === 'answer' ? { ...answer, note: renamed.note } : answer;
  }
  // "quay lại câu lúc nãy, …": asked of the topic before the last one, if the last turn moved on from it.
  const rest = backToEarlier(turn.text);
  const earlier = conversation.earlierTopic ?? conversation.lastTopic;
  if (rest !== undefined && earlier) {
    const back: Turn = { ...turn, text: knowledge.normalize(rest), conversation: { ...conversation, lastTopic: earlier, earlierTopic: undefined } };
    const entry = lastAnswered(back);
    if (rest === '' && entry) return { kind: 'answer', entry, confidence: REFERRED_CONFIDENCE, related: [] };
    return resolveUncached(back);
  }
  const resumed = resumedSubject(turn.text);
  if (resumed) return resolveUncached({ ...turn, text: knowledge.normalize(resumed) });

  const last = lastAnswered(turn);
  const inline = last ? undefined : followUpInside(turn);
  if (inline) return inline;
  // "năm sau thì sao" right after the goals for 2026: 2027.
  const askedBefore = conversation.lastTopic?.asked?.join(' ') ?? last?.question ?? '';
  // "sau đó thì sao" after it: the next year the answer gives.
  const nextYear = last && (withNextYearNamed(turn.text, askedBefore, turn.now, knowledge.normalize) ?? withLaterYearNamed(turn.text, askedBefore, last.answer, knowledge.normalize));
  if (nextYear) return resolveUncached({ ...turn, text: nextYear });
  // "à nhầm, nghị quyết 72 cơ": the follow-up the correction amounts to.
  const correction = last && correctionOf(knowledge, turn.text);
  if (correction) return resolveUncached({ ...turn, text: correction });
  // "cao bằng có kế hoạch số mấy để thực hiện" right after what Chỉ thị 52 is: to carry out that document.
  const carrying = last && carryingOutDocumentOf(knowledge, turn.text, last);
  if (carrying) return resolveUncached({ ...turn, text: carrying });
  // "nhóm thứ 2 là gì", "còn câu cuối", "nhóm tiếp theo" right after an answer with a numbered list: that item; after
  // one without, the item of the one list of that place's same document ("nhóm thứ 6" after what Hà Nội's programme is).
  // "mốc cuối cùng thì Hà Nội muốn trở thành gì" after Hà Nội's list: the place of that list says no more.
  const placed = knowledge.index.splitLocalities(turn.text);
  const itemText = last && placed.localities.every((place) => place === last.scope) ? placed.text : turn.text;
  const forItemOfList = last && asksForItem(itemText);
  const listed = forItemOfList ? listOf(turn, last) : undefined;
  // "nhóm thứ 2 là ai" right after an answer listing groups in a sentence: that list, not another of its document.
  const enumerated = forItemOfList && !hasList(last) ? enumeratedItemAsked(itemText, last.answer, conversation.lastTopic?.item) : undefined;
  const item = enumerated ?? (listed && listItemAsked(itemText, listed, listed === last ? conversation.lastTopic?.item : undefined));
  const itemList = enumerated ? last : listed;
  if (item && itemList) {
    // "cái thứ 3 nói cụ thể hơn đi": the answer about that item, as "chi tiết hơn cái đó" after it gives. So does
    // "nhóm thứ 4 có xây bệnh viện gì không": what is asked of the item, which that answer gives and the item does not.
    const itemWords = new Set(knowledge.normalize(item.excerpt).folded);
    const besides = wordsBesidesItem(turn.text, knowledge.index.tellingWords(turn.text));
    const askedOfItem = besides.length > 0 && !besides.every((w) => itemWords.has(w)) ? itemDetailOf(turn, itemList, item.item, besides) : undefined;
    const detail = askedOfItem ?? (namesAny(turn.text, asksItemDetail(knowledge.normalize)) ? itemDetailOf(turn, itemList, item.item) : undefined);
    if (detail) return { kind: 'answer', entry: detail, confidence: GUESSED_CONFIDENCE, related: [] };
    return { kind: 'answer', entry: itemList, confidence: REFERRED_CONFIDENCE, related: [], ...item };
  }
  // "thông điệp đầu tiên là gì", "thông điệp số 13", with no list answered: the one list of slogans.
  const onlyList = last ? undefined : onlyListOfKindAsked(turn.text, knowledge.index.entries);
  const onlyItem = onlyList && listItemAsked(turn.text, onlyList);
  if (onlyList && onlyItem) return { kind: 'answer', entry: onlyList, confidence: REFERRED_CONFIDENCE, related: [], ...onlyItem };
  const onlyBeyond = onlyList && itemBeyond(turn.text, onlyList);
  if (onlyList && onlyBeyond) return { kind: 'answer', entry: onlyList, confidence: REFERRED_CONFIDENCE, related: [], partial: true, note: beyondNote(onlyBeyond) };
  // "đó là câu số mấy" right after one item of a list: that item again, which gives its number.
  const shown = conversation.lastTopic?.item;
  const again = last && shown !== undefined && asksItemPlace(turn.text) ? itemAt(last, shown) : undefined;
  if (last && again) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [], ...again };
  // "trong nhóm đó có nhân rộng mô hình nào không" right after one item: the answer about it that has what is asked.
  const pointing = last && shown !== undefined ? pointingAtItem(knowledge.normalize) : undefined;
  const askedOfShown = pointing && namesAny(turn.text, pointing) ? wordsBesidesItem(turn.text, knowledge.index.tellingWords(withoutPhrases(turn.text, pointing))) : [];
  // "trong câu đó có chữ hạnh phúc không": the item itself, when it has those words.
  const shownItem = askedOfShown.length > 0 ? itemAt(last!, shown!) : undefined;
  const shownWords = shownItem ? new Set(knowledge.normalize(shownItem.excerpt).folded) : undefined;
  if (shownItem && askedOfShown.every((w) => shownWords!.has(w))) return { kind: 'answer', entry: last!, confidence: REFERRED_CONFIDENCE, related: [], ...shownItem };
  const shownDetail = askedOfShown.length > 0 ? itemDetailOf(turn, last!, shown!, askedOfShown) : undefined;
  if (shownDetail) return { kind: 'answer', entry: shownDetail, confidence: GUESSED_CONFIDENCE, related: [] };
  // "nó nằm trong nhóm nhiệm vụ nào" right after an answer from part "III.2" of a plan: item 2 of the plan's list.
  const heading = last && asksHeading(turn.text) ? headingOf(turn, last) : undefined;
  if (heading) return { kind: 'answer', entry: heading.entry, confidence: GUESSED_CONFIDENCE, related: [], ...heading.item };
  // "tổng cộng có mấy nhóm" after one group of Hà Nội's programme, whose answer gives no count: the list of them all.
  const countsItems = ITEMS_COUNTED.test(turn.text.folded.join(' '));
  const counted = last && countsItems && asksShortlyAfter(turn, last) && knowledge.missesFigureAsked(turn.text, last) ? listOf(turn, last) : undefined;
  if (counted && counted !== last && !knowledge.missesFigureAsked(turn.text, counted)) return { kind: 'answer', entry: counted, confidence: REFERRED_CONFIDENCE, related: [] };
  // "cái thứ hai là gì" after slogans given as examples, unnumbered: that answer again, not whatever "thứ hai" matches.
  if (last && asksForItemByPlace(turn.text)) return { kind: 'answer', entry: listed ?? last, confidence: GUESSED_CONFIDENCE, related: [] };
  // "ngoài ra còn ai được hỗ trợ nữa" after Lai Châu's near-poor support: its answer listing every group.
  const everyGroup = last && whoElse(turn, last);
  if (everyGroup) return { kind: 'answer', entry: everyGroup, confidence: REFERRED_CONFIDENCE, related: [] };
  // "sao phải làm vậy" right after an answer: the answer that gives the reason for it, or that answer again.
  if (last && asksOnlyWhy(knowledge, turn.text)) return { kind: 'answer', entry: reasonFor(knowledge, last) ?? last, confidence: GUESSED_CONFIDENCE, related: [] };
  if (last && asksOnlyShorter(knowledge, turn.text)) {
    return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [], excerpt: last.answer.split(/(?<=\.)\s/)[0]! };
  }
  // "dài quá, nói ngắn thôi: tuổi thọ bn": what is asked after the request (read only when a message asks for less).
  const clauses = last && namesAny(turn.text, shortening(knowledge.normalize)) ? clausesOf(turn.text.original) : [];
  const requests = clauses.findIndex((clause) => !asksOnlyShorter(knowledge, knowledge.normalize(clause)));
  if (requests > 0) return resolveUncached({ ...turn, text: knowledge.normalize(clauses.slice(requests).join(', ')) });
  const kept = last && keptOf(turn, last);
  if (kept) return kept;
  const forMore = last && consistsOf(turn.text, asksForMore(knowledge.normalize), FILLER);
  // "chi tiết hơn cái đó" after one item of a list: the answer about that item, from the same document.
  // "cụ thể như thế nào" after one: how, in detail, is more of it too.
  const forItem = last && shown !== undefined && consistsOf(withoutPhrases(turn.text, [...pointingAtItem(knowledge.normalize), ...asksHow(knowledge.normalize)]), asksForMore(knowledge.normalize), FILLER);
  const itemDetail = forItem ? itemDetailOf(turn, last, shown) : undefined;
  if (itemDetail) return { kind: 'answer', entry: itemDetail, confidence: GUESSED_CONFIDENCE, related: [] };
  // "cụ thể hơn được không" after "Chương trình có 09 nhóm nhiệm vụ", which counts them without listing them: the list.
  const counting = forMore && !hasList(last) ? countedListOf(turn, last) : undefined;
  if (counting) return { kind: 'answer', entry: counting, confidence: GUESSED_CONFIDENCE, related: [] };
  // All the documents say of it is in that answer: it is given again (staff see how often it is asked for).
  if (forMore) return { kind: 'answer', entry: last, confidence: GUESSED_CONFIDENCE, related: [] };
  // "ký ngày nào", "số mấy" right after an answer about a document: that document's date or number.
  const ofDocument = last && documentDetailOf(turn, last);
  if (ofDocument) return { kind: 'answer', entry: ofDocument, confidence: REFERRED_CONFIDENCE, related: [] };
  // "còn nghị quyết 72 thì sao", "kh40" right after Cao Bằng's coverage target: the same answer of that document.
  const switched = last && switchedDocument(turn, last);
  if (switched) return switched;
  // "à còn Hải Phòng": what follows the acknowledgement is what is asked; with nothing to follow up, no clause is read.
  const acknowledged = withoutLeadingParticles(turn.text);
  const text = last ? followUpClause(knowledge, acknowledged) : acknowledged;
  const { localities: namedPlaces, places: districts, text: unplaced } = knowledge.index.splitLocalities(text);
  const localities = ownAnswerFirst(knowledge, unplaced, namedPlaces);
  // "Mình là sinh viên ở HN, … Đến năm 2030 mục tiêu tuổi thọ trung bình là bao nhiêu?": a place told of only before
  // the sentence that asks is where the person is, not what is asked about.
  // Not when it asks of "tỉnh", "thành phố" ("… thì tỉnh có hỗ trợ tiền đóng không").
  const asking = askingSentence(turn.text.original);
  const askingText = asking === turn.text.original ? undefined : knowledge.normalize(asking);
  const toldBefore =
    localities.length === 1 && askingText && knowledge.index.splitLocalities(askingText).localities.length === 0 && !refersToPlace({ ...turn, text: askingText })
      ? localities[0]
      : undefined;
  // "vợ em sắp sinh ở Mường Tè": where the person is, as if they had said so before; not the plan asked about.
  const remembered = districts[0] ?? toldBefore ?? conversation.locality;
  // "năm 2026 cả nước phấn đấu bao nhiêu": the national answer, wherever the person said they live; "tỉnh mình",
  // "ở chỗ mình": the place they said they live, also beside "cả nước" ("tp mình xếp thứ mấy cả nước").
  const nationwide = knowledge.namesNation(turn.text) ? 'national' : undefined;
  // "số năm sống khỏe ở tỉnh đó", "ai ký?": the place of the answer just given.
  const refersToThatPlace = namesAny(turn.text, THAT_PLACE) || turn.text.accented.some((w) => THEIRS.has(w)) || asksSigner(turn.text);
  // "vậy năm 2026 tỉnh phải đạt bao nhiêu %" after Cao Bằng's answer, from someone whose place is not known: Cao Bằng.
  const unnamedPlace = !conversation.locality && localities.length === 0 && refersToPlace(turn);
  const pointedPlace = last && last.scope !== 'national' && (refersToThatPlace || unnamedPlace) ? last.scope : undefined;
  const thatPlace = pointedPlace ?? earlierPlace(turn);
  const ownPlace = refersToOwnPlace(turn.text) ? remembered : undefined;
  // "ct hanh dong 10-CTr/TU la cua hai phong a": a province's document is more particular than the place named with it.
  // "vậy tp muốn đứng ở nhóm nào cả nước" after Hải Phòng's target: the city pointed at, ranked within the nation.
  const named = documentPlace(turn) ?? (toldBefore ? undefined : localities[0]) ?? ownPlace ?? pointedPlace ?? nationwide ?? thatPlace;
  // A place alone ("Hải Phòng?"), first after "thế" ("vậy toàn quốc …") or compared with ("so với cả nước thì cao hơn
  // không"), right after an answer asks the same for that place.
  // "Cao Bằng cao hơn hay thấp hơn": a place, and only how it compares.
  const comparing = knowledge.withoutNation(unplaced).folded;
  const compares =
    (text.folded[0] === 'so' && text.folded[1] === 'voi') ||
    (comparing.length > 0 && comparing.every((w) => COMPARING.has(w))) ||
    (comparing.some((w) => COMPARING_LEVELS.has(w)) && comparing.every((w) => COMPARING_TOO.has(w)));
  const places: Places = {
    named,
    remembered,
    // "mục tiêu bao phủ của Đà Nẵng": the documents have no plan for it; the national answer, saying so. "tỉnh mình
    // thì sao" from someone who said they live in such a province: the same.
    elsewhere: named ? undefined : (knowledge.otherProvince(turn.text) ?? ownElsewhere(turn, remembered)),
    compares,
  };
  // "Lai Châu thì đạt vào năm nào": the place first, then "thì", when the last answer has that place's version.
  // "ở Lai Châu thì …": a word saying where may come before the place.
  const afterPlace = WHERE_LEADS.has(unplaced.folded[0]!) && text.folded[0] === unplaced.folded[0] ? unplaced.folded.slice(1) : unplaced.folded;
  const placeThen =
    afterPlace[0] === 'thi' && text.folded[0] !== 'thi' && last !== undefined && knowledge.variantOf(last, { scope: localities[0] }) !== undefined;
  // "vậy tp em", "còn tỉnh mình?": the person's own place, and nothing else.
  const ownPlaceOnly = ownPlace !== undefined && unplaced.folded.every((w) => FOLLOW_UP_LEADS.has(w) || OWN_PLACE_WORDS.has(w));
  // "vậy thành phố Hồ Chí Minh": a province without a plan, and nothing else.
  const elsewhereOnly = places.elsewhere?.rest.folded.every((w) => FOLLOW_UP_LEADS.has(w) || COMPARING.has(w)) === true;
  // "cả nước?", "cả nước thì miễn ở mức nào" after a place's answer: the nation's version, if there is one.
  const besidesNation = nationwide === undefined ? [] : knowledge.withoutNation(unplaced).folded;
  const nationThen = besidesNation.length === 0 || (besidesNation[0] === 'thi' && last !== undefined && knowledge.variantOf(last, { scope: 'national' }) !== undefined);
  // "cao bằng có chỉ tiêu riêng ko", "cao bằng có ko": whether the place has its own version of what was just answered.
  const unplacedWords = withoutTrailingParticles(unplaced.folded);
  const ownVersion =
    (unplacedWords.includes('rieng') && unplacedWords.length <= OWN_VERSION_WORDS) || (unplacedWords.includes('co') && unplacedWords.every((w) => HAS_IT.has(w)));
  const aboutPlace =
    ownPlaceOnly ||
    elsewhereOnly ||
    (localities.length > 0 && (unplaced.folded.length === 0 || leadsToPlace(text, unplaced) || compares || placeThen || ownVersion)) ||
    (nationwide !== undefined && (FOLLOW_UP_LEADS.has(text.folded[0]!) || compares || nationThen));
  // "vậy nơi nào thấp hơn" after two places' versions of one answer: the last, with how the two compare.
  const before = conversation.earlierTopic?.kind === 'entry' ? knowledge.entry(conversation.earlierTopic.id) : undefined;
  const comparesAnswers = last?.group !== undefined && before?.group === last.group && localities.length === 0 && !nationwide && compares && comparing.some((w) => COMPARATIVE.has(w));
  const comparison = comparesAnswers ? comparisonOf(knowledge, before!, last!) : undefined;
  if (comparison) return { kind: 'answer', entry: last!, confidence: REFERRED_CONFIDENCE, related: [], note: comparison };
  // "tỉnh nào cao nhất" right after a target: of the places' versions of that answer, the highest.
  if (last?.group && asksWhichPlaceMost(turn, last)) return mostOf(turn, { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] });
  // "thế bảo hiểm nhân thọ có nên mua ko": another kind of insurance is no follow-up to this one, nor "thời tiết Hà Nội
  // mai thế nào" a subject the documents never touch.
  const followsUp = last && (aboutPlace || isFollowUp(text)) && !knowledge.index.namesAnotherKind(text) && !knowledge.namesOffTopic(text);
  const followed = followsUp ? resolveFollowUp(turn, last, places) : undefined;
  if (followed) return withComparedPlaces(turn, followed, localities, nationwide);

  const options = { locality: named, rememberedLocality: places.remembered };
  if (last && !places.elsewhere && asksDetailOf(turn, last)) {
    // "Cao Bằng đặt ra bao nhiêu?": the same question for the place named, if the content has it.
    const entry = named && named !== last.scope ? knowledge.variantOf(last, { scope: named }) : last;
    if (entry) return { kind: 'answer', entry, confidence: REFERRED_CONFIDENCE, related: [] };
  }
  if (places.elsewhere) {
    const answer = fromDecision(turn, decideFocused(knowledge, places.elsewhere.rest, options), named, places.remembered);
    const national = answer.kind === 'answer' && nationalOf(knowledge, answer.entry);
    // "em đi làm xa ở Bình Dương … cho em hỏi giờ có thể dùng ứng dụng nào thay thẻ bhyt giấy": a province told of
    // before the question, not asked about, leaves the question as it stands. The nation's answer answers it
    // ("tôi làm ruộng ở Thái Bình … một năm được khám mấy lần", "đà nẵng có được khám miễn phí không"), unless it asks
    // for a figure of the place ("tỉnh mình phấn đấu bao nhiêu %", "mục tiêu bao phủ của đà nẵng"), which the place
    // may set for itself.
    const asking = askingSentence(turn.text.original);
    const askingText = knowledge.normalize(asking);
    const toldOnly = asking !== turn.text.original && !knowledge.otherProvince(askingText);
    if (national) {
      const figureOfPlace = (!toldOnly || refersToOwnPlace(askingText)) && (knowledge.asksAmount(askingText) || headlineFigure(national.answer) !== null);
      return { ...answer, entry: national, related: [], note: notCovered(places.elsewhere.name), ...(figureOfPlace ? { partial: true as const } : {}) };
    }
    if (!toldOnly) return { kind: 'none' };
  }
  // Where the person lives, when the answer just given was about it too, is where the conversation is: "gồm mấy nhóm
  // nhiệm vụ" after Hà Nội's programme, from someone in Hà Nội, wants Hà Nội's own answer if a close one is.
  const focus = named ?? (places.remembered && last?.scope === places.remembered ? places.remembered : undefined);

  // "tỷ lệ khám bhyt tại trạm y tế xã cả nước phấn đấu bao nhiêu": "cả nước" as the place asked about says where, as a
  // province's name does, not what (the nation's coverage target has those words too); not "cao hơn cả nước".
  // "mục tiêu 2026 của lai châu và hải phòng khác nhau thế nào": of two places, how they differ is no topic of its own.
  const placesCompared = localities.length + (nationwide ? 1 : 0) > 1;
  const asked = placesCompared ? withoutPhrases(turn.text, differing(knowledge.normalize)) : turn.text;
  // "đà nẵng mục tiêu bhyt so với cả nước": the nation's, and the province without a plan says nothing ("da nang",
  // typed plain, would be "nâng").
  const ofNation = nationwide && named === nationwide ? knowledge.withoutNation(knowledge.otherProvince(asked)?.rest ?? asked) : asked;
  const decision = decideFocused(knowledge, ofNation, options);
  // "bao giờ phải xong?", "chức vụ gì?" right after an answer, and nothing else sure to answer them: about that answer.
  // "áp dụng tới năm nào" right after an answer that gives the year: about that answer, whatever else says "áp dụng".
  const lastGivesWhatBestMisses =
    decision.kind === 'answer' && last !== undefined && knowledge.missesFigureAsked(turn.text, decision.best.entry) && !knowledge.missesFigureAsked(turn.text, last);
  const unsure =
    decision.kind === 'clarify' ||
    (decision.kind === 'fallback' && !decision.outOfScope) ||
    (decision.kind === 'answer' && (decision.best.score < ANSWER_THRESHOLD || lastGivesWhatBestMisses));
  // "ở Lai Châu còn dùng được nền tảng nào nữa" after Lai Châu's answer: asked without the place it was about already,
  // in words that answer all has ("hôm nay Lai Châu có mưa không", typed plain, is not).
  const placeless = () => ({ ...unplaced, accented: unplaced.accented.slice(unplaced.folded.length - afterPlace.length), folded: afterPlace });
  const askedOfPlace = () => named === last!.scope && asksShortlyAfter({ ...turn, text: placeless() }, last!, 0);
  if (last && !places.elsewhere && unsure && ((!named && asksShortlyAfter(turn, last)) || askedOfPlace())) {
    // "còn gói bảo hiểm bổ sung thì sao" after the premium's rise: what the answer just given does not have, all of it
    // in the answer found, unsure as it is.
    const missing = askedAbout(turn).filter((w) => !knowledge.index.hasAllWords(last, [w]));
    const newSubject = decision.kind === 'answer' && missing.length > 0 && missing.every((w) => decision.best.matched.includes(w));
    return { kind: 'answer', entry: newSubject ? decision.best.entry : last, confidence: GUESSED_CONFIDENCE, related: [] };
  }
  // "thế tôi chuyển về Cao Bằng thì chỉ tiêu bên đó bao nhiêu" after Hải Phòng's target: a figure asked of another
  // place, and nothing sure to answer it, is asked of that place's version of the answer just given.
  const otherPlace = last && named && named !== last.scope && unsure && knowledge.asksAmount(turn.text) && knowledge.variantOf(last, { scope: named });
  if (otherPlace) return { kind: 'answer', entry: otherPlace, confidence: GUESSED_CONFIDENCE, related: [] };
  // "hai phong chi can 95% thoi dung ko", "cao bằng ko phải 95% à": a place's percentage checked, and nothing else said.
  const checked = unsure && named && named !== 'national' && (checksClaim(turn.text) || IS_IT_NOT.test(turn.text.folded.join(' '))) ? nearestPercentageOf(turn, named) : undefined;
  if (checked) return { kind: 'answer', entry: checked, confidence: GUESSED_CONFIDENCE, related: [] };
  // "nhóm giải pháp cuối cùng là gì" right after an answer from the guidance on Nghị quyết 72: of the answers offered
  // to choose from, the one from the same document.
  if (last && decision.kind === 'clarify') {
    const sameDocument = decision.options.filter((c) => sharesDocument(c.entry, last));
    if (sameDocument.length === 1) return fromDecision(turn, { kind: 'answer', best: sameDocument[0]!, candidates: decision.candidates }, focus, places.remembered);
  }
  // "cho mình xem thông điệp số 6": an item named of a list, and nothing sure to answer it: the likeliest list that has
  // such an item. So too when the answer found is no list of such items ("thông điệp số 3 …" of the forms of
  // propaganda), of the lists close to it.
  const otherList = decision.kind === 'answer' && namesItemOfOtherKind(turn.text, decision.best.entry);
  const listNamed =
    unsure || otherList
      ? decision.candidates
          .filter((c) => unsure || c.score + LIST_MARGIN >= decision.candidates[0]!.score)
          .map(({ entry }) => ({ entry, item: namedItemIn(turn.text, entry) }))
          .find((c) => c.item)
      : undefined;
  if (listNamed) return detailAsked(turn, { kind: 'answer', entry: listNamed.entry, confidence: GUESSED_CONFIDENCE, related: [], ...listNamed.item });
  // "người sống ngoài đảo có thuộc diện ưu tiên ko" right after Hải Phòng's priorities: unsure on its own, the place the
  // conversation is about may make an answer of that place sure. So may it when what is found is another province's
  // ("phối hợp với ai" right after Cao Bằng's target), unless the question names a document ("còn chỉ thị 52 thì hỗ
  // trợ cho ai"), which is what it is asked of.
  const elsewhereFound =
    decision.kind === 'answer' && ![last?.scope, 'national'].includes(decision.best.entry.scope) && documentNumbers(turn.text.folded.join(' ')).length === 0;
  // Nor need the nation's answer be what "còn bhyt thì sao" asks right after Hà Nội's goals for 2035.
  const nationFound = decision.kind === 'answer' && decision.best.entry.scope === 'national' && FOLLOW_UP_LEADS.has(turn.text.folded[0]!);
  const unsureHere = (unsure && decision.kind !== 'answer') || elsewhereFound || nationFound;
  if (last && last.scope !== 'national' && !named && !places.remembered && !places.elsewhere && unsureHere) {
    const there = knowledge.decide(turn.text, { locality: last.scope });
    if (there.kind === 'answer' && there.best.score >= ANSWER_THRESHOLD && there.best.entry.scope === last.scope) {
      return fromDecision(turn, there, last.scope, undefined);
    }
  }
  const near = last && !named && decision.kind === 'answer' ? nearTieWith(turn, decision, last) : undefined;
  const samePlace = last && !named && !near && decision.kind === 'answer' ? samePlaceVersion(turn, decision, last, places.remembered) : undefined;
  const continued = near ?? samePlace;
  const answer = towardsPlaceOf(turn, last, fromDecision(turn, continued ?? decision, samePlace ? last!.scope : focus, places.remembered), decision, places);
  // "nhiệm vụ thứ 7 trong kế hoạch … là gì", "nhóm nhiệm vụ về chuyển đổi số ở Hải Phòng": that item of the list found
  // (what the item is about without the place).
  const namedItem =
    answer.kind === 'answer' && !answer.excerpt
      ? (namedItemIn(turn.text, answer.entry) ?? itemAboutIn(knowledge.index.splitLocalities(turn.text).text, answer.entry))
      : undefined;
  // "nhóm chuyển đổi số trong chương trình 06 hà nội là nhóm thứ mấy": the item with those words, which gives its number.
  const numbering = !namedItem && answer.kind === 'answer' && !answer.excerpt && PLACE_OF_ITEM_ASKED.test(turn.text.folded.join(' ')) ? listOf(turn, answer.entry) : undefined;
  // Not the words that name the list itself ("chương trình 06 … có mấy nhóm").
  const namingList = numbering ? new Set(knowledge.normalize(numbering.question).folded) : undefined;
  const itemWords = numbering ? wordsBesidesItem(placed.text, knowledge.index.tellingWords(placed.text)).filter((w) => !namingList!.has(w)) : [];
  const numberedItem = numbering && itemWithWords(numbering, itemWords);
  if (numbering && numberedItem) return { kind: 'answer', entry: numbering, confidence: GUESSED_CONFIDENCE, related: [], ...numberedItem };
  // "thông điệp số 13" of the twelve: no such item, which the answer with the whole list says.
  const beyond = answer.kind === 'answer' && !answer.excerpt && !namedItem ? itemBeyond(turn.text, answer.entry) : undefined;
  if (beyond && answer.kind === 'answer') return { ...answer, partial: true, note: beyondNote(beyond) };
  // "nhóm thứ 6 trong chương trình 06 của hà nội là gì", when what is found is the programme: the item of its list,
  // if the question says nothing else ("nhóm thứ hai về chính sách thì ưu tiên ai" asks of the item).
  const list = answer.kind === 'answer' && !answer.excerpt && !namedItem && !hasList(answer.entry) ? listOf(turn, answer.entry) : undefined;
  const namesOnlyItem = list && knowledge.index.hasAllWords(list, wordsBesidesItem(turn.text, knowledge.index.tellingWords(turn.text)));
  const itemOfList = namesOnlyItem && namedItemIn(turn.text, list);
  if (itemOfList) return detailAsked(turn, { kind: 'answer', entry: list, confidence: GUESSED_CONFIDENCE, related: [], ...itemOfList });
  // "… NQ 72 có 6 nhóm nhiệm vụ giải pháp nào": the list found must count what the question counts, else the close
  // list that does; not when the count is a claim checked ("chương trình 06 của hà nội có 6 nhóm … đúng ko"), which
  // the list found corrects.
  const countedList =
    answer.kind === 'answer' && !answer.excerpt && hasList(answer.entry) && !checksClaim(turn.text) ? listCounting(turn, answer.entry, decision.candidates) : undefined;
  if (countedList && answer.kind === 'answer') return { ...answer, entry: countedList, related: [] };
  // Asked of no place, in a conversation about none: every place's answer, not the one found first.
  const nowhere = !focus && !places.remembered && (!last || last.scope === 'national');
  return everyPlaceOf(turn, mostOf(turn, withComparedPlaces(turn, detailAsked(turn, namedItem ? { ...answer, ...namedItem } : answer), localities, nationwide)), nowhere);
}

/**
 * "bv tỉnh Cao Bằng với Lai Châu bao nhiêu giường", "Hà Nội với Hải Phòng năm 2026 mỗi nơi bao nhiêu": of several places
 * named, the first that has an answer of its own comes first, the others beside it.
 */
function ownAnswerFirst(knowledge: Knowledge, unplaced: NormalizedText, localities: Scope[]): Scope[] {
  if (localities.length < 2) return localities;
  // A place has an answer of its own close to the likeliest, that gives the figure asked ("Hà Nội với Hải Phòng năm
  // 2026 mỗi nơi bao nhiêu": Hà Nội's coverage answer gives no figure for 2026).
  const hasOwn = (place: Scope) => {
    const { candidates } = knowledge.decide(unplaced, { locality: place });
    const [best] = candidates;
    return best !== undefined && candidates.some((c) => c.entry.scope === place && best.score - c.score < OWN_ANSWER_MARGIN && !knowledge.missesFigureAsked(unplaced, c.entry));
  };
  if (hasOwn(localities[0]!)) return localities;
  const own = localities.findIndex((place, i) => i > 0 && hasOwn(place));
  return own > 0 ? [localities[own]!, ...localities.filter((_, i) => i !== own)] : localities;
}

/** "nhóm 4 trong kế hoạch … cụ thể thế nào": for one item of a list, what the document says under that item. */
function detailAsked(turn: Turn, answer: Resolution): Resolution {
  if (answer.kind !== 'answer' || answer.item === undefined || !namesAny(turn.text, asksItemDetail(turn.knowledge.normalize))) return answer;
  const detail = itemDetailOf(turn, answer.entry, answer.item);
  return detail ? { kind: 'answer', entry: detail, confidence: GUESSED_CONFIDENCE, related: [] } : answer;
}

// How far below the likeliest answer for the first place compared one of its own may be, and still be its answer.
const OWN_ANSWER_MARGIN = 0.1;
// More places' versions than this, asked of no place, make too long a reply for a phone: the one found is given.
const EVERY_PLACE_VERSIONS = 2;

/**
 * "những tỉnh nào có kế hoạch triển khai chỉ thị 52", or "hộ làm nông nghiệp có được hỗ trợ bhyt không" asked of no
 * place (`nowhere`): of an answer that only places have (no national version), every place's version.
 */
function everyPlaceOf(turn: Turn, answer: Resolution, nowhere: boolean): Resolution {
  const folded = turn.text.folded.join(' ');
  if (answer.kind !== 'answer' || answer.alongside || answer.excerpt || !answer.entry.group || SUPERLATIVE.test(folded)) return answer;
  // Read on the words first: most answers are not asked of every place.
  const whichPlace = WHICH_PLACE.test(folded);
  if (!whichPlace && !nowhere) return answer;
  // "chương trình hành động 10-CTr/TU là của tỉnh nào": a province's own document, named, is that province's alone.
  if (documentPlace(turn) !== undefined) return answer;
  const versions = turn.knowledge.index.entries.filter((e) => e.group === answer.entry.group);
  if (versions.length < 2 || versions.some((e) => e.scope === 'national')) return answer;
  if (!whichPlace && versions.length > EVERY_PLACE_VERSIONS) return answer;
  return { ...answer, entry: versions[0]!, alongside: versions.slice(1), related: [] };
}

// "tỉnh nào đặt mục tiêu cao nhất", "nơi nào thấp nhất": which place, and the highest or the lowest.
const SUPERLATIVE = /\b(cao|thap|nhieu|it) nhat\b/;
const WHICH_PLACE = /\b(?:noi|tinh|tinh thanh|dia phuong|thanh pho|cho|ben) nao\b/;
// "… thấp nhất cả nước", "cao nhất toàn quốc": of every province in the country.
const OF_THE_COUNTRY = new RegExp(`${SUPERLATIVE.source} (?:(?:trong|tren) )?(?:ca nuoc|toan quoc|viet nam)\\b`);
const NOT_RANKED = 'Các tài liệu tôi có không xếp hạng các tỉnh trong cả nước; chúng chỉ nêu mục tiêu của một số địa phương:';
// Which province or city, not where ("khám chỗ nào").
const ASKS_WHICH_PROVINCE = /\b(?:tinh|dia phuong|thanh pho) nao\b/;

/** "tỉnh nào cao nhất", "nơi nào đặt thấp nhất": which place, and nothing the answer just given does not have. */
function asksWhichPlaceMost(turn: Turn, last: FaqEntry): boolean {
  const folded = withoutTrailingParticles(turn.text.folded).join(' ');
  if (!SUPERLATIVE.test(folded) || !WHICH_PLACE.test(folded)) return false;
  // "trong các tỉnh thì tỉnh nào …": the places among which say no more.
  const rest = withoutPhrases(turn.knowledge.normalize(folded.replace(SUPERLATIVE, ' ').replace(WHICH_PLACE, ' ')), PLACE_KINDS);
  return askedAbout(turn, rest).every((w) => turn.knowledge.index.hasAllWords(last, [w]));
}

/**
 * "trong các kế hoạch của địa phương, nơi nào đặt chỉ tiêu cao nhất cho năm 2026": of the places' versions of the answer
 * found, the one with the highest (or lowest) figure, with every place's figure beside it.
 */
function mostOf(turn: Turn, answer: Resolution): Resolution {
  const folded = turn.text.folded.join(' ');
  const superlative = SUPERLATIVE.exec(folded)?.[1];
  if (answer.kind !== 'answer' || !answer.entry.group || !superlative || !WHICH_PLACE.test(folded)) return answer;
  const { knowledge } = turn;
  const figures = knowledge.index.entries
    .filter((e) => e.group === answer.entry.group && e.scope !== 'national')
    .map((entry) => ({ entry, figure: headlineFigure(entry.answer) }))
    .filter((v): v is { entry: FaqEntry; figure: RegExpExecArray } => v.figure !== null);
  const unit = figures[0]?.figure[2];
  const same = figures.filter((v) => v.figure[2] === unit);
  if (same.length < 2) return answer;
  const highest = superlative === 'cao' || superlative === 'nhieu';
  const ranked = [...same].sort((a, b) => (highest ? figureValue(b.figure) - figureValue(a.figure) : figureValue(a.figure) - figureValue(b.figure)));
  const figuresOf = ranked.map((v) => `${placeName(knowledge, v.entry.scope)} ${v.figure[0]}`).join(', ');
  // "tỉnh nào thấp nhất cả nước": the documents have only a few places' targets, and rank no province in the country.
  if (OF_THE_COUNTRY.test(folded)) {
    return { kind: 'answer', entry: ranked[0]!.entry, confidence: answer.confidence, related: [], note: `${NOT_RANKED} ${figuresOf}.`, partial: true };
  }
  const note = `${figuresOf}: ${placeName(knowledge, ranked[0]!.entry.scope)} đặt mức ${highest ? 'cao' : 'thấp'} nhất.`;
  return { kind: 'answer', entry: ranked[0]!.entry, confidence: answer.confidence, related: [], note };
}

/**
 * "Hải Phòng với Lai Châu khác nhau thế nào?", "so sánh Hải Phòng với cả nước", "hải phòng với cao bằng chỗ nào cao
 * hơn" after a target: the same answer for each place named, where the content has it.
 */
function withComparedPlaces(turn: Turn, answer: Resolution, localities: Scope[], nationwide: Scope | undefined): Resolution {
  const compared: Scope[] = [...localities.slice(1), ...(localities.length > 0 && nationwide ? (['national'] as const) : [])];
  if (answer.kind !== 'answer' || answer.alongside || compared.length === 0) return answer;
  const alongside = [...new Set(compared)]
    .map((scope) => turn.knowledge.variantOf(answer.entry, { scope }))
    .filter((e): e is FaqEntry => e !== undefined && e !== answer.entry);
  return alongside.length > 0 ? { ...answer, alongside, related: [] } : answer;
}

interface Places {
  /** The locality the message names. */
  named?: Scope;
  /** Where the person said they live, earlier. */
  remembered?: Scope;
  /** A province the documents have no plan for, and the message without its name. */
  elsewhere?: { name: string; rest: NormalizedText };
  /** The message asks only how the place compares ("vậy cao hơn hay thấp hơn cả nước"). */
  compares?: boolean;
}

/** How an answer names a place: "Cao Bằng", or "cả nước" for the nation. */
function placeName(knowledge: Knowledge, scope: Scope): string {
  return scope === 'national' ? 'cả nước' : (knowledge.locality(scope)?.name ?? scope);
}

/** A headline figure's value: "95,5" → 95.5. */
const figureValue = (figure: RegExpExecArray) => Number(figure[1]!.replace(',', '.'));

// "không phải 95% à": a figure doubted.
const IS_IT_NOT = /\b(?:khong|ko|k) phai\b/;
// Besides the percentage, what a bare check says: "chỉ cần … thôi đúng không", "không phải … à", "đạt … phải không".
const CHECK_WORDS = new Set([...CLAIM_WORDS, 'chi', 'can', 'moi', 'dat', 'thoi']);
// How far the nearest percentage may be from the one claimed and still be what it is about.
const NEAR_PERCENTAGE = 5;

/** Of a place's answers, the one whose headline percentage is nearest the one checked: it confirms or corrects it. */
function nearestPercentageOf(turn: Turn, place: Scope): FaqEntry | undefined {
  const [claimed] = percentagesOf(turn.text.original);
  if (claimed === undefined || askedAbout(turn).some((w) => !/^\d/.test(w) && !CHECK_WORDS.has(w))) return undefined;
  const value = Number(claimed);
  const distance = (figure: RegExpExecArray) => Math.abs(figureValue(figure) - value);
  const [nearest] = turn.knowledge.index.entries
    .filter((e) => e.scope === place)
    .map((entry) => ({ entry, figure: headlineFigure(entry.answer) }))
    .filter((v): v is { entry: FaqEntry; figure: RegExpExecArray } => v.figure?.[2] === '%')
    .sort((a, b) => distance(a.figure) - distance(b.figure));
  return nearest && distance(nearest.figure) <= NEAR_PERCENTAGE ? nearest.entry : undefined;
}

/** What a national answer given for a place the documents say nothing particular of opens with. */
export const notCovered = (place: string) => `Tài liệu tôi có không nêu riêng cho ${place}. Thông tin chung cả nước:`;

/** The goals set for a year, for a place or the whole country, as the content answers "mục tiêu đến năm …". */
function goalsOf(knowledge: Knowledge, year: string, scope: Scope): FaqEntry | undefined {
  const decision = knowledge.decide(knowledge.normalize(`mục tiêu đến năm ${year}`), { locality: scope === 'national' ? undefined : scope });
  const entry = decision.kind === 'answer' && decision.best.score >= ANSWER_THRESHOLD ? decision.best.entry : undefined;
  // Not another place's goals: "vậy năm 2035" after the nation's life expectancy is not Hà Nội's vision for 2035.
  return entry && entry.scope === scope && asksAbout(entry, year) ? entry : undefined;
}

// The first figure an answer gives with its unit: "trên 97% dân số", "75,5 tuổi".
// Not a year: "đến năm 2030 tuổi thọ …" gives no "2030 tuổi".
const HEADLINE_FIGURE = /(?<![\d,])(?!(?:19|20)\d\d(?!\d))(\d+(?:,\d+)?)\s*(%|tuổi|năm|bác sĩ|giường)/u;

/**
 * An answer's headline figure; none when it says first that the documents give no figure of its own (Hà Nội's
 * life expectancy, "… không nêu con số riêng cho Hà Nội; mục tiêu chung cả nước … 80 tuổi" is the nation's).
 */
function headlineFigure(answer: string): RegExpExecArray | null {
  const figure = HEADLINE_FIGURE.exec(answer);
  return figure && !answer.slice(0, figure.index).includes('không nêu') ? figure : null;
}

/**
 * "vậy cao hơn hay thấp hơn cả nước" right after Cao Bằng's target, "vậy nơi nào thấp hơn" after two places' targets:
 * the two figures side by side, and which is higher, when the two answers give the same kind of figure.
 */
function comparisonOf(knowledge: Knowledge, a: FaqEntry, b: FaqEntry): string | undefined {
  if (a.scope === b.scope) return undefined;
  const [ofA, ofB] = [a, b].map((e) => headlineFigure(e.answer));
  if (!ofA || !ofB || ofA[2] !== ofB[2]) return undefined;
  if (figureValue(ofA) === figureValue(ofB)) return undefined;
  // The nation comes second ("Hải Phòng 95,5%, cả nước 95%"); of two places, the higher first.
  const aFirst = b.scope === 'national' || (a.scope !== 'national' && figureValue(ofA) > figureValue(ofB));
  const [first, second, ofFirst, ofSecond] = aFirst ? [a, b, ofA, ofB] : [b, a, ofB, ofA];
  const [name, other] = [first, second].map((e) => placeName(knowledge, e.scope));
  const higher = figureValue(ofFirst) > figureValue(ofSecond) ? 'cao hơn' : 'thấp hơn';
  return `${name} ${ofFirst[0]}, ${other} ${ofSecond[0]}: ${name} đặt mức ${higher} ${other}.`;
}

/** The entry itself when it is national, else its national variant, if the content has one. */
function nationalOf(knowledge: Knowledge, entry: FaqEntry): FaqEntry | undefined {
  return entry.scope === 'national' ? entry : knowledge.variantOf(entry, { scope: 'national' });
}

/** A message shaped as a follow-up ("còn Hải Phòng thì sao?", "nó …") to the entry just answered. */
function resolveFollowUp(turn: Turn, last: FaqEntry, { named, remembered, elsewhere, compares }: Places): Resolution | undefined {
  const { knowledge } = turn;
  // "còn nghị quyết 72 thì cao bằng có kế hoạch số mấy" after plan 69: a document the last answer is not about, named
  // by its number, makes a question of its own.
  if (documentNumbers(turn.text.folded.join(' ')).some((n) => !asksAbout(last, n))) return undefined;
  const year = yearAsked(turn);
  // "vậy riêng năm 2026 thì sao?": the same place's answer for that year; what was just answered, if it gives that
  // year too; another place's answer for that year, last.
  // "thế đến 2030 tỉnh em đặt mục tiêu gì" names the place of the last answer: no other place.
  const otherPlace = named !== undefined && named !== last.scope;
  // "mình hỏi năm 2045 mà" after the 2045 goals: that answer, not the 2030 one that mentions 2045 too.
  const lastOfYear = year !== undefined && asksAbout(last, year);
  const samePlace = year && !otherPlace && !lastOfYear ? knowledge.variantOf(last, { scope: last.scope, year }) : undefined;
  // What the follow-up itself asks, besides the place ("còn người khuyết tật thì sao?"), and besides the year.
  // Nor the words saying it is the person's own place ("còn Lai Châu quê tôi thì sao"), nor "ngoài ra", nor the source
  // ("còn theo kế hoạch của Hải Phòng thì sao").
  // "so với hải phòng", "hải phòng cao hơn ko": how it compares is no question of its own; nor the formal title of the
  // place's document ("còn Kế hoạch của Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu?" after who signed Hải Phòng's).
  const untitled = withoutDocumentTitles(turn.text);
  const said = untitled === undefined ? turn.text : knowledge.normalize(untitled);
  const asked = new Set(
    askedAbout(turn, withoutPhrases(knowledge.withoutNation(said), [...POINTERS, ...OWN_PLACE, ...BY_DOCUMENT, BESIDES])).filter(
      (w) => !FOLLOW_UP_WORDS.has(w) && !(compares && COMPARING_TOO.has(w)),
    ),
  );
  const asksOwn = [...asked].filter((w) => !YEAR.test(w));
  const namesOnlyDocument = asksOwn.length > 0 && asksOwn.every((w) => DOCUMENT_KINDS.some((kind) => kind.words.includes(w)));
  // A word the follow-up asks that the answer just given does not have.
  const newlyAsked = (w: string) => asked.has(w) && !knowledge.index.hasAllWords(last, [w]);
  // Not "theo nghị quyết đó tuổi thọ đến 2030 là bao nhiêu" when the answer only says what the resolution is.
  const notInLast = asksOwn.filter(newlyAsked);
  const ownWordsNotInLast = notInLast.length;
  // One word the answer does not have may be how it is asked ("đạt"), not the most telling ("còn tuổi thọ … năm 2030"
  // after the height target for 2030: "thọ").
  const { index } = knowledge;
  const minor = notInLast.length === 0 || (notInLast.length === 1 && asksOwn.some((w) => index.weight([w]) > index.weight(notInLast)));
  const yearInLast = year && !otherPlace && !samePlace && index.hasAllWords(last, [year]) && minor;
  if (yearInLast) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // "nghe nói hải phòng chỉ 95% thôi" right after Hải Phòng's 95,5%: a figure checked against the answer just given,
  // which gives the right one.
  const claimed = asksOwn.filter((w) => /^\d/.test(w));
  const checksLast =
    !otherPlace && claimed.length > 0 && checksClaim(turn.text) && /\d/.test(last.answer) &&
    asksOwn.filter((w) => !claimed.includes(w) && newlyAsked(w)).length <= 1;
  if (checksLast) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // "vậy năm 2030 mới đạt à" after the doctors each station has by 2027: a year claimed against the one given.
  const yearClaimed = year && !lastOfYear && !otherPlace && asksOwn.length <= 1 && GIVES_YEAR.test(last.answer) && (checksClaim(turn.text) || NOT_UNTIL.test(turn.text.folded.join(' ')));
  if (yearClaimed) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // "cả nước thì bao nhiêu?" after a national answer, "Hải Phòng với Cao Bằng chỗ nào cao hơn" after Hải Phòng's: that
  // answer (with the other place's beside it).
  if (named === last.scope && !year && (asksOwn.length === 0 || compares)) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // "bhyt thì sao", "tuổi thọ thì sao" right after Hà Nội's goals for 2035, which say it: what that answer says of it
  // ("còn người khuyết tật thì sao" turns to something else).
  // "ngoài ra còn được lập gì" after the free check-ups, which also give the health record: the same.
  const besides = [BESIDES, ...AGAIN_START].some((lead) => lead.every((w, i) => turn.text.folded[i] === w)) || besidesNamed(turn.text);
  // "còn cổng nào khác ko" after the answer naming VNeID and the national portal: another of those it names.
  const another = turn.text.folded.includes('khac');
  const ofLast =
    !named && !year && (besides || another || (!FOLLOW_UP_LEADS.has(turn.text.folded[0]!) && endsAsFollowUp(turn.text))) &&
    asksOwn.length > 0 && asksOwn.length <= DETAIL_TELLING_WORDS && ownWordsNotInLast === 0;
  if (ofLast) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // The place of the last answer, named again ("còn tuổi thọ người dân thủ đô" after Hà Nội's 2045 goals), asks for no
  // other version.
  // Not another province's for that year, from someone who lives where the last answer is ("đến năm 2030 thì sao"
  // after Hải Phòng's near-poor support, from someone in Hải Phòng, is not Lai Châu's support until 2030); the
  // nation's is.
  const forYear = samePlace || (((otherPlace && named) || year) && knowledge.variantOf(last, { scope: named, year }));
  const variant = forYear && (named || !remembered || [remembered, 'national'].includes(forYear.scope) || remembered !== last.scope) ? forYear : undefined;
  if (variant) {
    // "còn bệnh viện đa khoa Lai Châu có chuyên khoa gì": a question of its own, which that place's answer to it
    // answers better than its version of the last one.
    // "còn lai châu thì ai được hỗ trợ" after Cao Bằng's near-poor: that place's answer to who, on the same topic, found
    // surer than its version of the near-poor answer among the answers to the follow-up's words.
    // "còn Lai Châu thì sao" after "Hải Phòng ưu tiên hỗ trợ bhyt cho nhóm nào": that place's answer to what was asked
    // before, when surer than its version of the answer given (Lai Châu's donations).
    const askedBefore = turn.conversation.lastTopic?.asked?.join(' ') ?? last.question;
    const lastAgain = otherPlace && asksOwn.length === 0 ? knowledge.index.splitLocalities(knowledge.normalize(askedBefore)).text : undefined;
    // "hải phòng thì" after the date Cao Bằng's plan was issued, when Hải Phòng's plan gives none: what it gives of it.
    const askedThere = lastAgain && named && knowledge.missesFigureAsked(lastAgain, variant) ? `${placeName(knowledge, named)} ${lastAgain.accented.join(' ')}` : undefined;
    const ofDocument = askedThere && sourceNumberAsked(knowledge, knowledge.normalize(askedThere));
    if (ofDocument) return { kind: 'answer', entry: ofDocument, confidence: REFERRED_CONFIDENCE, related: [] };
    const decision = asksOwn.length > 0 || lastAgain ? knowledge.decide(lastAgain ?? turn.text, { locality: named }) : undefined;
    // Asked again of the place named, that place's own answer, if as close as the best ("à nhầm, ở lai châu cơ" after
    // "tp có hỗ trợ đóng bhyt cho ai": Lai Châu's groups, not the nation's).
    const ownThere = lastAgain && decision?.kind === 'answer' ? decision.candidates.find((c) => c.entry.scope === named && decision.best.score - c.score < CONTINUITY_MARGIN) : undefined;
    const placed = ownThere && decision?.kind === 'answer' ? { ...decision, best: ownThere } : decision;
    const sure = placed?.kind === 'answer' && placed.best.score >= ANSWER_THRESHOLD && (!lastAgain || placed.best.entry.scope === named) ? placed : undefined;
    const rival = sure?.candidates.find((c) => c.entry === variant);
    // The version may not be among the answers found at all.
    const beatsRival = rival === undefined || sure!.best.score > rival.score + VARIANT_MARGIN;
    // A version of the same answer for a year the last answer does not give is chosen only by the year asked before
    // (else the variant's, of the year it gives): "cả nước thì sao" after Cao Bằng's life expectancy, beside the
    // nation's for 2030.
    const yearOf = (e: FaqEntry) => e.question.match(GIVES_YEAR)?.[0];
    const sureYear = sure && yearOf(sure.best.entry);
    const otherYear = sure?.best.entry.group === last.group && yearOf(variant) !== undefined && sureYear !== yearOf(variant) && !(sureYear && last.answer.includes(sureYear));
    // Nor, with no place named, another place's version ("còn mục tiêu năm 2030" after Hà Nội's for 2045: Hà Nội's).
    const otherPlaceVersion = !named && sure?.best.entry.group === last.group && sure!.best.entry.scope !== variant.scope;
    const otherVersion = (otherYear && !GIVES_YEAR.test(askedBefore)) || otherPlaceVersion;
    // "còn kế hoạch của hải phòng?" after who signed Cao Bằng's guidance names only the document that place's version
    // is of.
    const surer = sure !== undefined && sure.best.entry !== variant && sure.best.entry.topic === last.topic && beatsRival && !otherVersion && !namesOnlyDocument;
    const own = sure && (!knowledge.index.hasAllWords(variant, asksOwn) || surer);
    if (own) return fromDecision(turn, sure, named, remembered);
    // Just above a bare statement of place (0.9): "ở Cao Bằng thì sao?" asks, it does not only inform.
    // Not after a document's date or number was asked ("hải phòng thì" after Lai Châu's plan date): its figures were not.
    const note = compares && !ASKS_OF_DOCUMENT_ITSELF.test(askedBefore) ? comparisonOf(knowledge, last, variant) : undefined;
    // "hà nội thì sao" after Cao Bằng's life expectancy, 75: Hà Nội's answer, which gives no figure, does not answer it
    // (but "còn hải phòng thì chương trình số mấy" after Hà Nội's programme of 12/01/2026 asks only its number).
    const asksOwnFigure = knowledge.asksAmount(turn.text) && !knowledge.missesFigureAsked(turn.text, variant);
    const figureMissing = otherPlace && headlineFigure(last.answer) && !headlineFigure(variant.answer) && !asksOwnFigure;
    return { kind: 'answer', entry: variant, confidence: 0.93, related: [], ...(note ? { note } : {}), ...(figureMissing ? { partial: true as const } : {}) };
  }
  // "2030 thì sao" after the doctors each station has by 2027, which has no answer for 2030: the goals for that year.
  const goals = year && !variant && asksOwn.length === 0 && GIVES_YEAR.test(last.answer) ? goalsOf(knowledge, year, named ?? last.scope) : undefined;
  if (goals) return { kind: 'answer', entry: goals, confidence: GUESSED_CONFIDENCE, related: [] };
  const national = elsewhere && nationalOf(knowledge, last);
  if (national) return { kind: 'answer', entry: national, confidence: 0.93, related: [], note: notCovered(elsewhere.name), partial: true };
  // "còn đà nẵng có nâng cấp bệnh viện ko" after Lai Châu's hospitals, which no national answer stands in for: nothing.
  if (elsewhere && last.scope !== 'national') return { kind: 'none' };
  if (named && last.group && last.scope !== named) {
    // "còn Hà Nội thì chương trình có mấy nhóm": that place's own answer to what the follow-up itself asks.
    const own = asked.size > 0 ? knowledge.decide(turn.text, { locality: named }) : undefined;
    const ownOfPlace = own?.kind === 'answer' && (own.best.entry.scope === named || knowledge.variantOf(own.best.entry, { scope: named }) !== undefined);
    if (ownOfPlace && own.best.score >= ANSWER_THRESHOLD) {
      return fromDecision(turn, own, named, remembered);
    }
    // "còn Cao Bằng thì sao" after the nation's goals for 2030, asked of healthy years: that place's answer to the words
    // asked before, when it has one of its own.
    const before = asked.size === 0 ? turn.conversation.lastTopic?.asked : undefined;
    const again = before?.length ? knowledge.decide(knowledge.normalize(before.join(' ')), { locality: named }) : undefined;
    if (again?.kind === 'answer' && again.best.entry.scope === named && again.best.score >= ANSWER_THRESHOLD) {
      return fromDecision(turn, again, named, remembered);
    }
    return generalFor(turn, last, named);
  }
  // "còn người khuyết tật thì sao?": the previous question about something else. The answer must
  // match what the follow-up itself names, or the previous topic would simply win again.
  let combined: Decision | undefined;
  const earlierId = turn.conversation.earlierTopic?.kind === 'entry' ? turn.conversation.earlierTopic.id : undefined;
  const inContext = (orLast: boolean) => {
    const together = knowledge.normalize(`${last.question} ${turn.text.original}`);
    // The place of the previous question is the place of this one, unless this one names another.
    const place = named ?? knowledge.index.splitLocalities(together).localities[0] ?? (last.scope === 'national' ? undefined : last.scope);
    combined ??= knowledge.decide(together, { locality: place, rememberedLocality: remembered });
    const sure = combined.candidates.filter((c) => c.score >= ANSWER_THRESHOLD);
    // "Lai Châu có làm vậy không", which asks nothing else: that place's own answer to the question before.
    // Most of what is asked being what the last answer does not say, an answer matching two such words comes first.
    const mostlyNew = [...asked].filter(newlyAsked).length * 2 > asked.size;
    // "kế hoạch đó hoàn thành khi nào" after who comes first for free hospital fees, which gives no year: the sure answer
    // that gives it; else the answer before that one, found less surely, if it gives it ("việc đó ai chủ trì").
    const givesWhatLastMisses = () => {
      if (!knowledge.missesFigureAsked(turn.text, last)) return undefined;
      const gives = (c: Candidate) => c.entry !== last && !knowledge.missesFigureAsked(turn.text, c.entry);
      return sure.find(gives) ?? combined!.candidates.find((c) => c.entry.id === earlierId && gives(c));
    };
    const best =
      (mostlyNew ? sure.find((c) => c.entry !== last && c.matched.filter(newlyAsked).length >= OWN_TOPIC_WORDS) : undefined) ??
      givesWhatLastMisses() ??
      sure.find((c) => c.matched.some((w) => asked.has(w))) ??
      (named && asked.size === 0 ? sure.find((c) => c.entry.scope === named) : undefined) ??
      (orLast ? sure.find((c) => c.entry === last) : undefined);
    return best && fromDecision(turn, { kind: 'answer', best, candidates: combined.candidates }, place, remembered);
  };
  // "cái đó do ai ký" after the Party's own directive: the documents name the body that issued it, never who signed.
  if (refersBack(turn.text) && asksSigner(turn.text) && last.scope === 'national' && ISSUED_BY.test(last.answer)) {
    return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  }
  // "ai ký kế hoạch đó", when the answer does not say who signed: the question itself, about the same place.
  const referring = refersBack(turn.text) && knowledge.saysSignerAsked(turn.text, last);
  // "chương trình đó ban hành ngày nào" after an answer that names a programme without saying it: that programme;
  // "nghị quyết đó do ai ban hành" after plan 40, which carries out Nghị quyết 72: a document of another kind than the
  // one the last answer is about.
  const pointed = pointedDocument(turn, turn.text.folded, last);
  const otherDocument = pointed !== undefined && !pointed.every((w) => knowledge.normalize(last.question).folded.includes(w));
  const document = pointed && referring && (otherDocument || knowledge.missesFigureAsked(turn.text, last)) ? documentNamedIn(turn, pointed, last, named) : undefined;
  if (document) return { kind: 'answer', entry: document, confidence: REFERRED_CONFIDENCE, related: [] };
  // "nó ra ngày nào?": a detail that what was just answered gives; "cái đó áp dụng mấy năm": nothing else named. Not
  // "khi nào thì có kế hoạch đó" after who comes first for free hospital fees, which gives no year.
  const lacksWhen = ASKS_WHEN.test(turn.text.folded.join(' ')) && !GIVES_YEAR.test(last.answer);
  if (referring && knowledge.index.hasAllWords(last, asked) && !lacksWhen) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // The place the conversation is about, unless the person said where they live.
  const about = remembered ?? (last.scope === 'national' ? undefined : last.scope);
  // "… thực hiện kế hoạch đó" points at the place's own plan: asked of that place.
  const own = knowledge.decide(turn.text, { locality: named ?? (referring ? about : undefined), rememberedLocality: about });
  // "ông ấy giữ chức gì", "ai thực hiện việc đó": a detail it gives, asked in a few words it need not have (not "văn
  // bản đó giao việc miễn viện phí hoàn thành khi nào", which asks of something else that answer names no more than the
  // year it gives).
  if (referring && [...asked].filter(newlyAsked).length <= OWN_TOPIC_WORDS && knowledge.givesDetailAsked(turn.text, last)) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // "trong kế hoạch đó có nói nguyên tắc 6 rõ" after who signed it, "văn bản đó giao việc miễn viện phí hoàn thành khi
  // nào" after who signed (whose answer gives a year): a question of its own, in words the last answer has not, that
  // an answer surely answers.
  const novel = own.kind === 'answer' ? own.best.matched.filter(newlyAsked) : [];
  if (referring && own.kind === 'answer' && own.best.score >= OWN_QUESTION_SCORE && novel.length >= OWN_TOPIC_WORDS) {
    return fromDecision(turn, own, named, about);
  }
  // "nó có mấy nhóm?" names nothing itself: what was just answered decides first.
  const referred = referring ? inContext(false) : undefined;
  if (referred) return referred;
  // "thế còn năm 2035" after the nation's life expectancy, which has none for it: not another place's answer for it.
  const elsewhereForYear = own.kind === 'answer' && year && asksOwn.length === 0 && !named && ![last.scope, 'national', remembered].includes(own.best.entry.scope);
  if (elsewhereForYear) return { kind: 'none' };
  // "cụ thể bao nhiêu %" after Hải Phòng's aim to lead, whose answer gives 95,5%: that answer, not one without the
  // figure asked.
  const lastGives = own.kind === 'answer' && !named && knowledge.missesFigureAsked(turn.text, own.best.entry) && !knowledge.missesFigureAsked(turn.text, last);
  if (lastGives) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // "còn bác sĩ thì sao" right after how commune stations are to be built up: the doctors of those stations, found with
  // the question before, rather than doctors in general.
  const aspect = own.kind === 'answer' && !named && !year && asksOwn.length > 0 && asksOwn.length <= ASPECT_WORDS ? inContext(false) : undefined;
  if (aspect?.kind === 'answer' && aspect.entry !== last) return aspect;
  // "còn chương trình của Hà Nội thì sao" after Nghị quyết 72's groups: what was asked before, of the place's document.
  const ofDocument = named && namesOnlyDocument ? inContext(false) : undefined;
  if (ofDocument?.kind === 'answer' && ofDocument.entry !== last && ofDocument.entry.scope === named) return ofDocument;
  if (own.kind === 'answer') return fromDecision(turn, own, named, about);
  // Nothing else fits: what was just answered, for a question about it.
  const inLast = inContext(referring);
  if (inLast) return inLast;
  // "thế ở Hải Phòng?" after who leads Cao Bằng's propaganda, an answer no other place has a version of: that place's
  // own answer to what was asked before, when one is sure.
  const askedBefore = turn.conversation.lastTopic?.asked?.join(' ');
  if (named && named !== last.scope && asked.size === 0 && askedBefore) {
    const again = knowledge.decide(knowledge.index.splitLocalities(knowledge.normalize(askedBefore)).text, { locality: named });
    if (again.kind === 'answer' && again.best.score >= ANSWER_THRESHOLD && again.best.entry.scope === named) return fromDecision(turn, again, named, remembered);
  }
  // "Lai Châu có làm vậy không" after a national answer, and nothing of that place's own: the national answer.
  return named && last.scope === 'national' && asked.size === 0 ? generalFor(turn, last, named) : undefined;
}

// "… để thực hiện", "… triển khai nó": carrying out, of a document left unnamed.
const CARRYING_OUT = /\b(?:thuc hien|trien khai|quan triet|cu the hoa)$/;
const UNNAMED = new Set(['no', 'do', 'nay']);
// "… có kế hoạch thực hiện chưa, số mấy": whether it is carried out, asked before more of it.
const WHETHER = new Set(['chua', 'khong']);

/** The message with the one document the last answer's question names, when it asks of carrying out and names none. */
function carryingOutDocumentOf(knowledge: Knowledge, text: NormalizedText, last: FaqEntry): NormalizedText | undefined {
  if (documentNumbers(text.folded.join(' ')).length > 0) return undefined;
  const words = [...withoutTrailingParticles(text.folded)];
  while (UNNAMED.has(words.at(-1)!)) words.pop();
  // Said without the particles and pointing words after the verb: "… thực hiện chỉ thị 52", not "… thực hiện nó chỉ thị
  // 52"; what is asked after "chưa" is kept.
  const whether = words.findIndex((w, i) => WHETHER.has(w) && CARRYING_OUT.test(words.slice(0, i).join(' ')));
  const end = CARRYING_OUT.test(words.join(' ')) ? words.length : whether;
  if (end < 0) return undefined;
  const named = new Set([...foldDiacritics(last.question).matchAll(NAMED_DOCUMENT)].map(([, kind, number]) => `${kind} ${Number(number)}`));
  const rest = end === whether ? text.accented.slice(end) : [];
  return named.size === 1 ? knowledge.normalize([...text.accented.slice(0, end), [...named][0], ...rest].join(' ')) : undefined;
}

function yearAsked({ text }: Turn): string | undefined {
  return text.folded.find((t) => YEAR.test(t));
}

// A document named by its kind and number, on folded words ("nghi quyet 72", "chuong trinh hanh dong so 06"); and a
// kind alone.
const DOCUMENT_NAMED = new RegExp(`${DOCUMENT_KIND.source} (?:so )?\\d+\\b`, 'g');
const DOCUMENT_KIND_NAMED = new RegExp(DOCUMENT_KIND.source, 'g');
const BARE_NUMBER = /\bso (\d+)\b/;
// "Tỉnh …", "Thành phố …": the kind of place, left when the place's name is taken out.
const PLACE_KINDS = [['tinh'], ['thanh', 'pho'], ['tp']];
// What a follow-up may say besides the document: "còn", "thì sao", "của trung ương", "ý mình là".
const SWITCH_WORDS = new Set([...FOLLOW_UP_WORDS, 'cua', 'trung', 'uong', 'y', 'minh', 'la', 'hoi', 've']);

/**
 * "còn nghị quyết 72 thì sao", "à nhầm, ý mình là nghị quyết 72 của trung ương" right after an answer about another
 * document: what was asked before, of the document named, when the follow-up asks nothing else and an answer that
 * names the document answers it (with nothing else asked, the document's own answer).
 */
function switchedDocument(turn: Turn, last: FaqEntry): Resolution | undefined {
  const { knowledge } = turn;
  const said = knowledge.withoutNation(turn.text).folded.join(' ');
  // "thế còn số 72" after what Chỉ thị 52 is: a central document by its number alone.
  const folded = said.replace(BARE_NUMBER, (whole, number: string) => knowledge.documentSubjects.byNumber(number) ?? whole);
  const [named, ...others] = folded.match(DOCUMENT_NAMED) ?? [];
  if (!named || others.length > 0 || folded.replace(named, ' ').split(' ').some((w) => w && !SWITCH_WORDS.has(w))) return undefined;
  const [number] = documentNumbers(named);
  if (number === undefined || questionDocuments(last).includes(number)) return undefined;
  // "vậy còn nghị quyết 72" after what Cao Bằng's plan for Chỉ thị 52 is: what the place's own document for it is.
  const ownDocuments = (e: FaqEntry) => questionDocuments(e).length > 0 && questionDocuments(e).every((n) => knowledge.placeOfDocument(n) === e.scope);
  const counterparts = ownDocuments(last) && !documentsNamed(last).includes(number)
    ? knowledge.index.entries.filter((e) => e !== last && e.scope === last.scope && e.topic === last.topic && ownDocuments(e) && documentsNamed(e).includes(number))
    : [];
  if (counterparts.length === 1) return { kind: 'answer', entry: counterparts[0]!, confidence: REFERRED_CONFIDENCE, related: [] };
  // What was asked before (else the answer's question) without its documents, places and figures, nor the words of
  // the answer just given, which say what it was about ("chỉ thị 52 về bhyt toàn dân do ai ban hành" asks nothing of
  // Nghị quyết 72 but who issued it).
  const before = knowledge.normalize(turn.conversation.lastTopic?.asked?.join(' ') ?? last.question);
  const question = withoutPhrases(knowledge.index.splitLocalities(before).text, [...OWN_PLACE, ...PLACE_KINDS]).folded.join(' ');
  const lastWords = new Set(knowledge.normalize(last.answer).folded);
  const asked = question.replace(DOCUMENT_NAMED, ' ').replace(DOCUMENT_KIND_NAMED, ' ').replace(/\b\d+\b/g, (n) => (YEAR.test(n) ? n : ' ')).split(' ').filter((w) => !lastWords.has(w)).join(' ');
  // "thế còn nq 72" after Cao Bằng's plan for Chỉ thị 52: a central document, asked of the place just answered for.
  const locality = knowledge.placeOfDocument(number) ?? (last.scope === 'national' ? undefined : last.scope);
  const decision = knowledge.decide(knowledge.normalize(`${named} ${asked}`), { locality });
  const found = decision.candidates.find((c) => c.entry !== last && c.score >= ANSWER_THRESHOLD && documentsNamed(c.entry).includes(number));
  return found && decision.kind !== 'fallback' ? { kind: 'answer', entry: found.entry, confidence: REFERRED_CONFIDENCE, related: [] } : undefined;
}

/** True when the two entries are written from one document. */
// "09 nhóm nhiệm vụ", "5 quan điểm": items counted in an answer, on its folded text.
const COUNTED_ITEMS = /\b\d{1,2} (?:nhom|nhiem vu|giai phap|quan diem|dot pha|hinh thuc|noi dung)\b/g;

/** The items a folded text counts, written as a list counts them: "06 nhóm" is "6 nhom". */
const counts = (folded: string) => (folded.match(COUNTED_ITEMS) ?? []).map((items) => items.replace(/^0(?=\d)/, ''));

/** True when a list's lead counts one of the items counted. */
const countsAny = (list: FaqEntry, counted: readonly string[]) => counts(foldDiacritics(listLead(list))).some((items) => counted.includes(items));

/** Of the candidates, the list that counts the items a question counts, when the list found does not. */
function listCounting({ text }: Turn, list: FaqEntry, candidates: readonly Candidate[]): FaqEntry | undefined {
  const folded = text.folded.join(' ');
  const stated = counts(folded);
  if (stated.length === 0 || countsAny(list, stated)) return undefined;
  // Not a list of another document than the one named ("nghị quyết 72 có 9 nhóm giải pháp à": Hà Nội's programme has 9).
  const named = documentNumbers(folded);
  const ofNamed = (entry: FaqEntry) => named.every((n) => askedDocuments(entry).includes(n));
  return candidates.find((c) => hasList(c.entry) && countsAny(c.entry, stated) && ofNamed(c.entry))?.entry;
}

/** The one list, of the entry's place and document, of the items its answer counts ("09 nhóm: (1) …"). */
function countedListOf({ knowledge }: Turn, entry: FaqEntry): FaqEntry | undefined {
  const counted = counts(foldDiacritics(entry.answer));
  if (counted.length === 0) return undefined;
  const lists = knowledge.index.entries.filter((e) => e !== entry && e.scope === entry.scope && hasList(e) && sharesDocument(e, entry) && countsAny(e, counted));
  return lists.length === 1 ? lists[0] : undefined;
}

function sharesDocument(a: FaqEntry, b: FaqEntry): boolean {
  return a.sources.some((s) => b.sources.some((l) => l.doc === s.doc));
}

/** After an answer for one group, "còn ai … nữa" asks for its question's one answer of that place listing them all. */
function whoElse({ knowledge, text }: Turn, last: FaqEntry): FaqEntry | undefined {
  if (LISTS.test(last.answer) || !ASKS_WHO_ELSE.test(text.folded.join(' '))) return undefined;
  // Of the same group, or on the same topic from the same part of the same document (Lai Châu's ethnic-minority
  // students and the list of every group its council supports).
  const sameSource = (e: FaqEntry) => e.topic === last.topic && e.sources.some(({ doc }) => partsCited(e, doc).some((part) => partsCited(last, doc).includes(part)));
  const related = (e: FaqEntry) => (e.group !== undefined && e.group === last.group) || sameSource(e);
  const lists = knowledge.index.entries.filter((e) => e !== last && e.scope === last.scope && related(e) && LISTS.test(e.answer));
  return lists.length === 1 ? lists[0] : undefined;
}

// "nằm trong nhóm nào", "thuộc mục nào": which item of a list something comes under.
const ASKS_HEADING = /\b(?:nam trong|thuoc|thuoc ve) (?:nhom|muc|phan|giai phap)(?: nhiem vu| giai phap)? nao\b/;
// What points at what was just answered: "nó", "việc đó", "cái này", "vấn đề ấy".
const POINTING = new Set(['no', 'do', 'day', 'ay', 'nay', 'viec', 'cai', 'dieu', 'van', 'de']);

/** "nó nằm trong nhóm nhiệm vụ nào", and nothing else ("thành phố muốn thuộc nhóm nào về tỷ lệ tham gia" asks more). */
function asksHeading(text: NormalizedText): boolean {
  const folded = text.folded.join(' ');
  return ASKS_HEADING.test(folded) && folded.replace(ASKS_HEADING, ' ').split(' ').every((w) => !w || POINTING.has(w) || FILLER.has(w));
}

/**
 * The item of a list whose part of the document an answer comes from: an answer citing "III.2" comes under item 2 of
 * the list citing "III" (`itemDetailOf` the other way).
 */
function headingOf({ knowledge }: Turn, entry: FaqEntry): { entry: FaqEntry; item: { excerpt: string; item: number } } | undefined {
  for (const list of knowledge.index.entries) {
    if (list === entry || list.scope !== entry.scope || !hasList(list)) continue;
    for (const { doc, part } of listParts(list)) {
      const under = partsCited(entry, doc).map((cited) => (cited.startsWith(`${part}.`) ? cited.slice(part.length + 1) : '')).find((n) => /^\d+$/.test(n));
      const item = under === undefined ? undefined : itemAt(list, Number(under));
      if (item) return { entry: list, item };
    }
  }
  return undefined;
}

/** The parts of its document a list's answer comes from whole ("III"), one per source. */
function listParts(list: FaqEntry): Array<{ doc: string; part: string }> {
  return list.sources.filter((s) => s.section && !s.section.includes(';')).map((s) => ({ doc: s.doc, part: bareSection(s.section!) }));
}

/** The parts of a document an entry cites ("V.2", however written: "Mục V.2"). */
function partsCited(entry: FaqEntry, doc: string): string[] {
  return entry.sources.filter((s) => s.doc === doc && s.section).flatMap((s) => s.section!.split(';').map(bareSection));
}

const bareSection = (section: string) => section.trim().replace(/^Mục\s+/, '');

/**
 * The answer about item `n` of a list's numbered items: the items of a list from section "III" are sections "III.1",
 * "III.2", … of its document, so an answer citing that part is about the item (the one closest to its words first).
 * With words `asked` of the item, only an answer that has most of them (the one they find first) or all.
 */
function itemDetailOf({ knowledge }: Turn, list: FaqEntry, n: number, asked: readonly string[] = []): FaqEntry | undefined {
  const item = listItem(list, n);
  const parts = listParts(list).map(({ doc, part }) => ({ doc, part: `${part}.${n}` }));
  if (!item || parts.length === 0) return undefined;
  const citesPart = (e: FaqEntry) => parts.some(({ doc, part }) => partsCited(e, doc).includes(part));
  const { index } = knowledge;
  const words = index.tellingWords(knowledge.normalize(item));
  const shared = (e: FaqEntry) => index.weight(words.filter((w) => index.hasAllWords(e, [w])));
  const detailed = index.entries.filter((e) => e !== list && e.scope === list.scope && citesPart(e));
  if (asked.length === 0) return detailed.sort((a, b) => shared(b) - shared(a))[0];
  // With words asked, the one they find first that has most of them ("xây thêm bệnh viện": the hospitals built, not
  // their quality).
  const found = knowledge.decide(knowledge.normalize(asked.join(' ')), { locality: list.scope }).candidates;
  const first = found.find((c) => detailed.includes(c.entry) && c.matched.length * 2 > asked.length)?.entry;
  return first ?? detailed.filter((e) => index.hasAllWords(e, asked)).sort((a, b) => shared(b) - shared(a))[0];
}

/**
 * The entry's own numbered list, or the one numbered list of what is asked ("nhóm": "09 nhóm: (1) …") among the other
 * answers of its place from its document.
 */
function listOf({ knowledge, text }: Turn, entry: FaqEntry): FaqEntry | undefined {
  if (hasList(entry)) return entry;
  // What the list is of, when the question names it ("mấy nhóm": not the milestones of the same programme).
  const asked = listWordsIn(text, knowledge.index.tellingWords(text));
  const listsAsked = (e: FaqEntry) => {
    const lead = foldDiacritics(listLead(e));
    return asked.some((w) => new RegExp(`\\b${w}\\b`).test(lead));
  };
  const lists = knowledge.index.entries.filter((e) => e.scope === entry.scope && hasList(e) && sharesDocument(e, entry) && listsAsked(e));
  return lists.length === 1 ? lists[0] : undefined;
}

/**
 * From someone whose place is not known, a question naming none right after a province's answer ("có mấy nhóm nhiệm
 * vụ" after Hà Nội's programme): that province's close answer, if it matched every telling word the answer found did.
 */
function towardsPlaceOf(turn: Turn, last: FaqEntry | undefined, answer: Resolution, decision: Decision, places: Places): Resolution {
  const place = last?.scope;
  const guided = answer.kind === 'answer' && decision.kind === 'answer' && !places.named && !places.remembered;
  if (!guided || !place || place === 'national' || answer.entry.scope === place) return answer;
  const matched = tellingMatchedBy(turn, decision.best);
  // "gom may nhom nhiem vu giai phap" after Hà Nội's programme: its answer from the same document, a little less sure
  // than the national answer whose question has "gồm", is the one asked about.
  const local = decision.candidates.find(
    (c) =>
      c.entry.scope === place &&
      ((decision.best.score - c.score < LOCAL_MARGIN && matched.every((w) => c.matched.includes(w))) ||
        (sharesDocument(c.entry, last!) && decision.best.score - c.score < SAME_DOCUMENT_MARGIN && tellingMatchedBy(turn, c).length >= OWN_TOPIC_WORDS)),
  )?.entry;
  // "năm 2026 phấn đấu bao nhiêu" after another of Hải Phòng's answers: Hải Phòng's version of the national target
  // found, when it has every telling word the national one matched.
  const version = turn.knowledge.variantOf(decision.best.entry, { scope: place });
  const own = local ?? (version && turn.knowledge.index.hasAllWords(version, matched) ? version : undefined);
  if (!own) return answer;
  // "còn nghị quyết 72 thì mấy nhóm" after Hà Nội's programme: the document named, not the place's own one that
  // carries it out.
  const [document] = documentNumbers(turn.text.folded.join(' '));
  const namesIt = (entry: FaqEntry) => questionDocuments(entry).includes(document!);
  if (document && namesIt(decision.best.entry) && !namesIt(own)) return answer;
  return { ...answer, entry: own, related: [] };
}

/**
 * "nhà tôi có được hỗ trợ mua bhyt không" right after Lai Châu's support for farming households, which answers it about
 * as surely as the near-poor's: in a near tie, the answer just given, when it matched every telling word the best did,
 * is what the conversation is about.
 */
function nearTieWith(turn: Turn, decision: Extract<Decision, { kind: 'answer' }>, last: FaqEntry): Decision | undefined {
  const kept = decision.candidates.find((c) => c.entry === last);
  if (!kept || kept === decision.best || decision.best.score - kept.score > CONTINUITY_MARGIN) return undefined;
  const keptMatched = new Set(kept.matched);
  return tellingMatchedBy(turn, decision.best).every((w) => keptMatched.has(w)) ? { ...decision, best: kept } : undefined;
}

/**
 * "năm 2026 chỉ tiêu là bao nhiêu" right after Hải Phòng's target, which gives 2026's: another place's version of the
 * answer just given, found for a question naming no place, is that answer again (the place the conversation is about),
 * when it gives the year or figure asked and the person does not live elsewhere.
 */
function samePlaceVersion(turn: Turn, decision: Extract<Decision, { kind: 'answer' }>, last: FaqEntry, remembered: Scope | undefined): Decision | undefined {
  const { entry } = decision.best;
  if (last.group === undefined || entry.group !== last.group || entry.scope === last.scope || (remembered && remembered !== last.scope)) return undefined;
  // Nor "thế 97% là của tỉnh nào" after Lai Châu's 95%: a figure the last answer does not give.
  const figures = turn.text.folded.filter((w) => /^\d{2,}/.test(w));
  if (!turn.knowledge.index.hasAllWords(last, figures)) return undefined;
  return { ...decision, best: { ...decision.best, entry: last } };
}

/** The words a candidate matched that tell what the turn asks about. */
function tellingMatchedBy(turn: Turn, candidate: Candidate): string[] {
  const telling = turn.knowledge.index.tellingWords(turn.text);
  return candidate.matched.filter((w) => telling.includes(w));
}

/**
 * "ký ngày nào", "ban hành ngày nào", "số hiệu là gì", "ai ký", right after an answer about a document, and nothing else
 * asked: the entry on that document which the content has for it, or that answer (which says it does not give it).
 * The document is the one the answer names by number, for a province its own ("kế hoạch 40"), not the directive it
 * carries out; a province's answer that names none is about its plan.
 */
function documentDetailOf(turn: Turn, last: FaqEntry): FaqEntry | undefined {
  const { knowledge, text } = turn;
  // "Hà Nội thì ai ký" after Lai Châu's signer: another place's document.
  if (knowledge.index.splitLocalities(text).localities.some((place) => place !== last.scope)) return undefined;
  const words = withoutTrailingParticles(text.folded);
  // "kế hoạch đó ban hành ngày nào": the words that point back say no more; nor, in "ban hành ngày 9/9/2025 đúng ko",
  // the date claimed and the words checking it.
  const claimed = checksClaim(text) ? (w: string) => /^\d/.test(w) || CLAIM_WORDS.has(w) : () => false;
  // Nor the words pointing back ("kế hoạch đó do cơ quan nào ban hành vậy").
  const unpointed = withoutPhrases(text, POINTERS);
  // Nor the date known in part ("ký ngày bao nhiêu tháng 1 năm 2026").
  const dated = (w: string, i: number, words: readonly string[]) => /^\d/.test(w) || (DATE_UNITS.has(w) && /^\d/.test(words[i + 1] ?? ''));
  const asking = withoutTrailingParticles(unpointed.folded).filter((w, i, words) => !claimed(w) && !dated(w, i, words));
  if (asking.length > DETAIL_QUESTION_WORDS || !ASKS_DOCUMENT_DETAIL.test(words.join(' '))) return undefined;
  if (!askedAbout(turn, unpointed).every((w) => DOCUMENT_DETAIL_WORDS.has(w) || claimed(w) || /^\d+$/.test(w))) return undefined;
  // "chương trình đó ngày nào" after who signed the plan carrying it out: the programme its source names. (An answer
  // naming documents of that kind with their dates gives what is asked itself; not who issued them, unless it says.)
  const pointed = pointedDocument(turn, words, last);
  // "ai ký kế hoạch đó" after what Cao Bằng's plan 69 is: a document of the province's own whose signer the documents
  // do not name; that answer, which says nothing of it ("ai ký" alone asks of the document the answer is from).
  const pointedNumber = pointed && (numberedIn(last.question, pointed) ?? numberedIn(last.answer, pointed));
  if (asksSigner(text) && pointedNumber && knowledge.signerUnknown(String(Number(pointedNumber)), last.scope)) return last;
  const givesItself = (noun: readonly string[]) =>
    numberedIn(last.answer, noun) !== undefined && !knowledge.missesFigureAsked(text, last) && !(ASKS_ISSUER.test(words.join(' ')) && !ISSUED_BY.test(last.answer));
  // "chỉ thị đó ngày bao nhiêu" after Hải Phòng's plan carrying out Chỉ thị 52: not the plan the answer is from.
  const ofSource = (noun: readonly string[]) => knowledge.sourcesOf(last).some((s) => foldDiacritics(s.label).startsWith(noun.join(' ')));
  const aboutIt = (noun: readonly string[]) => noun.every((w) => knowledge.normalize(last.question).folded.includes(w)) && ofSource(noun);
  const elsewhere = pointed && !aboutIt(pointed) && !givesItself(pointed);
  const otherDocument = elsewhere ? documentNamedIn(turn, pointed, last, undefined) : undefined;
  if (otherDocument) return otherDocument;
  // "kế hoạch đó ký ngày nào" after Lai Châu's plan, whose answer dates the programme it carries out: the entry saying the
  // plan's own number and date are blank in the original.
  // "ban hành khi nào" right after who signed or issued it (an answer from the document's opening or signature that
  // dates nothing): the document the answer is about.
  const document = pointed ?? (aboutDocumentItself(last) ? kindOfSource(knowledge, last) : undefined);
  const ofDocument = document && knowledge.decide(knowledge.normalize(`${document.join(' ')} ${text.original}`), { locality: last.scope });
  // Close to the best: what the plan is (0.855) and that its date is blank (0.842) share the words.
  const silent =
    ofDocument?.kind === 'answer' ? ofDocument.candidates.find((c) => c.score + BLANK_DETAIL_MARGIN >= ofDocument.best.score && c.entry.documentsSilent) : undefined;
  if (silent && silent.entry.scope === last.scope && sharesDocument(silent.entry, last)) return silent.entry;
  // "ngày nào" after the Government's resolution 282, whose answer gives its date: that answer.
  if (!knowledge.missesFigureAsked(text, last)) return last;
  const local = last.scope !== 'national';
  const named = [...foldDiacritics(`${last.question} ${last.answer}`).matchAll(NAMED_DOCUMENT)].find(
    (m) => !local || knowledge.placeOfDocument(String(Number(m[2]))) === last.scope,
  );
  // "ai ký" after a province's answer: its signer entry, as the question stands; after a national answer that names no
  // document, who signed what is not known.
  if (asksSigner(text) && (local || !named)) return undefined;
  // Who signed a national document the content knows as who issued it ("do Bộ Chính trị ban hành").
  const asked = asksSigner(text) ? 'do cơ quan nào ban hành' : text.original;
  const query = knowledge.normalize(`${named ? `${named[1]} ${named[2]}` : ''} ${asked}`);
  const decision = knowledge.decide(query, { locality: local ? last.scope : undefined });
  const found = decision.kind === 'answer' ? decision.best.entry : undefined;
  if (!found || found.scope !== last.scope) return last;
  // Neither gives it: the entry on the document named ("nghị quyết 72 do Bộ Chính trị ban hành") says more than the
  // answer that named it.
  return found.documentsSilent || named !== undefined || !knowledge.missesFigureAsked(query, found) ? found : last;
}

/**
 * The province whose own document ("10-CTr/TU", "kế hoạch 40") the text names, if it names one and no other document
 * of a province ("chương trình 10 thực hiện chỉ thị 52" also names the nation's).
 */
function documentPlace({ knowledge, text }: Turn): Scope | undefined {
  const places = new Set(documentNumbers(text.folded.join(' ')).map((n) => knowledge.placeOfDocument(n)));
  places.delete(undefined);
  return places.size === 1 ? [...places][0] : undefined;
}

/**
 * The kind of document a message points back at: "nghị quyết đó" → ["nghi", "quyet"]. "ct đó", read as "chỉ thị đó",
 * is the programme ("chương trình") right after an answer about one that is no directive.
 */
function pointedDocument(turn: Turn, words: readonly string[], last: FaqEntry): readonly string[] | undefined {
  const kind = DOCUMENT_KINDS.map((k) => k.words).find((n) => words.some((_, i) => n.every((w, k) => words[i + k] === w) && REFERS_BACK_AFTER_NOUN.has(words[i + n.length]!)));
  if (kind?.join(' ') !== 'chi thi' || !/(?<!\p{L})ct(?!\p{L})/iu.test(turn.text.original)) return kind;
  const about = turn.knowledge.normalize(last.question).folded.join(' ');
  return about.includes('chuong trinh') && !about.includes('chi thi') ? PROGRAMME : kind;
}

/** True when an answer comes only from documents' openings and signatures, and dates nothing: who issued, who signed. */
function aboutDocumentItself(entry: FaqEntry): boolean {
  const sections = entry.sources.flatMap((s) => (s.section ?? '').split(';').map((section) => section.trim()));
  return sections.every((section) => DOCUMENT_ITSELF.has(section)) && !GIVES_YEAR.test(entry.answer);
}
const DOCUMENT_ITSELF = new Set(['Mở đầu', 'Phần ký', 'Nơi nhận']);

/** The kind ("ke hoach") of the document an answer cites first. */
function kindOfSource(knowledge: Knowledge, entry: FaqEntry): readonly string[] | undefined {
  const label = foldDiacritics(knowledge.sourcesOf(entry)[0]?.label ?? '');
  return DOCUMENT_KINDS.find(({ words }) => label.startsWith(words.join(' ')))?.words;
}

/** The number of the document of that kind ("chuong trinh") the text names first, if it names one. */
function numberedIn(text: string, noun: readonly string[]): string | undefined {
  return foldDiacritics(text).match(new RegExp(`${noun.join(' ')}(?: hanh dong)?(?: so)? (\\d+)`))?.[1];
}

function documentNamedIn(turn: Turn, noun: readonly string[], last: FaqEntry, named: Scope | undefined): FaqEntry | undefined {
  const { knowledge } = turn;
  // The answer, or what it cites: "Kế hoạch thực hiện Chương trình hành động số 10-CTr/TU".
  const number = numberedIn([last.answer, ...knowledge.sourcesOf(last).map((s) => s.label)].join(' '), noun);
  if (!number) return undefined;
  const query = knowledge.normalize(`${noun.join(' ')} ${number} ${turn.text.original}`);
  // "Hà Nội có chương trình nào để thực hiện nghị quyết đó": the place named, else the document's own ("nghị quyết đó
  // do ai ban hành" after Hà Nội's programme is the nation's resolution 72).
  const decision = knowledge.decide(query, { locality: named ?? knowledge.placeOfDocument(number) });
  const entry = decision.kind === 'answer' ? decision.best.entry : undefined;
  return entry && entry !== last && !knowledge.missesFigureAsked(turn.text, entry) ? entry : undefined;
}

/**
 * For a place the content has nothing of its own for, saying so: the national version of the answer just given, or
 * that answer itself, named for the place it is about ("Thông tin của Lai Châu:"), not passed off as general.
 */
function generalFor(turn: Turn, last: FaqEntry, named: Scope): Resolution {
  const { knowledge, text: asked } = turn;
  const place = placeName(knowledge, named);
  const entry = nationalOf(knowledge, last) ?? last;
  const about = entry.scope === 'national' ? 'Thông tin chung' : `Thông tin của ${placeName(knowledge, entry.scope)}`;
  const note = `Tài liệu tôi có chưa nêu riêng nội dung này cho ${place}. ${about}:`;
  // "vậy Hải Phòng thì sao" after Cao Bằng's life expectancy, "còn cao bằng bao nhiêu giường": the figure asked, before
  // or now, is not given for that place; nor is anything, when all there is to show is another province's answer.
  const askedBefore = turn.conversation.lastTopic?.asked?.join(' ') ?? last.question;
  // "lai chau thi sao" after the nation's life expectancy: the figure given is not that place's either.
  const figureAsked = knowledge.asksAmount(knowledge.normalize(askedBefore)) || knowledge.asksAmount(asked) || headlineFigure(entry.answer) !== null;
  const partial = figureAsked || entry.scope !== 'national' ? { partial: true as const } : {};
  return { kind: 'answer', entry, confidence: GUESSED_CONFIDENCE, related: [], note, ...partial };
}

/**
 * The decision on the whole message or, when that is no answer, on the widest part of it that asks and is
 * answered: a narrower part says less about what is asked.
 */
function decideFocused(knowledge: Knowledge, text: NormalizedText, options: SearchOptions): Decision {
  // "… tỉnh sẽ xây bệnh viện y học cổ truyền. Xin hỏi bệnh viện đó quy mô bao nhiêu giường": the question about the
  // thing it points back at, named as the message named it.
  const antecedent = askingWithAntecedent(text.original);
  const pointedAt = antecedent === undefined ? undefined : knowledge.decide(knowledge.normalize(antecedent), options);
  if (pointedAt?.kind === 'answer' && pointedAt.best.score >= ANSWER_THRESHOLD) return pointedAt;
  const whole = knowledge.decide(text, options);
  // What is asked of a document named by its formal title, answered more surely than the whole, is what is asked;
  // not its date, number or who issued it ("kế hoạch 69-KH/TU của BTV Tỉnh ủy Cao Bằng ngày bao nhiêu"), nor whether
  // a claim about it is right ("… của Bộ Chính trị đúng không"), which are asked of the document itself.
  const named = documentNumbers(text.folded.join(' '));
  const untitled = withoutDocumentTitles(text);
  const rest = untitled === undefined ? undefined : knowledge.normalize(untitled);
  // Not of a document the content does not have ("kế hoạch số 45-KH/TU của tỉnh ủy Điện Biên … quy định gì").
  const ofItsOwn =
    rest && knowledge.index.tellingWords(rest).length >= TITLED_QUESTION_WORDS && !ASKS_OF_DOCUMENT_ITSELF.test(rest.folded.join(' ')) && !knowledge.namesUnknownDocument(text);
  if (ofItsOwn) {
    // Asked of the place whose document is named ("kế hoạch 69 … đặt mục tiêu gì": Cao Bằng's).
    const locality = options.locality ?? named.map((n) => knowledge.placeOfDocument(n)).find((scope) => scope !== undefined);
    const asked = knowledge.decide(rest, { ...options, locality });
    const better = (best: Candidate) => whole.kind !== 'answer' || best.score > whole.best.score || knowledge.missesFigureAsked(text, whole.best.entry);
    // Not an answer about another document than the ones named ("kế hoạch của Hải Phòng về chỉ thị 52 có mấy nhóm …"
    // is not answered by Nghị quyết 72's groups).
    const aboutOther = (e: FaqEntry) => askedDocuments(e).some((n) => !named.includes(n));
    if (asked.kind === 'answer' && asked.best.score >= ANSWER_THRESHOLD && better(asked.best) && !knowledge.missesFigureAsked(text, asked.best.entry) && !aboutOther(asked.best.entry)) {
      return asked;
    }
  }
  // A best answer to the whole that lacks the figure asked: the question itself, without the circumstances told
  // before it, may find the answer that gives it ("mình là cán bộ xã … năm 2026 tỉnh đặt mục tiêu bao nhiêu %?").
  const missesFigure = whole.kind === 'answer' && knowledge.missesFigureAsked(text, whole.best.entry);
  // Unsure of the whole, a part asked on its own may be answered more surely.
  const unsureOfWhole = whole.kind === 'answer' && !missesFigure && whole.best.score < SURE_OF_WHOLE;
  if (whole.kind === 'answer' && !missesFigure && !unsureOfWhole) return whole;
  const outOfScope = whole.kind === 'fallback' && whole.outOfScope === true;
  // Each sentence and clause is normalised once: to see whether it tells anything, then to decide on it.
  const normalizedParts = new Map<string, NormalizedText>();
  const normalize = (part: string) => {
    let normalized = normalizedParts.get(part);
    if (!normalized) normalizedParts.set(part, (normalized = knowledge.normalize(part)));
    return normalized;
  };
  // "Cảm ơn admin nhiều." and "ad trả lời giúp em với" at the end tell nothing, whatever their words.
  const tells = (part: string) => {
    const normalized = normalize(part);
    const thanksOnly = containsAny(normalized, closing(knowledge.normalize)) && !asksSomething(normalized);
    if (thanksOnly || consistsOf(normalized, pleas(knowledge.normalize), FILLER)) return false;
    return knowledge.index.tellingWords(normalized).length > 0;
  };
  // Surer than the whole, a part's answer must not leave what the rest of the message is about: "… muốn góp tiền mua
  // bhyt tặng bà con … ưu tiên những ai?" is not who comes first for free hospital fees, when the answer to the whole
  // (donations) has words of the rest and that one has none.
  const keepsToRest = (entry: FaqEntry, part: NormalizedText) => {
    if (whole.kind !== 'answer') return true;
    const own = new Set([...knowledge.index.tellingWords(part), ...BHYT]);
    const rest = [...new Set(knowledge.index.tellingWords(text).filter((w) => !own.has(w)))];
    const ofRest = (e: FaqEntry) => rest.filter((w) => knowledge.index.hasAllWords(e, [w])).length >= OWN_TOPIC_WORDS;
    return ofRest(entry) || !ofRest(whole.best.entry);
  };
  // Less than sure, the answer must have at least two of the part's telling words ("làm răng sứ không" has none).
  const backs = (decision: Extract<Decision, { kind: 'answer' }>, part: NormalizedText) => {
    const telling = knowledge.index.tellingWords(part);
    return decision.best.matched.filter((w) => telling.includes(w)).length >= OWN_TOPIC_WORDS;
  };
  // "Hướng dẫn số 33-HD/BTGDVTW là của cơ quan nào, ban hành ngày nào?": a part asking only when or by whom asks it
  // of the document the message names, not of whichever document those words alone find.
  const asksOnlyDetailOfNamed = (part: NormalizedText) =>
    named.length > 0 && documentNumbers(part.folded.join(' ')).length === 0 && knowledge.index.tellingWords(part).every((w) => DOCUMENT_DETAIL_WORDS.has(w));
  for (const part of askingParts(text.original, tells, (part) => asksSomething(normalize(part)))) {
    const normalized = normalize(part);
    // In a message naming what the documents never cover, only a part that asks about something it names itself, and
    // is surely answered, may be: "trời mưa to quá, cho mình hỏi hộ cận nghèo …" is; "ngày thầy thuốc là hôm nào,
    // mình định tặng hoa bác sĩ" and "bảo hiểm cho chó mèo, giá bao nhiêu" are not.
    if (outOfScope && (!asksSomething(normalized) || knowledge.index.tellingWords(normalized).length < OWN_TOPIC_WORDS)) continue;
    // "… kế hoạch của Tỉnh ủy thực hiện Chỉ thị 52 …. Kế hoạch đó số mấy?": a part pointing back at what the message
    // said before it is no question on its own.
    if (pointsOutside(normalized) || asksOnlyDetailOfNamed(normalized)) continue;
    const decision = knowledge.decide(normalized, options);
    if (decision.kind !== 'answer') continue;
    if (unsureOfWhole) {
      if (whole.kind === 'answer' && decision.best.score >= whole.best.score + SURER_PART && keepsToRest(decision.best.entry, normalized)) return decision;
      continue;
    }
    if (missesFigure) {
      // Not "bao giờ xong" alone, answered by anything finished in some year.
      if (!knowledge.missesFigureAsked(text, decision.best.entry) && keepsToRest(decision.best.entry, normalized)) return decision;
      continue;
    }
    if (decision.best.score >= ANSWER_THRESHOLD || (!outOfScope && backs(decision, normalized))) return decision;
  }
  // "lai chau mien vien phi uu tien ai truoc, bao gio xong": two things asked, and a sure answer to the whole, on the
  // same topic, that gives what the best misses (which may say the documents give none, or say when in words).
  const best = missesFigure && askingCues(text) >= 2 && !whole.best.entry.documentsSilent ? whole.best.entry : undefined;
  const giving = best && whole.candidates.find((c) => c.score >= ANSWER_THRESHOLD && c.entry.topic === best.topic && !knowledge.missesFigureAsked(text, c.entry));
  if (giving) return { kind: 'answer', best: giving, candidates: whole.candidates };
  if (whole.kind !== 'fallback' || outOfScope) return whole;
  // Nothing answered where messages ask: where else this one asks, on the same terms.
  for (const part of furtherAskingParts(text.original, tells, (part) => asksSomething(normalize(part)))) {
    const decision = knowledge.decide(normalize(part), options);
    if (decision.kind === 'answer' && (decision.best.score >= ANSWER_THRESHOLD || backs(decision, normalize(part)))) return decision;
  }
  return whole;
}

function fromDecision(turn: Turn, decision: Decision, named: Scope | undefined, remembered: Scope | undefined): Resolution {
  if (decision.kind === 'fallback') return { kind: 'none', decision };
  if (decision.kind === 'clarify') {
    // "… được hưởng mấy phần trăm", "hạn chót đóng … là ngày nào": a choice that gives no such amount or detail, and
    // does not say the documents give none, answers nothing; one choice left is the answer. Choices that all say the
    // documents do not answer leave nothing to choose.
    const gives = (c: Candidate) => !lacksAmountAsked(turn.text, c.entry.answer) && !turn.knowledge.missesFigureAsked(turn.text, c.entry);
    const options = decision.options.filter((c) => c.entry.documentsSilent || gives(c));
    if (options.every((c) => c.entry.documentsSilent)) return { kind: 'none', decision };
    // "nhà nước có mục tiêu gì về chiều cao": the one choice with the rarest telling word that any choice matched.
    const rarest = turn.knowledge.index.rarest([...new Set(options.flatMap((c) => tellingMatchedBy(turn, c)))]);
    const having = options.filter((c) => rarest !== undefined && c.matched.includes(rarest));
    // "hải phòng với cao bằng mục tiêu 2026 mỗi nơi bao nhiêu": the one choice the place named has a version of.
    const placeNamed = named && turn.knowledge.index.splitLocalities(turn.text).localities.includes(named) ? named : undefined;
    const ofPlace = placeNamed ? options.filter((c) => c.entry.scope === placeNamed || turn.knowledge.variantOf(c.entry, { scope: placeNamed })) : [];
    const chosen = options.length === 1 ? options[0] : having.length === 1 ? having[0] : ofPlace.length === 1 ? ofPlace[0] : undefined;
    if (chosen) return fromDecision(turn, { kind: 'answer', best: chosen, candidates: decision.candidates }, named, remembered);
    return { kind: 'clarify', options, confidence: options[0]!.score };
  }
  const { index } = turn.knowledge;
  // "… Chỉ thị 52 do cơ quan nào ban hành", from someone in Cao Bằng, or who says they live there: a document asked
  // about by its number, which the place's version only mentions, is not the place's.
  const asksOwnDocument = (e: FaqEntry) => documentNumbers(turn.text.folded.join(' ')).some((n) => asksAbout(e, n));
  const aboutDocument = asksOwnDocument(decision.best.entry);
  const livesThere = named !== undefined && statedLocality(turn)?.id === named && !refersToPlace(turn);
  if (aboutDocument && livesThere) return fromDecision(turn, decision, undefined, named);
  let entry = decision.best.entry;
  // A question that names no place, from someone whose place we know: that place's version, if any.
  // One that names no place, from someone whose place we do not know: the national version, if any.
  // Not when the question names a figure the version lacks ("95,5% là chỉ tiêu của đâu" asks about that answer), nor
  // when it lacks the rarest telling word the answer matched ("đồng bào dân tộc vùng sâu vùng xa" is Lai Châu's).
  // Read only when a version or a local answer is in question: most answers need neither.
  let matchedTelling: string[] | undefined;
  const tellingMatched = () => (matchedTelling ??= tellingMatchedBy(turn, decision.best));
  let rarest: string | undefined | null = null;
  const keeps = (e: FaqEntry) => {
    if (rarest === null) rarest = index.rarest(tellingMatched());
    return !rarest || index.hasAllWords(e, [rarest]);
  };
  const wanted = named ?? remembered ?? 'national';
  const variant = entry.scope !== wanted ? turn.knowledge.variantOf(entry, { scope: wanted }) : undefined;
  // The question's figures that the answer has, wherever in it ("97% là chỉ tiêu bhyt của tỉnh nào").
  const figures = turn.text.folded.filter((w) => /\d/.test(w) && index.hasAllWords(entry, [w]));
  // "Mình là sinh viên ở HN. Đến năm 2030 mục tiêu tuổi thọ trung bình là bao nhiêu?": not the place's version, which
  // gives no such figure, when the question does not ask about the place.
  // "mục tiêu tăng chiều cao bao nhiêu", from someone in Hà Nội: nor the place's version with no number where the
  // answer found has one.
  const missesAmount = (e: FaqEntry) =>
    turn.knowledge.missesFigureAsked(turn.text, e) || (turn.knowledge.asksAmount(turn.text) && !/\d/.test(e.answer.replace(LABELS, ' ')));
  // The place is asked about when the message names it, not when the conversation is about it.
  const asksOfPlace = named !== undefined && !livesThere && (index.splitLocalities(turn.text).localities.length > 0 || refersToOwnPlace(turn.text));
  const givesLess = (e: FaqEntry) => !asksOfPlace && missesAmount(e) && !missesAmount(entry);
  // "thành phố nào muốn vào nhóm dẫn đầu cả nước": the place is what is asked, so the answer found keeps its own.
  const placeAsked = named === undefined && ASKS_WHICH_PROVINCE.test(turn.text.folded.join(' '));
  if (variant && !placeAsked && index.hasAllWords(variant, figures) && (wanted !== 'national' || keeps(variant)) && (named !== undefined || !aboutDocument || asksOwnDocument(variant)) && !givesLess(variant)) {
    entry = variant;
  }
  // "tuổi thọ năm 2030 mục tiêu mấy tuổi" from someone in Hà Nội, whose goals give no figure for 2030: the nation's,
  // which does.
  const national = !asksOfPlace && entry.scope !== 'national' && missesAmount(entry) ? turn.knowledge.variantOf(entry, { scope: 'national', year: yearAsked(turn) }) : undefined;
  if (national && !missesAmount(national)) entry = national;
  // "trạm y tế ở Lai Châu có thêm bác sĩ không": a place named, and nothing national of it; that place's own
  // answer to a close question, or to the same question as a close one, is what the person wants.
  // It must have the rarest telling word the best answer matched: "khuyết tật" is not in Hải Phòng's general support.
  // Nor may it lack a detail asked that the answer gives ("cao bang bao gio bhyt toan dan": the year). An answer that
  // opens on the place ("Kế hoạch của Hải Phòng nêu hướng nghiên cứu nâng mức đóng …") is that place's already.
  // "cao bang bao gio bhyt toan dan": the place's own answer that gives the year, over its closer one that does not
  // (not a document's own date or number, which another document's "gives").
  const misses = named !== undefined && turn.knowledge.missesFigureAsked(turn.text, entry);
  const entryMisses = misses && !ASKS_OF_DOCUMENT_ITSELF.test(turn.text.folded.join(' '));
  const othersPlace = named !== undefined && entry.scope !== named && !turn.knowledge.opensOn(entry, named);
  if (named && (othersPlace || entryMisses)) {
    const givesAsked = (e: FaqEntry) => (othersPlace && misses) || !turn.knowledge.missesFigureAsked(turn.text, e);
    const locals = decision.candidates
      .filter((c) => decision.best.score - c.score < LOCAL_MARGIN)
      .map((c) => (c.entry.scope === named ? c.entry : turn.knowledge.variantOf(c.entry, { scope: named })))
      .filter((e): e is FaqEntry => e !== undefined && keeps(e) && givesAsked(e) && !givesLess(e));
    // "lai chau tuyen truyen bhyt cho vung sau vung xa the nao": the place's answer that has every telling word the
    // best matched (its propaganda), over a closer one that has only some (its donations for remote areas).
    // Else the closest, on the same topic ("ethnic minority students' support" is no answer about propaganda there).
    const local = locals.find((e) => index.hasAllWords(e, tellingMatched())) ?? locals.find((e) => e.topic === entry.topic);
    if (local) entry = local;
  }
  // "ở Lai Châu những ai được hỗ trợ đóng bhyt …, bác cận nghèo": who, as a list, is what the answer that lists them
  // gives, over a closer one about the group the person named.
  if (ASKS_WHO.test(turn.text.folded.join(' ')) && !LISTS.test(entry.answer)) {
    const listing = decision.candidates.find(
      (c) => c.entry.scope === entry.scope && decision.best.score - c.score < LIST_MARGIN && LISTS.test(c.entry.answer) && c.entry.topic === entry.topic,
    );
    if (listing) entry = listing.entry;
  }
  // "ai được hỗ trợ đóng bhyt", from someone whose place is not known: a national answer about as close as the local
  // one, matching every telling word it matched, is the answer for them.
  if (wanted === 'national' && entry.scope !== 'national') {
    const national = decision.candidates.find(
      (c) =>
        c.entry.scope === 'national' &&
        !c.entry.documentsSilent &&
        decision.best.score - c.score < NATIONAL_MARGIN &&
        tellingMatched().every((w) => c.matched.includes(w)),
    );
    if (national) entry = national.entry;
  }
  // "… đến năm 2045" matched the 2030 wording best: the same question for the year asked, if any.
  const year = yearAsked(turn);
  // Not "năm 2045 hơn năm 2030 bao nhiêu" answered by one that gives both; nor "75,5 là mục tiêu 2045 hả" by the one
  // that gives the figure claimed (for 2030), which corrects the year.
  const givesEveryYear = new Set(turn.text.folded.filter((w) => YEAR.test(w))).size > 1 && turn.text.folded.every((w) => !YEAR.test(w) || entry.answer.includes(w));
  const figuresClaimed = checksClaim(turn.text) ? turn.text.folded.filter((w) => /^\d/.test(w) && !YEAR.test(w)) : [];
  const givesClaimed = (e: FaqEntry) => index.hasAllWords(e, figuresClaimed);
  // "nghe nói tới 2030 Hà Nội là trung tâm y tế lớn …, thật ko": a year claimed, and nothing else, which the decision
  // has already checked (the answer for 2045 corrects it).
  const yearChecked = checksClaim(turn.text) && figuresClaimed.length === 0;
  const yearVersion = year && !yearChecked && !asksAbout(entry, year) && !givesEveryYear ? turn.knowledge.variantOf(entry, { scope: entry.scope, year }) : undefined;
  if (yearVersion && (!givesClaimed(entry) || givesClaimed(yearVersion))) entry = yearVersion;
  // "đến 2030 thủ đô đặt mục tiêu gì": a close answer of the same place that has that year, if the best has not.
  if (year && !yearChecked && entry === decision.best.entry && !entry.documentsSilent && !index.hasAllWords(entry, [year])) {
    const scope = entry.scope;
    const closer = decision.candidates.find(
      (c) => c.entry.scope === scope && decision.best.score - c.score < YEAR_MARGIN && c.matched.includes(year) && !turn.knowledge.missesFigureAsked(turn.text, c.entry),
    );
    entry = closer?.entry ?? entry;
  }
  // "hà nội mục tiêu tỷ lệ tham gia bhyt năm 2026": a place's answer with nothing for the year asked gives way to the
  // nation's that has it, which then says the documents give nothing particular for the place. Not a year claimed
  // ("lai châu xong kế hoạch miễn viện phí năm 2030 đúng ko"), which the place's answer corrects.
  const dueYear = year && !checksClaim(turn.text);
  const ofYear = dueYear && named && entry.scope === named && !entry.documentsSilent && !index.hasAllWords(entry, [year]) ? turn.knowledge.variantOf(entry, { scope: 'national', year }) : undefined;
  if (ofYear && index.hasAllWords(ofYear, [year!])) entry = ofYear;
  // "bao nhiêu quan điểm và bao nhiêu nhóm": what gives the other figure asked is answered too.
  const alongside = turn.knowledge.alongsideFigures(turn.text, entry, decision.candidates);
  // Near misses are offered as related questions; variants of the answered one are not.
  const related = decision.candidates.filter(
    (c) =>
      c.entry !== entry &&
      (c.entry.group === undefined || c.entry.group !== entry.group) &&
      decision.best.score - c.score < RELATED_MARGIN,
  );
  // "bệnh viện đa khoa tỉnh Cao Bằng có bao nhiêu giường": another province's answer does not answer it.
  if (named && named !== 'national' && entry.scope !== named && entry.scope !== 'national') return { kind: 'none', decision };
  // "Hà Nội phấn đấu năm 2026 bao nhiêu % dân có bhyt": the national answer, saying it is not the place's own.
  const place = named && named !== 'national' && entry.scope === 'national' ? turn.knowledge.locality(named)?.name : undefined;
  // A figure asked of the place is not answered by the nation's (unless asked of a national document the place
  // carries out: "hướng dẫn … Nghị quyết 72 của Cao Bằng … bao nhiêu quan điểm"): the fallback gives it, and staff
  // see the question.
  const figureOfPlace = turn.knowledge.asksAmount(turn.text) && !aboutDocument;
  // "theo hướng dẫn của Cao Bằng thì chỉ thị 52 …": asked by the place's own document, which the answer cites.
  const byPlaceDocument = place !== undefined && namesAny(turn.text, BY_DOCUMENT) && turn.knowledge.sourcesOf(entry).some((s) => s.label.includes(place));
  const general = place && !entry.answer.includes(place) && !byPlaceDocument ? { note: notCovered(place), ...(figureOfPlace ? { partial: true as const } : {}) } : {};
  return {
    kind: 'answer',
    entry,
    confidence: decision.best.score,
    related: related.filter((c) => !alongside.includes(c.entry)).slice(0, 2),
    ...(alongside.length > 0 ? { alongside } : {}),
    ...general,
  };
}
