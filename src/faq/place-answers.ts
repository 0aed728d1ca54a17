import type { Turn } from '../pipeline/intent.js';
import type { NormalizedText } from '../language/normalizer.js';
import { BHYT, withoutPhrases, withoutTrailingParticles } from '../language/phrases.js';
import { documentNumbers, questionDocuments } from './document-numbers.js';
import { askedFigures, checksClaim, GIVES_PERCENTAGE, percentagesOf } from './asked-figures.js';
import { ANSWER_THRESHOLD, asksAbout, type Decision, type Knowledge } from './answer-engine.js';
import type { FaqEntry, Scope } from './schema.js';
import type { Candidate } from './search-index.js';
import { askedAbout, GUESSED_CONFIDENCE, OWN_TOPIC_WORDS, type Resolution, tellingMatchedBy } from './resolution.js';
import { CLAIM_WORDS, namesAny, OWN_PLACE, PLACE_KINDS, refersToOwnPlace, THAT_PLACE } from './follow-up-cues.js';
import { sharesDocument } from './list-entries.js';
import { ASKS_OF_DOCUMENT_ITSELF, documentPlace } from './document-follow-up.js';

// Answers about places: a place's version of an answer, several places' versions side by side or ranked, how two
// places' figures compare, the national answer for a province the documents have no plan for, and which place a
// message asks about when it does not name one.

export const LOCAL_MARGIN = 0.2;

const SAME_DOCUMENT_MARGIN = 0.3;
const BHYT_WORDS = new Set(BHYT);
// The most words a place's name has.
const PLACE_NAME_WORDS = 3;

/**
 * "thế năm 2026 tỉnh đó bao nhiêu" after Cao Bằng's answer and then the national one ("còn cả nước"): the province
 * the conversation was about before the last answer.
 */
export function earlierPlace(turn: Turn): Scope | undefined {
  const { conversation, knowledge } = turn;
  if (!namesAny(turn.text, THAT_PLACE) || conversation.earlierTopic?.kind !== 'entry') return undefined;
  const scope = knowledge.entry(conversation.earlierTopic.id)?.scope;
  return scope === 'national' ? undefined : scope;
}

/**
 * "mk ở hà nội, thành phố có chương trình gì …": "tỉnh", "thành phố" or "tp" that do not begin the place's name
 * ("tỉnh Cao Bằng") refer to it as what is asked about.
 */
export function refersToPlace({ knowledge, text }: Turn): boolean {
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
export function ownElsewhere({ conversation, text }: Turn, remembered: Scope | undefined): { name: string; rest: NormalizedText } | undefined {
  return conversation.elsewhere && !remembered && refersToOwnPlace(text) ? { name: conversation.elsewhere, rest: withoutPhrases(text, OWN_PLACE) } : undefined;
}

/**
 * "bv tỉnh Cao Bằng với Lai Châu bao nhiêu giường", "Hà Nội với Hải Phòng năm 2026 mỗi nơi bao nhiêu": of several places
 * named, the first that has an answer of its own comes first, the others beside it.
 */
export function ownAnswerFirst(knowledge: Knowledge, unplaced: NormalizedText, localities: Scope[]): Scope[] {
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

// How far below the likeliest answer for the first place compared one of its own may be, and still be its answer.
const OWN_ANSWER_MARGIN = 0.1;
// More places' versions than this, asked of no place, make too long a reply for a phone: the one found is given.
const EVERY_PLACE_VERSIONS = 2;

/**
 * "những tỉnh nào có kế hoạch triển khai chỉ thị 52", or "hộ làm nông nghiệp có được hỗ trợ bhyt không" asked of no
 * place (`nowhere`): of an answer that only places have (no national version), every place's version.
 */
export function everyPlaceOf(turn: Turn, answer: Resolution, nowhere: boolean): Resolution {
  const folded = turn.text.folded.join(' ');
  if (answer.kind !== 'answer' || answer.alongside || answer.excerpt || !answer.entry.group || SUPERLATIVE.test(folded)) return answer;
  // Read on the words first: most answers are not asked of every place.
  const whichPlace = WHICH_PLACE.test(folded);
  if (!whichPlace && !nowhere) return answer;
  // "chương trình hành động 10-CTr/TU là của tỉnh nào": a province's own document, named, is that province's alone;
  // so is the answer of a place the message names ("kế hoạch của hải phòng gửi những nơi nào").
  if (documentPlace(turn) !== undefined || turn.knowledge.index.splitLocalities(turn.text).localities.includes(answer.entry.scope)) return answer;
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

/** "tỉnh nào cao nhất", "nơi nào đặt thấp nhất": which place, and nothing the answer just given does not have. */
export function asksWhichPlaceMost(turn: Turn, last: FaqEntry): boolean {
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
export function mostOf(turn: Turn, answer: Resolution): Resolution {
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
export function withComparedPlaces(turn: Turn, answer: Resolution, localities: Scope[], nationwide: Scope | undefined): Resolution {
  const compared: Scope[] = [...localities.slice(1), ...(localities.length > 0 && nationwide ? (['national'] as const) : [])];
  if (answer.kind !== 'answer' || answer.alongside || compared.length === 0) return answer;
  const alongside = [...new Set(compared)]
    .map((scope) => turn.knowledge.variantOf(answer.entry, { scope }))
    .filter((e): e is FaqEntry => e !== undefined && e !== answer.entry);
  return alongside.length > 0 ? { ...answer, alongside, related: [] } : answer;
}

export interface Places {
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
export function placeName(knowledge: Knowledge, scope: Scope): string {
  return scope === 'national' ? 'cả nước' : (knowledge.locality(scope)?.name ?? scope);
}

/**
 * "mục tiêu 95,5% bhyt là của lai châu à": a percentage claimed that the answer found does not give, but which one
 * other place's version of it does, is that place's; the note says so.
 */
export function claimedOfOtherPlace(turn: Turn, resolution: Resolution): Resolution {
  if (resolution.kind !== 'answer' || resolution.note || !resolution.entry.group || !checksClaim(turn.text)) return resolution;
  const { entry } = resolution;
  const [claimed, ...more] = percentagesOf(turn.text.original);
  if (claimed === undefined || more.length > 0 || percentagesOf(entry.answer).includes(claimed)) return resolution;
  const { knowledge } = turn;
  const owners = knowledge.index.entries.filter((e) => e.group === entry.group && e.scope !== entry.scope && percentagesOf(e.answer)[0] === claimed);
  if (owners.length !== 1) return resolution;
  return { ...resolution, note: `Mức ${claimed.replace('.', ',')}% là của ${placeName(knowledge, owners[0]!.scope)}.` };
}

/** A headline figure's value: "95,5" → 95.5. */
const figureValue = (figure: RegExpExecArray) => Number(figure[1]!.replace(',', '.'));

// Besides the percentage, what a bare check says: "chỉ cần … thôi đúng không", "không phải … à", "đạt … phải không",
// "năm 2026 …".
const CHECK_WORDS = new Set([...CLAIM_WORDS, 'chi', 'can', 'moi', 'dat', 'thoi', 'nam']);

// How far the nearest percentage may be from the one claimed and still be what it is about.
const NEAR_PERCENTAGE = 5;

/** Of a place's answers, the one whose headline percentage is nearest the one checked: it confirms or corrects it. */
export function nearestPercentageOf(turn: Turn, place: Scope): FaqEntry | undefined {
  const [claimed] = percentagesOf(turn.text.original);
  // "tỉnh mình … không phải chỉ 95% à": the words naming the person's place say nothing else.
  if (claimed === undefined || askedAbout(turn, withoutPhrases(turn.text, OWN_PLACE)).some((w) => !/^\d/.test(w) && !CHECK_WORDS.has(w))) return undefined;
  const value = Number(claimed);
  const distance = (figure: RegExpExecArray) => Math.abs(figureValue(figure) - value);
  const [nearest] = turn.knowledge.index.entries
    .filter((e) => e.scope === place)
    .map((entry) => ({ entry, figure: headlineFigure(entry.answer) }))
    .filter((v): v is { entry: FaqEntry; figure: RegExpExecArray } => v.figure?.[2] === '%')
    .sort((a, b) => distance(a.figure) - distance(b.figure));
  return nearest && distance(nearest.figure) <= NEAR_PERCENTAGE ? nearest.entry : undefined;
}

/**
 * "lai chau bn %", "tỉnh mình bao nhiêu phần trăm": a percentage asked of a place, and nothing else, is the place's rate
 * asked, in the documents' word for one ("tỷ lệ"); only the place's own answer.
 */
export function rateOfPlace({ knowledge, text }: Turn, place: Scope): FaqEntry | undefined {
  const unplaced = withoutPhrases(knowledge.index.splitLocalities(text).text, OWN_PLACE);
  if (!askedFigures(text, () => []).includes(GIVES_PERCENTAGE) || knowledge.index.tellingWords(unplaced).length > 0) return undefined;
  const rate = knowledge.decide(knowledge.normalize(`tỷ lệ ${text.original}`), { locality: place });
  return rate.kind === 'answer' && rate.best.entry.scope === place ? rate.best.entry : undefined;
}

/** What a national answer given for a place the documents say nothing particular of opens with. */
export const notCovered = (place: string) => `Tài liệu tôi có không nêu riêng cho ${place}. Thông tin chung cả nước:`;

/** The goals set for a year, for a place or the whole country, as the content answers "mục tiêu đến năm …". */
export function goalsOf(knowledge: Knowledge, year: string, scope: Scope): FaqEntry | undefined {
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
export function headlineFigure(answer: string): RegExpExecArray | null {
  const figure = HEADLINE_FIGURE.exec(answer);
  return figure && !answer.slice(0, figure.index).includes('không nêu') ? figure : null;
}

/**
 * "vậy cao hơn hay thấp hơn cả nước" right after Cao Bằng's target, "vậy nơi nào thấp hơn" after two places' targets:
 * the two figures side by side, and which is higher, when the two answers give the same kind of figure.
 */
export function comparisonOf(knowledge: Knowledge, a: FaqEntry, b: FaqEntry): string | undefined {
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
export function nationalOf(knowledge: Knowledge, entry: FaqEntry): FaqEntry | undefined {
  return entry.scope === 'national' ? entry : knowledge.variantOf(entry, { scope: 'national' });
}

/**
 * From someone whose place is not known, a question naming none right after a province's answer ("có mấy nhóm nhiệm
 * vụ" after Hà Nội's programme): that province's close answer, if it matched every telling word the answer found did.
 */
export function towardsPlaceOf(turn: Turn, last: FaqEntry | undefined, answer: Resolution, decision: Decision, places: Places): Resolution {
  const place = last?.scope;
  const guided = answer.kind === 'answer' && decision.kind === 'answer' && !places.named && !places.remembered;
  if (!guided || !place || place === 'national' || answer.entry.scope === place) return answer;
  const matched = tellingMatchedBy(turn, decision.best);
  // "gom may nhom nhiem vu giai phap" after Hà Nội's programme: its answer from the same document, a little less sure
  // than the national answer whose question has "gồm", is the one asked about, if it has two thirds of the words the
  // best was found by besides "bảo hiểm y tế", which every answer shares (not Cao Bằng's coverage target for "khám
  // chữa bệnh bhyt ở trạm y tế xã mục tiêu bao nhiêu" after Cao Bằng's doctors per station).
  const ownWords = (c: Candidate) => tellingMatchedBy(turn, c).filter((w) => !BHYT_WORDS.has(w)).length;
  const bestOwnWords = ownWords(decision.best);
  const local = decision.candidates.find(
    (c) =>
      c.entry.scope === place &&
      ((decision.best.score - c.score < LOCAL_MARGIN && matched.every((w) => c.matched.includes(w))) ||
        (sharesDocument(c.entry, last!) && decision.best.score - c.score < SAME_DOCUMENT_MARGIN && tellingMatchedBy(turn, c).length >= OWN_TOPIC_WORDS && 3 * ownWords(c) >= 2 * bestOwnWords)),
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
  // Nor "chỉ thị 52 do ai ban hành" after Hải Phòng's programme: asked of the document itself, its own answer.
  const ofItself = ASKS_OF_DOCUMENT_ITSELF.test(turn.text.folded.join(' '));
  if (document && namesIt(decision.best.entry) && (!namesIt(own) || ofItself)) return answer;
  return { ...answer, entry: own, related: [] };
}

/**
 * For a place the content has nothing of its own for, saying so: the national version of the answer just given, or
 * that answer itself, named for the place it is about ("Thông tin của Lai Châu:"), not passed off as general.
 */
export function generalFor(turn: Turn, last: FaqEntry, named: Scope): Resolution {
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
