import { foldedWords } from '../language/fold.js';
import type { NormalizedText } from '../language/normalizer.js';
import type { FaqEntry } from './schema.js';

// "khẩu hiệu 'mỗi người dân khỏe mạnh' vế sau là gì": the part of a slogan given, in quotes of any kind.
const QUOTED = /["'“‘]([^"'“”‘’]+)["'”’]/gu;
// "… vế sau là gì", "câu đầy đủ của … là gì", "… đầy đủ như thế nào", "… tiếp theo là gì": the rest of a slogan asked for.
const ASKS_THE_REST = /\b(?:ve (?:sau|truoc|con lai|tiep)|cau day du|day du (?:la|nhu the nao|the nao|ra sao)|nguyen van|cau tiep|doan sau|tiep theo)\b/;
// "khẩu hiệu kêu gọi chủ động bảo vệ sức khỏe": a slogan asked for by a run of its words, longer than three ("khẩu
// hiệu về sức khỏe" has the "vệ sức khỏe" of one, folded), and one that exclaims: not the name of a model
// (“Khu dân cư tham gia bảo hiểm y tế cao”) in "bảo hiểm y tế toàn dân chỉ là khẩu hiệu".
const NAMES_SLOGAN = /\b(?:khau hieu|thong diep|slogan)\b/;
// "thông điệp về chăm sóc sức khỏe nhân dân gồm những câu nào": the slogans on a subject, not one of them.
const ASKS_ALL = /\b(?:nhung|cac) (?:cau|thong diep|khau hieu)\b|\bgom nhung\b/;
const NAMED_BY_WORDS = 4;
const EXCLAIMS = /!$/;
// The slogans and titles the answers quote.
const ANSWER_QUOTE = /“([^”]+)”/g;
const QUOTED_WORDS = 2;
const UNQUOTED_WORDS = 3;
// "Một nước Việt Nam khỏe mạnh được bắt đầu từ đâu?": half a slogan or more, recited without naming it as one, in a
// message not much longer.
const RECITED_WORDS = 6;
const RECITED_SHARE = 0.5;
const MAX_RECITING_WORDS = 20;

/** The parts of a message in quotes of any kind, as typed. */
export function quotedParts(original: string): string[] {
  return [...original.matchAll(QUOTED)].map((m) => m[1]!);
}

export interface Quotation {
  entry: FaqEntry;
  /** The whole slogan, as the answer writes it; none when the slogans are asked for, not one of them. */
  whole?: string;
}

interface Slogan extends Required<Quotation> {
  folded: readonly string[];
}

const slogansOf = new WeakMap<readonly FaqEntry[], Slogan[]>();

/**
 * The slogan, quoted in an answer, that a message gives part of and asks the rest of ("thông điệp 'mỗi người dân khỏe
 * mạnh' vế sau là gì" → “Mỗi người dân khỏe mạnh - Cả nước vững mạnh!”), with the entry that quotes it among the most
 * slogans.
 */
export function quotationOf(entries: readonly FaqEntry[], text: NormalizedText): Quotation | undefined {
  // Read on the normalised words first: most messages ask for no slogan, and folding the original again costs.
  const folded = text.folded.join(' ');
  const asksTheRest = ASKS_THE_REST.test(folded);
  const namesSlogan = NAMES_SLOGAN.test(folded);
  const recites = !asksTheRest && !namesSlogan;
  if (recites && (text.folded.length < RECITED_WORDS || text.folded.length > MAX_RECITING_WORDS)) return undefined;
  // The words as typed, and as normalised when that differs: the lexicon's rewrites ("mọi người dân" → "toàn dân")
  // would hide a slogan's own words, and the abbreviations typed ("dc" for "được") hide them as typed.
  const typed = foldedWords(text.original);
  const readings = typed.join(' ') === folded ? [typed] : [typed, text.folded];
  let slogans = slogansOf.get(entries);
  if (!slogans) {
    // A slogan quoted by several answers goes with the one that quotes the most (a list of slogans, not an answer on
    // prevention that ends with one).
    const quotes = entries.map((entry) => [...entry.answer.matchAll(ANSWER_QUOTE)].map(([, whole]) => ({ entry, whole: whole!, folded: foldedWords(whole!) })));
    slogans = quotes.sort((a, b) => b.length - a.length).flat();
    slogansOf.set(entries, slogans);
  }
  // Quoted, the part is all in the slogan; unquoted, the message has a run of the slogan's words, and the slogan with
  // the longest run is the one meant ("phong trào tập thể dục theo gương Bác Hồ" names the movement, not the slogan on
  // exercise).
  const quoted = quotedParts(text.original).map(foldedWords).filter((w) => w.length >= QUOTED_WORDS);
  const runOf = (slogan: readonly string[]) =>
    quoted.length === 0 ? Math.max(...readings.map((words) => longestRun(words, slogan))) : quoted.some((part) => longestRun(part, slogan) === part.length) ? Infinity : 0;
  const least = quoted.length > 0 ? 1 : asksTheRest ? UNQUOTED_WORDS : namesSlogan ? NAMED_BY_WORDS : RECITED_WORDS;
  // Of slogans that all have the part quoted, one that begins with it: the rest of it is what is asked.
  const opensWithQuoted = (slogan: readonly string[]) => quoted.some((part) => part.every((w, i) => slogan[i] === w));
  let best: { slogan: Slogan; run: number } | undefined;
  for (const slogan of slogans) {
    if (!asksTheRest && !EXCLAIMS.test(slogan.whole)) continue;
    const run = runOf(slogan.folded);
    if (recites && run < slogan.folded.length * RECITED_SHARE) continue;
    const better = run > (best?.run ?? 0) || (run === best?.run && opensWithQuoted(slogan.folded) && !opensWithQuoted(best.slogan.folded));
    if (run >= least && better) best = { slogan, run };
  }
  if (!best) return undefined;
  // Asked for them all, by the words of one: the answer that quotes the most slogans.
  return quoted.length === 0 && !asksTheRest && ASKS_ALL.test(folded) ? { entry: slogans[0]!.entry } : { entry: best.slogan.entry, whole: best.slogan.whole };
}

/** The most consecutive words of the message that the slogan has in the same order, short of the whole slogan. */
function longestRun(message: readonly string[], slogan: readonly string[]): number {
  let longest = 0;
  for (let i = 0; i < message.length; i++) {
    for (let j = 0; j < slogan.length; j++) {
      let n = 0;
      while (i + n < message.length && message[i + n] === slogan[j + n]) n++;
      if (n < slogan.length) longest = Math.max(longest, n);
    }
  }
  return longest;
}
