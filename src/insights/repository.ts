import type { ChannelName } from '../message.js';

/** How a handled message ended, as the statistics count it. */
export type Outcome = 'answered' | 'fallback' | 'other';

export interface ChannelCounts {
  messages: number;
  answered: number;
  fallback: number;
}

/** One day's counters (Vietnam time). */
export interface DayCounts {
  date: string;
  channels: Partial<Record<ChannelName, ChannelCounts>>;
  /** Answers given per FAQ entry id. */
  entries: Record<string, number>;
}

/** A question the bot could not answer, personal data already removed. Who asked is never exposed. */
export interface StoredQuestion {
  id: string;
  text: string;
  at: number;
}

/** A conversation a person asked to hand over to staff; the bot is silent in it until `until`. */
export interface HandoffRecord {
  userKey: string;
  channel: ChannelName;
  since: number;
  until: number;
}

/** Where insights are kept: Redis when configured, memory otherwise. Both expire what outlived its purpose. */
export interface InsightsRepository {
  count(date: string, channel: ChannelName, outcome: Outcome, entryId?: string): Promise<void>;
  days(dates: readonly string[]): Promise<DayCounts[]>;
  /** Keeps a question, owned by the hashed user key so the person can have it deleted. */
  addQuestion(question: { text: string; at: number; owner: string }): Promise<void>;
  /** The newest questions first, at most `limit`. */
  questions(limit: number): Promise<StoredQuestion[]>;
  removeQuestions(ids: readonly string[]): Promise<void>;
  putHandoff(handoff: HandoffRecord): Promise<void>;
  handoffs(): Promise<HandoffRecord[]>;
  removeHandoff(userKey: string): Promise<void>;
  /** Deletes everything kept about one person: their questions and any hand-off. */
  forgetOwner(owner: string): Promise<void>;
  /** Writes what is still held in memory (counts are written in batches); called before the app stops. */
  close(): Promise<void>;
}

export interface InsightsRetention {
  statsSeconds: number;
  questionsSeconds: number;
}

/** 30 days of statistics are shown; one day more is kept so the oldest shown day is complete. */
export const DEFAULT_RETENTION: InsightsRetention = { statsSeconds: 31 * 86_400, questionsSeconds: 90 * 86_400 };

/** Enough for grouping on one screen; older questions beyond it still expire on their own. */
export const MAX_QUESTIONS = 5_000;
