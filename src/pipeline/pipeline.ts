import type { FastifyBaseLogger } from 'fastify';
import type { Knowledge } from '../faq/answer-engine.js';
import { Unavailable } from '../errors.js';
import type { InboundMessage, TurnResult } from '../message.js';
import { redactPersonalData, userKey } from '../privacy.js';
import type { Snapshot, StateStore } from '../state/store.js';
import { conversationKey, movingOn, type Conversation } from './conversation.js';
import type { Intent, IntentReply, Turn, TurnSettings } from './intent.js';
import { KeyedSerializer } from './keyed-serializer.js';

/** What the pipeline tells the rest of the product about each handled message (statistics, the staff inbox). */
export interface TurnRecord {
  channel: InboundMessage['channel'];
  userKey: string;
  intent: string;
  confidence: number;
  entryId?: string;
  /** The question, with personal data removed, when the bot could not answer it or was unsure. */
  unanswered?: string;
  at: Date;
}

export interface PipelineObserver {
  turnHandled(record: TurnRecord): Promise<void>;
  userForgotten(userKey: string): Promise<void>;
}

export interface PipelineSettings extends TurnSettings {
  userIdSecret: string;
  stateTtlSeconds: number;
  dedupeTtlSeconds: number;
  /** How long a message being handled keeps redeliveries of it out; a crash mid-handling frees it after this. */
  claimSeconds: number;
  userRateLimit: { max: number; windowSeconds: number };
}

export interface PipelineDeps {
  store: StateStore;
  knowledge: () => Knowledge;
  intents: readonly Intent[];
  settings: PipelineSettings;
  logger: FastifyBaseLogger;
  observer?: PipelineObserver;
  now?: () => Date;
}

export interface Outcome {
  result: TurnResult;
  /** Already handled under this message id: the result is the first handling's. */
  duplicate: boolean;
  userKey: string;
}

/** A handled message: what to answer, and what to tell the observer. */
interface Routed {
  result: TurnResult;
  record?: TurnRecord;
  forget?: boolean;
}

const PENDING = 'pending';
// A redelivery that finds its message still being handled waits this long for the first handling's result.
const PENDING_WAIT_MS = 1_500;
const PENDING_POLL_MS = 20;
const CHOICE = /^\s*([1-9])\s*[.)]?\s*$/;
// Platforms let people send texts far longer than any question (the web chat allows 2,000 characters). Only
// the start of a pasted wall of text is read: every later step scans the text, some of them in quadratic time.
const MAX_TEXT_CHARS = 2_000;

const empty = (intent: string): TurnResult => ({ intent, confidence: 0, replies: [], sources: [] });

/**
 * The one path every channel's messages take: de-duplicate, rate-limit, load the conversation,
 * route to an intent, save, and report. Channel-neutral: it never sees a platform's format.
 */
export class Pipeline {
  private readonly serializer = new KeyedSerializer();
  private readonly now: () => Date;

  constructor(private readonly deps: PipelineDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async handle(message: InboundMessage): Promise<Outcome> {
    const { store, settings, observer } = this.deps;
    const key = userKey(settings.userIdSecret, message.channel, message.userId);
    const seenKey = `seen:${message.channel}:${message.account}:${message.messageId}`;

    // Counted and the conversation read while the message is claimed: one round trip to Redis for the three.
    // A duplicate gives its count back.
    const counted = message.kind === 'unsubscribe' ? undefined : this.countMessage(key);
    const conversation = store.snapshot<Conversation>(conversationKey(key));
    for (const started of [counted, conversation]) started?.catch(() => {});
    const previous = await this.claim(seenKey);
    if (previous) {
      if (counted) await counted.then(() => store.increment(rateKeyOf(key), settings.userRateLimit.windowSeconds, -1)).catch(() => {});
      return { result: previous, duplicate: true, userKey: key };
    }
    try {
      // A turn of the same person handled just before may have changed the conversation since the read:
      // the update then reads it again.
      const { result, record, forget } = await this.serializer.run(key, async () => this.route(message, key, await counted, await conversation));
      // Both at once, in one round trip to Redis; statistics never fail a turn (the observer says so).
      await Promise.all([store.set(seenKey, result, settings.dedupeTtlSeconds), record && observer?.turnHandled(record)]);
      if (forget) await observer?.userForgotten(key);
      return { result, duplicate: false, userKey: key };
    } catch (error) {
      await store.delete(seenKey).catch(() => {});
      throw error;
    }
  }

  /**
   * Claims the message for this handling (undefined), or returns the result a first handling stored.
   * A claim still pending after a short wait may belong to a process that died mid-handling: answering
   * "duplicate" then would lose the reply, so it throws Unavailable (503) and the platform delivers again
   * later, by when the claim has lapsed or the result is stored.
   */
  private async claim(seenKey: string): Promise<TurnResult | undefined> {
    const { store, settings } = this.deps;
    const deadline = Date.now() + PENDING_WAIT_MS;
    for (;;) {
      if (await store.claim(seenKey, PENDING, settings.claimSeconds)) return undefined;
      const previous = await store.get<TurnResult | typeof PENDING>(seenKey);
      // Gone between the two calls (lapsed, or the first handling failed): try to claim it again.
      if (previous !== undefined && previous !== PENDING) return previous;
      if (Date.now() >= deadline) throw new Unavailable('this message is still being handled: deliver it again later');
      await new Promise((resolve) => setTimeout(resolve, PENDING_POLL_MS));
    }
  }

  /** Handles a claimed message; `count` is the person's messages in the rate window, this one included. */
  private async route(message: InboundMessage, key: string, count: number | undefined, conversation: Snapshot<Conversation>): Promise<Routed> {
    const { store, settings, logger } = this.deps;
    const now = this.now();
    const { max } = settings.userRateLimit;
    if (count !== undefined && count > max) return { result: count === max + 1 ? rateNotice() : empty('rate-limited') };

    const knowledge = this.deps.knowledge();
    let reply: IntentReply | undefined;
    let intentName = 'paused';
    await store.update<Conversation>(conversationKey(key), settings.stateTtlSeconds, (stored) => {
      const conversation = fresh(stored, now, settings.stateTtlSeconds);
      const turn = this.turnOf(message, conversation, knowledge, now);
      const chosen = pick(this.deps.intents, turn);
      // A person is answering: the bot keeps quiet, except where an intent must act anyway.
      if (conversation.handoffUntil && conversation.handoffUntil > now.getTime() && !chosen.actsDuringHandoff) {
        reply = undefined;
        return stored;
      }
      intentName = chosen.name;
      reply = chosen.reply(turn);
      if (reply.conversation === null) return undefined;
      const next = movingOn(conversation, reply.conversation ?? conversation);
      return next.handoffUntil && next.handoffUntil <= now.getTime() ? { ...next, handoffUntil: undefined } : next;
    }, conversation);
    if (!reply) return { result: empty('paused') };

    const result: TurnResult = {
      intent: intentName,
      confidence: round(reply.confidence),
      replies: reply.replies,
      sources: reply.sources ?? [],
      ...(reply.entryId ? { entryId: reply.entryId } : {}),
    };
    logger.info({ user: key, channel: message.channel, intent: result.intent, confidence: result.confidence }, 'turn');
    logger.debug({ user: key, text: message.text }, 'turn text');

    const unanswered = reply.effects?.find((e) => e.kind === 'record-unanswered');
    const record: TurnRecord = {
      channel: message.channel,
      userKey: key,
      intent: result.intent,
      confidence: result.confidence,
      entryId: result.entryId,
      unanswered: unanswered?.kind === 'record-unanswered' ? redactPersonalData(unanswered.text) : undefined,
      at: now,
    };
    return { result, record, forget: reply.effects?.some((e) => e.kind === 'forget-user') };
  }

  /** Counts the person's message in the rate window: past the limit, one notice, then silence. */
  private countMessage(key: string): Promise<number> {
    return this.deps.store.increment(rateKeyOf(key), this.deps.settings.userRateLimit.windowSeconds);
  }

  private turnOf(message: InboundMessage, conversation: Conversation, knowledge: Knowledge, now: Date): Turn {
    let payload = message.payload;
    let text = (message.text ?? '').slice(0, MAX_TEXT_CHARS);
    const choice = CHOICE.exec(text);
    const picked = choice && conversation.choices?.[Number(choice[1]) - 1];
    if (picked) {
      payload = picked.payload;
      text = picked.title;
    }
    return {
      message,
      text: knowledge.normalize(payload && !picked ? '' : text),
      payload,
      now,
      knowledge,
      conversation,
      settings: { contextMs: this.deps.settings.contextMs, handoffMs: this.deps.settings.handoffMs },
    };
  }
}

const rateKeyOf = (key: string) => `rate:${key}`;

function pick(intents: readonly Intent[], turn: Turn): Intent {
  let best: Intent | undefined;
  let bestScore = -1;
  for (const intent of intents) {
    const score = intent.match(turn);
    if (score !== undefined && score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  if (!best) throw new Error('no intent matched: the registry needs a fallback');
  return best;
}

/** Drops what has outlived its purpose: where the person lives, told longer ago than the state TTL. */
function fresh(stored: Conversation | undefined, now: Date, ttlSeconds: number): Conversation {
  if (!stored) return {};
  if (stored.localitySetAt && now.getTime() - stored.localitySetAt > ttlSeconds * 1000) {
    const { locality: _l, elsewhere: _e, kinPlaces: _k, localitySetAt: _s, ...rest } = stored;
    return rest;
  }
  return stored;
}

function rateNotice(): TurnResult {
  return {
    intent: 'rate-limited',
    confidence: 1,
    sources: [],
    replies: [{ text: 'Bạn gửi nhiều tin nhắn quá nhanh. Tôi sẽ trả lời tiếp sau ít phút, bạn vui lòng gửi lại câu hỏi sau nhé.' }],
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
