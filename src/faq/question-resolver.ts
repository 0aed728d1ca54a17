import type { Turn } from '../pipeline/intent.js';
import { currentTopic } from '../pipeline/conversation.js';
import type { NormalizedText } from '../language/normalizer.js';
import { askingSentence, clausesOf, withoutPurposeAtEnd, withoutThanksAtEnd, withoutThanksAtStart } from '../language/clauses.js';
import { asksAgain, asksSomething, consistsOf, containsAny, FILLER, withoutAcknowledgement, withoutLeadingParticles, withoutPhrases, withoutTrailingParticles } from '../language/phrases.js';
import { documentNumbers, documentsNamed } from './document-numbers.js';
import { ASKS_WHEN, asksFigureSoFar, asksSigner, checksClaim, checksOrDoubts, GIVES_YEAR } from './asked-figures.js';
import { ANSWER_THRESHOLD, asksOfBody, type Decision, type Knowledge } from './answer-engine.js';
import type { FaqEntry } from './schema.js';
import { correctionOf } from './correction.js';
import { backToEarlier, resumedSubject } from './earlier-question.js';
import { askedOfDocumentSaying } from './document-mention.js';
import { withLaterYearNamed, withNextYearNamed } from './relative-year.js';
import { hasList, itemAboutAsked, itemAboutIn, itemBeyond, itemWithWords, namedItemIn, namesItemOfOtherKind, wordsBesidesItem } from './list-item.js';
import { asksOnlyWhy, reasonFor } from './reason.js';
import { answersNot, askedAbout, GUESSED_CONFIDENCE, lastAnswered, OWN_TOPIC_WORDS, REFERRED_CONFIDENCE, type Resolution, YEAR, yearAsked } from './resolution.js';
import { asksForMore, asksHow, asksOnlyShorter, asksShorter, COMPARATIVE, COMPARING, COMPARING_LEVELS, COMPARING_TOO, differing, endsAsFollowUp, FOLLOW_UP_LEADS, FOLLOW_UP_WORDS, FOR_EXAMPLE, isFollowUp, kinReferredTo, leadsToPlace, namesAny, OTHER_PLACES, OWN_PLACE_WORDS, placeReferredTo, pointingAtItem, refersToOwnPlace, shortening, startsAsFollowUp, THAT_PLACE, WHERE_LEADS } from './follow-up-cues.js';
import { beyondNote, countedListOf, detailAsked, itemDetailOf, listCounting, listOf, PLACE_OF_ITEM_ASKED, sharesDocument, whoElse } from './list-entries.js';
import { decideFocused, fromDecision, LIST_MARGIN } from './decision-answer.js';
import { withTwoQuestions } from './two-questions.js';
import { asksDetailOf, asksShortlyAfter, asksSourceOf, nearTieWith, ownAnswerThere, resolveFollowUp, sameDocumentNearTie, samePlaceVersion } from './follow-up.js';
import { askedAgainAfterUnanswered } from './unanswered-follow-up.js';
import { asksWhichPlaceMost, claimedOfOtherPlace, comparisonOf, earlierPlace, everyPlaceOf, headlineFigure, mostOf, nationalOf, nearestPercentageOf, notCovered, ownAnswerFirst, ownElsewhere, placeName, type Places, rateOfPlace, refersToPlace, towardsPlaceOf, withComparedPlaces } from './place-answers.js';
import { blankDetailOf, carriedOutOfPlace, carryingOutDocumentOf, documentDetailOf, documentOfOtherPlace, documentPlace, switchedDocument, withPointedDocumentNamed } from './document-follow-up.js';
import { answeredByForm } from './question-forms.js';
import { issuerClaimedOf } from './named-documents.js';
import { withoutDeniedDocument, withoutDeniedGroups } from './denied.js';
import { placeOfSource } from './source-documents.js';
import { cardLookedUp } from './card-lookup.js';
import { listItemAnswer } from './list-follow-up.js';

// Which FAQ entry answers a turn: the question alone, or as a follow-up to the entry just answered, with the
// places it names or the person said they live in. The faq intent composes the reply.

// "mục tiêu của họ", "bên họ": the people of that place; only with diacritics ("của ho" may be "của hộ").
const THEIRS = new Set(['họ']);

// "có chỉ tiêu riêng không", "có kế hoạch riêng ko": asking for a place's own version, in at most this many words.
const OWN_VERSION_WORDS = 6;
// How far below the best a version for another year, which gives the best's year too, may be and still be chosen.
const YEARS_MARGIN = 0.05;
// "cao bằng có không", "hà nội cũng có chứ": whether the place has it too.
const HAS_IT = new Set(['co', 'khong', 'ko', 'k', 'hok', 'cung', 'chu', 'the', 'vay', 'thi', 'sao']);

// "sao lại", "tại sao", "vì sao": why, which says nothing of what.
const WHY = [['sao', 'lai'], ['tai', 'sao'], ['vi', 'sao']];

const resolutions = new WeakMap<Turn, Resolution>();

const SO_FAR_NOTE = 'Tài liệu tôi có chỉ nêu mục tiêu, không nêu số liệu hiện nay. Trong tài liệu:';

export function resolve(turn: Turn): Resolution {
  let resolution = resolutions.get(turn);
  if (resolution) return resolution;
  const key = contextFreeKey(turn);
  const kept = key === undefined ? undefined : firstQuestions(turn.knowledge);
  resolution = kept?.get(key!) ?? cardLookedUp(turn, documentOfOtherPlaceNoted(turn, claimedOfOtherPlace(turn, answeredInPart(turn, targetsOnly(turn, withTwoQuestions(turn, resolveUncached(turn), resolveUncached))))));
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
  if (payload !== undefined || c.lastTopic || c.earlierTopic || c.unanswered || c.locality || c.elsewhere) return undefined;
  if (text.original.length > FIRST_QUESTION_MAX_CHARS) return undefined;
  // Turns made inside the resolver may carry tokens that are not the original's own normalisation.
  return `${text.original}\n${text.accented.join(' ')}`;
}

/** "kế hoạch 69 của Hải Phòng …", answered for Hải Phòng: whose document that number is. */
function documentOfOtherPlaceNoted(turn: Turn, resolution: Resolution): Resolution {
  const mistaken = resolution.kind === 'answer' && !resolution.note ? documentOfOtherPlace(turn) : undefined;
  if (!mistaken || resolution.kind !== 'answer' || resolution.entry.scope !== mistaken.asked) return resolution;
  const { knowledge } = turn;
  return { ...resolution, note: `Văn bản số ${mistaken.number} là của ${placeName(knowledge, mistaken.of)}, không phải của ${placeName(knowledge, mistaken.asked)}.` };
}

/**
 * "bệnh viện … hiện nay có bao nhiêu giường": the documents are plans and give only what is to be reached. When a
 * clause of its own asks the target too ("… năm 2026 phấn đấu bao nhiêu, tỉnh đã đạt được chưa"), that is answered,
 * and the note says the rest is not.
 */
function targetsOnly(turn: Turn, resolution: Resolution): Resolution {
  const { knowledge } = turn;
  const applies = resolution.kind === 'answer' && !resolution.partial && !resolution.entry.documentsSilent && asksFigureSoFar(turn.text);
  if (!applies) return resolution;
  const asksTarget = clausesOf(turn.text.original).some((clause) => {
    const text = knowledge.normalize(clause);
    return knowledge.asksAmount(text) && !asksFigureSoFar(text);
  });
  return { ...resolution, note: SO_FAR_NOTE, ...(asksTarget ? {} : { partial: true as const }) };
}

/**
 * "Tôi là đảng viên … Ban Tuyên giáo có kế hoạch tuyên truyền … Chương trình 06-CTr/TU được ban hành ngày nào ạ?": after
 * sentences telling what the person reads or does, a last one asking of a document it names by number is the question,
 * when that alone is surely answered by an answer about that document (the documents told of before would outweigh it).
 */
function askedOfDocumentAtEnd(turn: Turn): Resolution | undefined {
  const { knowledge } = turn;
  const asking = askingSentence(turn.text.original);
  if (asking.trim() === turn.text.original.trim()) return undefined;
  const text = knowledge.normalize(asking);
  const numbers = documentNumbers(text.folded.join(' '));
  // Not when the person tells of a province the documents do not cover ("Nhà tôi ở Quảng Ngãi. … Nghị quyết 72 …"):
  // the answer to the whole message says they have nothing of its own.
  if (numbers.length === 0 || !asksSomething(text) || knowledge.otherProvince(turn.text)) return undefined;
  const alone = resolveUncached({ ...turn, text });
  if (alone.kind !== 'answer' || alone.partial || alone.confidence < ANSWER_THRESHOLD) return undefined;
  // Nor when a place told is not the one that answer is of.
  const placesTold = knowledge.index.splitLocalities(turn.text).localities;
  const sure = numbers.some((n) => documentsNamed(alone.entry).includes(n)) && placesTold.every((place) => place === alone.entry.scope);
  return sure ? alone : undefined;
}

const PART_NOTE = 'Tài liệu tôi có không nêu phần còn lại bạn hỏi. Phần tài liệu có:';
const OWN_CLAUSE_WORDS = 3;

/**
 * "bv đa khoa tỉnh lai châu bao nhiêu giường, sđt bv là số mấy": of the things a message asks in clauses of their own,
 * the one the answer gives, saying the documents do not give the rest (rather than a fallback for the whole).
 */
function answeredInPart(turn: Turn, resolution: Resolution): Resolution {
  if (resolution.kind !== 'answer' || resolution.partial || resolution.question || resolution.entry.documentsSilent) return resolution;
  // Of the sentence that asks: what the person tells before it ("nhà tôi năm nào cũng mua bhyt …") is no question.
  const clauses = clausesOf(askingSentence(turn.text.original));
  if (clauses.length < 2 || !answersNot(turn, resolution)) return resolution;
  const { knowledge } = turn;
  // A clause that asks, and is surely answered by the same entry on its own: not "có điểm gì mới" of "Luật BHYT sửa đổi
  // … có hiệu lực từ ngày nào, có điểm gì mới", which asks of the law the documents do not have.
  const answers = (question: NormalizedText) => {
    const decision = asksSomething(question) ? knowledge.decide(question, { locality: resolution.entry.scope === 'national' ? undefined : resolution.entry.scope }) : undefined;
    return decision?.kind === 'answer' && decision.best.entry === resolution.entry && decision.best.score >= ANSWER_THRESHOLD;
  };
  for (const [i, clause] of clauses.entries()) {
    const question = knowledge.normalize(clause);
    // A later clause says what it asks of in words of its own, not "có điểm gì mới" of what the first named.
    if (i > 0 && knowledge.index.tellingWords(question).length < OWN_CLAUSE_WORDS) continue;
    const part = { ...resolution, question };
    if (answers(question) && !answersNot(turn, part)) return { ...part, note: resolution.note ?? PART_NOTE };
  }
  return resolution;
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

/**
 * "xin lỗi bấm nhầm, còn Hải Phòng", "sao lại lẻ thế, cao hơn cả nước à": a last clause that names a place and starts as
 * a follow-up, or only compares, is what is asked ("…, con số cụ thể là mấy" is no follow-up).
 */
function followUpClause(knowledge: Knowledge, text: NormalizedText): NormalizedText {
  const clauses = clausesOf(text.original);
  if (clauses.length < 2) return text;
  const last = withoutLeadingParticles(knowledge.normalize(clauses.at(-1)!));
  const { text: unplaced, localities } = knowledge.index.splitLocalities(last);
  const namesPlace = localities.length > 0 || knowledge.namesNation(last);
  const comparesOnly = () => {
    const words = knowledge.withoutNation(unplaced).folded;
    return words.length > 0 && words.some((w) => COMPARATIVE.has(w)) && words.every((w) => COMPARING.has(w));
  };
  return namesPlace && (startsAsFollowUp(last) || comparesOnly()) ? last : text;
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

/**
 * "số năm sống khỏe mạnh mục tiêu bao nhiêu", asked of no year: of one answer's versions for different years about as
 * close as the best, an earlier one that gives the best's year too (the goals for 2030 name those for 2045).
 */
function yearsCovered(turn: Turn, decision: Decision): Decision {
  // Not "bhyt toàn dân năm nào", which asks for the year.
  if (decision.kind !== 'answer' || !decision.best.entry.group || yearAsked(turn) || ASKS_WHEN.test(turn.text.folded.join(' '))) return decision;
  const { best } = decision;
  const yearOf = (e: FaqEntry) => e.question.match(GIVES_YEAR)?.[0];
  const year = yearOf(best.entry);
  if (!year) return decision;
  const covering = decision.candidates.find(
    (c) => c !== best && c.entry.group === best.entry.group && c.entry.scope === best.entry.scope && best.score - c.score <= YEARS_MARGIN && Number(yearOf(c.entry)) < Number(year) && c.entry.answer.includes(year),
  );
  return covering ? { ...decision, best: covering } : decision;
}

/** Of the answers surely found for the question asked before and this one together, one that gives what this asks. */
function givenWithQuestionBefore(turn: Turn, last: FaqEntry): FaqEntry | undefined {
  const { knowledge } = turn;
  const before = turn.conversation.lastTopic?.asked?.join(' ') ?? last.question;
  const together = knowledge.decide(knowledge.normalize(`${before} ${turn.text.original}`));
  return together.candidates.find((c) => c.entry !== last && c.score >= ANSWER_THRESHOLD && !knowledge.missesFigureAsked(turn.text, c.entry))?.entry;
}

/** "còn cao bằng thì sao, t sắp chuyển lên đó": a follow-up, then what it tells of the person, which asks nothing. */
function followUpBeforeTelling({ knowledge, text }: Turn): string | undefined {
  const [first, ...rest] = clausesOf(text.original);
  if (rest.length === 0 || asksSomething(knowledge.normalize(rest.join(', ')))) return undefined;
  const followUp = knowledge.normalize(first!);
  return startsAsFollowUp(followUp) && endsAsFollowUp(followUp) ? first : undefined;
}

// "tóm tắt …", "liệt kê …", "gợi ý …": a request for what a document says.
const ASKS_FOR_CONTENT = /\b(?:tom tat|liet ke|goi y|cho biet|neu giup|giai thich)\b/;

/** "tóm tắt nghị quyết 72 để lên lớp cho đảng viên": the request, without what the answer is for, if it names a subject. */
function askedBeforePurpose({ knowledge, text }: Turn): string | undefined {
  const asked = withoutPurposeAtEnd(text.original);
  const request = asked === undefined ? undefined : knowledge.normalize(asked);
  const requests = (t: NormalizedText) => asksSomething(t) || ASKS_FOR_CONTENT.test(t.folded.join(' '));
  // What is cut off tells; it asks nothing ("…, tôi là đảng viên có được hỗ trợ không" does).
  const tellsOnly = () => !asksSomething(knowledge.normalize(text.original.slice(asked!.length)));
  return request && requests(request) && knowledge.index.tellingWords(request).length >= OWN_TOPIC_WORDS && tellsOnly() ? asked : undefined;
}

/** A question after thanks for the last answer ("tks. thế còn chỉ thị 52?"; not "cảm ơn nhé, rõ rồi"), without them. */
function askedAfterThanks({ knowledge, text }: Turn): string | undefined {
  const afterThanks = withoutThanksAtStart(text.original);
  return afterThanks !== undefined && asksSomething(knowledge.normalize(afterThanks)) ? afterThanks : undefined;
}

// Support asked for buying or paying for the card ("nhà e có được hỗ trợ tiền đóng bhyt ko"), and nothing of whom.
const SUPPORT_ASKED_WORDS = new Set(['ho', 'tro', 'muc', 'mua', 'dong', 'tien', 'nop', 'tham', 'gia', 'nha', 'bao', 'hiem', 'i', 'te', 'the']);

/**
 * "e mua bhyt có đc hỗ trợ k" right after the support for the group the person said they are in (ethnic-minority
 * students in Lai Châu): not another group's support there, found surely, when the question asks only of support. The
 * national answer found stands for the place's version, which is what would be given.
 */
function supportOfOtherGroup(turn: Turn, best: FaqEntry, last: FaqEntry): boolean {
  const found = best.scope === last.scope ? best : turn.knowledge.variantOf(best, { scope: last.scope });
  const ofSupport = found !== undefined && found !== last && found.topic === 'subsidy' && last.topic === 'subsidy';
  return ofSupport && askedAbout(turn).every((w) => SUPPORT_ASKED_WORDS.has(w));
}

function resolveUncached(turn: Turn): Resolution {
  const { knowledge, conversation } = turn;
  if (turn.payload?.startsWith('FAQ:')) {
    const entry = knowledge.entry(turn.payload.slice(4));
    return entry ? { kind: 'answer', entry, confidence: 1, related: [] } : { kind: 'none' };
  }
  // Nothing, or "1" with no choices offered: a number alone asks nothing (a year may follow an answer up).
  if (turn.text.folded.every((w) => /^\d+$/.test(w) && !YEAR.test(w))) return { kind: 'none' };
  const ofDocumentAtEnd = askedOfDocumentAtEnd(turn);
  if (ofDocumentAtEnd) return ofDocumentAtEnd;
  const byForm = answeredByForm(turn);
  if (byForm) return byForm;
  // "ban hành ngày nào vậy ạ, em cảm ơn", "ok vậy Cao Bằng …": thanks at the end, and acknowledging words at the start,
  // ask nothing, and would make a short follow-up long; so does what the person tells after a follow-up.
  const unthanked =
    withoutThanksAtEnd(turn.text.original) ??
    askedAfterThanks(turn) ??
    withoutAcknowledgement(turn.text) ??
    withoutRequestForMore(turn) ??
    followUpBeforeTelling(turn) ??
    askedBeforePurpose(turn) ??
    withoutDeniedDocument(turn.text.original) ??
    withoutDeniedGroups(turn.text.original);
  if (unthanked) return resolveUncached({ ...turn, text: knowledge.normalize(unthanked) });
  // "kế hoạch 69 của Hải Phòng đặt mục tiêu bao nhiêu %": asked of the place named, without another place's document.
  const mistaken = documentOfOtherPlace(turn);
  if (mistaken && mistaken.rest !== turn.text.original) return resolveUncached({ ...turn, text: knowledge.normalize(mistaken.rest) });
  // "chỉ thị 25 về BHYT toàn dân …": a document the documents do not have, with the subject of one they do; "kế hoạch
  // 96 cao bằng": with the number of one they do, its digits the other way round. Not another province's own ("kế
  // hoạch 45 của tỉnh ủy Điện Biên về bhyt"), which is no slip for one of these.
  // "chỉ thị 38 về bhyt nói gì" asks what a document says that the bot does not have: what it has is given as a
  // fallback, which staff see; "chỉ thị 25 về bhyt toàn dân phải ko" is a claim the answer corrects.
  // A province the documents have no plan for, named anywhere in the message (read once: several steps ask).
  const unplannedProvince = knowledge.otherProvince(turn.text);
  const slipsPossible = !unplannedProvince;
  const ofSubject = slipsPossible ? knowledge.documentSubjects.renamed(turn.text) : undefined;
  // "lai châu thực hiện chương trình số 12 phải ko": the place's own document of that kind, checked.
  const ofClaimPlace = (n: string) => {
    const [place] = checksClaim(turn.text) ? knowledge.index.splitLocalities(turn.text).localities : [];
    return place !== undefined && knowledge.placeOfDocument(n) === place;
  };
  const renamed = ofSubject ?? (slipsPossible ? knowledge.misnumbered.renamed(turn.text, ofClaimPlace) : undefined);
  if (renamed) {
    const answer = resolveUncached({ ...turn, text: renamed.text });
    const absent = ofSubject?.absent === true && !checksOrDoubts(turn.text);
    return answer.kind === 'answer' ? { ...answer, note: renamed.note, ...(absent ? { partial: true as const } : {}) } : answer;
  }
  // "quay lại câu lúc nãy, …": asked of the topic before the last one, if the last turn moved on from it. Not "cái đầu
  // tiên là gì" right after a list, which asks its first item.
  const rest = backToEarlier(turn.text);
  const earlier = conversation.earlierTopic ?? conversation.lastTopic;
  const firstOfList = () => {
    const listed = lastAnswered(turn);
    return listed !== undefined && hasList(listed) && /\bdau tien\b/.test(turn.text.folded.join(' '));
  };
  if (rest !== undefined && earlier && !firstOfList()) {
    const back: Turn = { ...turn, text: knowledge.normalize(rest), conversation: { ...conversation, lastTopic: earlier, earlierTopic: undefined } };
    const entry = lastAnswered(back);
    if (rest === '' && entry) return { kind: 'answer', entry, confidence: REFERRED_CONFIDENCE, related: [] };
    // "quay lại câu lúc nãy, thế cả nước năm 2026 thì bao nhiêu phần trăm" two subjects back: the question alone, if
    // it is surely answered and the earlier subject does not answer it.
    const sure = (resolution: Resolution) =>
      resolution.kind === 'answer' && !resolution.partial && resolution.confidence >= ANSWER_THRESHOLD && !knowledge.missesFigureAsked(back.text, resolution.entry);
    const resumed = resolveUncached(back);
    if (rest === '' || sure(resumed)) return resumed;
    const alone = resolveUncached({ ...turn, text: back.text });
    return sure(alone) ? alone : resumed;
  }
  const resumed = resumedSubject(turn.text);
  if (resumed) return resolveUncached({ ...turn, text: knowledge.normalize(resumed) });
  // "kh của hải phòng về bhyt có nói thanh toán viện phí kiểu gì ko": what is asked of the document, if that is sure.
  const mentioned = askedOfDocumentSaying(turn.text);
  const ofMention = mentioned && resolveUncached({ ...turn, text: knowledge.normalize(mentioned.accented.join(' ')) });
  if (ofMention?.kind === 'answer' && ofMention.confidence >= ANSWER_THRESHOLD) return ofMention;

  const last = lastAnswered(turn);
  const pointedNamed = last && withPointedDocumentNamed(turn, last);
  if (pointedNamed) return resolveUncached({ ...turn, text: pointedNamed });
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
  // "kế hoạch đó thực hiện chỉ thị nào" right after Hải Phòng's target: what Hải Phòng's plan carries out.
  const carriedOut = last && carriedOutOfPlace(knowledge, turn.text, last);
  if (carriedOut) return resolveUncached({ ...turn, text: carriedOut });
  const ofList = listItemAnswer(turn, last);
  if (ofList) return ofList;
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
  const shown = conversation.lastTopic?.item;
  const forItem = last && shown !== undefined && consistsOf(withoutPhrases(turn.text, [...pointingAtItem(knowledge.normalize), ...asksHow(knowledge.normalize)]), asksForMore(knowledge.normalize), FILLER);
  const itemDetail = forItem ? itemDetailOf(turn, last, shown) : undefined;
  if (itemDetail) return { kind: 'answer', entry: itemDetail, confidence: GUESSED_CONFIDENCE, related: [] };
  // "cụ thể hơn được không" after "Chương trình có 09 nhóm nhiệm vụ", which counts them without listing them: the list.
  const counting = forMore && !hasList(last) ? countedListOf(turn, last) : undefined;
  if (counting) return { kind: 'answer', entry: counting, confidence: GUESSED_CONFIDENCE, related: [] };
  // All the documents say of it is in that answer: it is given again (staff see how often it is asked for).
  if (forMore) return { kind: 'answer', entry: last, confidence: GUESSED_CONFIDENCE, related: [] };
  // "không phải của Bộ Chính trị à" right after an answer about a document: who issued it.
  const [issuer] = (last && issuerClaimedOf(knowledge, turn.text, last)) || [];
  if (issuer) return { kind: 'answer', entry: issuer, confidence: REFERRED_CONFIDENCE, related: [] };
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
  const placesNamed = ownAnswerFirst(knowledge, unplaced, namedPlaces);
  // "Mình là sinh viên ở HN, … Đến năm 2030 mục tiêu tuổi thọ trung bình là bao nhiêu?": a place told of only before
  // the sentence that asks is where the person is, not what is asked about.
  // Not when it asks of "tỉnh", "thành phố" ("… thì tỉnh có hỗ trợ tiền đóng không").
  const asking = askingSentence(turn.text.original);
  const askingText = asking === turn.text.original ? undefined : knowledge.normalize(asking);
  const toldBefore =
    placesNamed.length === 1 && askingText && knowledge.index.splitLocalities(askingText).localities.length === 0 && !refersToPlace({ ...turn, text: askingText })
      ? placesNamed[0]
      : undefined;
  // "vợ em sắp sinh ở Mường Tè": where the person is, as if they had said so before; not the plan asked about.
  const remembered = districts[0] ?? toldBefore ?? conversation.locality;
  // "năm 2026 cả nước phấn đấu bao nhiêu": the national answer, wherever the person said they live; "tỉnh mình",
  // "ở chỗ mình": the place they said they live, also beside "cả nước" ("tp mình xếp thứ mấy cả nước").
  const nationwide = knowledge.namesNation(turn.text) ? 'national' : undefined;
  // "số năm sống khỏe ở tỉnh đó", "ai ký?": the place of the answer just given.
  const namesThatPlace = namesAny(turn.text, THAT_PLACE);
  const refersToThatPlace = namesThatPlace || turn.text.accented.some((w) => THEIRS.has(w)) || asksSigner(turn.text);
  // "vậy năm 2026 tỉnh phải đạt bao nhiêu %" after Cao Bằng's answer, from someone whose place is not known: Cao Bằng.
  const unnamedPlace = !conversation.locality && placesNamed.length === 0 && refersToPlace(turn);
  // "tỉ lệ … ở đó bao nhiêu" right after "nhà ngoại e ở cao bằng", with no answer before: the place just told.
  // Not "con tôi học ở Thái Bình, tỉnh đó …" after Hải Phòng's answer: the province the message names itself.
  const pointedAfterAnswer = last && last.scope !== 'national' && (refersToThatPlace || unnamedPlace) && !unplannedProvince ? last.scope : undefined;
  const pointedPlace = last ? pointedAfterAnswer : namesThatPlace ? conversation.locality : undefined;
  const thatPlace = pointedPlace ?? earlierPlace(turn);
  // "quê mình xây bệnh viện bao nhiêu giường" from someone whose home town is not where they are: the home town.
  const kin = kinReferredTo(turn);
  // "còn nghệ an chỗ tôi thì …": the person's place is the province named with it, one the documents have no plan for.
  const ownPlace = unplannedProvince ? undefined : placeReferredTo(turn, remembered, kin);
  // "tỉnh mình mục tiêu bhyt có cao hơn hải phòng ko": the person's own place, compared with the one named.
  const comparedWithOwn = ownPlace !== undefined && placesNamed.length > 0 && !placesNamed.includes(ownPlace) && turn.text.folded.some((w) => COMPARATIVE.has(w));
  const localities = comparedWithOwn ? [ownPlace, ...placesNamed] : placesNamed;
  // "ct hanh dong 10-CTr/TU la cua hai phong a": a province's document is more particular than the place named with it.
  // "vậy tp muốn đứng ở nhóm nào cả nước" after Hải Phòng's target: the city pointed at, ranked within the nation.
  // "chỗ bố mẹ thì sao" from someone whose parents live in Nghệ An: no place the documents cover, not even the last.
  const kinElsewhere = kin?.elsewhere;
  // "… Cao Bằng đặt trên 97%, Hải Phòng 95,5%. Tỉnh Điện Biên chúng tôi … bao nhiêu %?": the places told before are not
  // what is asked of; the province the asking sentence names, which the documents have no plan for, is.
  const askedElsewhere = askingText && knowledge.index.splitLocalities(askingText).localities.length === 0 ? knowledge.otherProvince(askingText) : undefined;
  const named = askedElsewhere
    ? undefined
    : (documentPlace(turn) ?? (toldBefore ? undefined : localities[0]) ?? ownPlace ?? (kinElsewhere === undefined ? (pointedPlace ?? nationwide ?? thatPlace) : undefined));
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
    elsewhere:
      askedElsewhere ??
      (named ? undefined : (unplannedProvince ?? ownElsewhere(turn, remembered) ?? (kinElsewhere === undefined ? undefined : { name: kinElsewhere, rest: turn.text }))),
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
  // "tỉnh khác thì sao, vd cao bằng": another place than the last, and which.
  const otherPlaceNamed =
    localities.length > 0 && OTHER_PLACES.test(unplaced.folded.join(' ')) && withoutPhrases(unplaced, FOR_EXAMPLE).folded.every((w) => FOLLOW_UP_WORDS.has(w));
  const aboutPlace =
    ownPlaceOnly ||
    otherPlaceNamed ||
    elsewhereOnly ||
    (localities.length > 0 && (unplaced.folded.length === 0 || leadsToPlace(text, unplaced) || compares || placeThen || ownVersion)) ||
    (nationwide !== undefined && (FOLLOW_UP_LEADS.has(text.folded[0]!) || compares || nationThen));
  // "vậy nơi nào thấp hơn" after two places' versions of one answer: the last, with how the two compare.
  const before = conversation.earlierTopic?.kind === 'entry' ? knowledge.entry(conversation.earlierTopic.id) : undefined;
  const comparesAnswers = last?.group !== undefined && before?.group === last.group && localities.length === 0 && !nationwide && compares && comparing.some((w) => COMPARATIVE.has(w));
  const comparison = comparesAnswers ? comparisonOf(knowledge, before!, last!) : undefined;
  if (comparison) return { kind: 'answer', entry: last!, confidence: REFERRED_CONFIDENCE, related: [], note: comparison };
  // "sao lại khác nhau thế" right after two answers (Nghị quyết 72's six groups, then Hà Nội's nine): the two, side by
  // side, when nothing else is asked.
  const differs = before && last && before !== last && localities.length === 0 && containsAny(turn.text, differing(knowledge.normalize));
  if (differs && askedAbout(turn, withoutPhrases(turn.text, [...differing(knowledge.normalize), ...WHY])).length === 0) {
    return { kind: 'answer', entry: before, alongside: [last], confidence: GUESSED_CONFIDENCE, related: [] };
  }
  // "tỉnh nào cao nhất" right after a target: of the places' versions of that answer, the highest.
  if (last?.group && asksWhichPlaceMost(turn, last)) return mostOf(turn, { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] });
  // "còn ở lai châu thì sao" right after a question the documents could not answer: that question, asked there.
  const again = askedAgainAfterUnanswered(turn, named, aboutPlace, places.remembered);
  if (again) return again;
  // "thế bảo hiểm nhân thọ có nên mua ko": another kind of insurance is no follow-up to this one, nor "thời tiết Hà Nội
  // mai thế nào" a subject the documents never touch.
  const followsUp = last && (aboutPlace || isFollowUp(text)) && !knowledge.index.namesAnotherKind(text) && !knowledge.namesOffTopic(text);
  const followed = followsUp ? resolveFollowUp(turn, last, places) : undefined;
  if (followed) return withComparedPlaces(turn, followed, localities, nationwide);

  // "có những hình thức tuyên truyền nào" right after the parts of Hà Nội's plan: that plan's province, as a place the
  // conversation is about.
  const topic = currentTopic(turn);
  const shownDocument = topic?.kind === 'document' ? knowledge.content.documents.find((d) => d.id === topic.id) : undefined;
  // "còn nghị quyết 72 thì mấy nhóm" from someone in Hà Nội: a central document turned to, and no place, asks of it
  // itself (not "còn nghị quyết 72 thì tỉnh có kế hoạch nào").
  const ofCentralDocument =
    localities.length === 0 && !ownPlace && !refersToPlace(turn) && FOLLOW_UP_LEADS.has(text.folded[0]!) &&
    documentNumbers(text.folded.join(' ')).some((n) => knowledge.documentSubjects.byNumber(n) !== undefined);
  const options = ofCentralDocument ? {} : { locality: named, rememberedLocality: places.remembered ?? (shownDocument && placeOfSource(knowledge, shownDocument)) };
  if (last && !places.elsewhere && (asksDetailOf(turn, last) || asksSourceOf(turn, last))) {
    // "Cao Bằng đặt ra bao nhiêu?": the same question for the place named, if the content has it.
    const entry = named && named !== last.scope ? knowledge.variantOf(last, { scope: named }) : last;
    const own = entry && entry !== last ? ownAnswerThere(turn, entry, named!) : undefined;
    if (own) return fromDecision(turn, own, named, places.remembered);
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
      // Nor "đà nẵng đã dùng bệnh án điện tử chưa": what the place has done so far, which the nation's answer does not say.
      const statusOfPlace = /\bchua\W*$/.test(askingText.folded.join(' '));
      const figureOfPlace =
        (!toldOnly || refersToOwnPlace(askingText)) && (knowledge.asksAmount(askingText) || headlineFigure(national.answer) !== null || statusOfPlace);
      return { ...answer, entry: national, related: [], note: notCovered(places.elsewhere.name), ...(figureOfPlace ? { partial: true as const } : {}) };
    }
    if (!toldOnly) return { kind: 'none' };
  }
  // Where the person lives, when the answer just given was about it too, is where the conversation is: "gồm mấy nhóm
  // nhiệm vụ" after Hà Nội's programme, from someone in Hà Nội, wants Hà Nội's own answer if a close one is.
  const focus = ofCentralDocument ? undefined : (named ?? (places.remembered && last?.scope === places.remembered ? places.remembered : undefined));

  // "tỷ lệ khám bhyt tại trạm y tế xã cả nước phấn đấu bao nhiêu": "cả nước" as the place asked about says where, as a
  // province's name does, not what (the nation's coverage target has those words too); not "cao hơn cả nước".
  // "mục tiêu 2026 của lai châu và hải phòng khác nhau thế nào": of two places, how they differ is no topic of its own.
  const placesCompared = localities.length + (nationwide ? 1 : 0) > 1;
  const asked = placesCompared ? withoutPhrases(turn.text, differing(knowledge.normalize)) : turn.text;
  // "đà nẵng mục tiêu bhyt so với cả nước": the nation's, and the province without a plan says nothing ("da nang",
  // typed plain, would be "nâng").
  const ofNation = nationwide && named === nationwide ? knowledge.withoutNation(knowledge.otherProvince(asked)?.rest ?? asked) : asked;
  const decision = blankDetailOf(turn, yearsCovered(turn, decideFocused(knowledge, ofNation, options)));
  // "bao giờ phải xong?", "chức vụ gì?" right after an answer, and nothing else sure to answer them: about that answer.
  // "áp dụng tới năm nào" right after an answer that gives the year: about that answer, whatever else says "áp dụng".
  const lastGivesWhatBestMisses =
    decision.kind === 'answer' && last !== undefined && knowledge.missesFigureAsked(turn.text, decision.best.entry) && !knowledge.missesFigureAsked(turn.text, last);
  const unsure =
    decision.kind === 'clarify' ||
    (decision.kind === 'fallback' && !decision.outOfScope) ||
    (decision.kind === 'answer' && (decision.best.score < ANSWER_THRESHOLD || lastGivesWhatBestMisses));
  if (last && decision.kind === 'answer' && supportOfOtherGroup(turn, decision.best.entry, last)) return { kind: 'answer', entry: last, confidence: GUESSED_CONFIDENCE, related: [] };
  // "ở Lai Châu còn dùng được nền tảng nào nữa" after Lai Châu's answer: asked without the place it was about already,
  // in words that answer all has ("hôm nay Lai Châu có mưa không", typed plain, is not).
  const placeless = () => ({ ...unplaced, accented: unplaced.accented.slice(unplaced.folded.length - afterPlace.length), folded: afterPlace });
  const askedOfPlace = () => named === last!.scope && asksShortlyAfter({ ...turn, text: placeless() }, last!, 0);
  // "thế còn báo chí thì làm gì" after what Cao Bằng's Propaganda Board must do: the other body's answer, of the same
  // place if there is one, whatever words the two answers share; else what that place's answers give the body
  // ("công an thì sao" after Lai Châu's data platforms: its data protection, which the police share); nothing, when
  // neither that place nor the nation gives the body anything ("công an thì sao" after Hải Phòng's press, not Cao
  // Bằng's police). Of no place ("ban tuyên giáo trung ương có văn bản hướng dẫn gì" after Chỉ thị 52), only when
  // nothing else is sure.
  const placeAsked = last && (named ?? (last.scope === 'national' ? undefined : last.scope));
  if (last && (placeAsked !== undefined || unsure) && knowledge.asksOfOtherBody(turn.text, last)) {
    const there = placeAsked === named ? decision : decideFocused(knowledge, ofNation, { ...options, locality: placeAsked });
    const naming = there.candidates.filter((c) => asksOfBody(turn.text, c.entry));
    const ofOtherBody = naming.find((c) => c.entry.scope === last.scope) ?? naming[0];
    if (ofOtherBody) return fromDecision(turn, { kind: 'answer', best: ofOtherBody, candidates: there.candidates }, focus ?? placeAsked, places.remembered);
    if (placeAsked !== undefined) return there.kind === 'answer' ? fromDecision(turn, there, focus ?? placeAsked, places.remembered) : { kind: 'none' };
  }
  if (last && !places.elsewhere && unsure && ((!named && asksShortlyAfter(turn, last)) || askedOfPlace())) {
    // "còn gói bảo hiểm bổ sung thì sao" after the premium's rise: what the answer just given does not have, all of it
    // in the answer found, unsure as it is.
    const missing = askedAbout(turn).filter((w) => !knowledge.index.hasAllWords(last, [w]));
    const newSubject = decision.kind === 'answer' && missing.length > 0 && missing.every((w) => decision.best.matched.includes(w));
    // "kế hoạch ban hành hôm nào" after who signed Lai Châu's plan: the version of the place just answered about.
    const subject = newSubject ? (knowledge.variantOf(decision.best.entry, { scope: last.scope }) ?? decision.best.entry) : last;
    // "xong trước năm nào" right after who comes first for Lai Châu's free hospital fees, which gives no year: the answer
    // found with the question asked before that gives it.
    const givesMissing = subject === last && knowledge.missesFigureAsked(turn.text, last) ? givenWithQuestionBefore(turn, last) : undefined;
    return { kind: 'answer', entry: givesMissing ?? subject, confidence: GUESSED_CONFIDENCE, related: [] };
  }
  // "thế tôi chuyển về Cao Bằng thì chỉ tiêu bên đó bao nhiêu" after Hải Phòng's target: a figure asked of another
  // place, and nothing sure to answer it, is asked of that place's version of the answer just given.
  // So is "lai châu phát hiện bằng cách nào" after how fraud is handled: what that answer says, asked of another place.
  const ofLastThere = () => knowledge.asksAmount(turn.text) || asksShortlyAfter({ ...turn, text: placeless() }, last!);
  const otherPlace = last && named && named !== last.scope && unsure && ofLastThere() && knowledge.variantOf(last, { scope: named });
  if (otherPlace) return { kind: 'answer', entry: otherPlace, confidence: GUESSED_CONFIDENCE, related: [] };
  // "hai phong chi can 95% thoi dung ko", "cao bằng ko phải 95% à": a place's percentage checked, and nothing else said.
  const checked = unsure && named && named !== 'national' && checksOrDoubts(turn.text) ? nearestPercentageOf(turn, named) : undefined;
  if (checked) return { kind: 'answer', entry: checked, confidence: GUESSED_CONFIDENCE, related: [] };
  // "lai chau bn %": a percentage asked of a place, and nothing else.
  const rate = unsure && named && named !== 'national' ? rateOfPlace(turn, named) : undefined;
  if (rate) return { kind: 'answer', entry: rate, confidence: GUESSED_CONFIDENCE, related: [] };
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
  // "hp nhóm nhiệm vụ nào nói về thái độ phục vụ", when what is found is no list and not the place's: the item about it
  // of a close list of the place asked about (which one is asked: not "Sở … có nhiệm vụ gì về bhyt").
  // The message as typed, without its places: what an item is asked to be about.
  const unplacedText = knowledge.index.splitLocalities(turn.text).text;
  const aboutItem =
    decision.kind === 'answer' && !hasList(decision.best.entry) && named !== undefined && decision.best.entry.scope !== named && turn.text.folded.includes('nao')
      ? decision.candidates
          .filter((c) => hasList(c.entry) && c.entry.scope === named && c.score + LIST_MARGIN >= decision.best.score)
          .map(({ entry }) => ({ entry, item: itemAboutIn(unplacedText, entry) }))
          .find((c) => c.item)
      : undefined;
  if (aboutItem) return { kind: 'answer', entry: aboutItem.entry, confidence: GUESSED_CONFIDENCE, related: [], ...aboutItem.item };
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
  const near = last && !named && decision.kind === 'answer' ? (nearTieWith(turn, decision, last) ?? sameDocumentNearTie(turn, decision, last)) : undefined;
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
  const withoutPlaces = numbering ? knowledge.index.splitLocalities(turn.text).text : undefined;
  const itemWords = withoutPlaces ? wordsBesidesItem(withoutPlaces, knowledge.index.tellingWords(withoutPlaces)).filter((w) => !namingList!.has(w)) : [];
  const numberedItem = numbering && itemWithWords(numbering, itemWords);
  if (numbering && numberedItem) return { kind: 'answer', entry: numbering, confidence: GUESSED_CONFIDENCE, related: [], ...numberedItem };
  // "thông điệp số 13" of the twelve: no such item, which the answer with the whole list says.
  const beyond = answer.kind === 'answer' && !answer.excerpt && !namedItem ? itemBeyond(turn.text, answer.entry) : undefined;
  if (beyond && answer.kind === 'answer') return { ...answer, partial: true, note: beyondNote(beyond) };
  // "nhóm thứ 6 trong chương trình 06 của hà nội là gì", when what is found is the programme: the item of its list,
  // if the question says nothing else ("nhóm thứ hai về chính sách thì ưu tiên ai" asks of the item).
  const list = answer.kind === 'answer' && !answer.excerpt && !namedItem && !hasList(answer.entry) ? listOf(turn, answer.entry) : undefined;
  const namesOnlyItem = list && knowledge.index.hasAllWords(list, wordsBesidesItem(turn.text, knowledge.index.tellingWords(turn.text)));
  // "chương trình 06 có nhóm nào về chuyển đổi số không": the item about what is named, too, when the answer found does
  // not say it (not "hà nội có nhóm nào về tầm vóc trẻ em", answered by what that group is for).
  const aboutWords = namesOnlyItem ? itemAboutAsked(unplacedText) : undefined;
  const says = (entry: FaqEntry, words: readonly string[]) => knowledge.normalize(entry.answer).folded.join(' ').includes(words.join(' '));
  const aboutItemOfList = list && aboutWords && answer.kind === 'answer' && !says(answer.entry, aboutWords) ? itemAboutIn(unplacedText, list) : undefined;
  const itemOfList = namesOnlyItem && (namedItemIn(turn.text, list) ?? aboutItemOfList);
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
