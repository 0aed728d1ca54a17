import { Knowledge } from '../../src/faq/answer-engine.js';
import { loadContent } from '../../src/faq/content.js';
import { fromRoot } from '../../src/paths.js';

let shipped: Promise<Knowledge> | undefined;

/** The answer engine over the content shipped in content/, built once per test file. */
export function shippedKnowledge(): Promise<Knowledge> {
  shipped ??= loadContent(fromRoot('content')).then((content) => new Knowledge(content));
  return shipped;
}
