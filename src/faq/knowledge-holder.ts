import { Knowledge } from './answer-engine.js';
import type { Content } from './content.js';

/** The content version in use. Publishing swaps it whole; a message in flight keeps the version it started with. */
export class KnowledgeHolder {
  private knowledge: Knowledge;

  constructor(content: Content, version = 1) {
    this.knowledge = new Knowledge(content, version);
  }

  get current(): Knowledge {
    return this.knowledge;
  }

  replace(content: Content, version: number): Knowledge {
    this.knowledge = new Knowledge(content, version);
    return this.knowledge;
  }
}
