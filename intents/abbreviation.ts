import { foldedOriginal } from '../src/faq/asked-figures.js';
import { ANSWER_THRESHOLD } from '../src/faq/answer-engine.js';
import { resolve } from '../src/faq/question-resolver.js';
import { foldDiacritics } from '../src/language/fold.js';
import type { Intent, Turn } from '../src/pipeline/intent.js';

// "HĐND là gì", "kcb nghĩa là gì", "KH-UBND là viết tắt của gì", "cho em hỏi chữ TYT là gì ạ": what letters stand for.
const ASKS_MEANING =
  /^(?:(?:cho|xin)\s+(?:\p{L}+\s+)?hoi\s+)?(?:chu\s+|tu\s+)?([\p{L}][\p{L}\s/-]{0,30}?)\s+(?:la gi|la cai gi|nghia la gi|nghia la sao|co nghia la gi|la chu gi|la tu gi|(?:la\s+)?viet tat (?:cua|la|tu) (?:gi|chu gi|tu gi|cai gi))(?:\s+(?:vay|va|a|nhi|the|ha|ad|ban|z))*\s*[?.!]*$/u;
const ASKS_LETTERS = /\bviet tat\b/;
const PARTS = /[\s/-]+/;
// More than three abbreviations in a row is no question about them.
const MAX_PARTS = 3;

/** An abbreviation of the lexicon and what it stands for: the initials of its words ("và" aside) spell it. */
interface Spelled {
  abbreviation: string;
  meaning: string;
}

const spelledCache = new WeakMap<object, ReadonlyMap<string, string>>();

/** The lexicon's abbreviations that are initials (not teencode like "mk", nor places or question words). */
function initialisms(turn: Turn): ReadonlyMap<string, string> {
  const { lexicon, localities } = turn.knowledge.content;
  let table = spelledCache.get(lexicon);
  if (!table) {
    const places = new Set(localities.flatMap((l) => [l.name, ...l.aliases]).map(foldDiacritics));
    const frames = new Set([...(lexicon.questionFrames ?? []), ...lexicon.functionWords].map(foldDiacritics));
    const initials = (meaning: string) =>
      foldDiacritics(meaning)
        .split(/\s+/)
        .filter((w) => w !== 'va')
        .map((w) => w[0])
        .join('');
    table = new Map(
      Object.entries(lexicon.abbreviations).filter(([short, meaning]) => {
        const folded = foldDiacritics(meaning);
        return short.length >= 2 && initials(meaning) === foldDiacritics(short) && !places.has(folded) && !frames.has(folded);
      }),
    );
    spelledCache.set(lexicon, table);
  }
  return table;
}

const askedCache = new WeakMap<Turn, Spelled[] | null>();

/** The abbreviations whose meaning the message asks, if that is all it asks. */
function meaningsAsked(turn: Turn): Spelled[] | undefined {
  if (!askedCache.has(turn)) askedCache.set(turn, findMeaningsAsked(turn) ?? null);
  return askedCache.get(turn) ?? undefined;
}

function findMeaningsAsked(turn: Turn): Spelled[] | undefined {
  if (turn.payload) return undefined;
  const typed = turn.text.original;
  // Folding keeps the length of a text in NFC, as the original is.
  const foldedTyped = foldedOriginal(turn.text);
  const asked = ASKS_MEANING.exec(foldedTyped);
  if (!asked) return undefined;
  const table = initialisms(turn);
  const parts = asked[1]!.split(PARTS).filter(Boolean);
  if (parts.length > MAX_PARTS || !parts.every((p) => table.has(p))) return undefined;
  // Written as typed, in capitals ("hđnd" → "HĐND"): the folded part is found again in the folded text.
  return parts.map((part) => {
    const at = foldedTyped.search(new RegExp(`(?<![\\p{L}])${part}(?![\\p{L}])`, 'u'));
    return { abbreviation: (at < 0 ? part : typed.slice(at, at + part.length)).toUpperCase(), meaning: table.get(part)! };
  });
}

/**
 * An FAQ answer about the thing itself, nationwide ("BHYT là gì": what health insurance is for), says more than its
 * name; not when the letters are what is asked ("… viết tắt của gì").
 */
function faqAnswersIt(turn: Turn, spelled: Spelled[]): boolean {
  const resolution = resolve(turn);
  if (resolution.kind !== 'answer' || resolution.confidence < ANSWER_THRESHOLD || spelled.length !== 1) return false;
  if (resolution.entry.scope !== 'national' || ASKS_LETTERS.test(foldedOriginal(turn.text))) return false;
  const { normalize } = turn.knowledge;
  const question = normalize(resolution.entry.question).folded.join(' ');
  return question.startsWith(normalize(spelled[0]!.meaning).folded.join(' '));
}

/** "HĐND là gì": what an abbreviation the documents use stands for. */
export const abbreviation: Intent = {
  name: 'abbreviation',
  match: (turn) => {
    const spelled = meaningsAsked(turn);
    return spelled && !faqAnswersIt(turn, spelled) ? 0.9 : undefined;
  },
  reply: (turn) => {
    const spelled = meaningsAsked(turn)!;
    const text = spelled.map(({ abbreviation, meaning }) => `${abbreviation} là viết tắt của “${meaning}”`).join('; ');
    return { confidence: 0.9, conversation: { ...turn.conversation, choices: undefined }, replies: [{ text: `${text}.` }] };
  },
};
