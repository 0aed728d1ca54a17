import { randomBytes } from 'node:crypto';
import type { ChannelName } from '../message.js';
import {
  DEFAULT_RETENTION,
  MAX_QUESTIONS,
  type DayCounts,
  type HandoffRecord,
  type InsightsRepository,
  type InsightsRetention,
  type Outcome,
  type StoredQuestion,
} from './repository.js';

interface OwnedQuestion extends StoredQuestion {
  owner: string;
}

/** The insights of one process, lost on restart; used when there is no Redis. */
export class MemoryInsightsRepository implements InsightsRepository {
  private readonly dayCounts = new Map<string, { counts: DayCounts; expiresAt: number }>();
  private readonly stored = new Map<string, OwnedQuestion>();
  private readonly handoffsByUser = new Map<string, HandoffRecord>();

  constructor(
    private readonly retention: InsightsRetention = DEFAULT_RETENTION,
    private readonly clock: () => number = Date.now,
  ) {}

  async count(date: string, channel: ChannelName, outcome: Outcome, entryId?: string): Promise<void> {
    const now = this.clock();
    let slot = this.dayCounts.get(date);
    if (!slot || slot.expiresAt <= now) slot = { counts: { date, channels: {}, entries: {} }, expiresAt: 0 };
    slot.expiresAt = now + this.retention.statsSeconds * 1000;
    const counts = (slot.counts.channels[channel] ??= { messages: 0, answered: 0, fallback: 0 });
    counts.messages++;
    if (outcome !== 'other') counts[outcome]++;
    if (entryId) slot.counts.entries[entryId] = (slot.counts.entries[entryId] ?? 0) + 1;
    this.dayCounts.set(date, slot);
  }

  async days(dates: readonly string[]): Promise<DayCounts[]> {
    const now = this.clock();
    return dates.map((date) => {
      const slot = this.dayCounts.get(date);
      return slot && slot.expiresAt > now ? structuredClone(slot.counts) : { date, channels: {}, entries: {} };
    });
  }

  async addQuestion(question: { text: string; at: number; owner: string }): Promise<void> {
    const id = randomBytes(9).toString('base64url');
    this.stored.set(id, { id, ...question });
    const cutoff = this.clock() - this.retention.questionsSeconds * 1000;
    for (const [key, q] of this.stored) if (q.at <= cutoff) this.stored.delete(key);
    // Map order is insertion order: the first ones are the oldest.
    for (const key of [...this.stored.keys()].slice(0, Math.max(0, this.stored.size - MAX_QUESTIONS))) this.stored.delete(key);
  }

  async questions(limit: number): Promise<StoredQuestion[]> {
    const cutoff = this.clock() - this.retention.questionsSeconds * 1000;
    return [...this.stored.values()]
      .filter((q) => q.at > cutoff)
      .sort((a, b) => b.at - a.at)
      .slice(0, limit)
      .map(({ id, text, at }) => ({ id, text, at }));
  }

  async removeQuestions(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.stored.delete(id);
  }

  async putHandoff(handoff: HandoffRecord): Promise<void> {
    this.handoffsByUser.set(handoff.userKey, { ...handoff });
    for (const [key, h] of this.handoffsByUser) if (h.until <= handoff.since) this.handoffsByUser.delete(key);
  }

  async handoffs(): Promise<HandoffRecord[]> {
    return [...this.handoffsByUser.values()].map((h) => ({ ...h }));
  }

  async removeHandoff(userKey: string): Promise<void> {
    this.handoffsByUser.delete(userKey);
  }

  async forgetOwner(owner: string): Promise<void> {
    for (const [id, q] of this.stored) if (q.owner === owner) this.stored.delete(id);
    this.handoffsByUser.delete(owner);
  }

  async close(): Promise<void> {}
}
