import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ChannelName } from '../message.js';
import { LuaScript } from '../state/lua-script.js';
import {
  DEFAULT_RETENTION,
  MAX_QUESTIONS,
  type ChannelCounts,
  type DayCounts,
  type HandoffRecord,
  type InsightsRepository,
  type InsightsRetention,
  type Outcome,
  type StoredQuestion,
} from './repository.js';

// Adds a day's gathered counts. KEYS: the day's hash; ARGV: its TTL (s), then field, increment, field, ….
const ADD_COUNTS = new LuaScript(`
for i = 2, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('EXPIRE', KEYS[1], ARGV[1])`);
// Every message is counted: gathered in memory and written once a second, not once per message. A crash
// loses at most this much of the statistics, never an answer.
const COUNT_FLUSH_MS = 1_000;

/**
 * Layout: one hash of counters per day (`m:<channel>`, `answered:<channel>`, `fallback:<channel>`, `e:<entry>`);
 * questions in a hash with a time index and one id set per owner; hand-offs in a hash by user key.
 */
export class RedisInsightsRepository implements InsightsRepository {
  private readonly questionsKey: string;
  private readonly timeKey: string;
  private readonly handoffsKey: string;
  /** Counts not written yet: day -> field -> increment. */
  private readonly pending = new Map<string, Map<string, number>>();
  private flushTimer?: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly retention: InsightsRetention = DEFAULT_RETENTION,
  ) {
    this.questionsKey = `${prefix}insights:questions`;
    this.timeKey = `${prefix}insights:questions:time`;
    this.handoffsKey = `${prefix}insights:handoffs`;
  }

  private dayKey(date: string): string {
    return `${this.prefix}insights:day:${date}`;
  }

  private ownerKey(owner: string): string {
    return `${this.prefix}insights:owner:${owner}`;
  }

  async count(date: string, channel: ChannelName, outcome: Outcome, entryId?: string): Promise<void> {
    const fields = [`m:${channel}`];
    if (outcome !== 'other') fields.push(`${outcome}:${channel}`);
    if (entryId) fields.push(`e:${entryId}`);
    this.gather(date, fields.map((field) => [field, 1]));
  }

  /** Writes the counts gathered so far; those Redis does not take wait for the next flush. */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const days = [...this.pending];
    this.pending.clear();
    const written = await Promise.allSettled(
      days.map(([date, fields]) => ADD_COUNTS.run(this.redis, [this.dayKey(date)], [this.retention.statsSeconds, ...[...fields].flat()])),
    );
    written.forEach((outcome, i) => outcome.status === 'rejected' && this.gather(days[i]![0], days[i]![1]));
    const failed = written.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private gather(date: string, increments: Iterable<[string, number]>): void {
    let fields = this.pending.get(date);
    if (!fields) this.pending.set(date, (fields = new Map()));
    for (const [field, n] of increments) fields.set(field, (fields.get(field) ?? 0) + n);
    this.flushTimer ??= setTimeout(() => void this.flush().catch(() => {}), COUNT_FLUSH_MS).unref();
  }

  async days(dates: readonly string[]): Promise<DayCounts[]> {
    // This instance's latest counts first; other instances' are at most a flush interval behind.
    await this.flush();
    const batch = this.redis.pipeline();
    for (const date of dates) batch.hgetall(this.dayKey(date));
    const results = (await batch.exec()) ?? [];
    return dates.map((date, i) => {
      const [error, fields] = results[i] ?? [null, {}];
      if (error) throw error;
      return parseDay(date, fields as Record<string, string>);
    });
  }

  async addQuestion(question: { text: string; at: number; owner: string }): Promise<void> {
    const id = randomBytes(9).toString('base64url');
    const owner = this.ownerKey(question.owner);
    await this.redis
      .multi()
      .hset(this.questionsKey, id, JSON.stringify({ text: question.text, at: question.at }))
      .zadd(this.timeKey, question.at, id)
      .sadd(owner, id)
      .expire(owner, this.retention.questionsSeconds)
      .exec();
    await this.prune(question.at);
  }

  /** Drops questions older than the retention, and the oldest beyond the cap. */
  private async prune(now: number): Promise<void> {
    const expired = await this.redis.zrangebyscore(this.timeKey, '-inf', now - this.retention.questionsSeconds * 1000);
    const excess = await this.redis.zrange(this.timeKey, 0, -(MAX_QUESTIONS + 1));
    const ids = [...new Set([...expired, ...excess])];
    if (ids.length > 0) await this.removeQuestions(ids);
  }

  async questions(limit: number): Promise<StoredQuestion[]> {
    const ids = await this.redis.zrevrange(this.timeKey, 0, limit - 1);
    if (ids.length === 0) return [];
    const raws = await this.redis.hmget(this.questionsKey, ...ids);
    const out: StoredQuestion[] = [];
    ids.forEach((id, i) => {
      const raw = raws[i];
      if (!raw) return;
      const { text, at } = JSON.parse(raw) as { text: string; at: number };
      out.push({ id, text, at });
    });
    return out;
  }

  async removeQuestions(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis.multi().hdel(this.questionsKey, ...ids).zrem(this.timeKey, ...ids).exec();
  }

  async putHandoff(handoff: HandoffRecord): Promise<void> {
    const { userKey, ...rest } = handoff;
    await this.redis.hset(this.handoffsKey, userKey, JSON.stringify(rest));
    // Hand-offs are rare: pruning the ended ones here keeps the hash small without a TTL per field.
    const ended = (await this.handoffs()).filter((h) => h.until <= handoff.since).map((h) => h.userKey);
    if (ended.length > 0) await this.redis.hdel(this.handoffsKey, ...ended);
  }

  async handoffs(): Promise<HandoffRecord[]> {
    const all = await this.redis.hgetall(this.handoffsKey);
    return Object.entries(all).map(([userKey, raw]) => ({ userKey, ...(JSON.parse(raw) as Omit<HandoffRecord, 'userKey'>) }));
  }

  async removeHandoff(userKey: string): Promise<void> {
    await this.redis.hdel(this.handoffsKey, userKey);
  }

  async forgetOwner(owner: string): Promise<void> {
    const ids = await this.redis.smembers(this.ownerKey(owner));
    await this.removeQuestions(ids);
    await this.redis.multi().del(this.ownerKey(owner)).hdel(this.handoffsKey, owner).exec();
  }
}

function parseDay(date: string, fields: Record<string, string>): DayCounts {
  const day: DayCounts = { date, channels: {}, entries: {} };
  for (const [field, value] of Object.entries(fields)) {
    const [kind, name] = splitOnce(field);
    const n = Number(value);
    if (kind === 'e') {
      day.entries[name] = n;
      continue;
    }
    const channel = name as ChannelName;
    const counts: ChannelCounts = day.channels[channel] ?? { messages: 0, answered: 0, fallback: 0 };
    if (kind === 'm') counts.messages = n;
    else if (kind === 'answered' || kind === 'fallback') counts[kind] = n;
    day.channels[channel] = counts;
  }
  return day;
}

function splitOnce(field: string): [string, string] {
  const i = field.indexOf(':');
  return [field.slice(0, i), field.slice(i + 1)];
}
