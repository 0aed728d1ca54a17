import type { Turn } from '../pipeline/intent.js';
import { currentTopic } from '../pipeline/conversation.js';
import type { NormalizedText } from '../language/normalizer.js';
import { withoutPhrases } from '../language/phrases.js';
import { lacksAmountAsked } from './asked-figures.js';
import { ANSWER_THRESHOLD, type Decision } from './answer-engine.js';
import type { FaqEntry } from './schema.js';
import type { Candidate } from './search-index.js';

// What a resolution is (which entry answers a turn, how surely, with what note) and what every part of the resolver
// asks of one: whether it is sure, whether it answers what is asked, the entry answered last, the words asked.

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

export const APPLIES = ['ap', 'dung'];

export const YEAR = /^(19|20)\d\d$/;

/** A follow-up about what was just answered, whose every word that answer has. */
export const REFERRED_CONFIDENCE = 0.8;

/** An answer given for want of a better one (the last answer, or its general version): low enough for staff to see it. */
export const GUESSED_CONFIDENCE = 0.6;

// A part of a message about something off topic asks about something else only if it names that with two words.
export const OWN_TOPIC_WORDS = 2;

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

/** An answer sure on its own; every place's version of one answer is still one answer. */
export function isSure(turn: Turn, answer: Resolution): answer is Extract<Resolution, { kind: 'answer' }> {
  return (
    answer.kind === 'answer' &&
    answer.confidence >= ANSWER_THRESHOLD &&
    !answer.note &&
    (answer.alongside ?? []).every((e) => e.group === answer.entry.group) &&
    !answersNot(turn, answer)
  );
}

/**
 * What a question about the last answer asks about. Not "áp dụng" ("áp dụng cho trẻ mấy tuổi": what the answer
 * applies to, in words it need not have), nor a word typed without diacritics that may be a function word's ("co may
 * nhom" is "có mấy nhóm").
 */
export function askedAbout(turn: Turn, text = turn.text): string[] {
  const { index } = turn.knowledge;
  return index.tellingWords(withoutPhrases(text, [APPLIES])).filter((w) => !index.mayBeFunctionWord(w));
}

/** The entry answered last, while the conversation is still about it. */
export function lastAnswered(turn: Turn): FaqEntry | undefined {
  const topic = currentTopic(turn);
  return topic?.kind === 'entry' ? turn.knowledge.entry(topic.id) : undefined;
}

export function yearAsked({ text }: Turn): string | undefined {
  return text.folded.find((t) => YEAR.test(t));
}

/** The words a candidate matched that tell what the turn asks about. */
export function tellingMatchedBy(turn: Turn, candidate: Candidate): string[] {
  const telling = turn.knowledge.index.tellingWords(turn.text);
  return candidate.matched.filter((w) => telling.includes(w));
}
