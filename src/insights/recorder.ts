import type { FastifyBaseLogger } from 'fastify';
import type { PipelineObserver, TurnRecord } from '../pipeline/pipeline.js';
import { vietnamDay } from './days.js';
import type { InsightsRepository, Outcome } from './repository.js';

// Where staff answer in the platform's own inbox; the handoff intent pauses the bot only there.
const STAFF_INBOX_CHANNELS = new Set<TurnRecord['channel']>(['messenger', 'zalo']);
// Intents that answer from the documents without an FAQ entry.
const ANSWERING_INTENTS = new Set(['health-day', 'document-part']);

/** Answered: an FAQ entry, a health day or a document's parts were given; fallback: the bot said it does not know. */
export function outcomeOf(record: TurnRecord): Outcome {
  if (record.entryId || ANSWERING_INTENTS.has(record.intent)) return 'answered';
  return record.intent === 'fallback' ? 'fallback' : 'other';
}

/** The pipeline's observer: counts every handled message, keeps unanswered questions and hand-offs for staff. */
export class InsightsRecorder implements PipelineObserver {
  constructor(
    private readonly repository: InsightsRepository,
    private readonly settings: { handoffMs: number },
    private readonly logger: FastifyBaseLogger,
  ) {}

  async turnHandled(record: TurnRecord): Promise<void> {
    try {
      await this.repository.count(vietnamDay(record.at), record.channel, outcomeOf(record), record.entryId);
      if (record.unanswered?.trim()) {
        await this.repository.addQuestion({ text: record.unanswered.trim(), at: record.at.getTime(), owner: record.userKey });
      }
      if (record.intent === 'handoff' && STAFF_INBOX_CHANNELS.has(record.channel)) {
        const since = record.at.getTime();
        await this.repository.putHandoff({ userKey: record.userKey, channel: record.channel, since, until: since + this.settings.handoffMs });
      }
    } catch (error) {
      // Statistics must never cost a citizen their answer.
      this.logger.warn({ err: error, user: record.userKey }, 'insights not recorded');
    }
  }

  /** Not swallowed: a person who asked to be forgotten must not be kept by a silent failure. */
  async userForgotten(userKey: string): Promise<void> {
    await this.repository.forgetOwner(userKey);
  }
}
