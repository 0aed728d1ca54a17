import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { EvalCase } from './cases.js';

export { loadCases } from './cases.js';

export interface EvalReport {
  cases: number;
  /** Share of turns whose top answer was the expected entry or intent. */
  accuracy: number;
  /** Share of out-of-scope turns that got an answer instead of the fallback. */
  answeredWhenShouldFallBack: number;
  /** Share of in-scope turns that fell back instead of answering. */
  fellBackWhenShouldAnswer: number;
  byKind: Record<string, { turns: number; correct: number; accuracy: number }>;
  failures: Array<{ id: string; kind: string; text: string; expected: string; got: string }>;
}

/** Asks every question through the real pipeline (in memory) and scores the top answer. */
export async function evaluate(cases: EvalCase[]): Promise<EvalReport> {
  const app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', USER_RATE_LIMIT: '1000' }));
  const byKind: EvalReport['byKind'] = {};
  const failures: EvalReport['failures'] = [];
  let turns = 0;
  let correct = 0;
  let oos = 0;
  let oosAnswered = 0;
  let inScope = 0;
  let inScopeFellBack = 0;
  try {
    for (const c of cases) {
      const userId = `eval-${c.id}`;
      for (const [i, turn] of c.turns.entries()) {
        const text = c.kind === 'nfd' ? turn.text.normalize('NFD') : turn.text;
        const { result } = await app.services.pipeline.handle({
          channel: 'webchat',
          account: 'eval',
          userId,
          messageId: `${c.id}-${i}`,
          kind: 'text',
          text,
          at: new Date(),
        });
        const expected = turn.expect.entry ?? turn.expect.intent ?? '?';
        const got = turn.expect.entry ? (result.entryId ?? result.intent) : result.intent;
        const ok = got === expected;
        turns++;
        if (ok) correct++;
        const k = (byKind[c.kind] ??= { turns: 0, correct: 0, accuracy: 0 });
        k.turns++;
        if (ok) k.correct++;
        if (expected === 'fallback') {
          oos++;
          if (result.intent !== 'fallback') oosAnswered++;
        } else if (turn.expect.entry) {
          inScope++;
          // A fallback that gives an entry says what the documents do not answer: that is its answer.
          if (result.intent === 'fallback' && !result.entryId) inScopeFellBack++;
        }
        if (!ok) failures.push({ id: c.id, kind: c.kind, text: turn.text, expected, got: `${got} (${result.confidence})` });
      }
    }
  } finally {
    await app.close();
  }
  for (const k of Object.values(byKind)) k.accuracy = round(k.correct / k.turns);
  return {
    cases: cases.length,
    accuracy: round(correct / turns),
    answeredWhenShouldFallBack: round(oos ? oosAnswered / oos : 0),
    fellBackWhenShouldAnswer: round(inScope ? inScopeFellBack / inScope : 0),
    byKind,
    failures,
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
