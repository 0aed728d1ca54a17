// npm run explain -- [--at=ha-noi] "câu hỏi": what the answer engine makes of a question (candidates, scores, matched
// words), for the place the question names or, with --at, the place a conversation remembers.
import { Knowledge } from '../src/faq/answer-engine.js';
import { loadContent } from '../src/faq/content.js';
import type { Scope } from '../src/faq/schema.js';
import { fromRoot } from '../src/paths.js';

const knowledge = new Knowledge(await loadContent(fromRoot('content')));
const args = process.argv.slice(2);
const remembered = args.find((a) => a.startsWith('--at='))?.slice('--at='.length) as Scope | undefined;
for (const question of args.filter((a) => !a.startsWith('--at='))) {
  const text = knowledge.normalize(question);
  // As the bot asks it: for the place the question names, or else the one remembered.
  const locality = knowledge.index.splitLocalities(text).localities[0] ?? remembered;
  const decision = knowledge.decide(text, { locality });
  console.log(`\n"${question}" → ${text.folded.join(' ')}${locality ? ` [${locality}]` : ''}\n  decision: ${decision.kind}`);
  for (const c of decision.candidates) console.log(`  ${c.score.toFixed(3)} ${c.entry.id} [${c.matched.join(' ')}]`);
}
