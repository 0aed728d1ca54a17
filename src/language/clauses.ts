// Sentences end at . ! ? ; … followed by a space, or at a line break: "95.5%" and "1.5 cm" stay whole.
const SENTENCE_END = /(?<=[.!?;…])\s+|\n+/;
const CLAUSE_END = /,\s*/;
// Shorter than this, a message says too little to hold circumstances and a question apart.
const MIN_WORDS = 10;
const MIN_PART_WORDS = 3;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The parts of a long message that may hold its question, widest first: its last sentence, then the last two
 * clauses and the last clause of that sentence. People tell their circumstances first and ask last ("mẹ em 70
 * tuổi, nhà ở Sìn Hồ, … vậy mua bhyt có được hỗ trợ không ạ?"); the words of the circumstances, which no
 * answer has, would lower the score of every answer to the question.
 */
export function askingParts(message: string): string[] {
  if (wordCount(message) < MIN_WORDS) return [];
  const sentences = message.split(SENTENCE_END).filter((s) => wordCount(s) > 0);
  const last = sentences.at(-1)!;
  const clauses = last.split(CLAUSE_END).filter((c) => wordCount(c) > 0);
  const parts = [last, clauses.slice(-2).join(', '), clauses.at(-1)!];
  return [...new Set(parts)].filter((part) => part !== message.trim() && wordCount(part) >= MIN_PART_WORDS);
}
