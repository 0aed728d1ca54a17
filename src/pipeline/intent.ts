import type { Knowledge } from '../faq/answer-engine.js';
import type { NormalizedText } from '../language/normalizer.js';
import type { InboundMessage, Reply, SourceRef } from '../message.js';
import type { Conversation } from './conversation.js';

/** Everything an intent may look at for one message. Intents never see a platform's own formats. */
export interface Turn {
  readonly message: InboundMessage;
  /** The typed text (or the button's title when a payload was chosen), normalised once. */
  readonly text: NormalizedText;
  /** The button payload, also when a reply "1", "2" picked one of the offered choices. */
  readonly payload?: string;
  readonly now: Date;
  readonly knowledge: Knowledge;
  /** The conversation as loaded; intents return changes instead of writing it. */
  readonly conversation: Readonly<Conversation>;
  readonly settings: TurnSettings;
}

export interface TurnSettings {
  contextMs: number;
  handoffMs: number;
}

/** Side effects the pipeline carries out once the state is saved. */
export type TurnEffect = { kind: 'record-unanswered'; text: string } | { kind: 'forget-user' };

export interface IntentReply {
  replies: Reply[];
  confidence: number;
  sources?: SourceRef[];
  entryId?: string;
  /** The next conversation state; omitted means unchanged, null means forget everything. */
  conversation?: Conversation | null;
  effects?: TurnEffect[];
}

/**
 * One thing the bot understands. `match` says how sure it is (0..1) that it applies, or
 * undefined; the registry asks every intent and the surest one answers (ties: registry order).
 * Both are pure functions of the turn, so a turn can be re-run safely.
 */
export interface Intent {
  readonly name: string;
  /** Answered even while a person holds the conversation (deleting a citizen's data cannot wait). */
  readonly actsDuringHandoff?: boolean;
  match(turn: Turn): number | undefined;
  reply(turn: Turn): IntentReply;
}
