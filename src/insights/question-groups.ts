import type { Knowledge } from '../faq/answer-engine.js';
import type { StoredQuestion } from './repository.js';

export interface QuestionGroup {
  /** The id of the group's newest question: stable while that question is kept. */
  id: string;
  /** The newest wording. */
  text: string;
  /** Other distinct wordings, newest first, a few at most. */
  variants: string[];
  count: number;
  lastSeen: number;
  /** Every question in the group, for dismissing or resolving them together. */
  ids: string[];
}

/** Two questions whose content words overlap this much (Jaccard) are the same question. */
const SAME_QUESTION = 0.5;
const MAX_VARIANTS = 4;

/**
 * Groups similar questions by their folded content words (the normaliser of the live content,
 * its function words left out), newest first; groups are ordered by count, then recency.
 */
export function groupQuestions(questions: readonly StoredQuestion[], knowledge: Knowledge): QuestionGroup[] {
  const functionWords = new Set(knowledge.content.lexicon.functionWords.map((w) => w.normalize('NFC').toLowerCase()));
  const groups: Array<QuestionGroup & { words: Set<string> }> = [];
  const newestFirst = [...questions].sort((a, b) => b.at - a.at);
  for (const question of newestFirst) {
    const words = contentWords(knowledge, functionWords, question.text);
    const group = groups.find((g) => similarity(g.words, words) >= SAME_QUESTION);
    if (!group) {
      groups.push({ id: question.id, text: question.text, variants: [], count: 1, lastSeen: question.at, ids: [question.id], words });
      continue;
    }
    group.count++;
    group.ids.push(question.id);
    if (group.variants.length < MAX_VARIANTS && question.text !== group.text && !group.variants.includes(question.text)) {
      group.variants.push(question.text);
    }
  }
  return groups
    .map(({ words: _words, ...group }) => group)
    .sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen);
}

function contentWords(knowledge: Knowledge, functionWords: Set<string>, text: string): Set<string> {
  const normalized = knowledge.normalize(text);
  const content = normalized.folded.filter((_, i) => !functionWords.has(normalized.accented[i]!));
  return new Set(content.length > 0 ? content : normalized.folded);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
