// npm run bench:answer — answer selection (normalise + search + score) with the real content and with
// 1,000 and 10,000 synthetic entries: index build time, query p50/p99, heap used.
import { Knowledge } from '../src/faq/answer-engine.js';
import { loadContent, type Content } from '../src/faq/content.js';
import type { FaqEntry } from '../src/faq/schema.js';
import { fromRoot } from '../src/paths.js';
import { loadCases } from '../tests/eval/cases.js';
import { percentile, recordResults, table } from './report.js';

const content = await loadContent(fromRoot('content'));
const questions = (await loadCases()).flatMap((c) => c.turns.map((t) => t.text));

/** Entries made by recombining the real content's words, so the vocabulary and lengths stay realistic. */
function synthetic(count: number): Content {
  const words = content.entries.flatMap((e) => [e.question, ...e.paraphrases].join(' ').split(/\s+/));
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  const template = content.entries[0]!;
  const entries: FaqEntry[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `synthetic-${i}`,
    group: undefined,
    question: sentence(10),
    paraphrases: Array.from({ length: 5 }, () => sentence(8)),
    keywords: [sentence(2), sentence(2)],
    answer: sentence(60).slice(0, 600),
  }));
  return { ...content, entries };
}

function measure(label: string, source: Content): Record<string, string | number> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  let knowledge!: Knowledge;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    knowledge = new Knowledge(source);
    builds.push(performance.now() - t0);
  }
  globalThis.gc?.();
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  for (const q of questions) knowledge.decide(knowledge.normalize(q)); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of questions) {
      const t0 = performance.now();
      knowledge.decide(knowledge.normalize(q));
      times.push(performance.now() - t0);
    }
  }
  return {
    content: label,
    entries: source.entries.length,
    'build ms (median of 3)': percentile(builds, 0.5).toFixed(1),
    'query p50 ms': percentile(times, 0.5).toFixed(3),
    'query p99 ms': percentile(times, 0.99).toFixed(3),
    'heap MiB': heapMiB.toFixed(1),
  };
}

const rows = [measure('real', content), measure('synthetic', synthetic(1_000)), measure('synthetic', synthetic(10_000))];
console.log(`\nAnswer selection over ${questions.length} questions × 5 rounds (targets: real p99 < 1 ms, build < 200 ms; 10,000 entries p99 < 5 ms)\n`);
console.log(table(rows));
// The largest message the web chat accepts (16 KB), as one word and as many: what one hostile message can cost.
const real = new Knowledge(content);
const hostile = Object.entries({ 'one 16,000-letter word': 'ngay'.repeat(4_000), '16,000 letters of words': 'ho tro bhyt '.repeat(1_333) }).map(([message, text]) => {
  const t0 = performance.now();
  real.decide(real.normalize(text));
  return { message, 'ms': (performance.now() - t0).toFixed(1) };
});
console.log(`\nOne hostile message each, with the real content\n`);
console.log(table(hostile));
console.log(`\nresults: ${recordResults('answer', { questions: questions.length, rows, hostile })}`);
