import type { NormalizedText } from '../language/normalizer.js';
import { AGAIN, consistsOf, FILLER, indexOfPhrase, phraseList, withoutTrailingParticles } from '../language/phrases.js';
import { DOCUMENT_KINDS } from './document-numbers.js';
import type { Knowledge } from './answer-engine.js';
import type { Turn } from '../pipeline/intent.js';
import type { Scope } from './schema.js';
import { YEAR } from './resolution.js';
import { type KinPlace, kinPlaceNamed } from './kin-places.js';

// The words that make a message a follow-up of the answer just given ("còn …", "… thì sao", "nó …", "cái đó …"), that
// point at the person's own place or at that answer's place, that ask for more, less or one item of it, or that only
// compare. Read on the message's words alone.

// "còn bên Lai Châu", "phía Hải Phòng thì sao", "Lai Châu nữa", "còn riêng tỉnh", "còn cổng nào khác": "bên", "phía",
// "nữa", "riêng", "tỉnh", "khác" only point at the place, or at more of the same ("ngoài khám ra còn …": besides it).
export const FOLLOW_UP_WORDS = new Set(['con', 'the', 'vay', 'thi', 'sao', 'nao', 'nam', 'no', 'cai', 'do', 'nay', 'day', 'giong', 'ben', 'phia', 'nua', 'rieng', 'tinh', 'khac', 'ngoai']);

export const BESIDES = ['ngoai', 'ra'];

export const AGAIN_START = [['nhac', 'lai'], ['noi', 'lai']];

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
  // "hải phòng cũng vậy à", "… cũng thế": the same, there, checked ("vậy" goes with the particles after it).
  ['cung'], ['cung', 'the'],
];
// "nó có mấy nhóm?", "cái đó áp dụng đến khi nào?", "trong đó …", "chương trình này …": about what was just answered.
// "có áp dụng cho sinh viên không": what was just answered, applied to someone else.
const REFERS_BACK_START = [['no'], ['cai', 'do'], ['cai', 'nay'], ['vay', 'no'], ['the', 'no'], ['con', 'no'], ['trong', 'do'], ['co', 'ap', 'dung'], ['ap', 'dung']];

export const REFERS_BACK_AFTER_NOUN = new Set(['nay', 'do', 'day', 'tren', 'ay']);

// "văn bản ấy", "con số đó", "chỉ tiêu đó", "bệnh viện đó", "mức hỗ trợ đó", "mốc đó", "ông ấy", "người đó", "… trong đó", "hệ
// thống đó", "mô hình này", "ứng dụng đó", "nền tảng đó", "gói đó", "vụ đó", "việc đó", "ai lo … cái đó", "đề án đó",
// "các thông điệp này", "khẩu hiệu đó", "tỷ lệ đó", "nhóm đó": what was just answered.
const REFERRED_NOUNS = new Set([
  'chuong', 'trinh', 'quyet', 'thi', 'hoach', 'sach', 'ban', 'so', 'tieu', 'vien', 'tro', 'dan', 'ong', 'ba', 'muc', 'moc', 'trong', 'nguoi',
  'thong', 'hinh', 'dung', 'tang', 'goi', 'vu', 'viec', 'cai', 'an', 'diep', 'hieu', 'le', 'nhom',
]);
// "chính sách đó", "kế hoạch này", "ông ấy": the words that point back, which say nothing of what is asked about it.
export const POINTERS = [
  ['chinh', 'sach'], ['ke', 'hoach'], ['chuong', 'trinh'], ['nghi', 'quyet'], ['chi', 'thi'], ['van', 'ban'], ['con', 'so'],
  ['muc', 'tieu'], ['chi', 'tieu'], ['benh', 'vien'], ['muc', 'ho', 'tro'], ['ong'], ['ba'], ['nguoi'],
].flatMap((noun) => [...REFERS_BACK_AFTER_NOUN].map((after) => [...noun, after]));

// "tỉnh khác thì sao, vd cao bằng", "tỉnh khác như hải phòng": a place given as an example says nothing of what.
export const FOR_EXAMPLE = [['vi', 'du'], ['chang', 'han'], ['nhu']];

// "tỉnh khác thì sao", "các địa phương khác": other places than the one just answered about.
export const OTHER_PLACES = /\b(?:tinh|noi|dia phuong|thanh pho|tinh thanh) khac\b/;

// "còn số liệu của Hải Phòng", "con số bên Cao Bằng": the figures of what was just answered, which say nothing of what.
export const FIGURES_OF_IT = [['so', 'lieu'], ['con', 'so']];

// "bhyt lúc đó thì sao", "hồi đó": at the time the answer just given is about, which says nothing of what.
export const THAT_TIME = [['luc', 'do'], ['luc', 'ay'], ['hoi', 'do'], ['hoi', 'ay'], ['khi', 'do'], ['khi', 'ay']];

// "theo kế hoạch", "theo nghị quyết": by a document, which says where, not what.
export const BY_DOCUMENT = DOCUMENT_KINDS.map(({ words }) => ['theo', ...words]);

// How a place compares: "cao hơn hay thấp hơn", "nhiều hơn không", "đạt cao hơn không", "thì cao hơn đúng không".
// "Hải Phòng với Cao Bằng chỗ nào cao hơn", "so sánh … và …", "vậy khác gì hải phòng": two places, and only how they compare.
export const COMPARING = new Set([
  'cao', 'thap', 'hon', 'hay', 'nhieu', 'it', 'khong', 'the', 'nao', 'vay', 'a', 'dat', 'thi', 'dung', 'phai', 'la', 'ha', 'sao',
  'voi', 'va', 'cho', 'noi', 'ben', 'so', 'sanh', 'khac', 'nhau', 'ai', 'gi',
]);
// "khác nhau thế nào", "so sánh", "có gì khác": how two things differ.
export const differing = phraseList(['khác nhau', 'giống nhau', 'so sánh', 'khác gì', 'có gì khác', 'chỗ nào khác', 'khác chỗ nào', 'điểm khác']);

// With a word that compares, also "có", "bao nhiêu", "tỉnh", "địa phương", "mục tiêu": "cao hơn cả nước bao nhiêu",
// "tỉnh nào cao hơn", "có thấp hơn không", "nơi nào đặt mục tiêu cao hơn".
export const COMPARING_TOO = new Set([...COMPARING, 'co', 'bao', 'tinh', 'thanh', 'pho', 'dia', 'phuong', 'muc', 'chi', 'tieu', 'ti', 'le']);

// Of those, the words that compare ("cao hơn", "so sánh", "khác nhau"); and with the level compared ("cao", "thấp").
export const COMPARATIVE = new Set(['hon', 'sanh', 'khac']);

export const COMPARING_LEVELS = new Set([...COMPARATIVE, 'cao', 'thap']);

// "tỉnh đó", "ở đó": the place of the answer just given.
export const THAT_PLACE = [['tinh', 'do'], ['o', 'do'], ['noi', 'do'], ['tinh', 'ay'], ['o', 'ay'], ['thanh', 'pho', 'do']];

// "năm 2030", "đến 2030", "tới 2030": words before a year.
const YEAR_LEADS = new Set(['nam', 'den', 'toi']);

// "… đúng không", "có phải …", "… thật không": the words that check a claim, not what it is about.
export const CLAIM_WORDS = new Set(['dung', 'phai', 'that', 'co', 'khong', 'ko', 'k']);

// "ban hành ngày nào?" right after an answer: a question this short, all of whose telling words that answer has,
// asks about it.
export const DETAIL_QUESTION_WORDS = 6;

// "ở chỗ mình thì sao?", "tỉnh mình thì sao?": the place the person said they live.
export const FOLLOW_UP_LEADS = new Set(['the', 'vay', 'con']);

export const OWN_PLACE = [
  ['cho', 'minh'], ['cho', 'toi'], ['cho', 'em'], ['tinh', 'minh'], ['tinh', 'toi'], ['tinh', 'em'],
  ['pho', 'minh'], ['noi', 'minh'], ['que', 'minh'], ['que', 'toi'], ['que', 'em'], ['huyen', 'minh'], ['xa', 'minh'], ['o', 'day'],
  // "tp có mấy nhóm nhiệm vụ": the city, unnamed, is the person's.
  ['thanh', 'pho'], ['tp'],
];

export const OWN_PLACE_WORDS = new Set(OWN_PLACE.flat());

// "giải thích kỹ hơn giúp mình", "chi tiết hơn đi", "nói rõ hơn được không": more of the answer just given.
export const asksForMore = phraseList([
  'chi tiết', 'cụ thể', 'kỹ hơn', 'kỹ càng', 'rõ', 'hơn', 'thêm', 'nữa', 'giải thích', 'nói rõ', 'nói thêm', 'nói chi tiết', 'nói cụ thể', 'nói kỹ',
  'đầy đủ', 'xem', 'vụ này', 'cái này', 'ý này',
  'vài câu', 'vài ví dụ', 'ví dụ', 'mấy câu', 'kể', 'kể ra', 'liệt kê', 'ra', 'vài cái', 'con số', 'số liệu', 'đọc', 'đọc lên', 'đọc thử', 'coi', 'nghe',
  // "ngoài ra còn gì nữa không": more of what the answer lists.
  'ngoài ra', 'còn gì', 'gì khác',
  // "nhắc lại giúp mình", "nói lại đi": the same again.
  ...AGAIN,
]);
// "chi tiết hơn cái đó", "nói rõ hơn ý đấy": the item of a list just given.
export const pointingAtItem = phraseList([
  'cái đó', 'cái đấy', 'cái ấy', 'ý đó', 'ý đấy', 'ý ấy', 'nhóm đó', 'nhóm này', 'nhóm ấy', 'mục đó', 'mục này', 'câu đó', 'câu này', 'phần đó',
  'điều đó', 'điều này', 'trong đó', 'nó',
]);
// "ý thứ 2 cụ thể hơn", "mục 4 nói gì": the part of the document one item of a list heads.
export const asksItemDetail = phraseList(['chi tiết', 'cụ thể', 'kỹ hơn', 'rõ hơn', 'nói rõ', 'giải thích', 'nói gì', 'gồm những gì', 'gồm gì', 'có những gì']);

export const asksHow = phraseList(['như thế nào', 'thế nào', 'ra sao']);

// "nói lại ngắn gọn thôi", "tóm tắt giúp em", "trả lời 1 câu thôi": the answer just given, its first sentence.
const SHORTER = ['ngắn gọn', 'gọn', 'ngắn', 'tóm tắt', 'tóm lại', 'ý chính', '1 câu', 'một câu', 'dài quá', 'dài thế', 'dài vậy'];

export const asksShorter = phraseList([...SHORTER, ...AGAIN, 'nói', 'lại', 'thôi', 'trả lời', 'chỉ cần', 'tên', 'kể', 'giúp']);

export const shortening = phraseList(SHORTER);

/** "nói ngắn gọn thôi", "dài quá, tóm tắt lại": the answer just given, shorter. */
export function asksOnlyShorter(knowledge: Knowledge, text: NormalizedText): boolean {
  return consistsOf(text, asksShorter(knowledge.normalize), FILLER) && namesAny(text, shortening(knowledge.normalize));
}

export function isFollowUp(text: NormalizedText): boolean {
  return startsAsFollowUp(text) || endsAsFollowUp(text) || refersBack(text);
}

export function endsAsFollowUp(text: NormalizedText): boolean {
  const t = withoutTrailingParticles(text.folded);
  return FOLLOW_UP_END.some((p) => p.every((w, i) => t[t.length - p.length + i] === w));
}

export function startsAsFollowUp(text: NormalizedText): boolean {
  // "thế 2030?", "vậy 2045 thì", "vậy năm 2030", "còn đến năm 2035": a lead, then a year.
  let at = 1;
  while (YEAR_LEADS.has(text.folded[at]!)) at++;
  const leadsToYear = FOLLOW_UP_LEADS.has(text.folded[0]!) && YEAR.test(text.folded[at] ?? '');
  return leadsToYear || besidesNamed(text) || FOLLOW_UP_START.some((p) => p.every((w, i) => text.folded[i] === w));
}

/** "ngoài tra cứu còn làm được gì nữa": besides a thing the last answer named, what else. */
export function besidesNamed({ folded }: NormalizedText): boolean {
  return folded[0] === 'ngoai' && folded.indexOf('con') > 1;
}

/** "nó …", "cái đó …", "chương trình này …", "thế đến 2045 nó …": the question is about the thing just answered. */
export function refersBack(text: NormalizedText): boolean {
  const t = text.folded;
  if (REFERS_BACK_START.some((p) => p.every((w, i) => t[i] === w))) return true;
  // Typed without diacritics, "no" anywhere but first may be "nợ" as well as "nó": only "nó" counts there.
  if (text.accented.includes('nó')) return true;
  // Not the verb: "dùng trên app nào" is used on, not "ứng dụng trên" (the app above).
  return t.some((w, i) => i > 0 && REFERS_BACK_AFTER_NOUN.has(w) && REFERRED_NOUNS.has(t[i - 1]!) && text.accented[i - 1] !== 'dùng');
}

export function refersToOwnPlace(text: NormalizedText): boolean {
  return namesAny(text, OWN_PLACE);
}

// "quê mình", "còn quê t", "chỗ bố mẹ em", "cho me minh", "tỉnh của con gái", "nhà nội": the home town or the family's
// place.
/** The home town or relative's place told before that the message names ("quê mình", "chỗ bố mẹ em"), if any. */
export function kinReferredTo({ text, conversation }: Pick<Turn, 'text' | 'conversation'>): KinPlace | undefined {
  return conversation.kinPlaces && kinPlaceNamed(text, conversation.kinPlaces);
}

/**
 * The place of the person the message refers to: the home town or a relative's place told before (`kin`, when already
 * found), or their own (`own`: "tỉnh mình", "ở đây"); undefined when it refers to neither, or to a relative in a
 * province without a plan.
 */
export function placeReferredTo(turn: Pick<Turn, 'text' | 'conversation'>, own: Scope | undefined, kin = kinReferredTo(turn)): Scope | undefined {
  return kin ? kin.scope : refersToOwnPlace(turn.text) ? own : undefined;
}

export function namesAny(text: NormalizedText, phrases: ReadonlyArray<readonly string[]>): boolean {
  return phrases.some((place) => text.folded.some((_, i) => place.every((w, k) => text.folded[i + k] === w)));
}

/**
 * True when the text points back ("kế hoạch đó") at a thing it does not name itself before: not "Lai Châu làm kế
 * hoạch …, bao giờ phải xong kế hoạch đó".
 */
export function pointsOutside(text: NormalizedText): boolean {
  return POINTERS.some((pointer) => {
    const at = indexOfPhrase(text, pointer);
    const named = indexOfPhrase(text, pointer.slice(0, -1));
    return at >= 0 && named === at;
  });
}

// "ở", "tại", "bên" before a place's name: where.
export const WHERE_LEADS = new Set(['o', 'tai', 'ben']);

/** "thế Cao Bằng đặt cao hơn hay thấp hơn?": "thế", "vậy" or "còn", then a place, after an answer. */
export function leadsToPlace(text: NormalizedText, unplaced: NormalizedText): boolean {
  // "còn ở lai châu thì sao": a word saying where may come between.
  const at = WHERE_LEADS.has(text.folded[1]!) ? 2 : 1;
  return unplaced.folded.length > 0 && FOLLOW_UP_LEADS.has(text.folded[0]!) && unplaced.folded[at] !== text.folded[at];
}

// "Tỉnh …", "Thành phố …": the kind of place, left when the place's name is taken out.
export const PLACE_KINDS = [['tinh'], ['thanh', 'pho'], ['tp']];
