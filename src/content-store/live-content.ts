import type { FastifyBaseLogger } from 'fastify';
import { checkReferences, type Content } from '../faq/content.js';
import type { KnowledgeHolder } from '../faq/knowledge-holder.js';
import type { FaqEntry } from '../faq/schema.js';
import type { NewVersion, VersionMeta, VersionRepository } from './versions.js';

/**
 * Keeps this instance's answer engine on the live content version: seeds version 1 from content/,
 * loads the live version at start, follows other instances' publishes and rollbacks, and publishes.
 * Versions hold the FAQ entries; documents, health days, localities and the lexicon come from content/.
 */
export class LiveContent {
  private applied: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  private stopWatching?: () => Promise<void>;

  constructor(
    private readonly deps: {
      versions: VersionRepository;
      knowledge: KnowledgeHolder;
      /** The content/ this instance loaded: version 1, and the documents and lexicon of every version. */
      base: Content;
      logger: FastifyBaseLogger;
    },
  ) {}

  /** The live version number as this instance serves it. */
  get version(): number {
    return this.deps.knowledge.current.version;
  }

  async start(): Promise<void> {
    const { logger } = this.deps;
    try {
      await this.sync();
    } catch (error) {
      logger.warn({ err: error }, 'content versions unavailable at start: serving content/ until the store answers');
    }
    this.stopWatching = await this.deps.versions.watch({
      onLive: (number) => void this.apply(number).catch((error) => logger.error({ err: error, version: number }, 'content version not applied')),
      onReconnect: () => void this.sync().catch((error) => logger.warn({ err: error }, 'content version check failed')),
    });
  }

  async stop(): Promise<void> {
    await this.stopWatching?.();
  }

  /** Seeds version 1 if the store is empty, then serves whatever version is live. */
  async sync(): Promise<void> {
    const { versions, base, logger } = this.deps;
    await versions.seed(base.entries, new Date().toISOString());
    const live = await versions.live();
    if (live === undefined) return;
    await this.apply(live);
    const served = await versions.get(live);
    if (live !== 1 && served && JSON.stringify(served.entries) !== JSON.stringify(base.entries)) {
      logger.info({ version: live }, 'content/faq differs from the live version: staff edits are served (content:import publishes content/)');
    }
  }

  /** The whole content for a set of entries; throws ContentError when an entry cites a missing document or repeats an id. */
  contentOf(entries: readonly FaqEntry[]): Content {
    const content: Content = { ...this.deps.base, entries: [...entries] };
    checkReferences(content);
    return content;
  }

  async publish(entries: readonly FaqEntry[], version: NewVersion): Promise<VersionMeta> {
    this.contentOf(entries);
    const meta = await this.deps.versions.add(version, entries);
    await this.makeLive(meta.number);
    return meta;
  }

  /** Rolls back (or forward) to a stored version. */
  async makeLive(number: number): Promise<void> {
    const stored = await this.deps.versions.get(number);
    if (!stored) throw new Error(`content version ${number} does not exist`);
    this.contentOf(stored.entries);
    await this.deps.versions.setLive(number);
    await this.apply(number);
  }

  /** Swaps the answer engine to a version; one at a time, in the order asked. Messages in flight keep theirs. */
  apply(number: number): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.applied === number) return;
      const stored = await this.deps.versions.get(number);
      if (!stored) throw new Error(`content version ${number} does not exist`);
      this.deps.knowledge.replace(this.contentOf(stored.entries), number);
      this.applied = number;
      this.deps.logger.info({ version: number }, 'content version live');
    });
    this.queue = run.catch(() => {});
    return run;
  }
}
