import type { Intent, IntentReply, Turn } from '../src/pipeline/intent.js';
import { currentTopic } from '../src/pipeline/conversation.js';
import { APPENDIX, asksOutline, entriesOfPart, inAppendix, mayNamePart, namesAppendix, partName, partNamed, type DocumentPart } from '../src/faq/document-parts.js';
import { sourceDocumentsNamed } from '../src/faq/source-documents.js';
import type { FaqEntry, SourceDocument } from '../src/faq/schema.js';
import { foldDiacritics, foldToken } from '../src/language/fold.js';
import { livingPlace } from '../src/faq/stated-locality.js';
import { citing, entryTitle, PAYLOAD } from './replies.js';

type Asked =
  /** Its parts, or its appendix's ("phụ lục có mấy mục lớn"). */
  | { kind: 'outline'; document: SourceDocument; appendix?: boolean }
  | { kind: 'part'; document: SourceDocument; part: DocumentPart }
  /** Several documents may be meant: which one. */
  | { kind: 'which'; choices: Array<{ document: SourceDocument; part?: DocumentPart }> };

const PAYLOAD_PREFIX = 'PART:';
// "văn bản này gồm những phần nào": a document named by what it is, not by which one.
const DOCUMENT_NOUNS = /\b(?:van ban|ke hoach|huong dan|chuong trinh|tai lieu|nghi quyet|chi thi)\b/;
const OTHER_ENTRIES = 3;
// Below an FAQ answer, above the fallback.
const WHAT_PART_HOLDS = 0.5;

const askedOf = new WeakMap<Turn, Asked | null>();

/** What a message asks of a document's parts, worked out once per turn (match and reply both ask). */
function asked(turn: Turn): Asked | undefined {
  if (!askedOf.has(turn)) askedOf.set(turn, findAsked(turn) ?? null);
  return askedOf.get(turn) ?? undefined;
}

function findAsked(turn: Turn): Asked | undefined {
  const { knowledge, text } = turn;
  if (turn.payload?.startsWith(PAYLOAD_PREFIX)) {
    const [id, number] = turn.payload.slice(PAYLOAD_PREFIX.length).split(':');
    const document = knowledge.content.documents.find((d) => d.id === id);
    const part = document?.parts.find((p) => p.number === number);
    if (!document) return undefined;
    return part ? { kind: 'part', document, part } : { kind: 'outline', document };
  }
  // Another button's title ("FAQ:…") is that button's.
  if (turn.payload) return undefined;
  const outline = asksOutline(text);
  if (!outline && !mayNamePart(text.original)) return undefined;
  const named = sourceDocumentsNamed(knowledge, text);
  const context = named.length === 0 ? documentInContext(turn) : undefined;
  const nounOnly = named.length === 0 && !context && DOCUMENT_NOUNS.test(text.folded.join(' '));
  if (outline) {
    const documents = named.length > 0 ? named : context ? [context.document] : nounOnly ? knowledge.content.documents : [];
    if (documents.length === 0) return undefined;
    if (documents.length > 1) return { kind: 'which', choices: documents.map((document) => ({ document })) };
    const document = documents[0]!;
    return { kind: 'outline', document, appendix: namesAppendix(text.original) && document.parts.some(inAppendix) };
  }
  // "phần II nói gì", with nothing before it: a part is a document's, whichever one.
  const documents = named.length > 0 ? named : context ? [context.document] : knowledge.content.documents;
  // "phần cuối của kế hoạch lai châu", "mục cuối" right after the parts were listed: the last of them.
  const listed = context?.listed ?? (named.length > 0 ? { inAppendix: namesAppendix(text.original) } : undefined);
  const choices = documents.flatMap((document) => {
    const part = partNamed(text.original, document, listed);
    return part ? [{ document, part }] : [];
  });
  if (choices.length === 0) return undefined;
  return choices.length === 1 ? { kind: 'part', ...choices[0]! } : { kind: 'which', choices };
}

/**
 * The document the conversation is about: whose parts were listed (and whether they were its appendix's), or that the
 * last answer was given from.
 */
function documentInContext(turn: Turn): { document: SourceDocument; listed?: { inAppendix: boolean } } | undefined {
  const { knowledge } = turn;
  const topic = currentTopic(turn);
  if (!topic) return undefined;
  const id = topic.kind === 'document' ? topic.id : topic.kind === 'entry' ? (topic.document ?? knowledge.entry(topic.id)?.sources[0]?.doc) : undefined;
  const document = knowledge.content.documents.find((d) => d.id === id);
  return document && { document, ...(topic.kind === 'document' ? { listed: { inAppendix: topic.part === APPENDIX } } : {}) };
}

/** Who issued it and what it is, as a reply names it. */
const documentName = (document: SourceDocument) => `${document.number} (${document.issuer})`;

function outlineReply(turn: Turn, document: SourceDocument, appendix = false): IntentReply {
  const shown = document.parts.filter((p) => inAppendix(p) === appendix);
  const numbered = shown.filter((p) => p.number !== APPENDIX);
  const lines = shown.map((p) => (p.number === APPENDIX ? `${APPENDIX}: ${p.title}` : `${p.number.replace(`${APPENDIX} `, '')}. ${p.title}`));
  const heading = appendix ? `${APPENDIX} của ${documentName(document)} gồm ${numbered.length} mục:` : `${documentName(document)} gồm ${numbered.length} phần:`;
  const choices = shown.map((p) => ({ title: `${partName(p)}: ${p.title}`.slice(0, 60), payload: PAYLOAD.documentPart(document.id, p.number) }));
  const sources = turn.knowledge.sourcesOf({ sources: [{ doc: document.id }] });
  return {
    confidence: 0.9,
    sources,
    conversation: {
      ...turn.conversation,
      ...livingPlace(turn),
      lastTopic: { kind: 'document', id: document.id, at: turn.now.getTime(), ...(appendix ? { part: APPENDIX } : {}) },
      choices,
    },
    replies: [{ text: citing(`${heading}\n${lines.join('\n')}`, sources), quickReplies: choices }],
  };
}

function partReply(turn: Turn, document: SourceDocument, part: DocumentPart): IntentReply {
  const entries = entriesOfPart(turn.knowledge, document, part);
  const shown = entryAsked(turn, entries);
  const others = entries.filter((e) => e !== shown).slice(0, OTHER_ENTRIES);
  const choices = others.map((e) => ({ title: entryTitle(e), payload: PAYLOAD.entry(e.id) }));
  // The part itself, unless the answer shown cites its document already.
  const cited = shown?.sources.some((s) => s.doc === document.id) ? shown.sources : [{ doc: document.id, section: part.number }, ...(shown?.sources ?? [])];
  const sources = turn.knowledge.sourcesOf({ sources: cited });
  const heading = `${partName(part)} của ${documentName(document)}: “${part.title}”.`;
  const at = turn.now.getTime();
  return {
    confidence: 0.9,
    ...(shown ? { entryId: shown.id } : {}),
    sources,
    conversation: {
      ...turn.conversation,
      ...livingPlace(turn),
      lastTopic: shown ? { kind: 'entry', id: shown.id, at, document: document.id } : { kind: 'document', id: document.id, at },
      choices: choices.length > 0 ? choices : undefined,
    },
    replies: [{ text: citing(shown ? `${heading}\n${shown.answer.trim()}` : heading, sources), ...(choices.length > 0 ? { quickReplies: choices } : {}) }],
  };
}

const namingWords = new WeakMap<readonly SourceDocument[], Set<string>>();

/** The words that name documents and their parts, which say nothing of what is asked of them. */
function naming(documents: readonly SourceDocument[]): Set<string> {
  let words = namingWords.get(documents);
  if (!words) {
    const texts = documents.flatMap((d) => [d.number, d.title, d.issuer]);
    // And the words that ask what a part says ("phần IV có nội dung gì", "quy định gì", "tiêu đề"), or which ("phần cuối
    // cùng", "nhóm đầu"), and that say the document was issued.
    const asking = ['phan', 'muc', 'nhom', 'phu', 'luc', 'noi', 'dung', 'viec', 'chinh', 'cuoi', 'cung', 'dau', 'tien', 'quy', 'dinh', 'tieu', 'de', 'neu', 'do', 'ban', 'hanh'];
    words = new Set([...asking, ...texts.flatMap((t) => foldDiacritics(t).match(/[a-z]+/g) ?? [])].map(foldToken));
    namingWords.set(documents, words);
  }
  return words;
}

/** What a message asks besides naming a document and its part ("đề án … hoàn thành khi nào"). */
function askedBesides({ knowledge, text }: Turn): string[] {
  const names = naming(knowledge.content.documents);
  return knowledge.index.tellingWords(text).filter((w) => !names.has(w) && !/^\d/.test(w) && !/^[ivx]+$/.test(w));
}

/**
 * The entry of the part to show: the one that answers what the message asks besides naming the part ("mục tiêu cụ
 * thể nêu trong phần II …"), else the first that covers the whole part.
 */
function entryAsked(turn: Turn, entries: readonly FaqEntry[]): FaqEntry | undefined {
  const { knowledge, text } = turn;
  const asks = askedBesides(turn);
  const inPart = new Set(entries);
  const found = asks.length > 0 ? knowledge.index.search(text).find((c) => inPart.has(c.entry) && c.matched.some((w) => asks.includes(w))) : undefined;
  return found?.entry ?? entries[0];
}

function whichReply(turn: Turn, choices: Array<{ document: SourceDocument; part?: DocumentPart }>): IntentReply {
  const buttons = choices.map(({ document, part }) => ({
    title: `${part ? `${partName(part)}, ` : ''}${document.number}`.slice(0, 60),
    payload: PAYLOAD.documentPart(document.id, part?.number),
  }));
  const lines = choices.map(({ document, part }, i) => `${i + 1}. ${part ? `${partName(part)} của ` : ''}${documentName(document)}`);
  return {
    confidence: 0.9,
    conversation: { ...turn.conversation, ...livingPlace(turn), choices: buttons },
    replies: [{ text: `Bạn hỏi văn bản nào? Chọn một hoặc trả lời bằng số:\n${lines.join('\n')}`, quickReplies: buttons }],
  };
}

/**
 * A document's parts: "kế hoạch của Hải Phòng gồm những phần nào" lists them; "phần II nói gì", "phụ lục mục IV" gives
 * a part's heading and the answer written from it, with the part's other questions as buttons.
 */
export const documentPart: Intent = {
  name: 'document-part',
  match: (turn) => {
    const found = asked(turn);
    if (!found) return undefined;
    if (turn.payload) return 1;
    // "theo phụ lục … đề án nhân lực phải hoàn thành khi nào" asks of what a part holds: the FAQ answers it, if it can;
    // not "phần III nêu những hình thức tuyên truyền nào", which asks what the part is titled.
    const besides = askedBesides(turn);
    const titled = found.kind === 'part' && besides.every((w) => foldDiacritics(found.part.title).split(/\W+/).map(foldToken).includes(w));
    return found.kind !== 'outline' && besides.length > 0 && !titled ? WHAT_PART_HOLDS : 0.92;
  },
  reply: (turn) => {
    const found = asked(turn)!;
    if (found.kind === 'outline') return outlineReply(turn, found.document, found.appendix);
    if (found.kind === 'part') return partReply(turn, found.document, found.part);
    return whichReply(turn, found.choices);
  },
};
