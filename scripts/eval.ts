// npm run eval: scores the bot on the labelled questions in tests/eval/questions.yaml.
import { evaluate, loadCases } from '../tests/eval/evaluate.js';

const verbose = process.argv.includes('--verbose');
const report = await evaluate(await loadCases());
if (verbose || report.failures.length <= 40) {
  for (const f of report.failures) console.log(`FAIL ${f.id} [${f.kind}] "${f.text}" expected ${f.expected}, got ${f.got}`);
}
for (const [kind, k] of Object.entries(report.byKind)) console.log(`${kind.padEnd(11)} ${k.correct}/${k.turns} = ${(k.accuracy * 100).toFixed(1)}%`);
console.log(`cases ${report.cases}`);
console.log(`top-1 accuracy                ${(report.accuracy * 100).toFixed(1)}%`);
console.log(`answered when should fall back ${(report.answeredWhenShouldFallBack * 100).toFixed(1)}%`);
console.log(`fell back when should answer   ${(report.fellBackWhenShouldAnswer * 100).toFixed(1)}%`);
