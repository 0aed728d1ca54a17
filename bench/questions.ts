import { loadCases } from '../tests/eval/cases.js';

// Questions a citizen asks first, in every spelling the evaluation set has; small talk, out-of-scope questions
// and follow-ups are left out so that every message gets an answer (a handoff request would silence the user).
const FIRST_QUESTIONS = new Set(['accented', 'unaccented', 'teencode', 'typo', 'nfd']);

/** Real questions from tests/eval/questions.yaml for the simulated citizens to ask. */
export async function benchQuestions(): Promise<string[]> {
  const cases = await loadCases();
  return cases.filter((c) => FIRST_QUESTIONS.has(c.kind) && c.turns[0]!.expect.intent !== 'handoff').map((c) => c.turns[0]!.text);
}
