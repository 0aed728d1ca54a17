/**
 * Numbers said in words, as voice typing and careful typists write them ("chín mươi lăm phần trăm", "năm hai nghìn
 * không trăm ba mươi", "bảy lăm phẩy năm", "mùng bảy tháng tư"), written in digits as the documents write them. Only a
 * run of words that can be nothing but a number is read: "năm" alone is a year as often as five, "hai" is Hải Phòng.
 */

// Units as written with diacritics, and typed plain where the plain word is rarely anything else in a question.
const UNITS = new Map<string, number>([
  ['không', 0], ['một', 1], ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['lăm', 5], ['nhăm', 5],
  ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
  ['khong', 0], ['mot', 1], ['bon', 4], ['nam', 5], ['lam', 5], ['sau', 6], ['bay', 7], ['tam', 8], ['chin', 9],
]);
// After "mươi" a unit is said its own way: "hai mươi mốt", "chín mươi lăm"; "hai mươi năm" is twenty years.
const AFTER_TENS = new Set(['mốt', 'hai', 'ba', 'bốn', 'tư', 'lăm', 'nhăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'bon', 'lam', 'sau', 'bay', 'tam', 'chin']);
// "bảy lăm", "chín lăm": seventy-five, ninety-five, the tens said without "mươi" (typed plain, "lam" is "làm").
const SHORT_FIVE = new Set(['lăm', 'nhăm']);
// Typed plain, "lam" is "làm" as often: a short five only before what the number counts or its decimal point ("bay
// lam tuoi", "chin lam phan tram", "bay lam phay nam").
const PLAIN_SHORT_FIVE = 'lam';
const AFTER_PLAIN_FIVE = new Set(['tuổi', 'tuoi', 'phần', 'phan', 'phẩy', 'phay']);
const TEN = new Set(['mười', 'muoi']);
const TENS = new Set(['mươi', 'muoi']);
const HUNDRED = new Set(['trăm', 'tram']);
// Typed plain, "tram" is as often "trạm" ("một trạm y tế"): a hundred only with more of the number after it.
const PLAIN_HUNDRED = 'tram';
const THOUSAND = new Set(['nghìn', 'ngàn', 'nghin', 'ngan']);
const NO_TENS = new Set(['linh', 'lẻ']);
const POINT = new Set(['phẩy', 'phay']);
// "tháng tư", "mồng một": a month or a day of it, by its number. Not "tháng năm" (a month and a year, as often as
// May) nor "tháng sau" typed plain (next month).
const BEFORE_DAY_OR_MONTH = new Set(['tháng', 'thang', 'mùng', 'mồng', 'mung']);
const NOT_A_MONTH = new Set(['năm', 'nam', 'sau']);
const MONTH_NAMES = new Map([['giêng', 1], ['chạp', 12]]);
const WORD = /[\p{L}\d]+/gu;
// Every number read has one of these words (a multiplier, a short five, a month or day, a year said digit by digit):
// most texts have none, and are not read word by word.
const MAY_SAY_NUMBER = /(?<!\p{L})(?:mươi|mười|muoi|trăm|tram|nghìn|ngàn|nghin|ngan|lăm|nhăm|tháng|thang|mùng|mồng|mung|hai kh[ôo]ng|lam (?:tuổi|tuoi|phần|phan|phẩy|phay))(?!\p{L})/iu;

interface Parsed {
  value: string;
  /** Index of the first word after the number. */
  end: number;
}

/** The text with each run of words that says a number written as that number in digits. */
export function withNumbersAsDigits(text: string): string {
  if (!MAY_SAY_NUMBER.test(text)) return text;
  const words = [...text.matchAll(WORD)];
  // Runs of words joined by single spaces only: a number does not go on over punctuation.
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; ) {
    const joined = (k: number) => k + 1 < words.length && text.slice(words[k]!.index! + words[k]![0].length, words[k + 1]!.index!) === ' ';
    let last = i;
    while (joined(last)) last++;
    const run = words.slice(i, last + 1).map(([w]) => w.toLowerCase());
    for (let j = 0; j < run.length; ) {
      const parsed = numberAt(run, j);
      if (!parsed) {
        j++;
        continue;
      }
      const start = words[i + j]!.index!;
      const endWord = words[i + parsed.end - 1]!;
      out += `${text.slice(at, start)}${parsed.value}`;
      at = endWord.index! + endWord[0].length;
      j = parsed.end;
    }
    i = last + 1;
  }
  return out + text.slice(at);
}

/** The number said by the words from j, if they can say nothing else. */
function numberAt(words: readonly string[], j: number): Parsed | undefined {
  const before = words[j - 1];
  // "tháng bảy", "mồng một": a single unit is the day or month itself.
  if (before !== undefined && BEFORE_DAY_OR_MONTH.has(before)) {
    const month = MONTH_NAMES.get(words[j]!);
    if (month !== undefined) return { value: String(month), end: j + 1 };
    const whole = integerAt(words, j);
    if (whole) return whole;
    const unit = NOT_A_MONTH.has(words[j]!) ? undefined : UNITS.get(words[j]!);
    return unit !== undefined && unit > 0 ? { value: String(unit), end: j + 1 } : undefined;
  }
  return yearByDigits(words, j) ?? withDecimal(words, integerAt(words, j));
}

/** "hai không hai sáu": a year said digit by digit. */
function yearByDigits(words: readonly string[], j: number): Parsed | undefined {
  const digits = words.slice(j, j + 4).map((w) => UNITS.get(w));
  if (digits.length < 4 || digits.some((d) => d === undefined) || digits[0] !== 2 || digits[1] !== 0) return undefined;
  if (UNITS.has(words[j + 4] ?? '')) return undefined;
  return { value: digits.join(''), end: j + 4 };
}

/** "bảy lăm phẩy năm": the decimal after the number. */
function withDecimal(words: readonly string[], whole: Parsed | undefined): Parsed | undefined {
  if (!whole || !POINT.has(words[whole.end] ?? '')) return whole;
  const decimal = UNITS.get(words[whole.end + 1] ?? '');
  return decimal === undefined ? whole : { value: `${whole.value}.${decimal}`, end: whole.end + 2 };
}

/** A whole number said with at least one of "mươi", "trăm", "nghìn" (or "bảy lăm"), from j. */
function integerAt(words: readonly string[], j: number): Parsed | undefined {
  const unit = (k: number) => UNITS.get(words[k] ?? '');
  let value = 0;
  let k = j;
  let said = false;
  if (unit(k) !== undefined && THOUSAND.has(words[k + 1] ?? '')) {
    value += unit(k)! * 1000;
    k += 2;
    said = true;
  }
  const moreAfter = (k: number) => unit(k) !== undefined || TENS.has(words[k] ?? '') || NO_TENS.has(words[k] ?? '');
  if (unit(k) !== undefined && HUNDRED.has(words[k + 1] ?? '') && (words[k + 1] !== PLAIN_HUNDRED || moreAfter(k + 2))) {
    value += unit(k)! * 100;
    k += 2;
    said = true;
    // "hai nghìn không trăm linh năm": no tens.
    if (NO_TENS.has(words[k] ?? '') && unit(k + 1) !== undefined) return { value: String(value + unit(k + 1)!), end: k + 2 };
  }
  if (TEN.has(words[k] ?? '') && (said || unit(k - 1) === undefined)) {
    value += 10;
    k += 1;
    said = true;
    // "mười một", "mười lăm"; not "mười năm" (ten years).
    if (AFTER_TENS.has(words[k] ?? '') || words[k] === 'một' || words[k] === 'mot') value += unit(k++)!;
  } else if (unit(k) !== undefined && unit(k)! > 0 && TENS.has(words[k + 1] ?? '')) {
    value += unit(k)! * 10;
    k += 2;
    said = true;
    if (AFTER_TENS.has(words[k] ?? '')) value += unit(k++)!;
  } else if (unit(k) !== undefined && unit(k)! > 1 && shortFiveAt(words, k + 1)) {
    value += unit(k)! * 10 + 5;
    k += 2;
    said = true;
  }
  return said ? { value: String(value), end: k } : undefined;
}

/** "lăm" of "bảy lăm"; typed plain, "lam" before what is counted. */
function shortFiveAt(words: readonly string[], k: number): boolean {
  return SHORT_FIVE.has(words[k] ?? '') || (words[k] === PLAIN_SHORT_FIVE && AFTER_PLAIN_FIVE.has(words[k + 1] ?? ''));
}
