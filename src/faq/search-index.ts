import { Index } from 'flexsearch';
import type { FaqEntry, Scope } from './schema.js';
import type { Locality } from './content.js';
import type { Lexicon, Normalize, NormalizedText } from '../language/normalizer.js';
import { foldToken } from '../language/fold.js';

/** One indexed text of an entry: its question, a paraphrase or its keywords. */
interface Phrase {
  entry: number;
  unigrams: Set<string>;
  bigrams: Set<string>;
  accented: Set<string>;
  weight: number;
  /** Sum of the weights of its words: how much there is to match. */
  total: number;
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

const FUNCTION_WORD_WEIGHT = 0.15;
const CANDIDATE_WORDS = 5;
const CANDIDATE_PHRASES = 160;
const POSTINGS_PER_WORD = 1_000;
// A word found only in an entry's answer is weaker evidence than one in its questions or keywords.
const ANSWER_WORD_CREDIT = 0.5;
const OTHER_LOCALITY_PENALTY = 0.3;
const LOCAL_ENTRY_PENALTY = 0.08;
const NAMED_LOCALITY_BONUS = 0.06;
// "bảo hiểm xe máy", "ngày nhà giáo": shares words with the FAQ but is another kind of thing.
const OTHER_KIND_FACTOR = 0.6;

/**
 * Vietnamese-aware FAQ search: flexsearch finds the candidate phrases (OR over folded syllables),
 * then a confidence of our own ranks them, since flexsearch gives no scores: an IDF-weighted
 * overlap of syllables and syllable bigrams between the question and each phrase.
 */
export class FaqSearchIndex {
  private readonly index = new Index({ tokenize: 'strict', encode: (text: string) => text.split(' '), resolution: 1 });
  private readonly phrases: Phrase[] = [];
  /** Per entry: the words of its question, paraphrases and keywords, and those found only in its answer. */
  private readonly bags: Array<{ asked: Set<string>; answered: Set<string> }> = [];
  private readonly idf = new Map<string, number>();
  private readonly unknownIdf: number;
  private readonly functionWords: Set<string>;
  private readonly foldedFunctionWords: Set<string>;
  /** Deletion neighbourhood of every vocabulary word (SymSpell): finds a known word one typo away. */
  private readonly typoNeighbours = new Map<string, string>();
  private readonly localityAliases: Array<{ id: Scope; tokens: string[] }>;
  /** For each kind word, the words the content puts after it. */
  private readonly kinds: Array<{ tokens: string[]; followers: Set<string> }>;

  constructor(
    readonly entries: readonly FaqEntry[],
    normalize: Normalize,
    localities: readonly Locality[],
    { functionWords, kindWords }: Pick<Lexicon, 'functionWords' | 'kindWords'>,
  ) {
    this.localityAliases = localities
      .flatMap((l) => l.aliases.map((alias) => ({ id: l.id as Scope, tokens: normalize(alias).folded })))
      .sort((a, b) => b.tokens.length - a.tokens.length);
    this.functionWords = new Set(functionWords.map((w) => w.normalize('NFC').toLowerCase()));
    this.kinds = kindWords.map((w) => ({ tokens: normalize(w).folded, followers: new Set<string>() }));

    const documentFrequency = new Map<string, number>();
    const contentFolds = new Set<string>();
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
          unigrams: new Set(normalized.folded),
          bigrams: bigramsOf(normalized.folded),
          accented: new Set(normalized.accented),
          // The keyword list is a bag of words, not a question: it counts a little less.
          weight: i === texts.length - 1 && entry.keywords.length > 0 ? 0.9 : 1,
          total: 0,
        });
        this.index.add(id, normalized.folded.join(' '));
        this.recordKinds(normalized.folded);
        for (const token of normalized.folded) seen.add(token);
      });
      const answerText = this.splitLocalities(normalize(entry.answer)).text;
      this.recordKinds(answerText.folded);
      const answered = new Set(answerText.folded.filter((t) => !seen.has(t)));
      this.bags.push({ asked: new Set(seen), answered });
      for (const token of new Set([...seen, ...answered])) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    });

    const n = Math.max(1, entries.length);
    for (const [token, df] of documentFrequency) this.idf.set(token, Math.log(1 + n / df));
    this.unknownIdf = Math.log(1 + n / 0.5);
    // A folded function word counts as one only if no content word folds the same way ("bao" of "bao nhiêu" vs "bảo").
    this.foldedFunctionWords = new Set([...this.functionWords].map(foldToken).filter((w) => !contentFolds.has(w)));
    for (const phrase of this.phrases) phrase.total = sum([...phrase.unigrams].map((t) => this.weightOf(t, t)));
    for (const word of this.idf.keys()) {
      if (word.length < 4 || /\d/.test(word)) continue;
      for (const variant of deletions(word)) if (!this.typoNeighbours.has(variant)) this.typoNeighbours.set(variant, word);
    }
  }

  search(query: NormalizedText, options: SearchOptions = {}): Candidate[] {
    const { text } = this.splitLocalities(query);
    const folded = text.folded.map((token, i) => this.correctTypo(token, text.accented[i]!));
    if (folded.length === 0) return [];
    const weightByToken = new Map<string, number>();
    folded.forEach((token, i) => {
      const weight = this.weightOf(token, text.accented[i]!);
      weightByToken.set(token, Math.max(weightByToken.get(token) ?? 0, weight));
    });
    const tokens = [...weightByToken.keys()];
    const weights = [...weightByToken.values()];
    // Only particles and question words ("vậy thì sao"): nothing to search for.
    if (weights.every((w) => w <= FUNCTION_WORD_WEIGHT)) return [];
    const bigrams = [...bigramsOf(folded)];
    const bigramWeights = bigrams.map((pair) => {
      const [a, b] = pair.split(' ') as [string, string];
      return Math.min(this.weightOf(a, a), this.weightOf(b, b));
    });
    const accentedOnly = text.accented.filter((word, i) => word !== folded[i]);
    const unigramTotal = sum(weights);
    const queryTotal = unigramTotal + sum(bigramWeights);
    const kindFactor = this.namesOtherKind(text) ? OTHER_KIND_FACTOR : 1;
    const entryCoverage = new Map<number, number>();

    const hits = this.candidates(tokens, weights);
    const best = new Map<number, { score: number; phrase: Phrase }>();
    for (const id of hits) {
      const phrase = this.phrases[id]!;
      let matchedWeight = 0;
      for (let i = 0; i < tokens.length; i++) if (phrase.unigrams.has(tokens[i]!)) matchedWeight += weights[i]!;
      let bigramMatched = 0;
      for (let i = 0; i < bigrams.length; i++) if (phrase.bigrams.has(bigrams[i]!)) bigramMatched += bigramWeights[i]!;
      let accentAgreement = 0;
      for (const word of accentedOnly) if (phrase.accented.has(word)) accentAgreement++;

      let coverage = entryCoverage.get(phrase.entry);
      if (coverage === undefined) {
        const bag = this.bags[phrase.entry]!;
        let bagWeight = 0;
        for (let i = 0; i < tokens.length; i++) {
          if (bag.asked.has(tokens[i]!)) bagWeight += weights[i]!;
          else if (bag.answered.has(tokens[i]!)) bagWeight += weights[i]! * ANSWER_WORD_CREDIT;
        }
        entryCoverage.set(phrase.entry, (coverage = bagWeight / unigramTotal));
      }
      const queryCoverage = (matchedWeight + bigramMatched) / queryTotal;
      const phraseCoverage = phrase.total > 0 ? matchedWeight / phrase.total : 0;
      const score =
        (0.45 * queryCoverage + 0.3 * coverage + 0.25 * phraseCoverage) * phrase.weight * kindFactor +
        this.scopeAdjustment(this.entries[phrase.entry]!.scope, options) +
        Math.min(0.02, accentAgreement * 0.004);
      const previous = best.get(phrase.entry);
      if (!previous || score > previous.score) best.set(phrase.entry, { score, phrase });
    }
    return [...best.entries()]
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, options.limit ?? 5)
      .map(([entry, { score, phrase }]) => ({
        entry: this.entries[entry]!,
        score: clamp(score),
        matched: tokens.filter((t) => phrase.unigrams.has(t)),
      }));
  }

  /**
   * Phrases worth scoring: flexsearch's postings for each of the query's most telling words, one
   * word at a time (a `suggest` query over many common words merges long lists and cannot rank by
   * rarity), ranked by the weight of the words each phrase contains.
   */
  private candidates(tokens: readonly string[], weights: readonly number[]): number[] {
    const telling = tokens
      .map((token, i) => ({ token, weight: weights[i]! }))
      .filter((t) => t.weight > FUNCTION_WORD_WEIGHT)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, CANDIDATE_WORDS);
    const evidence = new Map<number, number>();
    for (const { token, weight } of telling) {
      for (const id of this.index.search(token, { limit: POSTINGS_PER_WORD }) as number[]) {
        evidence.set(id, (evidence.get(id) ?? 0) + weight);
      }
    }
    return [...evidence.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATE_PHRASES)
      .map(([id]) => id);
  }

  /** The words of a text that say what it is about: no particles, question words or place names. */
  tellingWords(text: NormalizedText): string[] {
    const rest = this.splitLocalities(text).text;
    return rest.folded.filter((token, i) => this.weightOf(token, rest.accented[i]!) > FUNCTION_WORD_WEIGHT);
  }

  private scopeAdjustment(scope: Scope, { locality, rememberedLocality }: SearchOptions): number {
    if (scope === 'national') return 0;
    if (locality) return scope === locality ? NAMED_LOCALITY_BONUS : -OTHER_LOCALITY_PENALTY;
    if (rememberedLocality) return scope === rememberedLocality ? NAMED_LOCALITY_BONUS / 2 : -LOCAL_ENTRY_PENALTY;
    return -LOCAL_ENTRY_PENALTY;
  }

  private recordKinds(tokens: readonly string[]): void {
    for (const kind of this.kinds) {
      for (let i = 0; i + kind.tokens.length < tokens.length; i++) {
        if (kind.tokens.every((t, k) => tokens[i + k] === t)) kind.followers.add(tokens[i + kind.tokens.length]!);
      }
    }
  }

  /** True when the text pairs a kind word with a word the content never puts after it. */
  private namesOtherKind(text: NormalizedText): boolean {
    return this.kinds.some(({ tokens, followers }) => {
      for (let i = 0; i + tokens.length < text.folded.length; i++) {
        if (!tokens.every((t, k) => text.folded[i + k] === t)) continue;
        const next = text.folded[i + tokens.length]!;
        const accented = text.accented[i + tokens.length]!;
        if (!followers.has(next) && this.weightOf(next, accented) > FUNCTION_WORD_WEIGHT) return true;
      }
      return false;
    });
  }

  private weightOf(folded: string, accented: string): number {
    if (this.functionWords.has(accented) || (accented === folded && this.foldedFunctionWords.has(folded))) {
      return FUNCTION_WORD_WEIGHT;
    }
    return this.idf.get(folded) ?? this.unknownIdf;
  }

  private correctTypo(folded: string, accented: string): string {
    if (this.idf.has(folded) || folded.length < 4 || this.functionWords.has(accented)) return folded;
    for (const variant of [folded, ...deletions(folded)]) {
      const known = this.typoNeighbours.get(variant) ?? (this.idf.has(variant) ? variant : undefined);
      if (known) return known;
    }
    return folded;
  }

  /** Separates the locality names of a text (they select the scope, not the topic) from the rest. */
  splitLocalities(text: NormalizedText): { text: NormalizedText; localities: Scope[] } {
    const keep: number[] = [];
    const localities: Scope[] = [];
    for (let i = 0; i < text.folded.length; ) {
      const alias = this.localityAliases.find((a) => a.tokens.every((t, k) => text.folded[i + k] === t));
      if (alias) {
        localities.push(alias.id);
        i += alias.tokens.length;
      } else keep.push(i++);
    }
    if (localities.length === 0) return { text, localities };
    return {
      text: { original: text.original, accented: keep.map((i) => text.accented[i]!), folded: keep.map((i) => text.folded[i]!) },
      localities,
    };
  }
}

function bigramsOf(tokens: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < tokens.length; i++) pairs.add(`${tokens[i - 1]} ${tokens[i]}`);
  return pairs;
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
