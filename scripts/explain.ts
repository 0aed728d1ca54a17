// npm run explain -- "câu hỏi": what the answer engine makes of a question (candidates, scores, matched words).
import { Knowledge } from '../src/faq/answer-engine.js';
import { loadContent } from '../src/faq/content.js';
import { fromRoot } from '../src/paths.js';

const knowledge = new Knowledge(await loadContent(fromRoot('content')));
for (const question of process.argv.slice(2)) {
  const text = knowledge.normalize(question);
  // As the bot asks it: for the place the question names (a conversation's remembered place is not known here).
  const locality = knowledge.index.splitLocalities(text).localities[0];
  const decision = knowledge.decide(text, { locality });
  console.log(`\n"${question}" → ${text.folded.join(' ')}${locality ? ` [${locality}]` : ''}\n  decision: ${decision.kind}`);
  for (const c of decision.candidates) console.log(`  ${c.score.toFixed(3)} ${c.entry.id} [${c.matched.join(' ')}]`);
}
