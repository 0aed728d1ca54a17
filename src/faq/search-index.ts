import { Index } from 'flexsearch';
import type { FaqEntry, Scope } from './schema.js';
import type { Locality } from './content.js';
import type { Lexicon, Normalize, NormalizedText } from '../language/normalizer.js';
import { foldToken, isPlain, typedAs } from '../language/fold.js';
import { isAdjacentSwap } from '../language/keyboard.js';

/** One indexed text of an entry: its question, a paraphrase or its keywords. */
interface Phrase {
  entry: number;
  weight: number;
  /** Sum of the weights of its words: how much there is to match. */
  total: number;
}

/**
 * Many short lists of word ids in two typed arrays, instead of a Set per phrase or entry (memory, and
 * string hashing on every query): list i is ids[starts[i]] up to, not including, ids[starts[i + 1]].
 */
interface IdLists {
  ids: Int32Array;
  starts: Int32Array;
}

/** A question, typo-corrected, as the scoring needs it. */
interface QueryWords {
  /** Its distinct folded words (a word's index here is its slot) and the highest weight each has in it. */
  tokens: string[];
  weights: number[];
  /** Its distinct bigrams, keyed by slots (first * tokens.length + second), to their index in bigramWeights. */
  bigrams: Map<number, number>;
  bigramWeights: number[];
  /** Its words whose accents the folded form drops (they break ties between phrases). */
  accentedOnly: string[];
  /** Per slot, the word as typed with diacritics, if it was ("ăn" of "an"). */
  typed: Array<string | undefined>;
}

export interface Candidate {
  entry: FaqEntry;
  /** 0..1: how much of the question the best phrase of this entry covers, IDF-weighted. */
  score: number;
  /** The folded words of the question that the best phrase matched: the reason, for staff. */
  matched: string[];
}

export interface SearchOptions {
  /** A locality the person named in this message. */
  locality?: Scope;
  /** A locality remembered from earlier in the conversation. */
  rememberedLocality?: Scope;
  limit?: number;
}

// "phát tin bảo hiểm trên loa", "… qua mạng": where, after a kind word, names no kind of it.
const PLACE_PREPOSITIONS = new Set(['tren', 'qua', 'duoi']);
// The longest word a typo is looked for in.
const TYPO_MAX_LENGTH = 16;
const FUNCTION_WORD_WEIGHT = 0.15;
const CANDIDATE_WORDS = 5;
// How much more a word counts, for being a candidate, when it and a neighbour are a pair the content has.
const PAIRED_WORD_FACTOR = 2;
// Distinct words from which a message is a story around its question, whose own rare words crowd the candidates.
const STORY_WORDS = 20;
// Phrases scored per query, most telling words first: common words ("hỗ trợ", "nhà nước") tie many phrases, and
// 160 left an entry's best phrase out depending on the order of the content (answer p99 0.34 ms either way).
const CANDIDATE_PHRASES = 320;
const POSTINGS_PER_WORD = 1_000;
// A word found only in an entry's answer is weaker evidence than one in its questions or keywords.
const ANSWER_WORD_CREDIT = 0.5;
const OTHER_LOCALITY_PENALTY = 0.3;
const LOCAL_ENTRY_PENALTY = 0.08;
const THIRD_LOCALITY_PENALTY = 0.15;
const NAMED_LOCALITY_BONUS = 0.06;
// "bảo hiểm xe máy", "ngày nhà giáo": shares words with the FAQ but is another kind of thing.
const OTHER_KIND_FACTOR = 0.6;
// A word typed with diacritics that the phrase has only as another word ("ăn" and the "án" of "đề án"): the letters and
// the tone both differ, so no slip of the keyboard made one of the other.
const OTHER_WORD_CREDIT = 0.5;
// What a phrase's words say of a query word typed with diacritics: otherWord values.
const FITS = 1;
const OTHER = 2;
// What an entry's words say of a query word: bagHit values.
const ASKED = 1;
const ANSWERED = 2;
// What a teencode "z" may stand for: Vietnamese has no "z".
const Z_READINGS = ['d', 'gi', 'v'];

/** One word of a question frame, as the lexicon writes it and folded. */
interface FrameWord {
  folded: string;
  accented: string;
}

/**
 * Vietnamese-aware FAQ search: flexsearch finds the candidate phrases (OR over folded syllables),
 * then a confidence of our own ranks them, since flexsearch gives no scores: an IDF-weighted
 * overlap of syllables and syllable bigrams between the question and each phrase.
 */
export class FaqSearchIndex {
  private readonly index = new Index({ tokenize: 'strict', encode: (text: string) => text.split(' '), resolution: 1 });
  private readonly phrases: Phrase[] = [];
  /** An id for every word of the content, folded or accented: phrases and entries hold ids, not strings. */
  private readonly wordIds = new Map<string, number>();
  /** Per phrase: its folded words in order (neighbours are its bigrams), and its distinct accented words. */
  private readonly phraseWords: IdLists;
  private readonly phraseAccents: IdLists;
  /** Every word of the content, as written or folded, by its folded form, with its id: "an" → "an", "án", "ăn". */
  private readonly accentsByFold = new Map<string, Array<{ id: number; word: string }>>();
  /** Per entry: the distinct words of its question, paraphrases and keywords, and those found only in its answer. */
  private readonly askedWords: IdLists;
  private readonly answeredWords: IdLists;
  private readonly idf = new Map<string, number>();
  private readonly unknownIdf: number;
  private readonly functionWords: Set<string>;
  private readonly foldedFunctionWords: Set<string>;
  /** Every function word, folded. */
  private readonly functionFolds: Set<string>;
  /** Pairs of neighbouring words in the content where one may fold from a function word too ("chi thi", "minh bach"). */
  private readonly ambiguousPairs = new Set<string>();
  /** Deletion neighbourhood of every vocabulary word (SymSpell): finds the known words one typo away. */
  private readonly typoNeighbours = new Map<string, string[]>();
  /** Locality aliases by their first word, longest first. */
  private readonly localityAliases = new Map<string, Array<{ id: Scope; tokens: readonly string[]; place: boolean }>>();
  /** For each kind word, the words the content puts after it. */
  private readonly kinds: Array<{ tokens: readonly string[]; followers: Set<string>; subject: boolean }>;
  private readonly tellingOf = new WeakMap<NormalizedText, readonly string[]>();
  /** Question frames ("bao nhiêu", "ngày nào") by their first folded word: their words ask, they do not say what about. */
  private readonly questionFrames = new Map<string, FrameWord[][]>();

  // Per-query scratch, indexed by content word, phrase or entry id, so the scoring loop does array reads, not
  // string hashing. The word arrays are set for a query's words and reset after it; phrase and entry elements
  // count only where their stamp is the current query's serial number, so they need no clearing.
  /** The query word (its index in the query's distinct words) a content word is, or -1. */
  private readonly wordSlot: Int32Array;
  /** How often a content word is among the query's accented-only words. */
  private readonly accentCount: Int32Array;
  /** Per content word, the query word typed with diacritics it folds as (its slot, or -1), and whether it may be it. */
  private readonly accentSlot: Int32Array;
  private readonly accentFits: Uint8Array;
  private serial = 0;
  /** The pairs of neighbouring folded words the content's questions and keywords have ("kham suc", "dinh ki"). */
  private readonly contentPairs = new Set<string>();
  private readonly phraseStamp: Float64Array;
  /** Which of the telling words a phrase contains, one bit each in telling order (CANDIDATE_WORDS fit in 8 bits). */
  private readonly phraseMask: Uint8Array;
  private readonly entryStamp: Float64Array;
  private readonly entryCoverage: Float64Array;
  private readonly bestScore: Float64Array;
  private readonly bestPhrase: Int32Array;

  constructor(
    readonly entries: readonly FaqEntry[],
    normalize: Normalize,
    localities: readonly Locality[],
    { functionWords, kindWords, subjectKinds = [], questionFrames = [] }: Pick<Lexicon, 'functionWords' | 'kindWords' | 'subjectKinds' | 'questionFrames'>,
  ) {
    for (const { folded, accented } of questionFrames.map(normalize)) {
      const frame = folded.map((word, k) => ({ folded: word, accented: accented[k]! }));
      if (frame.length > 1) this.questionFrames.set(folded[0]!, [...(this.questionFrames.get(folded[0]!) ?? []), frame]);
    }
    const aliases = localities
      .flatMap((l) => [
        ...l.aliases.map((alias) => ({ id: l.id as Scope, tokens: normalize(alias).folded, place: false })),
        ...l.places.map((place) => ({ id: l.id as Scope, tokens: normalize(place).folded, place: true })),
      ])
      .sort((a, b) => b.tokens.length - a.tokens.length);
    for (const alias of aliases) {
      const first = alias.tokens[0];
      if (first !== undefined) this.localityAliases.set(first, [...(this.localityAliases.get(first) ?? []), alias]);
    }
    this.functionWords = new Set(functionWords.map((w) => w.normalize('NFC').toLowerCase()));
    this.kinds = kindWords.map((w) => ({ tokens: normalize(w).folded, followers: new Set<string>(), subject: subjectKinds.includes(w) }));

    const documentFrequency = new Map<string, number>();
    const contentFolds = new Set<string>();
    const phraseWords: number[][] = [];
    const phraseAccents: number[][] = [];
    const phraseUnigrams: string[][] = [];
    const askedWords: number[][] = [];
    const answeredWords: number[][] = [];
    const idOf = (word: string) => {
      let id = this.wordIds.get(word);
      if (id === undefined) this.wordIds.set(word, (id = this.wordIds.size));
      return id;
    };
    /** Every text of the content: for the neighbours of ambiguous words, once the vocabulary is known. */
    const sequences: NormalizedText[] = [];
    entries.forEach((entry, entryIndex) => {
      const seen = new Set<string>();
      const texts = [entry.question, ...entry.paraphrases, entry.keywords.join(' ')].filter((t) => t.trim());
      texts.forEach((text, i) => {
        const normalized = this.splitLocalities(normalize(text)).text;
        if (normalized.folded.length === 0) return;
        normalized.accented.forEach((word, k) => {
          if (!this.functionWords.has(word)) contentFolds.add(normalized.folded[k]!);
        });
        const id = this.phrases.length;
        this.phrases.push({
          entry: entryIndex,
          // The keyword list is a bag of words, not a question: it counts a little less.
          weight: i === texts.length - 1 && entry.keywords.length > 0 ? 0.9 : 1,
          total: 0,
        });
        phraseWords.push(normalized.folded.map(idOf));
        phraseAccents.push([...new Set(normalized.accented)].map(idOf));
        phraseUnigrams.push([...new Set(normalized.folded)]);
        for (let k = 1; k < normalized.folded.length; k++) this.contentPairs.add(`${normalized.folded[k - 1]} ${normalized.folded[k]}`);
        sequences.push(normalized);
        this.index.add(id, normalized.folded.join(' '));
        this.recordKinds(normalized.folded);
        for (const token of normalized.folded) seen.add(token);
      });
      const answerText = this.splitLocalities(normalize(entry.answer)).text;
      sequences.push(answerText);
      this.recordKinds(answerText.folded);
      const answered = new Set(answerText.folded.filter((t) => !seen.has(t)));
      askedWords.push([...seen].map(idOf));
      answeredWords.push([...answered].map(idOf));
      for (const token of new Set([...seen, ...answered])) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    });

    const n = Math.max(1, entries.length);
    for (const [token, df] of documentFrequency) this.idf.set(token, Math.log(1 + n / df));
    this.unknownIdf = Math.log(1 + n / 0.5);
    // A folded function word counts as one only if no content word folds the same way ("bao" of "bao nhiêu" vs "bảo").
    this.functionFolds = new Set([...this.functionWords].map(foldToken));
    this.foldedFunctionWords = new Set([...this.functionFolds].filter((w) => !contentFolds.has(w)));
    // Where the content uses such a word as a content word ("chỉ thị", not "khi nào thì").
    const contentUse = (text: NormalizedText, k: number) => this.functionFolds.has(text.folded[k]!) && !this.functionWords.has(text.accented[k]!);
    for (const text of sequences) {
      for (let i = 1; i < text.folded.length; i++) {
        if (contentUse(text, i - 1) || contentUse(text, i)) this.ambiguousPairs.add(`${text.folded[i - 1]} ${text.folded[i]}`);
      }
    }
    this.phrases.forEach((phrase, p) => (phrase.total = sum(phraseUnigrams[p]!.map((t) => this.weightOf(t, t)))));
    for (const word of this.idf.keys()) {
      if (word.length < 4 || /\d/.test(word)) continue;
      for (const variant of deletions(word)) {
        const words = this.typoNeighbours.get(variant);
        if (words) words.push(word);
        else this.typoNeighbours.set(variant, [word]);
      }
    }

    this.phraseWords = pack(phraseWords);
    this.phraseAccents = pack(phraseAccents);
    for (const [word, id] of this.wordIds) {
      const fold = foldToken(word);
      const same = this.accentsByFold.get(fold);
      if (same) same.push({ id, word });
      else this.accentsByFold.set(fold, [{ id, word }]);
    }
    this.askedWords = pack(askedWords);
    this.answeredWords = pack(answeredWords);
    this.wordSlot = new Int32Array(this.wordIds.size).fill(-1);
    this.accentCount = new Int32Array(this.wordIds.size);
    this.accentSlot = new Int32Array(this.wordIds.size).fill(-1);
    this.accentFits = new Uint8Array(this.wordIds.size);
    this.phraseStamp = new Float64Array(this.phrases.length);
    this.phraseMask = new Uint8Array(this.phrases.length);
    this.entryStamp = new Float64Array(entries.length);
    this.entryCoverage = new Float64Array(entries.length);
    this.bestScore = new Float64Array(entries.length);
    this.bestPhrase = new Int32Array(entries.length);
  }

  search(query: NormalizedText, options: SearchOptions = {}): Candidate[] {
    const { text } = this.splitLocalities(query);
    const framed = this.framedWords(text);
    const words = this.queryWords(text, framed);
    // Only particles and question words ("vậy thì sao"): nothing to search for.
    if (words.weights.every((w) => w <= FUNCTION_WORD_WEIGHT)) return [];
    const kindFactor = this.kindsNamed(text, framed).other ? OTHER_KIND_FACTOR : 1;
    // The content's words that are the query's, marked for the scoring loop and unmarked after it.
    const marked: number[] = [];
    words.tokens.forEach((token, slot) => {
      const id = this.wordIds.get(token);
      if (id === undefined) return;
      this.wordSlot[id] = slot;
      marked.push(id);
    });
    for (const word of words.accentedOnly) {
      const id = this.wordIds.get(word);
      if (id === undefined) continue;
      this.accentCount[id]! += 1;
      marked.push(id);
    }
    // For a word typed with diacritics, which of the content's words of its fold it may be (written plain, any).
    words.typed.forEach((typed, slot) => {
      if (typed === undefined) return;
      for (const { id, word } of this.accentsByFold.get(words.tokens[slot]!) ?? []) {
        this.accentSlot[id] = slot;
        this.accentFits[id] = isPlain(word) || typedAs(typed, word) ? 1 : 0;
        marked.push(id);
      }
    });
    try {
      return this.rank(words, kindFactor, options);
    } finally {
      for (const id of marked) {
        this.wordSlot[id] = -1;
        this.accentCount[id] = 0;
        this.accentSlot[id] = -1;
      }
    }
  }

  /** The typo-corrected query as the scoring needs it. */
  private queryWords(text: NormalizedText, framed: Uint8Array): QueryWords {
    const folded: string[] = [];
    text.folded.forEach((token, i) => folded.push(this.correctTypo(token, text.accented[i]!, folded[i - 1])));
    const wordWeights = this.wordWeights(text, folded, framed);
    const slotOf = new Map<string, number>();
    const weights: number[] = [];
    folded.forEach((token, i) => {
      const weight = wordWeights[i]!;
      const slot = slotOf.get(token);
      if (slot === undefined) slotOf.set(token, weights.push(weight) - 1);
      else weights[slot] = Math.max(weights[slot]!, weight);
    });
    const bigrams = new Map<number, number>();
    const bigramWeights: number[] = [];
    for (let i = 1; i < folded.length; i++) {
      const a = folded[i - 1]!;
      const b = folded[i]!;
      const key = slotOf.get(a)! * slotOf.size + slotOf.get(b)!;
      const weight = framed[i - 1] || framed[i] ? FUNCTION_WORD_WEIGHT : Math.min(this.weightOf(a, a), this.weightOf(b, b));
      if (!bigrams.has(key)) bigrams.set(key, bigramWeights.push(weight) - 1);
    }
    const accentedOnly = text.accented.filter((word, i) => word !== folded[i]);
    const typed = new Array<string | undefined>(weights.length);
    text.accented.forEach((word, i) => {
      const slot = slotOf.get(folded[i]!)!;
      if (typed[slot] === undefined && !isPlain(word) && foldToken(word) === folded[i]) typed[slot] = word;
    });
    return { tokens: [...slotOf.keys()], weights, bigrams, bigramWeights, accentedOnly, typed };
  }

  /**
   * Which words are part of a question frame typed without diacritics: "bao nhieu" asks "how much" and
   * "ngay nao" "when", however "nhieu" ("nhiều") or "ngay" alone would be content words. Written with
   * diacritics, the function words list tells them apart already, but for a frame of three words or more
   * ("ngày tháng năm nào"), which nothing else is written like.
   */
  private framedWords(text: NormalizedText): Uint8Array {
    const framed = new Uint8Array(text.folded.length);
    for (let i = 0; i < text.folded.length; i++) {
      for (const frame of this.questionFrames.get(text.folded[i]!) ?? []) {
        const typed = (word: FrameWord, k: number) =>
          text.folded[i + k] === word.folded && (isPlain(text.accented[i + k]!) || (frame.length >= 3 && text.accented[i + k] === word.accented));
        if (frame.every(typed)) framed.fill(1, i, i + frame.length);
      }
    }
    return framed;
  }

  /**
   * A word typed without diacritics that folds from a function word and from content words ("thi": "thì" or the
   * "thị" of "chỉ thị"; "minh": "mình" or "minh bạch") is the function word unless a neighbour makes a pair the
   * content has.
   */
  private actsAsFunctionWord(folded: readonly string[], i: number, accented: string, framed: Uint8Array): boolean {
    const word = folded[i]!;
    if (!isPlain(accented) || !this.functionFolds.has(word) || this.foldedFunctionWords.has(word)) return false;
    // A neighbour that is a question's frame ("la bao nhieu") is no content word it may pair with ("là bảo hiểm").
    const pairs = (a: number, b: number) => !framed[a === i ? b : a] && this.ambiguousPairs.has(`${folded[a]} ${folded[b]}`);
    return !pairs(i - 1, i) && !pairs(i, i + 1);
  }

  /** Scores the candidate phrases; the best phrase of each entry stands for it. */
  private rank(words: QueryWords, kindFactor: number, options: SearchOptions): Candidate[] {
    const { tokens, weights, bigramWeights } = words;
    const serial = ++this.serial;
    const unigramTotal = sum(weights);
    const queryTotal = unigramTotal + sum(bigramWeights);
    const wordHit = new Uint8Array(tokens.length);
    const bigramHit = new Uint8Array(bigramWeights.length);
    const otherWord = new Uint8Array(tokens.length);
    const anyTyped = words.typed.some((typed) => typed !== undefined);
    const ranked: number[] = [];
    for (const id of this.candidates(tokens, weights, words.bigrams)) {
      const phrase = this.phrases[id]!;
      this.markMatches(id, wordHit, words.bigrams, bigramHit);
      if (anyTyped) this.markOtherWords(id, otherWord);
      // Sums run in query order, as they always did: the scores stay the same to the last bit.
      let matchedWeight = 0;
      for (let i = 0; i < weights.length; i++) {
        if (wordHit[i]) matchedWeight += otherWord[i] === OTHER ? weights[i]! * OTHER_WORD_CREDIT : weights[i]!;
        wordHit[i] = 0;
        otherWord[i] = 0;
      }
      let bigramMatched = 0;
      for (let i = 0; i < bigramWeights.length; i++) {
        if (bigramHit[i]) bigramMatched += bigramWeights[i]!;
        bigramHit[i] = 0;
      }
      const accentAgreement = words.accentedOnly.length > 0 ? this.accentAgreement(id) : 0;

      const firstOfEntry = this.entryStamp[phrase.entry] !== serial;
      if (firstOfEntry) {
        this.entryStamp[phrase.entry] = serial;
        this.entryCoverage[phrase.entry] = this.bagWeight(phrase.entry, weights, wordHit) / unigramTotal;
      }
      const queryCoverage = (matchedWeight + bigramMatched) / queryTotal;
      const phraseCoverage = phrase.total > 0 ? matchedWeight / phrase.total : 0;
      const score =
        (0.45 * queryCoverage + 0.3 * this.entryCoverage[phrase.entry]! + 0.25 * phraseCoverage) * phrase.weight * kindFactor +
        this.scopeAdjustment(this.entries[phrase.entry]!.scope, options) +
        Math.min(0.02, accentAgreement * 0.004);
      if (firstOfEntry) ranked.push(phrase.entry);
      if (firstOfEntry || score > this.bestScore[phrase.entry]!) {
        this.bestScore[phrase.entry] = score;
        this.bestPhrase[phrase.entry] = id;
      }
    }
    // A stable sort: equal scores keep the order in which their entries were first seen.
    return ranked
      .sort((a, b) => this.bestScore[b]! - this.bestScore[a]!)
      .slice(0, options.limit ?? 5)
      .map((entry) => {
        wordHit.fill(0);
        this.markMatches(this.bestPhrase[entry]!, wordHit);
        return { entry: this.entries[entry]!, score: clamp(this.bestScore[entry]!), matched: tokens.filter((_, i) => wordHit[i]) };
      });
  }

  /**
   * Sets wordHit[slot] for each query word the phrase has (wordHit has one element per query word) and,
   * given the query's bigrams, bigramHit[b] for each of them the phrase has.
   */
  private markMatches(phrase: number, wordHit: Uint8Array, bigrams?: ReadonlyMap<number, number>, bigramHit?: Uint8Array): void {
    const { ids, starts } = this.phraseWords;
    let previous = -1;
    for (let j = starts[phrase]!; j < starts[phrase + 1]!; j++) {
      const slot = this.wordSlot[ids[j]!]!;
      if (slot >= 0) {
        wordHit[slot] = 1;
        const b = previous >= 0 ? bigrams?.get(previous * wordHit.length + slot) : undefined;
        if (b !== undefined) bigramHit![b] = 1;
      }
      previous = slot;
    }
  }

  /**
   * Sets otherWord[slot] to OTHER for each query word typed with diacritics that the phrase has only as other words, not
   * even with a slip ("án" for "ăn"), and to FITS where it has the word typed.
   */
  private markOtherWords(phrase: number, otherWord: Uint8Array): void {
    const { ids, starts } = this.phraseAccents;
    for (let j = starts[phrase]!; j < starts[phrase + 1]!; j++) {
      const slot = this.accentSlot[ids[j]!]!;
      if (slot >= 0 && otherWord[slot] !== FITS) otherWord[slot] = this.accentFits[ids[j]!] ? FITS : OTHER;
    }
  }

  /** How many of the query's accented-only words (counted with repeats) the phrase has. */
  private accentAgreement(phrase: number): number {
    const { ids, starts } = this.phraseAccents;
    let agreement = 0;
    for (let j = starts[phrase]!; j < starts[phrase + 1]!; j++) agreement += this.accentCount[ids[j]!]!;
    return agreement;
  }

  /** The weight of the query words an entry has, those only in its answer at half; bagHit is zeros, and left so. */
  private bagWeight(entry: number, weights: readonly number[], bagHit: Uint8Array): number {
    // Answered first: a word in both lists (there is none) would count as asked.
    this.markBag(this.answeredWords, entry, bagHit, ANSWERED);
    this.markBag(this.askedWords, entry, bagHit, ASKED);
    let bagWeight = 0;
    for (let i = 0; i < weights.length; i++) {
      if (bagHit[i] === ASKED) bagWeight += weights[i]!;
      else if (bagHit[i] === ANSWERED) bagWeight += weights[i]! * ANSWER_WORD_CREDIT;
      bagHit[i] = 0;
    }
    return bagWeight;
  }

  private markBag({ ids, starts }: IdLists, entry: number, bagHit: Uint8Array, mark: number): void {
    for (let j = starts[entry]!; j < starts[entry + 1]!; j++) {
      const slot = this.wordSlot[ids[j]!]!;
      if (slot >= 0) bagHit[slot] = mark;
    }
  }

  /**
   * Phrases worth scoring: flexsearch's postings for each of the query's most telling words, one
   * word at a time (a `suggest` query over many common words merges long lists and cannot rank by
   * rarity), ranked by the weight of the words each phrase contains.
   */
  private candidates(tokens: readonly string[], weights: readonly number[], bigrams: ReadonlyMap<number, number>): Int32Array {
    const paired = this.pairedSlots(tokens, bigrams);
    const telling = tokens
      .map((token, i) => ({ token, weight: weights[i]!, rank: paired[i] ? weights[i]! * PAIRED_WORD_FACTOR : weights[i]! }))
      // A word the content does not have finds nothing: it must not take the place of one that does.
      .filter((t) => t.weight > FUNCTION_WORD_WEIGHT && this.idf.has(t.token))
      .sort((a, b) => b.rank - a.rank)
      .slice(0, CANDIDATE_WORDS);
    const seen: number[] = [];
    telling.forEach(({ token }, k) => {
      for (const id of this.index.search(token, { limit: POSTINGS_PER_WORD }) as number[]) {
        if (this.phraseStamp[id] !== this.serial) {
          this.phraseStamp[id] = this.serial;
          this.phraseMask[id] = 0;
          seen.push(id);
        }
        this.phraseMask[id]! |= 1 << k;
      }
    });
    // A phrase's evidence is the sum of the weights of the telling words it contains, added in telling
    // order (flexsearch lists a phrase once per word), so it depends only on which: at most 31 sums.
    const masks = 1 << telling.length;
    const evidence = new Float64Array(masks);
    for (let mask = 1; mask < masks; mask++) {
      for (let k = 0; k < telling.length; k++) if (mask & (1 << k)) evidence[mask]! += telling[k]!.weight;
    }
    // Rank 0 is the most evidence; equal evidence, equal rank.
    const rank = new Int32Array(masks);
    for (let mask = 1; mask < masks; mask++) {
      for (let other = 1; other < masks; other++) if (evidence[other]! > evidence[mask]!) rank[mask]! += 1;
    }
    // A stable counting sort by rank of the phrases in order of first sight: ties stay in that order.
    const starts = new Int32Array(masks + 1);
    for (const id of seen) starts[rank[this.phraseMask[id]!]! + 1]! += 1;
    for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
    const hits = new Int32Array(Math.min(CANDIDATE_PHRASES, seen.length));
    for (const id of seen) {
      const at = starts[rank[this.phraseMask[id]!]!]!++;
      if (at < hits.length) hits[at] = id;
    }
    return hits;
  }

  /**
   * In a long message, which of its words are in a pair of neighbours the content has: "khám sk định kỳ" among the
   * words of a story around it ("bà hàng xóm", "đọc báo thấy khác", "rốt cuộc"), which are rarer in the content
   * and would otherwise choose which phrases are scored.
   */
  private pairedSlots(tokens: readonly string[], bigrams: ReadonlyMap<number, number>): Uint8Array {
    const paired = new Uint8Array(tokens.length);
    if (tokens.length < STORY_WORDS) return paired;
    for (const key of bigrams.keys()) {
      const [a, b] = [Math.floor(key / tokens.length), key % tokens.length];
      if (this.contentPairs.has(`${tokens[a]} ${tokens[b]}`)) paired[a] = paired[b] = 1;
    }
    return paired;
  }

  /** True when the entry's questions, keywords or answer have every one of these folded words. */
  hasAllWords(entry: FaqEntry, words: Iterable<string>): boolean {
    const e = this.entries.indexOf(entry);
    const listed = ({ ids, starts }: IdLists, id: number) => {
      for (let j = starts[e]!; j < starts[e + 1]!; j++) if (ids[j] === id) return true;
      return false;
    };
    for (const word of words) {
      const id = this.wordIds.get(word);
      if (e < 0 || id === undefined || !(listed(this.askedWords, id) || listed(this.answeredWords, id))) return false;
    }
    return true;
  }

  /**
   * The words of a text that say what it is about: no particles, question words or place names. Worked out once per
   * text: a turn asks for them from the decision, the resolver and the chat intents alike.
   */
  tellingWords(text: NormalizedText): readonly string[] {
    let telling = this.tellingOf.get(text);
    if (!telling) {
      const rest = this.splitLocalities(text).text;
      const weights = this.wordWeights(rest, rest.folded, this.framedWords(rest));
      this.tellingOf.set(text, (telling = rest.folded.filter((_, i) => weights[i]! > FUNCTION_WORD_WEIGHT)));
    }
    return telling;
  }

  /**
   * The words of a text that the content has, without the places it names: what it asks ("ai ký" too), and nothing
   * the person told of themselves.
   */
  contentWordsAsked(text: NormalizedText): string[] {
    return this.splitLocalities(text).text.folded.filter((w) => this.idf.has(w));
  }

  /** True when the content has the folded word somewhere ("otp" it has not). */
  has(word: string): boolean {
    return this.idf.has(word);
  }

  /** How much the given folded words tell together: the rarer in the content, the more. */
  weight(words: Iterable<string>): number {
    let sum = 0;
    for (const word of words) sum += this.weightOf(word, word);
    return sum;
  }

  /** Of the given folded words, the one the content uses least: the one that tells most what a question is about. */
  rarest(words: readonly string[]): string | undefined {
    let rarest: string | undefined;
    for (const word of words) if (rarest === undefined || this.weightOf(word, word) > this.weightOf(rarest, rarest)) rarest = word;
    return rarest;
  }

  /** The weight of each word of a text in its place: a question frame or a function word in context weighs little. */
  private wordWeights(text: NormalizedText, folded: readonly string[], framed: Uint8Array): number[] {
    return folded.map((token, i) =>
      framed[i] || this.actsAsFunctionWord(folded, i, text.accented[i]!, framed) ? FUNCTION_WORD_WEIGHT : this.weightOf(token, text.accented[i]!),
    );
  }

  private scopeAdjustment(scope: Scope, { locality, rememberedLocality }: SearchOptions): number {
    if (scope === 'national') return 0;
    if (locality) return scope === locality ? NAMED_LOCALITY_BONUS : -OTHER_LOCALITY_PENALTY;
    // Another province than the one the person lives in, neither named: rarely what they mean.
    if (rememberedLocality) return scope === rememberedLocality ? NAMED_LOCALITY_BONUS / 2 : -THIRD_LOCALITY_PENALTY;
    return -LOCAL_ENTRY_PENALTY;
  }

  private recordKinds(tokens: readonly string[]): void {
    for (const kind of this.kinds) {
      for (let i = 0; i + kind.tokens.length < tokens.length; i++) {
        if (occursAt(tokens, i, kind.tokens)) kind.followers.add(tokens[i + kind.tokens.length]!);
      }
    }
  }

  /** True when the folded word is also a function word's ("co": "có" or "cơ"; "may": "mấy" or "máy"). */
  mayBeFunctionWord(folded: string): boolean {
    return this.functionFolds.has(folded);
  }

  /** True when the text names another kind of the things the content is about: "bảo hiểm nhân thọ", "ngày nhà giáo". */
  namesAnotherKind(text: NormalizedText): boolean {
    return this.kindsNamed(text).other;
  }

  /**
   * True when the text names another kind of what the bot is about and no kind the content has: "bảo hiểm nhân thọ
   * có bắt buộc không", but not "bhyt khác bảo hiểm nhân thọ thế nào".
   */
  namesOnlyAnotherKind(text: NormalizedText): boolean {
    const { otherSubject, own } = this.kindsNamed(text);
    return otherSubject && !own;
  }

  /**
   * True when the text names another kind of insurance and not the bot's own, whatever else it names: "bảo hiểm xe ô
   * tô bắt buộc từ ngày 1/7 à" (a day, by its date) is about motor insurance.
   */
  namesOnlyAnotherSubject(text: NormalizedText): boolean {
    const { otherSubject, ownSubject } = this.kindsNamed(text);
    return otherSubject && !ownSubject;
  }

  /**
   * Whether the text pairs a kind word with a word the content never puts after it (`other`; `otherSubject` when the
   * kind word is the bot's subject), and whether with one it does (`own`).
   */
  private kindsNamed(text: NormalizedText, framedAlready?: Uint8Array): { other: boolean; otherSubject: boolean; own: boolean; ownSubject: boolean } {
    let other = false;
    let otherSubject = false;
    let own = false;
    let ownSubject = false;
    // Most messages have no kind word: the question frames are looked for only when one is found.
    let framed = framedAlready;
    for (const { tokens, followers, subject } of this.kinds) {
      for (let i = 0; i + tokens.length < text.folded.length; i++) {
        if (!occursAt(text.folded, i, tokens)) continue;
        // "ngay thang nam nao" asks when: its "ngay" names no kind of thing.
        if ((framed ??= this.framedWords(text))[i]) continue;
        const next = text.folded[i + tokens.length]!;
        if (followers.has(next)) {
          own = true;
          ownSubject ||= subject;
        } else if (!PLACE_PREPOSITIONS.has(next) && this.weightOf(next, text.accented[i + tokens.length]!) > FUNCTION_WORD_WEIGHT) {
          other = true;
          // "bảo hiểm o trạm xá" typed plain is "ở": no kind of insurance.
          if (subject && !this.functionFolds.has(next)) otherSubject = true;
        }
      }
    }
    return { other, otherSubject, own, ownSubject };
  }

  private weightOf(folded: string, accented: string): number {
    if (this.functionWords.has(accented) || (accented === folded && this.foldedFunctionWords.has(folded))) {
      return FUNCTION_WORD_WEIGHT;
    }
    return this.idf.get(folded) ?? this.unknownIdf;
  }

  private correctTypo(folded: string, accented: string, before: string | undefined): string {
    // Teencode writes "d", "gi" or "v" as "z" ("toàn zân", "zờ", "zề").
    if (folded.startsWith('z') && !this.idf.has(folded)) {
      const known = Z_READINGS.map((start) => start + folded.slice(1)).find((word) => this.idf.has(word));
      if (known) return known;
    }
    // A function word typed without diacritics ("chao" = "chào") is not a typo of a content word ("thao").
    // Longer than any word, it is no typo of one (and its deletions would cost time quadratic in its length).
    if (this.idf.has(folded) || folded.length < 4 || folded.length > TYPO_MAX_LENGTH || this.functionWords.has(accented) || this.functionFolds.has(folded)) return folded;
    // A letter missing ("bằg"), one too many, or one wrong ("trụt"): of the known words that far, one the content
    // writes after the word before first ("gia đìng" is "gia đình", not "đóng"), then those that begin as typed, then
    // the commonest, so that the order the content was written in does not choose ("trụt" is "trục", not "rút").
    const known = [...(this.typoNeighbours.get(folded) ?? [])];
    for (const variant of deletions(folded)) {
      if (this.idf.has(variant)) known.push(variant);
      known.push(...(this.typoNeighbours.get(variant) ?? []));
    }
    const rank = (word: string) => (this.contentPairs.has(`${before} ${word}`) ? 0 : 200) + (word[0] === folded[0] ? 0 : 100) + this.idf.get(word)!;
    let likeliest: string | undefined;
    for (const word of known) {
      // Not a function word: "bánh" typed plain is no typo of "bạn", and stays a word the content does not know.
      if (this.functionFolds.has(word)) continue;
      if (!likeliest || rank(word) < rank(likeliest) || (rank(word) === rank(likeliest) && word < likeliest)) likeliest = word;
    }
    return likeliest ?? folded;
  }

  /**
   * True when a place's name occurs in tokens at index at, one letter of a later word perhaps dropped ("cao bằg") or
   * two swapped ("hai phogn"): not where that leaves a word of its own ("cao ban").
   */
  private namesAt(tokens: readonly string[], at: number, name: readonly string[]): boolean {
    let slipped = false;
    for (let k = 0; k < name.length; k++) {
      const token = tokens[at + k];
      if (token === name[k]) continue;
      if (slipped || k === 0 || token === undefined || !(isDeletionOf(token, name[k]!) || isAdjacentSwap(token, name[k]!)) || name[k]!.length < 4) return false;
      if (this.idf.has(token)) return false;
      slipped = true;
    }
    return true;
  }

  /**
   * Separates the locality names of a text (they select the scope, not the topic) from the rest, and drops "thành
   * phố", "tp", which only point at the place. `places`: the localities of the districts or landmarks named ("Mường
   * Tè"), which say where the person is rather than which province's plan is asked about; `bare`: the text without
   * their names either.
   */
  splitLocalities(text: NormalizedText): { text: NormalizedText; localities: Scope[]; places: Scope[]; bare: NormalizedText } {
    const keep: number[] = [];
    const placeAt: number[] = [];
    const localities: Scope[] = [];
    const places: Scope[] = [];
    for (let i = 0; i < text.folded.length; ) {
      const alias = this.localityAliases.get(text.folded[i]!)?.find((a) => this.namesAt(text.folded, i, a.tokens));
      if (alias) {
        // "tp cảng Hải Phòng": one place, however many of its names.
        const found = alias.place ? places : localities;
        if (!found.includes(alias.id)) found.push(alias.id);
        // A district's name stays in the text: the content has none, and what is asked beside it is no surer for it.
        if (alias.place) for (let k = 0; k < alias.tokens.length; k++) keep.push(i + k), placeAt.push(i + k);
        i += alias.tokens.length;
        continue;
      }
      const placeNoun = PLACE_NOUNS.find((noun) => occursAt(text.folded, i, noun));
      if (placeNoun) i += placeNoun.length;
      else keep.push(i++);
    }
    const placeWords = new Set(placeAt);
    return { text: pick(text, keep), localities, places, bare: pick(text, keep.filter((i) => !placeWords.has(i))) };
  }
}

// "thành phố muốn bao nhiêu phần trăm …": the city the question is about, which the place named or remembered says.
const PLACE_NOUNS = [['thanh', 'pho'], ['tp']];

/** The words of text at the indices kept (text itself when all are). */
function pick(text: NormalizedText, keep: readonly number[]): NormalizedText {
  if (keep.length === text.folded.length) return text;
  return { original: text.original, accented: keep.map((i) => text.accented[i]!), folded: keep.map((i) => text.folded[i]!) };
}

/** True when words occur in tokens starting at index at. */
function occursAt(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k] !== words[k]) return false;
  return true;
}

function pack(lists: readonly number[][]): IdLists {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (starts[i + 1] = starts[i]! + list.length));
  const ids = new Int32Array(starts[lists.length]!);
  lists.forEach((list, i) => ids.set(list, starts[i]!));
  return { ids, starts };
}

function isDeletionOf(shorter: string, word: string): boolean {
  return shorter.length === word.length - 1 && deletions(word).includes(shorter);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}
