import type { Turn } from '../pipeline/intent.js';
import type { NormalizedText } from '../language/normalizer.js';
import { askingWithAntecedent } from '../language/antecedent.js';
import { askingParts, furtherAskingParts } from '../language/clauses.js';
import { askingCues, asksSomething, BHYT, closing, consistsOf, containsAny, FILLER, pleas, withoutPhrases } from '../language/phrases.js';
import { askedDocuments, DOCUMENT_KIND, documentNumbers } from './document-numbers.js';
import { checksClaim, lacksAmountAsked } from './asked-figures.js';
import { ANSWER_THRESHOLD, asksAbout, asksOfBody, asksOfOtherBodyThan, type Decision, DOCUMENT_DETAIL_WORDS, type Knowledge } from './answer-engine.js';
import type { FaqEntry, Scope } from './schema.js';
import type { Candidate, SearchOptions } from './search-index.js';
import { withoutDocumentTitles } from './document-title.js';
import { statedLocality } from './stated-locality.js';
import { APPLIES, OWN_TOPIC_WORDS, type Resolution, tellingMatchedBy, YEAR, yearAsked } from './resolution.js';
import { BY_DOCUMENT, namesAny, pointsOutside, refersToOwnPlace } from './follow-up-cues.js';
import { LISTS } from './list-entries.js';
import { LOCAL_MARGIN, notCovered, refersToPlace } from './place-answers.js';
import { ASKS_OF_DOCUMENT_ITSELF } from './document-follow-up.js';

// From the search's decision to a resolution: the part of a message to decide on, and which version of the entry found
// answers (the place's, the nation's, the year's), with the related questions and the note a national answer for a
// place needs.

const RELATED_MARGIN = 0.12;

// "những ai", "nhóm nào", "những đối tượng nào", "chỉ hỗ trợ hộ nghèo thôi à": who, as a list (not "gửi cho những ai",
// "nơi nhận … gồm những ai", a document's recipients, nor "vận động những ai đóng góp", its donors); and an answer
// that lists ("(1) …; (2) …", "3 nhóm").
const ASKS_WHO = /^(?!.*\bnoi nhan\b).*\b(?:(?<!\b(?:gui (?:cho |toi |den )?|van dong ))nhung ai|(?:nhung |cac )?(?:nhom|doi tuong) nao|gom nhung (?:ai|nhom|doi tuong)|chi (?:\p{L}+ ){1,12}thoi)\b/u;

// Numbers that name rather than count: a year, a document's number or date, a list item's mark.
const LABELS = /\b(?:19|20)\d\d\b|\d+[-/][A-ZĐ]|\d{1,2}\/\d{1,2}(?:\/\d{4})?|\(\d\)/gu;

export const LIST_MARGIN = 0.2;

const NATIONAL_MARGIN = 0.05;
const YEAR_MARGIN = 0.1;

// What is asked of a document named by its title says this much at least.
const TITLED_QUESTION_WORDS = 3;

// Below this, an answer to a whole long message gives way to one this much surer of a part of it.
const SURE_OF_WHOLE = 0.65;
const SURER_PART = 0.08;

// Which province or city, not where ("khám chỗ nào").
const ASKS_WHICH_PROVINCE = /\b(?:tinh|tinh thanh|dia phuong|thanh pho) nao\b/;

// "… thực hiện những văn bản nào", "căn cứ kế hoạch nào": what a document carries out, asked of the document itself.
const ASKS_WHAT_IT_CARRIES_OUT = /\b(?:thuc hien|trien khai|can cu)(?: [a-z]+){0,3} (?:van ban|ke hoach|huong dan|chi thi|nghi quyet) nao\b/;

/**
 * The decision on the whole message or, when that is no answer, on the widest part of it that asks and is
 * answered: a narrower part says less about what is asked.
 */
export function decideFocused(knowledge: Knowledge, text: NormalizedText, options: SearchOptions): Decision {
  // "… tỉnh sẽ xây bệnh viện y học cổ truyền. Xin hỏi bệnh viện đó quy mô bao nhiêu giường": the question about the
  // thing it points back at, named as the message named it.
  const antecedent = askingWithAntecedent(text.original);
  const pointedAt = antecedent === undefined ? undefined : knowledge.decide(knowledge.normalize(antecedent), options);
  if (pointedAt?.kind === 'answer' && pointedAt.best.score >= ANSWER_THRESHOLD) return pointedAt;
  const whole = knowledge.decide(text, options);
  // Less sure, but an answer where the whole has none: "… lập một cái sổ điện tử …. Cái sổ ấy tên gọi đầy đủ là gì?".
  if (pointedAt?.kind === 'answer' && whole.kind !== 'answer') return pointedAt;
  // What is asked of a document named by its formal title, answered more surely than the whole, is what is asked;
  // not its date, number or who issued it ("kế hoạch 69-KH/TU của BTV Tỉnh ủy Cao Bằng ngày bao nhiêu"), nor whether
  // a claim about it is right ("… của Bộ Chính trị đúng không"), which are asked of the document itself.
  const named = documentNumbers(text.folded.join(' '));
  const untitled = withoutDocumentTitles(text);
  const rest = untitled === undefined ? undefined : knowledge.normalize(untitled);
  // Not of a document the content does not have ("kế hoạch số 45-KH/TU của tỉnh ủy Điện Biên … quy định gì").
  const ofItsOwn =
    rest &&
    knowledge.index.tellingWords(rest).length >= TITLED_QUESTION_WORDS &&
    !ASKS_OF_DOCUMENT_ITSELF.test(rest.folded.join(' ')) &&
    !ASKS_WHAT_IT_CARRIES_OUT.test(text.folded.join(' ')) &&
    !knowledge.namesUnknownDocument(text);
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
    // Nor does "áp dụng" alone ("… có đúng không và bao giờ thì áp dụng ạ?"), which applies what was said before.
    return knowledge.index.tellingWords(withoutPhrases(normalized, [APPLIES])).length > 0;
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
    // "Sở Văn hóa, Thể thao và Du lịch …": a part after a comma in a body's name is still asked of that body.
    if (decision.kind !== 'answer' || asksOfOtherBodyThan(text, decision.best.entry)) continue;
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
    if (decision.kind !== 'answer' || asksOfOtherBodyThan(text, decision.best.entry)) continue;
    if (decision.best.score >= ANSWER_THRESHOLD || backs(decision, normalize(part))) return decision;
  }
  return whole;
}

export function fromDecision(turn: Turn, decision: Decision, named: Scope | undefined, remembered: Scope | undefined): Resolution {
  if (decision.kind === 'fallback') return { kind: 'none', decision };
  if (decision.kind === 'clarify') {
    // "… được hưởng mấy phần trăm", "hạn chót đóng … là ngày nào": a choice that gives no such amount or detail, and
    // does not say the documents give none, answers nothing; one choice left is the answer. Choices that all say the
    // documents do not answer leave nothing to choose.
    const gives = (c: Candidate) => !lacksAmountAsked(turn.text, c.entry.answer) && !turn.knowledge.missesFigureAsked(turn.text, c.entry);
    // "bệnh viện ở hải phòng bao nhiêu giường": another province's answers are no choice for it.
    const elsewhere = (c: Candidate) =>
      named !== undefined && ![named, 'national'].includes(c.entry.scope) && turn.knowledge.variantOf(c.entry, { scope: named }) === undefined;
    const options = decision.options.filter((c) => (c.entry.documentsSilent || gives(c)) && !elsewhere(c));
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
  const documentsAsked = documentNumbers(turn.text.folded.join(' '));
  const asksOwnDocument = (e: FaqEntry) => documentsAsked.some((n) => asksAbout(e, n));
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
  // gives, over a closer one about the group the person named; not over the answer about the body asked of ("báo chí
  // cao bằng chú trọng tuyên truyền cho đối tượng nào").
  if (ASKS_WHO.test(turn.text.folded.join(' ')) && !LISTS.test(entry.answer) && !asksOfBody(turn.text, entry)) {
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
  // "đến 2030 thủ đô đặt mục tiêu gì": a close answer of the same place that has that year, if the best has not, and
  // has what else the best was found by (not the free check-ups from 2026 for "năm 2026 đã được miễn viện phí chưa").
  if (year && !yearChecked && entry === decision.best.entry && !entry.documentsSilent && !index.hasAllWords(entry, [year])) {
    const scope = entry.scope;
    const closer = decision.candidates.find(
      (c) => c.entry.scope === scope && decision.best.score - c.score < YEAR_MARGIN && c.matched.includes(year) && !turn.knowledge.missesFigureAsked(turn.text, c.entry) && index.hasAllWords(c.entry, tellingMatched()),
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
  // Nor is it, asked in a conversation about the place, when no place has a version of that answer: a figure only the
  // nation sets ("khám sức khỏe miễn phí mỗi năm mấy lần" after Cao Bằng's target; not "Cao Bằng đặt mục tiêu tiêm
  // chủng bao nhiêu %").
  const placeNamed = () => index.splitLocalities(turn.text).localities.length > 0;
  const setByPlaces = () => entry.group !== undefined && index.entries.some((e) => e.group === entry.group && e.scope !== 'national');
  const figureOfPlace = turn.knowledge.asksAmount(turn.text) && !aboutDocument && (placeNamed() || setByPlaces());
  // "theo hướng dẫn của Cao Bằng thì chỉ thị 52 …", "hướng dẫn của cao bằng có nêu tên phong trào nào": asked by or of
  // the place's own document, which the answer cites.
  const namesDocument = namesAny(turn.text, BY_DOCUMENT) || DOCUMENT_KIND.test(turn.text.folded.join(' '));
  const byPlaceDocument = place !== undefined && namesDocument && turn.knowledge.sourcesOf(entry).some((s) => s.label.includes(place));
  // Nor "… nghị quyết 72 … ban hành ngày nào" from someone in Cao Bằng: asked of a national document itself (not of
  // "ctr 06", Hà Nội's own).
  const ofNationalDocument = documentsAsked.some((n) => asksAbout(entry, n) && turn.knowledge.placeOfDocument(n) === undefined);
  const general = place && !entry.answer.includes(place) && !byPlaceDocument && !ofNationalDocument ? { note: notCovered(place), ...(figureOfPlace ? { partial: true as const } : {}) } : {};
  return {
    kind: 'answer',
    entry,
    confidence: decision.best.score,
    related: related.filter((c) => !alongside.includes(c.entry)).slice(0, 2),
    ...(alongside.length > 0 ? { alongside } : {}),
    ...general,
  };
}
