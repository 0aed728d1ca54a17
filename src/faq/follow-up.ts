import type { Turn } from '../pipeline/intent.js';
import { clausesOf } from '../language/clauses.js';
import { foldDiacritics, isPlain } from '../language/fold.js';
import { isSyllable } from '../language/keyboard.js';
import { asksSomething, BHYT, withoutPhrases, withoutTrailingParticles } from '../language/phrases.js';
import { DOCUMENT_KINDS, DOCUMENT_NAME_WORDS, documentNumbers, questionDocuments } from './document-numbers.js';
import { ASKS_WHEN, asksSigner, checksClaim, GIVES_YEAR } from './asked-figures.js';
import { ANSWER_THRESHOLD, asksAbout, asksOfBody, type Decision, DOCUMENT_DETAIL_WORDS } from './answer-engine.js';
import type { FaqEntry, Scope } from './schema.js';
import type { Candidate } from './search-index.js';
import { withoutDocumentTitles } from './document-title.js';
import { sourceNumberAsked } from './source-documents.js';
import { asksReason, givesReason } from './reason.js';
import { statedLocality } from './stated-locality.js';
import { APPLIES, askedAbout, GUESSED_CONFIDENCE, OWN_TOPIC_WORDS, REFERRED_CONFIDENCE, type Resolution, tellingMatchedBy, YEAR, yearAsked } from './resolution.js';
import { AGAIN_START, BESIDES, besidesNamed, BY_DOCUMENT, COMPARING_TOO, DETAIL_QUESTION_WORDS, endsAsFollowUp, FIGURES_OF_IT, FOLLOW_UP_LEADS, FOLLOW_UP_WORDS, FOR_EXAMPLE, namesAny, OTHER_PLACES, OWN_PLACE, POINTERS, refersBack, THAT_TIME } from './follow-up-cues.js';
import { ASKS_OF_DOCUMENT_ITSELF, asksOfOtherDocument, documentNamedIn, ISSUED_BY, pointedDocument } from './document-follow-up.js';
import { comparisonOf, generalFor, goalsOf, headlineFigure, nationalOf, notCovered, placeName, type Places } from './place-answers.js';
import { fromDecision } from './decision-answer.js';
import { hasList } from './list-item.js';
import { listOf } from './list-entries.js';

// A message that follows up the answer just given: another place, year, group or aspect of it, a detail it gives, a
// figure or a year checked against it, or a question of its own asked in its context.

// How close the answer just given may be to the best and still be what the conversation is about.
const CONTINUITY_MARGIN = 0.05;
// How close an answer about the document just answered may be to the best, about another, for a message naming none.
const DOCUMENT_CONTINUITY_MARGIN = 0.1;

// "năm 2030 mới đạt à": not until then, said to be checked.
const NOT_UNTIL = /\bmoi (?:dat|co|xong|duoc|lam|thuc hien)\b/;

/** At most this many words of its own make a follow-up ask about one aspect of what was just answered. */
const ASPECT_WORDS = 2;

const SHORT_QUESTION_WORDS = 9;
// "cái đó", "chương trình này": how many words point back at what was answered.
const POINTING_WORDS = 2;
const UNANSWERED_WORDS = 2;
// Shorter, a word that is no syllable may be an abbreviation the content has ("h" for "giờ").
const FOREIGN_WORD_LETTERS = 3;

// How much surer than a place's version of the last answer its answer to the follow-up's own words must be.
const VARIANT_MARGIN = 0.02;

const DETAIL_TELLING_WORDS = 3;
const DETAIL_FRAGMENT_WORDS = 3;

// A question pointing back at the last answer, but asking in words of its own, is its own question when an answer is
// this sure of it.
const OWN_QUESTION_SCORE = 0.65;
// So sure of it, one word of its own will do.
const SURE_OWN_QUESTION = 0.85;
// "kế hoạch nào", "văn bản gì": which document.
const WHICH_DOCUMENT = /\b(?:van ban|ke hoach|chuong trinh|nghi quyet|chi thi|huong dan) (?:nao|gi)\b/;

// "dự kiến", "hoàn thành", "xong": that something is to be done, said with when.
const TIMING = [['du', 'kien'], ['hoan', 'thanh'], ['hoan', 'tat'], ['xong'], ['ket', 'thuc']];

/**
 * "đến năm nào?", "áp dụng đến khi nào?", "ngày ban hành": a short question, or a few words, that what was just
 * answered has every telling word of.
 */
export function asksDetailOf(turn: Turn, last: FaqEntry): boolean {
  // "có được hỗ trợ mua bhyt không": every answer is about health insurance; its four words say nothing of which.
  // "tỉnh Cao Bằng đặt mức bao nhiêu", "mình ở Cao Bằng, tỉnh mình đạt mục tiêu bao nhiêu": nor do the place's, which
  // choose whose answer it is, nor a clause before saying where the person lives.
  const { knowledge } = turn;
  // "vì sao cần bhyt toàn dân" after the directive on it asks for a reason, which that answer does not give; "công an
  // tỉnh" after what Sở Nông nghiệp must do asks of another body, whatever words the two answers share.
  if ((asksReason(knowledge.normalize, turn.text) && !givesReason(last)) || knowledge.asksOfOtherBody(turn.text, last)) return false;
  if (asksOfOtherDocument(turn.text, last)) return false;
  const clauses = clausesOf(turn.text.original);
  // The whole message's stated place is known already: its first clause is read again only if there is one.
  const livesFirst = clauses.length > 1 && statedLocality(turn) !== undefined && statedLocality({ ...turn, text: knowledge.normalize(clauses[0]!) }) !== undefined;
  const text = livesFirst ? knowledge.normalize(clauses.at(-1)!) : turn.text;
  // "dự kiến đến năm nào thì hoàn thành": when, in words that only say something is to be done by then, of an answer
  // that gives a year.
  const timing = ASKS_WHEN.test(text.folded.join(' ')) && GIVES_YEAR.test(last.answer) ? TIMING : [];
  const rest = withoutPhrases(knowledge.index.splitLocalities(text).text, [BHYT, ...OWN_PLACE, ...timing]);
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

// "văn bản nào đặt ra …", "tài liệu nào quy định …": which document says something, which an answer's sources give.
const ASKS_SOURCE = /\b(?:van ban|tai lieu) nao\b/;
const SOURCE_WORDS = [['van', 'ban'], ['tai', 'lieu'], ['dat', 'ra'], ['de', 'ra'], ['quy', 'dinh'], ['neu'], ['noi'], ['ghi']];

/**
 * "văn bản nào đặt ra mục tiêu 2045 đó" right after the goals for 2045: which document says what that answer says, in
 * words it has (the answer is sent with its sources), naming no document.
 */
export function asksSourceOf(turn: Turn, last: FaqEntry): boolean {
  const folded = turn.text.folded.join(' ');
  if (!ASKS_SOURCE.test(folded) || documentNumbers(folded).length > 0) return false;
  const asked = askedAbout(turn, withoutPhrases(turn.knowledge.index.splitLocalities(turn.text).text, [...SOURCE_WORDS, ...POINTERS]));
  return asked.length <= DETAIL_TELLING_WORDS && turn.knowledge.index.hasAllWords(last, asked);
}

/**
 * "lai châu có thẻ bhyt điện tử chưa" after the nation's telehealth, whose answer says "điện tử" of health records: the
 * place's own sure answer, whose question or keywords have every word asked as typed, rather than its version of the
 * answer just given, which has not ("tỉnh cao bằng đặt mức bao nhiêu" keeps to that version: "mức" is no "mục").
 */
export function ownAnswerThere(turn: Turn, variant: FaqEntry, named: Scope): Extract<Decision, { kind: 'answer' }> | undefined {
  const { knowledge, text } = turn;
  const unplaced = knowledge.withoutNation(knowledge.index.splitLocalities(text).text);
  const asked = askedAbout(turn, unplaced);
  if (asked.length === 0 || knowledge.index.hasAllWords(variant, asked)) return undefined;
  const own = knowledge.decide(unplaced, { locality: named });
  if (own.kind !== 'answer' || own.best.score < ANSWER_THRESHOLD || own.best.entry.scope !== named) return undefined;
  const question = knowledge.normalize([own.best.entry.question, ...own.best.entry.keywords].join(' '));
  const asksAsTyped = (w: string) => {
    const typed = text.accented[text.folded.indexOf(w)];
    return typed === undefined || isPlain(typed) ? question.folded.includes(w) : question.accented.includes(typed);
  };
  return asked.every(asksAsTyped) ? own : undefined;
}

/** A short question, most of whose telling words (all but `unanswered` at most) the last answer has. */
export function asksShortlyAfter(turn: Turn, last: FaqEntry, unanswered = UNANSWERED_WORDS): boolean {
  // "cái đó có áp dụng cho mọi dịch vụ không": the words pointing back at it make a question no longer.
  const pointing = refersBack(turn.text) ? POINTING_WORDS : 0;
  // "còn ăn uống" asks as "còn ăn uống thì sao" does.
  const asks = asksSomething(turn.text) || FOLLOW_UP_LEADS.has(turn.text.folded[0]!);
  // An age ("ông năm nay 70 rồi thì từ năm nào mới được khám", "con tôi 15 tuổi có tính không") is whom it is asked
  // for: neither a figure asked nor words of the question.
  const { folded } = turn.text;
  const ageAt = folded.flatMap((w, i) => (/^\d+$/.test(w) && (folded[i + 1] === 'tuoi' || (folded[i - 1] === 'nay' && folded[i - 2] === 'nam')) ? [i] : []));
  const ages = new Set(ageAt.map((i) => folded[i]!));
  const ageWords = ageAt.reduce((n, i) => n + 1 + (folded[i - 1] === 'nay' ? 2 : 0) + (folded[i + 1] === 'tuoi' ? 1 : 0) + (folded[i + 1] === 'roi' ? 1 : 0), 0);
  if (withoutTrailingParticles(folded).length - ageWords > SHORT_QUESTION_WORDS + pointing || !asks) return false;
  const { index } = turn.knowledge;
  // "97% là của tỉnh nào" after Hải Phòng's 95,5%: a figure named that the answer does not have is not about it (a
  // count or a place in a list may be: "mỗi năm 2 lần hả", "câu số 3").
  const missing = askedAbout(turn).filter((w) => !index.hasAllWords(last, [w]));
  // "mã otp không về thì làm sao": a foreign word or abbreviation the content has nowhere asks about something else.
  return missing.length <= unanswered && !missing.some((w) => (/^\d{2,}/.test(w) && !ages.has(w)) || (!index.has(w) && w.length >= FOREIGN_WORD_LETTERS && !isSyllable(w)));
}

/** A message shaped as a follow-up ("còn Hải Phòng thì sao?", "nó …") to the entry just answered. */
export function resolveFollowUp(turn: Turn, last: FaqEntry, { named, remembered, elsewhere, compares }: Places): Resolution | undefined {
  const { knowledge } = turn;
  // "còn nghị quyết 72 thì cao bằng có kế hoạch số mấy" after plan 69: a document the last answer is not about, named
  // by its number, makes a question of its own; so does "còn bảo hiểm xã hội tỉnh thì sao" after the police's tasks.
  // Not "còn kế hoạch tuyên truyền nq 72 của hà nội" after who signed Hải Phòng's plan: the document Hà Nội's version
  // of that answer cites.
  const placeVersion = named !== undefined && named !== last.scope ? knowledge.variantOf(last, { scope: named }) : undefined;
  const citedThere = (n: string) => placeVersion !== undefined && knowledge.sourcesOf(placeVersion).some((s) => documentNumbers(foldDiacritics(s.label)).includes(n));
  if (documentNumbers(turn.text.folded.join(' ')).some((n) => !asksAbout(last, n) && !citedThere(n)) || knowledge.asksOfOtherBody(turn.text, last)) return undefined;
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
    askedAbout(turn, withoutPhrases(knowledge.withoutNation(said), [...POINTERS, ...FIGURES_OF_IT, ...THAT_TIME, ...OWN_PLACE, ...BY_DOCUMENT, ...FOR_EXAMPLE, BESIDES])).filter(
      (w) => !FOLLOW_UP_WORDS.has(w) && !(compares && COMPARING_TOO.has(w)),
    ),
  );
  const asksOwn = [...asked].filter((w) => !YEAR.test(w));
  // "tỉnh khác thì sao" after Lai Châu's target, naming no place: the other places' versions of it.
  if (!named && !year && asksOwn.length === 0 && OTHER_PLACES.test(turn.text.folded.join(' '))) {
    const others = knowledge.index.entries.filter((e) => last.group !== undefined && e.group === last.group && e.scope !== last.scope && e.scope !== 'national');
    if (others.length > 0) return { kind: 'answer', entry: others[0]!, alongside: others.slice(1), confidence: REFERRED_CONFIDENCE, related: [] };
  }
  const namesOnlyDocument = asksOwn.length > 0 && asksOwn.every((w) => DOCUMENT_KINDS.some((kind) => kind.words.includes(w)));
  // A word the follow-up asks that the answer just given does not have, or has only as another word folded the same
  // ("từ xa" after "thẻ BHYT điện tử", the "xa" of "xã hội"), in a message typed with its marks ("tu xa" may be either).
  const withMarks = turn.text.original.split(/\s+/).some((w) => !isPlain(w.toLowerCase()));
  const typedOtherwise = (w: string) => withMarks && turn.text.folded.some((f, i) => f === w && knowledge.writesOtherwise(last, turn.text.accented[i]!));
  const newlyAsked = (w: string) => asked.has(w) && (!knowledge.index.hasAllWords(last, [w]) || typedOtherwise(w));
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
  // "còn bảo hiểm y tế hồi đó thì sao": at the time of that answer, of which it asks no other subject than it says.
  const thatTime = namesAny(turn.text, THAT_TIME);
  const ofLast =
    !named && !year && (besides || another || thatTime || (!FOLLOW_UP_LEADS.has(turn.text.folded[0]!) && endsAsFollowUp(turn.text))) &&
    asksOwn.length > 0 && asksOwn.length <= DETAIL_TELLING_WORDS && ownWordsNotInLast === 0;
  if (ofLast) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // The place of the last answer, named again ("còn tuổi thọ người dân thủ đô" after Hà Nội's 2045 goals), asks for no
  // other version.
  // Not another province's for that year, from someone who lives where the last answer is ("đến năm 2030 thì sao"
  // after Hải Phòng's near-poor support, from someone in Hải Phòng, is not Lai Châu's support until 2030); the
  // nation's is.
  // "thế năm 2027 thì sao" after "các tài liệu không nêu số tiền đóng BHYT": not given for that year either, nor for a
  // place with no version of its own.
  if (last.documentsSilent && asksOwn.length === 0 && (year || otherPlace) && !samePlace && !placeVersion) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
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
    // "còn hải phòng thì sao" after "hđnd lai châu làm gì cho bhyt", answered by Lai Châu's support the council sets:
    // what Hải Phòng's council does, on whatever topic, rather than Hải Phòng's support.
    const ofBodyAsked = sure !== undefined && lastAgain !== undefined && asksOfBody(lastAgain, sure.best.entry) && !asksOfBody(lastAgain, variant);
    const sameSubject = sure?.best.entry.topic === last.topic || ofBodyAsked;
    // Nor one without the figure asked before that the version has ("còn hải phòng" after the number of Hà Nội's
    // programme: Hải Phòng's programme 03, not its plan, which has no number).
    const versionGivesAsked = sure !== undefined && lastAgain !== undefined && knowledge.missesFigureAsked(lastAgain, sure.best.entry) && knowledge.givesFiguresAsked(lastAgain, variant);
    const surer = sure !== undefined && sure.best.entry !== variant && sameSubject && beatsRival && !otherVersion && !namesOnlyDocument && !versionGivesAsked;
    const own = sure && (!knowledge.index.hasAllWords(variant, asksOwn) || surer);
    if (own) return fromDecision(turn, sure, named, remembered);
    // Just above a bare statement of place (0.9): "ở Cao Bằng thì sao?" asks, it does not only inform.
    // Not after a document's date or number was asked ("hải phòng thì" after Lai Châu's plan date): its figures were not.
    const note = compares && !ASKS_OF_DOCUMENT_ITSELF.test(askedBefore) ? comparisonOf(knowledge, last, variant) : undefined;
    // "hà nội thì sao" after Cao Bằng's life expectancy, 75: Hà Nội's answer, which gives no figure, does not answer it
    // (but "còn hải phòng thì chương trình số mấy" after Hà Nội's programme of 12/01/2026 asks only its number).
    const asksOwnFigure = knowledge.asksAmount(turn.text) && !knowledge.missesFigureAsked(turn.text, variant);
    // Nor "hà nội năm 2035 thì sao" after Lai Châu's coverage for 2030: the goal for the year asked is what it gives.
    const givesYearAsked = year !== undefined && variant.answer.includes(year);
    // Nor "còn hải phòng" after the number of Hà Nội's programme: the version gives the number asked before.
    const givesAskedBefore = lastAgain !== undefined && ASKS_OF_DOCUMENT_ITSELF.test(lastAgain.folded.join(' ')) && knowledge.givesFiguresAsked(lastAgain, variant);
    const figureMissing = otherPlace && headlineFigure(last.answer) && !headlineFigure(variant.answer) && !asksOwnFigure && !givesYearAsked && !givesAskedBefore;
    return { kind: 'answer', entry: variant, confidence: 0.93, related: [], ...(note ? { note } : {}), ...(figureMissing ? { partial: true as const } : {}) };
  }
  // "2030 thì sao" after the doctors each station has by 2027, which has no answer for 2030: the goals for that year.
  const goals = year && !variant && asksOwn.length === 0 && GIVES_YEAR.test(last.answer) ? goalsOf(knowledge, year, named ?? last.scope) : undefined;
  if (goals) return { kind: 'answer', entry: goals, confidence: GUESSED_CONFIDENCE, related: [] };
  const national = elsewhere && nationalOf(knowledge, last);
  if (national) return { kind: 'answer', entry: national, confidence: 0.93, related: [], note: notCovered(elsewhere.name), partial: true };
  // "còn đà nẵng có nâng cấp bệnh viện ko" after Lai Châu's hospitals, which no national answer stands in for: nothing.
  // "con tôi học ở Thái Bình, tỉnh đó mục tiêu bao phủ bao nhiêu" asks of a subject of its own, as any question would.
  if (elsewhere && last.scope !== 'national') return ownWordsNotInLast >= OWN_TOPIC_WORDS ? undefined : { kind: 'none' };
  if (named && last.group && last.scope !== named) {
    // "còn Hà Nội thì chương trình có mấy nhóm": that place's own answer to what the follow-up itself asks.
    const own = asked.size > 0 ? knowledge.decide(turn.text, { locality: named }) : undefined;
    const ownOfPlace = own?.kind === 'answer' && (own.best.entry.scope === named || knowledge.variantOf(own.best.entry, { scope: named }) !== undefined);
    if (ownOfPlace && own.best.score >= ANSWER_THRESHOLD) {
      return fromDecision(turn, own, named, remembered);
    }
    return (asked.size === 0 && askedAgainThere(turn, named, remembered)) || generalFor(turn, last, named);
  }
  // "ở hải phòng thì sao" after Lai Châu's answer that no other place's stands for: that place's answer to what was
  // asked before, if it has one.
  const again = named && last.scope !== named && asked.size === 0 ? askedAgainThere(turn, named, remembered) : undefined;
  if (again) return again;
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
  // "mục tiêu của nó tính đến năm nào, tầm nhìn tới năm nào" after Nghị quyết 72's views, which give no year: the list
  // of that document's own that does.
  const listed = referring && !hasList(last) && knowledge.asksAmount(turn.text) && knowledge.missesFigureAsked(turn.text, last) ? listOf(turn, last) : undefined;
  if (listed) return { kind: 'answer', entry: listed, confidence: REFERRED_CONFIDENCE, related: [] };
  // "nó ra ngày nào?": a detail that what was just answered gives; "cái đó áp dụng mấy năm": nothing else named. Not
  // "khi nào thì có kế hoạch đó" after who comes first for free hospital fees, which gives no year.
  const lacksWhen = ASKS_WHEN.test(turn.text.folded.join(' ')) && !GIVES_YEAR.test(last.answer);
  // Nor "hướng dẫn đó thực hiện kế hoạch nào" after the guidance's forms of propaganda, which name no plan's number.
  const lacksAsked = lacksWhen || (WHICH_DOCUMENT.test(turn.text.folded.join(' ')) && knowledge.missesFigureAsked(turn.text, last));
  if (referring && knowledge.index.hasAllWords(last, asked) && !lacksAsked) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // The place the conversation is about, unless the person said where they live.
  const about = remembered ?? (last.scope === 'national' ? undefined : last.scope);
  // "… thực hiện kế hoạch đó" points at the place's own plan: asked of that place.
  const own = knowledge.decide(turn.text, { locality: named ?? (referring ? about : undefined), rememberedLocality: about });
  // "ông ấy giữ chức gì", "ai thực hiện việc đó": a detail it gives, asked in a few words it need not have (not "văn
  // bản đó giao việc miễn viện phí hoàn thành khi nào", which asks of something else that answer names no more than the
  // year it gives).
  // Not "hướng dẫn này gửi cho ai" after who signed it, which an answer is all but sure of, in a word that one has not.
  const novel = own.kind === 'answer' ? own.best.matched.filter(newlyAsked) : [];
  const surelyOwn = own.kind === 'answer' && own.best.entry !== last && own.best.score >= SURE_OWN_QUESTION && novel.length > 0;
  if (referring && !surelyOwn && [...asked].filter(newlyAsked).length <= OWN_TOPIC_WORDS && knowledge.givesDetailAsked(turn.text, last)) {
    return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  }
  // "trong kế hoạch đó có nói nguyên tắc 6 rõ" after who signed it, "văn bản đó giao việc miễn viện phí hoàn thành khi
  // nào" after who signed (whose answer gives a year): a question of its own, in words the last answer has not, that
  // an answer surely answers.
  if (referring && surelyOwn) return fromDecision(turn, own, named, about);
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
  // So "còn liên thông dữ liệu … thì mốc nào" after Hà Nội's remote diagnosis centre, whose answer has it and its year,
  // when nothing is sure to answer it.
  const asksFigure = knowledge.asksAmount(turn.text) || ASKS_WHEN.test(turn.text.folded.join(' '));
  const ownMisses = own.kind === 'answer' ? knowledge.missesFigureAsked(turn.text, own.best.entry) : notInLast.length <= 1 && asksFigure;
  const lastGives = !named && ownMisses && !knowledge.missesFigureAsked(turn.text, last);
  if (lastGives) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [] };
  // "còn bác sĩ thì sao" right after how commune stations are to be built up: the doctors of those stations, found with
  // the question before, rather than doctors in general.
  const aspect = own.kind === 'answer' && !named && !year && asksOwn.length > 0 && asksOwn.length <= ASPECT_WORDS ? inContext(false) : undefined;
  if (aspect?.kind === 'answer' && aspect.entry !== last) return aspect;
  // "còn chương trình của Hà Nội thì sao" after Nghị quyết 72's groups: what was asked before, of the place's document.
  const ofDocument = named && namesOnlyDocument ? inContext(false) : undefined;
  if (ofDocument?.kind === 'answer' && ofDocument.entry !== last && ofDocument.entry.scope === named) return ofDocument;
  if (own.kind === 'answer') return fromDecision(turn, own, named, about);
  // "hải phòng triển khai chỉ thị đó với mục tiêu năm 2026 ra sao" after who issued Chỉ thị 52: of the answers offered,
  // unsure as they are, the place's own that has all the follow-up asks, when it asks more than "có chỉ tiêu riêng không".
  if (named && own.kind === 'clarify') {
    const wanted = year ? [...asksOwn, year] : asksOwn;
    const there = own.candidates.find((c) => c.entry.scope === named && c.entry !== last && index.hasAllWords(c.entry, wanted));
    if (there && asksOwn.length > OWN_TOPIC_WORDS) return fromDecision(turn, { kind: 'answer', best: there, candidates: own.candidates }, named, remembered);
  }
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

/**
 * "nhà tôi có được hỗ trợ mua bhyt không" right after Lai Châu's support for farming households, which answers it about
 * as surely as the near-poor's: in a near tie, the answer just given, when it matched every telling word the best did,
 * is what the conversation is about.
 */
export function nearTieWith(turn: Turn, decision: Extract<Decision, { kind: 'answer' }>, last: FaqEntry): Decision | undefined {
  const kept = decision.candidates.find((c) => c.entry === last);
  if (!kept || kept === decision.best || decision.best.score - kept.score > CONTINUITY_MARGIN) return undefined;
  const keptMatched = new Set(kept.matched);
  return tellingMatchedBy(turn, decision.best).every((w) => keptMatched.has(w)) ? { ...decision, best: kept } : undefined;
}

/**
 * "có mấy nhóm nhiệm vụ, giải pháp" right after what Chỉ thị 52 is: a message that names no document asks of the one
 * the last answer's question names, when a close answer's question names it (and the best's another) and it matched
 * every telling word the best did.
 */
export function sameDocumentNearTie(turn: Turn, decision: Extract<Decision, { kind: 'answer' }>, last: FaqEntry): Decision | undefined {
  const lastDocuments = questionDocuments(last);
  const bestDocuments = questionDocuments(decision.best.entry);
  if (lastDocuments.length !== 1 || bestDocuments.length === 0 || bestDocuments.includes(lastDocuments[0]!)) return undefined;
  if (documentNumbers(turn.text.folded.join(' ')).length > 0) return undefined;
  const telling = tellingMatchedBy(turn, decision.best);
  const kept = decision.candidates.find(
    (c) =>
      decision.best.score - c.score <= DOCUMENT_CONTINUITY_MARGIN &&
      c.entry.scope === decision.best.entry.scope &&
      questionDocuments(c.entry).join() === lastDocuments[0] &&
      telling.every((w) => c.matched.includes(w)),
  );
  return kept ? { ...decision, best: kept } : undefined;
}

/**
 * "năm 2026 chỉ tiêu là bao nhiêu" right after Hải Phòng's target, which gives 2026's: another place's version of the
 * answer just given, found for a question naming no place, is that answer again (the place the conversation is about),
 * when it gives the year or figure asked and the person does not live elsewhere.
 */
export function samePlaceVersion(turn: Turn, decision: Extract<Decision, { kind: 'answer' }>, last: FaqEntry, remembered: Scope | undefined): Decision | undefined {
  const { entry } = decision.best;
  if (last.group === undefined || entry.group !== last.group || entry.scope === last.scope || (remembered && remembered !== last.scope)) return undefined;
  // Nor "thế 97% là của tỉnh nào" after Lai Châu's 95%: a figure the last answer does not give.
  const figures = turn.text.folded.filter((w) => /^\d{2,}/.test(w));
  if (!turn.knowledge.index.hasAllWords(last, figures)) return undefined;
  return { ...decision, best: { ...decision.best, entry: last } };
}

// A place's own Party committee ("thành ủy", "tỉnh ủy"): the place's, not what is asked.
const PARTY_OF_PLACE = [['thanh', 'uy'], ['tinh', 'uy']];

/**
 * "còn Cao Bằng thì sao" after the nation's goals for 2030, asked of healthy years: that place's answer to the words
 * asked before, when it has one of its own. Else without the document it was asked of ("nq 72 đặt mục tiêu tuổi thọ
 * bao nhiêu" names the nation's), by that place's version of the answer found.
 */
function askedAgainThere(turn: Turn, named: Scope, remembered: Scope | undefined): Resolution | undefined {
  const { knowledge } = turn;
  const before = turn.conversation.lastTopic?.asked;
  const words = (kept: readonly string[]) => knowledge.index.splitLocalities(knowledge.normalize(kept.join(' '))).text;
  // As asked; without the documents it was asked of; without the place's own Party committee ("ban tuyên giáo … thành
  // ủy hà nội", asked again of Lai Châu, whose is "Đảng ủy").
  const asAsked = before?.length ? words(before) : undefined;
  const askedAgain = asAsked ? [asAsked, words(before!.filter((w) => !DOCUMENT_NAME_WORDS.has(w))), withoutPhrases(asAsked, PARTY_OF_PLACE)] : [];
  for (const [i, unplaced] of askedAgain.entries()) {
    const again = knowledge.decide(unplaced, { locality: named });
    const ofPlace = again.kind === 'answer' && (again.best.entry.scope === named || (i > 0 && knowledge.variantOf(again.best.entry, { scope: named }) !== undefined));
    if (ofPlace && again.best.score >= ANSWER_THRESHOLD) return fromDecision(turn, again, named, remembered);
  }
  return undefined;
}
