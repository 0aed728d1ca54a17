import { foldDiacritics } from '../language/fold.js';
import { createNormalizer, type Normalize, type NormalizedText, remembering } from '../language/normalizer.js';
import { askingSentence, clausesOf, questionsAsked } from '../language/clauses.js';
import { asksSomething, asksYesOrNo, BHYT, PhraseIndex, withoutPhrases } from '../language/phrases.js';
import type { SourceRef } from '../message.js';
import { DocumentSubjects } from './document-subject.js';
import { MisnumberedDocuments } from './misnumbered-document.js';
import type { Content, HealthDay, Locality } from './content.js';
import type { FaqEntry, Scope } from './schema.js';
import { type Candidate, FaqSearchIndex, type SearchOptions } from './search-index.js';
import { asksWhy, givesReason } from './reason.js';
import { ANY_DOCUMENT_NUMBER, askedBy, askedDocuments, DOCUMENT_KIND, DOCUMENT_KINDS, DOCUMENT_NAME_WORDS, documentCode, documentNamer, documentNames, documentNumbers, documentsNamed, factsOf, foldedQuestion, subjectNumber, YEAR } from './document-numbers.js';
import { ASKED_DETAILS, askedFigures, ASKS_AMOUNT, asksPercentageOf, asksSigner, checksClaim, claimIn, countsClaimed, documentClaimed, documentNumberAsked, foldedOriginal, GIVES_DATE, GIVES_PERCENTAGE, GIVES_SIGNER, GIVES_WHEN, GIVES_YEAR, NAMES_RATE_SETTER, officialAsked, percentagesOf, YEARS_GIVEN } from './asked-figures.js';

// The knowledge of one content version: its entries, search index and places, and the decision for a question (which
// entry answers it, how surely, or that none does). The ranking rules reorder the search's candidates by what the
// question names or asks: a subject, a document, a body, a year, a figure.

/** Confidence at or above which the best candidate is answered; close rivals are offered as related questions. */
export const ANSWER_THRESHOLD = 0.55;
/**
 * Below the answer threshold but above this, a close race is turned into a question back, and a candidate with no
 * close rival is answered; below it, the bot falls back.
 */
export const CLARIFY_THRESHOLD = 0.48;
/** Candidates within this distance of the best are "close". */
const CLOSE_MARGIN = 0.04;
/** Below the clarify threshold but above this, a candidate at least CLEAR_LEAD ahead of every rival is answered. */
const CLEAR_LEAD_THRESHOLD = 0.4;
const CLEAR_LEAD = 0.08;
/** Below the clarify threshold but above this, a candidate alone in having the figure asked about is answered. */
const FIGURE_THRESHOLD = 0.36;
/** Lower still, a candidate alone in having the full date named ("12/02/2026 là ngày gì"): what happened on it. */
const DATE_THRESHOLD = 0.28;
const FULL_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
// A full date as an answer writes it ("12/02/2026"), read without leading zeros as the normaliser writes it.
const WRITTEN_DATE = /\b0?(\d{1,2})\/0?(\d{1,2})\/(\d{4})\b/g;

/** How far below the best a candidate that gives the figure (or signer) asked for may be, and still come first. */
const FIGURE_MARGIN = 0.15;
// A detail asked ("bao giờ", "ai chủ trì") is weaker evidence than a figure: only an answer about as close gives way.
const DETAIL_MARGIN = 0.03;
// How far behind the best a candidate about the document a question names first may be and still come first.
const SUBJECT_MARGIN = 0.1;
// How far behind a national answer with no version for the place named that place's own may be and still come first,
// when it has the rare word the national one matched: one that few answers have ("trí tuệ" of AI, not "trạm").
const PLACE_MARGIN = 0.1;
// Fewer words than this besides "bảo hiểm y tế" say too little of a subject to tell a place's answer off it.
const SUBJECT_WORDS = 3;
const RARE_WORD_WEIGHT = 3;
/** The words a question for a document's date, number or issuer is made of: nothing in them says which document. */
export const DOCUMENT_DETAIL_WORDS: ReadonlySet<string> = new Set(['ban', 'hanh', 'ky', 'ki', 'ngay', 'thang', 'nam', 'so', 'hieu', 'co', 'quan', 'van', 'chinh', 'thuc', 'nguoi']);
/** Telling words besides a document's name that say what is asked of it. */
const ASKED_OF_DOCUMENT_WORDS = 2;
// When something is, asked for: a year, or in words ("hằng năm").
const WHEN_FIGURES = [GIVES_YEAR, GIVES_WHEN];
// Telling words two answers must share to be on one subject.
const SUBJECT_SHARED_WORDS = 2;
// Fewer telling words than this (a date alone: "thế 1/7") name no subject of their own.
const BARE_SUBJECT_WORDS = 2;
// How far behind the best an answer for the same place that says all the best matched, and the figure, may be.
const COVERING_MARGIN = 0.2;
// How far behind the best a candidate that gives a reason may be and still come first for a question asking why.
const REASON_MARGIN = 0.05;
// How far before "toàn quốc", "cả nước" the words are read that make it no place asked about: a congress ("Đại hội
// đại biểu toàn quốc") or a ranking ("vào nhóm dẫn đầu cả nước", "cao nhất cả nước").
const BEFORE_NATION_WORDS = 4;
// How close to the best an answer naming a keyword phrase of the question may be, when the best names none.
const PHRASE_MARGIN = 0.05;
const PHRASE_WORDS = 3;
// The ranking words just before the nation.
const RANKED_IN = /\b(?:dan dau|dung dau|top dau|nhat)$/;
// "thực hiện văn bản nào của trung ương": the central bodies' document, no place asked about.
const DOCUMENT_OF = /\b(?:van ban|chi thi|nghi quyet|chu truong|chi dao)(?: nao)?$/;
// How far behind the best a candidate naming the year asked may be, when the best has it only as a period's end.
const YEAR_MARGIN = 0.05;
// "cho những ai", "đối tượng nào", "nhóm nào": who, asked of a group of people.
const ASKS_WHO = /\b(?:ai|doi tuong nao|nhom nao|nhung nguoi nao)\b/;
// Two candidates this close are tied: what the question tells decides, not the order the content was written in.
const TIE_MARGIN = 0.01;

// Bodies the plans give tasks to, folded (the normaliser writes "y tế" as "i te").
const MEMBER_ORGANISATIONS = ['doan thanh nien', 'hoi phu nu', 'hoi nong dan', 'hoi cuu chien binh', 'lien doan lao dong'];
// Not the "số" (digital) of "chuyển đổi số y tế", "hạ tầng số", "dữ liệu số khoa học".
const DEPARTMENTS = [
  '[iy] te', 'tai chinh', 'giao duc', 'noi vu', 'van hoa', 'nong nghiep', 'khoa hoc', 'cong thuong', 'tu phap', 'lao dong', 'xay dung', 'tai nguyen',
  'giao thong', 'ngoai vu', 'dan toc',
].map((field) => `(?<!(?:doi|tang|lieu) )so ${field}`);
const BODY_NAMES = [
  ...DEPARTMENTS, 'mat tran', '(?:uy ban nhan dan|ubnd)', '(?:hoi dong nhan dan|hdnd)', 'uy ban kiem tra', 'bao hiem xa hoi', 'cong an',
  'ban tuyen giao', ...MEMBER_ORGANISATIONS,
  // The press, by any of its kinds ("đài truyền hình").
  '(?:baochi|bao chi|phat thanh|truyen hinh)',
];
const BODIES = BODY_NAMES.map((body) => new RegExp(`\\b${body}\\b`));
// What a question about a body is about: "Mặt trận Tổ quốc và các đoàn thể …" is about the Women's Union too, and what
// "các sở, ban, ngành" must do is what each department must.
const groupOf = (body: string) => (MEMBER_ORGANISATIONS.includes(body) ? 'doan the|to chuc chinh tri' : DEPARTMENTS.includes(body) ? 'so,? ban,? nganh' : undefined);
const ABOUT_BODY = new Map(
  BODY_NAMES.map((body, i) => {
    const group = groupOf(body);
    return [BODIES[i]!, group ? new RegExp(`\\b(?:${body}|${group})\\b`) : BODIES[i]!];
  }),
);
// A body within a question's first words is what it asks about ("các cơ quan báo chí …" opens on one too).
const BODY_OPENS = 4;
// What a body is asked to do: its tasks, role or part; or a short question naming it and its place.
const ASKS_TASK = /\b(?:lam gi|lam nhung gi|nhiem vu|trach nhiem|vai tro|duoc giao|giao gi|phai lam|tham gia|phoi hop|chu tri|thi sao)\b/;
const SHORT_TASK_QUESTION = 6;
// "mục tiêu", "chỉ tiêu", "phấn đấu": a target asked for.
const TARGET_ASKED = /\b(?:muc tieu|chi tieu|phan dau)\b/;
// How many answers a decision weighs, and how many are searched for a question opening on a body.
const SEARCH_LIMIT = 5;
const BODY_SEARCH_LIMIT = 10;

// The figures of a document itself, or of when a thing is: what an answer about other documents may give by chance.
const DOCUMENT_FIGURES = new Set<RegExp>([GIVES_YEAR, GIVES_WHEN, GIVES_DATE, ANY_DOCUMENT_NUMBER, ...DOCUMENT_KINDS.flatMap((k) => (k.titled ? [k.number, k.titled] : [k.number]))]);

/** Every word the content writes, folded: what a word typed run together may be made of. */
function contentVocabulary(content: Content, active: readonly FaqEntry[]): Set<string> {
  const texts = [
    ...active.flatMap((e) => [e.question, ...e.paraphrases, ...e.keywords, e.answer]),
    ...content.localities.flatMap((l) => [l.name, ...l.aliases]),
    ...content.healthDays.flatMap((d) => [d.name, ...d.aliases, ...d.about]),
  ];
  return new Set(texts.flatMap((text) => foldDiacritics(text).match(/[a-z]+/g) ?? []));
}

/**
 * "kế hoạch 40 của Cao Bằng là thực hiện chỉ thị 52 đúng không": the document named first is what is asked about; a
 * close candidate whose question or keywords name it comes before one about the document named after it. "cái chỉ thị
 * … có mấy nhóm việc": a document of one kind named without a number, a close candidate whose question asks about
 * that kind of document comes before one about another kind (Lai Châu's plan). A body opening the question comes
 * before either.
 */
function subjectFirst(text: NormalizedText, candidates: Candidate[], telling: ReadonlySet<string>): Candidate[] {
  const best = candidates[0];
  if (!best) return candidates;
  const named = documentNumbers(text.folded.join(' '));
  const ofName = (w: string) => DOCUMENT_NAME_WORDS.has(w) || /^\d+$/.test(w);
  const byNameOnly = (c: Candidate) => c.matched.every(ofName);
  const askedOf = (c: Candidate) => c.matched.filter((w) => telling.has(w) && !ofName(w));
  // "Bệnh viện ở Hà Nội sẽ phát triển thế nào theo Chương trình 06?": a best found by the document's name alone gives
  // way to a close answer with what is asked of it (of two documents named, the words between may relate them). Not
  // to one with its date or issuer only, which are asked of the document named ("Hướng dẫn số 33 ban hành ngày nào").
  const asksOfIt = (c: Candidate) => {
    const asked = askedOf(c);
    return asked.length >= ASKED_OF_DOCUMENT_WORDS && !asked.every((w) => DOCUMENT_DETAIL_WORDS.has(w));
  };
  const askedOfDocument =
    byNameOnly(best) && named.length <= 1 && candidates.find((c) => best.score - c.score < SUBJECT_MARGIN && c.score >= ANSWER_THRESHOLD && asksOfIt(c));
  if (askedOfDocument) return [askedOfDocument, ...candidates.filter((c) => c !== askedOfDocument)];
  const body = bodyNamer(text);
  // "Mặt trận Tổ quốc Cao Bằng … để thực hiện nq72": of the body's answers, the one about the document named.
  const bodyOfBest = body?.(best) === true;
  const ofBody = bodyOfBest ? candidates.filter(body!) : candidates;
  const names = bodyOfBest ? documentNamer(text) : (body ?? documentNamer(text));
  if (!names || names(best) || fromPartNamed(text, best.entry)) return candidates;
  // Sure enough to answer: a document named in passing does not turn an answer into a fallback. Nor does a candidate
  // found by the document's name alone come before one about that document found by what is asked of it too ("nhóm
  // nào trong chương trình 06 nói về trẻ em": not what the programme is).
  const [first] = named;
  const bestAboutIt = !byNameOnly(best) && first !== undefined && documentsNamed(best.entry).includes(first);
  // Nor one found by the name and the words every answer has, when the best has what else is asked ("chỉ thị 52 nói
  // bhyt là gì trong an sinh xã hội": not what the directive is).
  const byNameAlone = (c: Candidate) => {
    const asked = askedOf(c);
    return asked.length > 0 && asked.every((w) => BHYT.includes(w)) && askedOf(best).some((w) => !BHYT.includes(w) && !c.matched.includes(w));
  };
  const subject = ofBody.find(
    (c) => best.score - c.score < SUBJECT_MARGIN && c.score >= ANSWER_THRESHOLD && names(c) && !(bestAboutIt && byNameOnly(c)) && !byNameAlone(c),
  );
  return subject ? [subject, ...candidates.filter((c) => c !== subject)] : candidates;
}

/**
 * "nơi nhận của hướng dẫn tuyên truyền chỉ thị 52 cao bằng": an answer from the part of a document the text names is
 * about that document, whichever other it names.
 */
function fromPartNamed(text: NormalizedText, entry: FaqEntry): boolean {
  const folded = text.folded.join(' ');
  return entry.sources.every(({ section }) => section !== undefined && folded.includes(foldDiacritics(section).toLowerCase()));
}

/**
 * "kế hoạch nào đặt mục tiêu trên 95,5% năm 2026": a percentage named, not checked, says which answer is meant; the one
 * close candidate that has it comes before a best that does not.
 */
function percentageFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const [best] = candidates;
  // Most messages name none: looked for before anything else.
  if (!best || percentagesOf(text.original).length === 0 || checksClaim(text) || asksPercentageOf(text, best)) return candidates;
  const naming = candidates.filter((c) => best.score - c.score < FIGURE_MARGIN && asksPercentageOf(text, c));
  return naming.length === 1 ? [naming[0]!, ...candidates.filter((c) => c !== naming[0])] : candidates;
}

/** The kind of the first document a folded text names ("chuong trinh" of "chương trình hành động 10"). */
export function kindOf(folded: string): string | undefined {
  return DOCUMENT_KIND.exec(folded)?.[0].split(' ').slice(0, 2).join(' ');
}

/**
 * "chỉ thị 52 có mấy quan điểm chỉ đạo": an answer to a question about another central document ("Nghị quyết 72-NQ/TW
 * có những quan điểm chỉ đạo nào?") that never names the one asked about does not answer it. A province's answers
 * carry out central documents without always naming them.
 */
function ofDocumentsNamed(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const named = documentNumbers(text.folded.join(' '));
  if (named.length === 0) return candidates;
  return candidates.filter(({ entry }) => {
    const { questionDocuments: own, documents } = factsOf(entry);
    return own.length === 0 || entry.scope !== 'national' || named.some((n) => own.includes(n) || documents.includes(n));
  });
}

/**
 * "lai chau 2030 bhyt ntn": a year asked is a year something is due by; an answer whose question has it only as the end
 * of a period ("giai đoạn 2026 - 2030") gives way to a close one that names the year itself.
 */
function yearFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const best = candidates[0];
  const year = text.folded.find((w) => YEAR.test(w));
  if (!best) return candidates;
  if (!year) return milestonesFirst(text, candidates);
  const periods = new RegExp(`\\d{4}\\s*[-–]\\s*${year}|${year}\\s*[-–]\\s*\\d{4}`, 'g');
  const inPeriod = (c: Candidate) => askedBy(c.entry).search(periods) >= 0;
  const onlyInPeriod = inPeriod(best) && !askedBy(best.entry).replace(periods, ' ').includes(year);
  const named = onlyInPeriod && candidates.find((c) => best.score - c.score < YEAR_MARGIN && c.matched.includes(year) && !inPeriod(c));
  // "hn đặt mục tiêu gì cho năm 2035 về y tế": a close answer asked of that year, over one found by other words (not
  // when a year is claimed, which the answer found may correct, nor when two are named).
  const oneYear = text.folded.every((w) => !YEAR.test(w) || w === year);
  const ofYear =
    !named && oneYear && !best.matched.includes(year) && !checksClaim(text) && candidates.find((c) => best.score - c.score < YEAR_MARGIN && c.matched.includes(year));
  // "số năm sống khỏe năm 2045 so với năm 2030": two years named, a close answer that gives both.
  const years = oneYear ? [] : [...new Set(text.folded.filter((w) => YEAR.test(w)))];
  const givesAll = (c: Candidate) => years.every((y) => c.entry.answer.includes(y));
  const ofYears = years.length > 1 && !givesAll(best) && candidates.find((c) => best.score - c.score < YEAR_MARGIN && givesAll(c));
  const first = named || ofYear || ofYears;
  return first ? [first, ...candidates.filter((c) => c !== first)] : candidates;
}

// "đến những năm nào", "các mốc thời gian", "mục tiêu đến năm nào, tầm nhìn đến năm nào": the years, several of them.
const ASKS_YEARS = /\b(?:nhung (?:nam|moc) nao|cac moc|moc (?:nao|thoi gian)|nam nao\b.*\bnam nao)\b/;
// An answer giving the years of a plan gives at least three ("2026 - 2027", "2030", "2045").
const MILESTONE_YEARS = 3;

/** A question asking for several years wants a close answer that gives them, if the best does not. */
function milestonesFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const best = candidates[0]!;
  if (!ASKS_YEARS.test(text.folded.join(' '))) return candidates;
  const givesYears = (c: Candidate) => new Set(c.entry.answer.match(YEARS_GIVEN)).size >= MILESTONE_YEARS;
  const years = !givesYears(best) && candidates.find((c) => best.score - c.score < FIGURE_MARGIN && givesYears(c));
  return years ? [years, ...candidates.filter((c) => c !== years)] : candidates;
}

/**
 * "Sở Y tế Cao Bằng phải làm gì để triển khai Chỉ thị 52": the body that opens a question is what it asks about, more
 * than the document it carries out; true of a candidate whose question names that body.
 */
function bodyNamer(text: NormalizedText): ((c: Candidate) => boolean) | undefined {
  return openingBody(text) && ((c) => asksOfBody(text, c.entry));
}

const openingBodies = new WeakMap<NormalizedText, RegExp | null>();

/**
 * What a question about the body named within the text's first words names (looked for once per text: every decision
 * on it asks).
 */
function openingBody(text: NormalizedText): RegExp | undefined {
  let body = openingBodies.get(text);
  if (body === undefined) {
    // A body's name is at most four words long.
    const head = text.folded.slice(0, BODY_OPENS + 4).join(' ');
    const opening = text.folded.slice(0, BODY_OPENS).join(' ');
    const named = BODIES.find((b) => (b.exec(head)?.index ?? Infinity) <= opening.length);
    openingBodies.set(text, (body = named ? ABOUT_BODY.get(named)! : null));
  }
  return body ?? undefined;
}

/** True when the text opens on a body ("hđnd lai châu làm gì cho bhyt") and the entry's question is about it. */
export function asksOfBody(text: NormalizedText, entry: FaqEntry): boolean {
  return openingBody(text)?.test(foldedQuestion(entry)) ?? false;
}

/** True when the text opens on a body and the entry's question is about another ("sở văn hóa …" and Sở Y tế's tasks). */
export function asksOfOtherBodyThan(text: NormalizedText, entry: FaqEntry): boolean {
  const body = openingBody(text);
  return body !== undefined && aboutOtherBody(body, foldedQuestion(entry));
}

function aboutOtherBody(body: RegExp, question: string): boolean {
  return !body.test(question) && BODIES.some((other) => other.test(question));
}

export type Decision =
  | { kind: 'answer'; best: Candidate; candidates: Candidate[] }
  | { kind: 'clarify'; options: Candidate[]; candidates: Candidate[] }
  /** `outOfScope`: the message names what the documents never cover (another country, weather, another document). */
  | { kind: 'fallback'; candidates: Candidate[]; outOfScope?: true };

/**
 * One published version of the content with everything derived from it: the normaliser,
 * the search index, the lookup tables. Built once per version and swapped whole.
 */
export class Knowledge {
  readonly normalize: Normalize;
  readonly index: FaqSearchIndex;
  private readonly byId: Map<string, FaqEntry>;
  private readonly citations: Map<string, string>;
  private readonly foreignPlaces: PhraseIndex<string>;
  private readonly offTopics: PhraseIndex<string>;
  private readonly otherProvinces: PhraseIndex<string>;
  private readonly nationwide: PhraseIndex<string>;
  /** placeOfDocument's answers, by document number: asked for most messages that name one. */
  private readonly documentPlaces = new Map<string, Scope | undefined>();
  /** The numbers of the documents the content answers questions about, and of the documents they cite. */
  private readonly documentNumbers: Set<string>;
  private readonly foldedAnswers = new Map<string, string>();
  private readonly answerWordsOf = new WeakMap<FaqEntry, ReadonlySet<string>>();
  private readonly writtenWordsOf = new WeakMap<FaqEntry, ReadonlySet<string>>();
  private contentWritten: ReadonlySet<string> | undefined;
  /** The central documents by what they are about: "chỉ thị 25 về BHYT toàn dân …" is 52. */
  readonly documentSubjects: DocumentSubjects;
  readonly misnumbered: MisnumberedDocuments;
  private readonly keywordPhrasesOf = new WeakMap<FaqEntry, string[]>();

  constructor(readonly content: Content, readonly version = 1) {
    const active = content.entries.filter((e) => e.status === 'active');
    const normalize = createNormalizer(content.lexicon, contentVocabulary(content, active));
    // The index normalises every text of the content once: nothing to remember there.
    this.index = new FaqSearchIndex(active, normalize, content.localities, content.lexicon);
    this.normalize = remembering(normalize);
    this.byId = new Map(active.map((e) => [e.id, e]));
    const places = (names: readonly string[] = []) => new PhraseIndex(names.map((name) => ({ phrase: this.normalize(name), value: name })));
    this.foreignPlaces = places(content.lexicon.foreignPlaces);
    this.offTopics = places(content.lexicon.offTopics);
    this.otherProvinces = places(content.lexicon.otherProvinces);
    this.nationwide = places(content.lexicon.nationwide);
    // Not from answers: an answer may name a document in passing ("liên thông với Nghị quyết 71-NQ/TW") without
    // saying anything about it.
    const texts = [...content.documents.map((d) => `${d.title} ${d.number}`), ...active.flatMap((e) => [e.question, ...e.paraphrases, ...e.keywords])];
    // Read from the folded text, not normalised again: the index has just normalised every text once.
    this.documentNumbers = new Set(texts.flatMap((t) => documentNumbers(foldDiacritics(t))));
    this.citations = new Map(content.documents.map((d) => [d.id, `${d.number} (${[d.issuer, d.date].filter(Boolean).join(', ')})`]));
    this.documentSubjects = new DocumentSubjects(content.documents, this.normalize);
    this.misnumbered = new MisnumberedDocuments(texts, this.normalize);
  }

  entry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  locality(id: Scope | undefined): Locality | undefined {
    return this.content.localities.find((l) => l.id === id);
  }

  /**
   * True when the entry's answer opens on the place: "Kế hoạch của Hải Phòng nêu …", "Hướng dẫn … của Cao Bằng định
   * hướng 12 thông điệp" is that place's answer, whatever its scope.
   */
  opensOn(entry: FaqEntry, scope: Scope): boolean {
    const name = this.locality(scope)?.name;
    return name !== undefined && entry.answer.split(/(?<=\.)\s/)[0]!.includes(name);
  }

  healthDays(): readonly HealthDay[] {
    return this.content.healthDays;
  }

  sourcesOf(item: Pick<FaqEntry, 'sources'>): SourceRef[] {
    return item.sources.map((s) => ({
      doc: s.doc,
      section: s.section,
      label: `${this.citations.get(s.doc) ?? s.doc}${s.section ? `, ${s.section}` : ''}`,
    }));
  }

  /**
   * Searches and decides three ways: answer, ask which one, or fall back. A message that checks a claim ("có phải
   * bao phủ toàn dân vào năm 2035 không") whose figure no answer confirms is answered by what gives the right one.
   */
  decide(text: NormalizedText, options: SearchOptions = {}): Decision {
    // "chỉ thị 52 nói về khám sức khỏe định kỳ phải ko": what the document is answers what it is claimed to be about.
    const claimed = documentClaimed(text);
    if (claimed) {
      const about = this.decideAsked(this.normalize(claimed), options);
      if (about.kind === 'answer') return about;
    }
    const decision = this.decideAsked(text, options);
    const top = decision.candidates[0]?.entry;
    // "có phải năm 2026 Hải Phòng đạt 97% không": the year is confirmed, so only the percentage is in question.
    // "hải phòng mục tiêu 95% phải ko": the nation's 95% confirms nothing of a place that has its own version.
    const otherPlaces = top !== undefined && options.locality !== undefined && top.scope !== options.locality && this.variantOf(top, { scope: options.locality }) !== undefined;
    const claim = claimIn(text, (value) => top !== undefined && !otherPlaces && this.gives(top, value));
    if (!claim || (decision.kind === 'answer' && claim.values.length === 0)) return decision;
    // Not confirmed: what gives a figure of the kind claimed corrects it.
    const corrected = this.decideAsked(claim.unclaimed, options, claim.kinds[0]);
    const correcting = corrected.kind === 'answer' && claim.kinds.some((kind) => this.gives(corrected.best.entry, kind));
    return correcting ? corrected : decision;
  }

  /** The decision on the words of a question; `claimed`: the kind of figure it claims, asked for instead. */
  private decideAsked(text: NormalizedText, options: SearchOptions, claimed?: RegExp): Decision {
    // "Nhật Bản có bảo hiểm y tế toàn dân không?": shares every word with the FAQ, but the documents are Viet Nam's.
    // "bảo hiểm nhân thọ có bắt buộc không": another kind of insurance, and nothing of this one.
    if (this.namesOutOfScope(text)) {
      return { kind: 'fallback', candidates: [], outOfScope: true };
    }
    const [figure = claimed] = askedFigures(text, () => this.index.tellingWords(text));
    // What a body must do in a place ("công an hải phòng làm gì", "còn báo chí lai châu"), not a figure asked of it
    // ("sdt bhxh lai châu", "ban tuyên giáo đưa ra bao nhiêu thông điệp").
    const opensOnBody = openingBody(text) !== undefined;
    const asksTask = opensOnBody && figure === undefined && (ASKS_TASK.test(text.folded.join(' ')) || text.folded.length <= SHORT_TASK_QUESTION);
    // Of a body, more are searched: those about other bodies, or never naming it, may fill the first places.
    const limit = opensOnBody ? BODY_SEARCH_LIMIT : SEARCH_LIMIT;
    const searched = this.ofBodyNamed(text, ofDocumentsNamed(text, this.index.search(text, { ...options, limit })), asksTask ? options.locality : undefined).slice(0, SEARCH_LIMIT);
    // "cơ quan báo chí tỉnh cao bằng phải làm gì để tuyên truyền chỉ thị 52": the body's tasks (in the place named),
    // which its answers give without naming the document they carry out; found without its name when none found with
    // it is about the body.
    const names = asksTask && !claimed ? documentNames(text.folded.join(' ')) : [];
    if (names.length > 0 && !searched.some((c) => asksOfBody(text, c.entry))) {
      const ofBody = this.decideAsked(withoutPhrases(text, names), options);
      const { entry } = ofBody.kind === 'answer' ? ofBody.best : {};
      if (entry && asksOfBody(text, entry) && [undefined, entry.scope].includes(options.locality)) return ofBody;
    }
    const telling = new Set(this.index.tellingWords(text));
    const found = this.reasonFirst(text, this.kindFirst(text, subjectFirst(text, this.rarerFirst(text, searched), telling), telling));
    // "ưu tiên ai trước, bao giờ phải xong": with no figure asked, a detail asked (a year, a body) puts first an answer
    // about as close that gives it.
    const [given, margin] = figure ? [figure, FIGURE_MARGIN] : [this.detailsAsked(text)[0], DETAIL_MARGIN];
    const ranked = this.silentFirst(text, this.placeFirst(telling, this.figureFirst(text, given, percentageFirst(text, yearFirst(text, found)), margin, options.locality), options.locality, figure));
    // Of a body, what it must do is found by its name, not by the phrases around it.
    const candidates = opensOnBody ? ranked : this.phraseFirst(text, ranked, options.locality ?? options.rememberedLocality);
    const best = candidates[0];
    if (!best) return { kind: 'fallback', candidates };
    // Variants of one question for other places or years are not rivals: the scope already chose. Nor, when the
    // question names a document the best is about, are answers about another ("quán triệt chỉ thị 52 … bằng hình thức
    // nào": not the forms for Nghị quyết 72).
    const named = documentNumbers(text.folded.join(' '));
    const aboutAnother = (c: Candidate) => documentsNamed(c.entry).length > 0 && named.some((n) => documentsNamed(best.entry).includes(n) && !documentsNamed(c.entry).includes(n));
    const others = candidates.filter((c) => c !== best && !(c.entry.group && c.entry.group === best.entry.group) && !aboutAnother(c));
    // Nor, when the best gives the figure asked for, are answers that do not.
    const figureGiven = figure !== undefined && this.gives(best.entry, figure);
    const rivals = (margin: number) => others.filter((c) => best.score - c.score < margin && (!figureGiven || this.gives(c.entry, figure)));
    if (best.score < CLARIFY_THRESHOLD) {
      // Unsure, but far ahead of the rest, or alone in having the percentage named or giving the figure asked for:
      // the answer (the faq intent shows staff the less sure ones).
      const alone = (has: (c: Candidate) => boolean) => has(best) && !others.some(has);
      const unrivalled =
        (best.score >= CLEAR_LEAD_THRESHOLD && rivals(CLEAR_LEAD).length === 0) ||
        (best.score >= FIGURE_THRESHOLD &&
          (alone((c) => asksPercentageOf(text, c)) ||
            (figure !== undefined && this.gives(best.entry, figure) && !others.some((c) => this.givesOtherFigure(c.entry, best.entry, figure)))));
      const dated = best.score >= DATE_THRESHOLD && alone((c) => this.givesDatesNamed(text, c.entry));
      return unrivalled || dated ? { kind: 'answer', best, candidates } : { kind: 'fallback', candidates };
    }
    // Nor, when the question names a place and the best is that place's own, are national answers to something else.
    const ownPlace = options.locality !== undefined && best.entry.scope === options.locality;
    const close = rivals(CLOSE_MARGIN).filter((c) => !(ownPlace && c.entry.scope === 'national'));
    // Sure, or less sure with no close rival: the answer.
    if (best.score >= ANSWER_THRESHOLD || close.length === 0) return { kind: 'answer', best, candidates };
    return { kind: 'clarify', options: [best, ...close].slice(0, 3), candidates };
  }

  /**
   * True when the text opens on a body the entry's question is not about ("công an tỉnh" after Sở Nông nghiệp's tasks,
   * "còn hđnd tỉnh thì sao" after what the Party committees must do).
   */
  asksOfOtherBody(text: NormalizedText, entry: FaqEntry): boolean {
    const body = openingBody(text);
    if (body === undefined) return false;
    const question = foldedQuestion(entry);
    // Not "gửi ban tuyên giáo trung ương để làm gì" after the recipients that name it.
    return aboutOtherBody(body, question) || (!body.test(question) && !this.gives(entry, body));
  }

  /**
   * "Sở Y tế … có trách nhiệm gì": not what another body must do ("Công an tỉnh … có nhiệm vụ, trách nhiệm gì"). What a
   * body must do in a place: only answers about the body, or that place's answers that name it ("còn công an hải
   * phòng": Hải Phòng's plan gives the police nothing to do); never another place's.
   */
  private ofBodyNamed(text: NormalizedText, candidates: Candidate[], place: Scope | undefined): Candidate[] {
    const body = openingBody(text);
    if (!body) return candidates;
    return candidates.filter(({ entry }) => {
      if (place && entry.scope !== place && entry.scope !== 'national') return false;
      const question = foldedQuestion(entry);
      if (body.test(question)) return true;
      if (aboutOtherBody(body, question)) return false;
      return !place || (entry.scope === place && this.gives(entry, body));
    });
  }

  /**
   * "Chương trình hành động 10-CTr/TU của Lai Châu ban hành khi nào": of two answers tied on a province's own document,
   * the one whose question is about that kind of document first, not a plan carrying the programme out (a central
   * document is carried out by every province's plan, whose answers name it after their own).
   */
  private kindFirst(text: NormalizedText, candidates: Candidate[], telling: ReadonlySet<string>): Candidate[] {
    const [best] = candidates;
    const folded = text.folded.join(' ');
    const [number] = documentNumbers(folded);
    const kind = kindOf(folded);
    if (!best || number === undefined || kind === undefined || kindOf(foldedQuestion(best.entry)) === kind || !this.placeOfDocument(number)) return candidates;
    // Losing nothing asked but what is asked of any document ("ban hành"): not "bệnh viện … theo chương trình 06".
    const losesNothing = (c: Candidate) => best.matched.every((w) => c.matched.includes(w) || DOCUMENT_DETAIL_WORDS.has(w) || !telling.has(w));
    const ofKind = candidates.find(
      (c) => Math.abs(best.score - c.score) < TIE_MARGIN && kindOf(foldedQuestion(c.entry)) === kind && askedDocuments(c.entry).includes(number) && losesNothing(c),
    );
    return ofKind ? [ofKind, ...candidates.filter((c) => c !== ofKind)] : candidates;
  }

  /**
   * "lai chau kham bhyt o tram y te xa muc tieu bao nhieu phan tram": Lai Châu's coverage target and its share of visits
   * at commune stations tie; the one whose own matches of the question's telling words tell more is what is asked about.
   */
  private rarerFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
    const [best, next] = candidates;
    if (!best || !next || best.score - next.score >= TIE_MARGIN) return candidates;
    const telling = new Set(this.index.tellingWords(text));
    // A document both are about ("nghị quyết 72 nói y tế dự phòng …") tells neither apart, whichever names it.
    const named = documentNumbers(text.folded.join(' '));
    const bothAbout = named.length > 0 && [best, next].every((c) => named.every((n) => documentsNamed(c.entry).includes(n)));
    const ofName = (w: string) => bothAbout && (DOCUMENT_NAME_WORDS.has(w) || named.includes(w));
    const onlyBy = (a: Candidate, b: Candidate) => a.matched.filter((w) => telling.has(w) && !b.matched.includes(w) && !ofName(w));
    const [nextTells, bestTells] = [this.index.weight(onlyBy(next, best)), this.index.weight(onlyBy(best, next))];
    const swapped = [next, best, ...candidates.slice(2)];
    if (nextTells !== bestTells) return nextTells > bestTells ? swapped : candidates;
    // Told apart by nothing of the subject: the one that asks who, when that is asked ("HĐND Lai Châu hỗ trợ ai": the
    // groups supported, not whether the near-poor are).
    return ASKS_WHO.test(text.folded.join(' ')) && ASKS_WHO.test(foldedQuestion(next.entry)) && !ASKS_WHO.test(foldedQuestion(best.entry)) ? swapped : candidates;
  }

  /**
   * "năm nào lai châu bao phủ trên 95%": the place named has a close answer of its own, which comes before a national
   * answer to something else (vaccination above 95%) that has no version for that place.
   */
  private placeFirst(telling: ReadonlySet<string>, candidates: Candidate[], locality: Scope | undefined, figure: RegExp | undefined): Candidate[] {
    const best = candidates[0];
    if (!best || !locality || best.entry.scope !== 'national' || this.variantOf(best.entry, { scope: locality }) || this.opensOn(best.entry, locality)) {
      return candidates;
    }
    const givesAsked = (c: Candidate) => figure === undefined || this.gives(c.entry, figure) || !this.gives(best.entry, figure);
    // "lai chau dung AI trong bhyt de lam gi": further behind, one that has the rare word the national one matched.
    const rarest = this.index.rarest(best.matched.filter((w) => telling.has(w)));
    const rare = rarest !== undefined && this.index.weight([rarest]) >= RARE_WORD_WEIGHT;
    // Close, on the same subject when the national one was found by a few words besides "bảo hiểm y tế": with two
    // thirds of them (not Cao Bằng's coverage target for "tỷ lệ khám bhyt ở trạm y tế xã mục tiêu là bao nhiêu").
    const subject = best.matched.filter((w) => telling.has(w) && !BHYT.includes(w));
    const onSubject = (c: Candidate) => subject.length < SUBJECT_WORDS || 3 * subject.filter((w) => c.matched.includes(w)).length >= 2 * subject.length;
    const near = (c: Candidate) =>
      (best.score - c.score < CLOSE_MARGIN && onSubject(c)) || (rare && best.score - c.score < PLACE_MARGIN && c.matched.includes(rarest));
    const local = candidates.find((c) => c.entry.scope === locality && near(c) && givesAsked(c));
    return local ? [local, ...candidates.filter((c) => c !== local)] : candidates;
  }

  /**
   * "năm 2026 mức đóng bhyt là bao nhiêu": a close answer saying the documents do not give what one of its keyword
   * phrases names ("mức đóng") comes before one about the rest of the words (the 2026 coverage target) that lacks it.
   */
  private silentFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
    const best = candidates[0];
    if (!best) return candidates;
    const folded = spaced(text);
    const names = (entry: FaqEntry) => this.keywordPhrasesNamed(folded, entry);
    if (best.entry.documentsSilent) {
      // "đi khám không mất tiền thì 1 năm được mấy lần": figures asked, which the silent answer gives too, so they are
      // not what that one is silent about (where to go, what to bring), and a close answer gives: that answer. Not a
      // date or a document's number: an answer naming other documents' dates does not give the one left blank.
      const [, next] = candidates;
      const close = next !== undefined && !next.entry.documentsSilent && best.score - next.score < FIGURE_MARGIN;
      const figures = close ? this.figuresAsked(text) : [];
      const givenByBoth = (figure: RegExp) => !DOCUMENT_FIGURES.has(figure) && this.gives(best.entry, figure) && this.gives(next!.entry, figure);
      // Nor, asking yes or no, need "người yếu thế có được hỗ trợ đóng không" be told what the documents leave out of
      // the support (its rate), when it names nothing the silent answer is about.
      const yesOrNo = () => !checksClaim(text) && asksYesOrNo(text);
      // Nor a bare subject of a few words asking nothing ("kham free"), all of which the close answer has.
      const bareSubject = () => {
        const telling = this.index.tellingWords(text);
        return telling.length >= BARE_SUBJECT_WORDS && !asksSomething(text) && telling.every((w) => next!.matched.includes(w));
      };
      const answered = close && (figures.length > 0 ? figures.every(givenByBoth) : names(best.entry).length === 0 && (yesOrNo() || bareSubject()));
      return answered ? [next!, best, ...candidates.slice(2)] : candidates;
    }
    // A phrase with a word the best did not match: "đóng" of "mức đóng", which the target's "mức" is not.
    const unmatched = (phrase: string) => phrase.split(' ').some((w) => !best.matched.includes(w));
    const silent = candidates.find((c) => c.entry.documentsSilent && best.score - c.score < FIGURE_MARGIN && names(c.entry).some(unmatched));
    return silent && names(best.entry).length === 0 ? [silent, ...candidates.filter((c) => c !== silent)] : candidates;
  }

  /**
   * "năm 2026 được miễn viện phí hoàn toàn đúng ko": a near tie with an answer one of whose keyword phrases the question
   * names ("miễn viện phí", a word of which the best did not match), when the best's name none: that answer first. Not
   * another place's, when the best is of the place asked about or the conversation's.
   */
  private phraseFirst(text: NormalizedText, candidates: Candidate[], place: Scope | undefined): Candidate[] {
    const [best, next] = candidates;
    if (!best || !next || best.score - next.score >= PHRASE_MARGIN || (best.entry.scope === place && next.entry.scope !== place)) return candidates;
    // A phrase of three words or more (not a place's name), with a word the best did not match.
    const unmatched = (phrase: string) => phrase.split(' ').length >= PHRASE_WORDS && phrase.split(' ').some((w) => !best.matched.includes(w));
    // And that matched every telling word the best did, but for a year ("năm 2026", which a claim may have wrong).
    const telling = this.index.tellingWords(text);
    const covers = best.matched.every((w) => !telling.includes(w) || YEAR.test(w) || w === 'nam' || next.matched.includes(w));
    const folded = spaced(text);
    const first = covers && this.keywordPhrasesNamed(folded, best.entry).length === 0 && this.keywordPhrasesNamed(folded, next.entry).some(unmatched);
    return first ? [next, best, ...candidates.slice(2)] : candidates;
  }

  /** The entry's keywords of more than one word that a text (its folded words, `spaced`) names. */
  private keywordPhrasesNamed(folded: string, entry: FaqEntry): string[] {
    return this.keywordPhrases(entry).filter((phrase) => folded.includes(` ${phrase} `));
  }

  /** An entry's keywords of more than one word, normalised and folded (worked out once per entry). */
  private keywordPhrases(entry: FaqEntry): string[] {
    let phrases = this.keywordPhrasesOf.get(entry);
    if (!phrases) {
      phrases = entry.keywords.map((k) => this.normalize(k).folded).filter((words) => words.length > 1).map((words) => words.join(' '));
      this.keywordPhrasesOf.set(entry, phrases);
    }
    return phrases;
  }

  /** "tại sao phải tham gia bhyt": a question asking why wants the close answer that gives a reason. */
  private reasonFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
    const best = candidates[0];
    if (!best || givesReason(best.entry) || !asksWhy(this.normalize, text)) return candidates;
    const reason = candidates.find((c) => best.score - c.score < REASON_MARGIN && givesReason(c.entry));
    return reason ? [reason, ...candidates.filter((c) => c !== reason)] : candidates;
  }

  /**
   * "Hà Nội chia mấy nhóm nhiệm vụ để chăm sóc sức khỏe cho dân", "bao nhiêu phần trăm trẻ em được tiêm chủng": a
   * question for a figure wants the answer that gives one ("09 nhóm", "95%"), if a close candidate does, rather
   * than one about the rest of its words.
   */
  private figureFirst(text: NormalizedText, figure: RegExp | undefined, candidates: Candidate[], margin: number, locality?: Scope): Candidate[] {
    const best = candidates[0];
    // An entry saying the documents give no such figure answers the question as well as any; not one asking who signed
    // or a target, which such entries never speak of ("người ký kế hoạch … lai châu": not that its number and date are
    // blank; "khám bhyt ở trạm y tế xã mục tiêu bao nhiêu %": not that the share paid is not given).
    const silent = best?.entry.documentsSilent === true && figure !== GIVES_SIGNER && !TARGET_ASKED.test(text.folded.join(' '));
    if (!best || !figure || silent || this.gives(best.entry, figure)) return candidates;
    const giving =
      candidates.find((c) => best.score - c.score < margin && this.gives(c.entry, figure)) ??
      this.covering(text, best, figure, candidates) ??
      this.signerOf(figure, best, text, locality);
    return giving ? [giving, ...candidates.filter((c) => c.entry !== giving.entry)] : candidates;
  }

  /**
   * "Chồng tôi … thu nhập thấp, nhà ở Lai Châu. Bao giờ thì … được miễn viện phí?": who goes first matched more of what
   * was told, but an answer for the same place whose text says every telling word it matched gives the year asked too.
   */
  private covering(text: NormalizedText, best: Candidate, figure: RegExp, candidates: Candidate[]): Candidate | undefined {
    const telling = new Set(this.index.tellingWords(text));
    const matched = best.matched.filter((w) => telling.has(w));
    const covers = candidates.find(
      (c) =>
        c.entry.scope === best.entry.scope &&
        best.score - c.score < COVERING_MARGIN &&
        this.gives(c.entry, figure) &&
        matched.every((w) => this.answerWords(c.entry).has(w)),
    );
    // It answers all the best did, and more: it is as sure an answer.
    return covers && { ...covers, score: best.score };
  }

  /** The folded words of an entry's answer (worked out once per entry). */
  private answerWords(entry: FaqEntry): ReadonlySet<string> {
    let words = this.answerWordsOf.get(entry);
    if (!words) this.answerWordsOf.set(entry, (words = new Set(this.normalize(entry.answer).folded)));
    return words;
  }

  /**
   * Whether the entry writes this word, typed with its diacritics, only as another that folds the same: "từ" of "khám
   * chữa bệnh từ xa" against the "tử" of "điện tử". Only a word the content writes somewhere: "hiễm", a tone mistyped, is
   * no other word.
   */
  writesOtherwise(entry: FaqEntry, typed: string): boolean {
    this.contentWritten ??= new Set(this.index.entries.flatMap((e) => [...this.writtenWords(e)]));
    return this.contentWritten.has(typed) && !this.writtenWords(entry).has(typed);
  }

  /** The words of an entry's texts as written, lower case, with their diacritics (worked out once per entry). */
  private writtenWords(entry: FaqEntry): ReadonlySet<string> {
    let words = this.writtenWordsOf.get(entry);
    if (!words) {
      const text = [entry.question, ...entry.paraphrases, ...entry.keywords, entry.answer].join(' ').normalize('NFC').toLowerCase();
      this.writtenWordsOf.set(entry, (words = new Set(text.match(/\p{L}+/gu))));
    }
    return words;
  }

  /** The province whose own document has that number, if only one province's entries name it. */
  placeOfDocument(number: string): Scope | undefined {
    if (!this.documentPlaces.has(number)) {
      const code = documentCode(number);
      const scopes = new Set(this.index.entries.filter((e) => code.test(askedBy(e))).map((e) => e.scope));
      const [scope] = scopes;
      this.documentPlaces.set(number, scopes.size === 1 && scope !== 'national' ? scope : undefined);
    }
    return this.documentPlaces.get(number);
  }

  /**
   * "kế hoạch thực hiện chỉ thị 52 của Hải Phòng do ai ký": the document found is the place's, and so is the entry
   * that says who signed it, however far its short question ("Ai ký kế hoạch của Hải Phòng?") is from the long title.
   */
  private signerOf(figure: RegExp, best: Candidate, text: NormalizedText, locality?: Scope): Candidate | undefined {
    // "ai ký hướng dẫn tuyên truyền chỉ thị 52 về bhyt toàn dân ở cao bằng": the province's guidance, whatever the
    // directive's title found; a resolution or a directive itself is issued, not signed.
    const [kind] = text.folded.join(' ').match(DOCUMENT_KIND) ?? [];
    const scope = best.entry.scope !== 'national' ? best.entry.scope : kind === 'huong dan' || kind === 'ke hoach' ? locality : undefined;
    if (figure !== GIVES_SIGNER || scope === undefined || scope === 'national') return undefined;
    const signer = this.signerEntry(scope);
    // Only the document the question is about, the first it names: "Kế hoạch thực hiện Chương trình hành động số
    // 10-CTr/TU … do ai ký" asks who signed the plan, which names the programme it carries out.
    if (subjectNumber(text.folded.join(' ')).some((n) => this.signerUnknown(n, scope))) return undefined;
    // It takes the document's place, with the document's score: the question is as well understood.
    return signer && { ...best, entry: signer };
  }

  private signerEntry(scope: Scope): FaqEntry | undefined {
    return this.index.entries.find((e) => e.scope === scope && this.gives(e, GIVES_SIGNER));
  }

  /**
   * "kế hoạch 40 ai ký": a document of the province's own that its signer's entry does not name (Cao Bằng's plan,
   * where only its guidances say who signed them) was signed by someone the documents do not name.
   */
  signerUnknown(number: string, scope: Scope): boolean {
    const signer = this.signerEntry(scope);
    return this.placeOfDocument(number) === scope && signer !== undefined && !documentCode(number).test(`${signer.question} ${signer.keywords.join(' ')} ${signer.answer}`);
  }

  /**
   * "bao nhiêu quan điểm và bao nhiêu nhóm nhiệm vụ", "ban hành ngày nào và có bao nhiêu nhóm": for each further
   * figure or detail asked that the entry does not give, the candidate that gives it.
   */
  alongsideFigures(text: NormalizedText, entry: FaqEntry, candidates: readonly Candidate[]): FaqEntry[] {
    // "hạn chót … là ngày nào" asks for a date twice: one figure, not two.
    const figures = [...new Map(this.figuresAsked(text).map((figure) => [String(figure), figure])).values()];
    if (figures.length === 1 && WHEN_FIGURES.includes(figures[0]!)) return this.givingWhenItMisses(text, entry, figures[0]!, candidates);
    if (figures.length < 2) return [];
    const giving = figures
      .filter((figure) => !this.gives(entry, figure))
      .map((figure) => candidates.find((c) => c.entry !== entry && this.gives(c.entry, figure))?.entry);
    return [...new Set(giving.filter((e): e is FaqEntry => e !== undefined))];
  }

  /**
   * "người thu nhập thấp ở lai châu khi nào được miễn viện phí": when, which the answer about who comes first does not
   * give, from a sure answer of the same place on the same subject (two of its telling words, not the BHYT every answer
   * has) that gives it (not one saying what the documents leave out).
   */
  private givingWhenItMisses(text: NormalizedText, entry: FaqEntry, when: RegExp, candidates: readonly Candidate[]): FaqEntry[] {
    const found = candidates.find((c) => c.entry === entry);
    if (!found || this.gives(entry, when)) return [];
    const telling = new Set(this.index.tellingWords(text).filter((w) => !BHYT.includes(w)));
    const subject = found.matched.filter((w) => telling.has(w));
    const giving = candidates.find(
      (c) =>
        c.entry !== entry && c.entry.scope === entry.scope && !c.entry.documentsSilent && c.score >= ANSWER_THRESHOLD && this.gives(c.entry, when) &&
        c.matched.filter((w) => subject.includes(w)).length >= SUBJECT_SHARED_WORDS,
    );
    return giving ? [giving.entry] : [];
  }

  /**
   * True when the text asks for a figure (a percentage, who signed, a count, a year, a date, a length of time, a
   * telephone number, an official's name) that none of the answers gives: "… năm 2026 tỉnh đặt mục tiêu bao nhiêu
   * %?" is not answered by how the province campaigns.
   */
  missesFigureAsked(text: NormalizedText, ...entries: FaqEntry[]): boolean {
    const figures = this.figuresAsked(text);
    // "2035 thì tuổi thọ mục tiêu là bao nhiêu": a figure for the year named, which an answer without it does not give.
    const years = text.folded.filter((t) => YEAR.test(t));
    // "NQ72 có mục tiêu đến năm 2030 và tầm nhìn 2045. … Năm 2040 tuổi thọ phải đạt bao nhiêu?": the year of the sentence
    // that asks.
    const year = years.length > 1 ? (this.normalize(askingSentence(text.original)).folded.find((t) => YEAR.test(t)) ?? years[0]) : years[0];
    // "nghe nói năm 2025 mỗi trạm đã phải có 4-5 bác sĩ, đúng ko": a year claimed is checked, not asked for; an answer
    // giving the year it is due corrects it.
    const corrected = checksClaim(text) && entries.some((entry) => GIVES_YEAR.test(entry.answer));
    // "mục tiêu tuổi thọ năm 2040": a target asked for a year, as an amount is.
    const forYear = this.asksAmount(text) || TARGET_ASKED.test(text.folded.join(' '));
    const wanted = year && forYear && !corrected ? [...figures, new RegExp(`(?<!\\d)${year}(?!\\d)`)] : figures;
    return wanted.some((figure) => !entries.some((entry) => this.gives(entry, figure)));
  }

  /** True when the text asks for figures and the entry gives every one ("số mấy" of a programme named by number). */
  givesFiguresAsked(text: NormalizedText, entry: FaqEntry): boolean {
    const figures = this.figuresAsked(text);
    return figures.length > 0 && figures.every((figure) => this.gives(entry, figure));
  }

  /** "… bao nhiêu", "mấy %", "mấy nhóm": the text asks for an amount or another figure. */
  asksAmount(text: NormalizedText): boolean {
    return ASKS_AMOUNT.test(foldedOriginal(text)) || this.figuresAsked(text).length > 0;
  }

  /**
   * True when the text asks for details ("ông ấy giữ chức gì", "của cơ quan nào") and the entry gives every one. Not
   * a document's number: "chính phủ có nghị quyết nào triển khai nó" wants another resolution than the one answered.
   */
  givesDetailAsked(text: NormalizedText, entry: FaqEntry): boolean {
    const details = this.detailsAsked(text);
    return details.length > 0 && details.every((detail) => this.gives(entry, detail));
  }

  /**
   * True when the text checks a figure the entry's answer does not confirm ("khám miễn phí 3 lần 1 năm phải không",
   * answered "mỗi năm 1 lần"): the answer corrects the claim, it does not say yes to it.
   */
  refutesClaim(text: NormalizedText, entry: FaqEntry): boolean {
    if (claimIn(text, (value) => this.gives(entry, value))?.values.length) return true;
    const written = (count: string, noun: string) => new RegExp(`(?<![\\d.,])0?${Number(count)}\\s+${noun}(?![\\p{L}\\d])`, 'u');
    return countsClaimed(text, () => this.index.tellingWords(text)).some(({ count, noun }) => !this.gives(entry, written(count, noun)));
  }

  /** The figures asked, in the questions of a message only: "đi viện mấy lần là hết tiền" tells, it does not ask. */
  private figuresAsked(text: NormalizedText): RegExp[] {
    let questions = questionsOf.get(text);
    if (questions === undefined) {
      const asked = questionsAsked(text.original);
      questionsOf.set(text, (questions = asked === text.original ? text : this.normalize(asked)));
    }
    const asked = questions;
    return [...askedFigures(asked, () => this.index.tellingWords(asked)), ...this.detailsAsked(asked)];
  }

  /** What the text asks besides percentages, signers and counts (`ASKED_DETAILS`), as an answer that gives it writes it. */
  private detailsAsked(text: NormalizedText): RegExp[] {
    let details = detailsOfText.get(text);
    if (details === undefined) {
      // As typed, and as the lexicon reads it: "chức vụ j" asks as "chức vụ gì" does.
      const asked = [foldedOriginal(text), text.folded.join(' ')];
      const ofProvince = this.index.splitLocalities(text).localities.some((scope) => scope !== 'national');
      const named = [documentNumberAsked(asked[0]!, ofProvince), officialAsked(asked[0]!)].filter((d): d is RegExp => d !== undefined);
      const asks = ({ asks, asTyped }: (typeof ASKED_DETAILS)[number]) => (asTyped ? asks.test(asked[0]!) : asked.some((a) => asks.test(a)));
      detailsOfText.set(text, (details = [...ASKED_DETAILS.filter(asks).map(({ gives }) => gives), ...named]));
    }
    return details;
  }

  /** False when the text asks who signed ("ai ký kế hoạch đó") and the entry does not say. */
  saysSignerAsked(text: NormalizedText, entry: FaqEntry): boolean {
    return !asksSigner(text) || this.gives(entry, GIVES_SIGNER);
  }

  /**
   * True when the entry gives the figure asked for, and not only the percentages the other gives ("hai phong dat 95 hay
   * 96 phan tram": Hải Phòng's plan, which also says 95,5%, is no rival to its coverage target).
   */
  private givesOtherFigure(entry: FaqEntry, other: FaqEntry, figure: RegExp): boolean {
    if (!this.gives(entry, figure)) return false;
    if (figure !== GIVES_PERCENTAGE) return true;
    const given = new Set(percentagesOf(other.answer));
    return percentagesOf(entry.answer).some((p) => !given.has(p));
  }

  /** True when the text names a full date and the entry's answer gives every one it names. */
  private givesDatesNamed(text: NormalizedText, entry: FaqEntry): boolean {
    const named = text.folded.filter((w) => FULL_DATE.test(w));
    if (named.length === 0) return false;
    const given = new Set([...entry.answer.matchAll(WRITTEN_DATE)].map(([, d, m, y]) => `${d}/${m}/${y}`));
    return named.every((date) => given.has(date));
  }

  /** True when the entry's answer, folded or as written, has what is asked for. */
  gives(entry: FaqEntry, asked: RegExp): boolean {
    // Every answer is sent with the documents it cites: "văn bản nào quy định" is answered by them.
    if (asked === ANY_DOCUMENT_NUMBER) return true;
    if (asked === GIVES_PERCENTAGE && NAMES_RATE_SETTER.test(entry.answer)) return true;
    let answer = this.foldedAnswers.get(entry.id);
    if (answer === undefined) this.foldedAnswers.set(entry.id, (answer = foldDiacritics(entry.answer)));
    return asked.test(answer) || asked.test(entry.answer);
  }

  /**
   * True when the text names a document by a number the content has for none ("Chỉ thị 38-CT/TW nói gì", "nghị định
   * 188"). The documents are five; a question about another shares words with them all, but they cannot answer it.
   */
  namesUnknownDocument(text: NormalizedText): boolean {
    return documentNumbers(text.folded.join(' ')).some((n) => !this.documentNumbers.has(n));
  }

  /** True when the text names a document the content answers about ("chỉ thị 52"). */
  namesKnownDocument(text: NormalizedText): boolean {
    return documentNumbers(text.folded.join(' ')).some((n) => this.documentNumbers.has(n));
  }

  /**
   * A province or city the text names that the documents have no plan for ("Đà Nẵng"), as the lexicon writes
   * it, and the text without it: the name's words are nowhere in the FAQ and would only lower every score.
   */
  otherProvince(text: NormalizedText): { name: string; rest: NormalizedText } | undefined {
    const found = this.otherProvinces.find(text);
    return found && { name: found.value, rest: without(text, found) };
  }

  /** True when the text names what the documents never cover: another country, a subject, a document, another insurance. */
  namesOutOfScope(text: NormalizedText): boolean {
    return this.foreignPlaces.find(text) !== undefined || this.namesOffTopic(text) || this.namesUnknownDocument(text) || this.index.namesOnlyAnotherKind(text);
  }

  /** True when the text names a subject the documents never touch ("thời tiết", "xổ số", "học phí"). */
  namesOffTopic(text: NormalizedText): boolean {
    return this.offTopicNamed(text) !== undefined;
  }

  /** The first subject the documents never touch that the text names, as the lexicon writes it. */
  offTopicNamed(text: NormalizedText): string | undefined {
    const found = this.offTopics.find(text)?.value;
    if (found === undefined) return undefined;
    // "tôi 72 tuổi rồi, lương hưu thấp, … đi khám có còn phải trả tiền không": told of in a clause that asks nothing,
    // beside one that asks of something else.
    const clauses = clausesOf(text.original).map((clause) => this.normalize(clause));
    const asking = clauses.filter((clause) => asksSomething(clause));
    const toldOnly = asking.length > 0 && asking.every((clause) => this.offTopics.find(clause) === undefined);
    return toldOnly ? undefined : found;
  }

  /** True when the text names the whole country ("cả nước", "toàn quốc"). */
  namesNation(text: NormalizedText): boolean {
    return this.nationFound(text) !== undefined;
  }

  /** The text without the words that name the whole country. */
  withoutNation(text: NormalizedText): NormalizedText {
    const found = this.nationFound(text);
    return found ? without(text, found) : text;
  }

  /**
   * Where the text names the whole country; not in the name of the Party's national congress ("Đại hội … toàn quốc"),
   * nor as what a place is ranked in ("dẫn đầu cả nước"), nor as whose a document is ("văn bản nào của trung ương").
   */
  private nationFound(text: NormalizedText): { at: number; length: number } | undefined {
    const found = this.nationwide.find(text);
    const before = found && text.folded.slice(Math.max(0, found.at - BEFORE_NATION_WORDS), found.at).join(' ');
    return before !== undefined && (before.includes('dai hoi') || RANKED_IN.test(before) || DOCUMENT_OF.test(before)) ? undefined : found;
  }

  /** The entry of the same group for another scope or year, if the content has one. */
  variantOf(entry: FaqEntry, want: { scope?: Scope; year?: string }): FaqEntry | undefined {
    if (!entry.group) return undefined;
    // Without a place asked for, the same place as the entry comes first.
    const siblings = this.index.entries
      .filter((e) => e.group === entry.group && e !== entry)
      .sort((a, b) => Number(b.scope === entry.scope) - Number(a.scope === entry.scope));
    const ofScope = siblings.filter((e) => !want.scope || e.scope === want.scope);
    // The year in the question or keywords, else, for a place asked for, in the answer ("còn Cao Bằng năm 2026?" after
    // Lai Châu's target).
    const asksYear = ofScope.filter((e) => !want.year || asksAbout(e, want.year));
    const wanted = asksYear.length > 0 || !want.year || !want.scope ? asksYear : ofScope.filter((e) => e.answer.includes(want.year!));
    if (wanted.length < 2) return wanted[0];
    const asked = new Set(this.normalize(entry.question).folded);
    // "còn Hà Nội" after the 2030 targets: Hà Nội's for 2030, not its milestones. "cả nước thì sao" after Cao Bằng's
    // life expectancy, whose answer gives the nation's for 2030 beside its own: the nation's for 2030.
    const mentioned = (e: FaqEntry) => (e.answer.match(YEARS_GIVEN) ?? []).find((y) => wanted.some((w) => asksAbout(w, y)));
    const year = want.year ? undefined : ([...asked].find((w) => YEAR.test(w)) ?? mentioned(entry));
    const sameYear = year ? wanted.filter((e) => asksAbout(e, year)) : [];
    if (sameYear.length === 1) return sameYear[0];
    // Two answers of one place ("hộ cận nghèo ở Lai Châu", "những nhóm Lai Châu hỗ trợ"): the one asked most like the
    // entry's own question; the first listed on a tie.
    const shared = (e: FaqEntry) => new Set(this.normalize(e.question).folded.filter((w) => asked.has(w))).size;
    return wanted.reduce((best, e) => (shared(e) > shared(best) ? e : best));
  }
}

/** The text without the words found at `at`. */
function without(text: NormalizedText, { at, length }: { at: number; length: number }): NormalizedText {
  const keep = (_: string, i: number) => i < at || i >= at + length;
  return { original: text.original, accented: text.accented.filter(keep), folded: text.folded.filter(keep) };
}

// Read several times a turn (each answer weighed is checked against them): once per text.
const detailsOfText = new WeakMap<NormalizedText, RegExp[]>();

const questionsOf = new WeakMap<NormalizedText, NormalizedText>();

/** A text's folded words with a space at each end, so that a phrase is found as whole words (` ${phrase} `). */
function spaced(text: NormalizedText): string {
  return ` ${text.folded.join(' ')} `;
}

/** True when the entry's question or keywords name the text (a year, say). */
export function asksAbout(entry: FaqEntry, text: string): boolean {
  return askedBy(entry).includes(text);
}
