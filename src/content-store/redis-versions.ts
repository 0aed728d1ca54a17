import type { Redis } from 'ioredis';
import type { FaqEntry } from '../faq/schema.js';
import { LuaScript } from '../state/lua-script.js';
import type { LiveWatch, NewVersion, StoredVersion, VersionMeta, VersionRepository } from './versions.js';

// KEYS: live, version 1, meta hash, sequence. Seeds only when no version is live yet (first instance wins).
const SEED = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], '1', ARGV[2])
redis.call('SET', KEYS[4], '1')
redis.call('SET', KEYS[1], '1')
return 1`);

const SUBSCRIBE_WAIT_MS = 3_000;

/**
 * Versions in Redis, kept without expiry: `content:version:<n>` (entries), `content:versions` (a hash
 * of metadata), `content:sequence`, `content:live`; a change of the live version is published on
 * the `content:live` channel so every instance swaps within moments.
 */
export class RedisVersionRepository implements VersionRepository {
  private readonly liveKey: string;
  private readonly metaKey: string;
  private readonly sequenceKey: string;
  readonly channel: string;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.liveKey = `${prefix}content:live`;
    this.metaKey = `${prefix}content:versions`;
    this.sequenceKey = `${prefix}content:sequence`;
    this.channel = `${prefix}content:live`;
  }

  private versionKey(number: number): string {
    return `${this.prefix}content:version:${number}`;
  }

  async seed(entries: readonly FaqEntry[], at: string): Promise<void> {
    const meta: VersionMeta = { number: 1, author: 'content/', at, note: 'Nội dung ban đầu từ thư mục content/', origin: 'content', entryCount: entries.length };
    await SEED.run(this.redis, [this.liveKey, this.versionKey(1), this.metaKey, this.sequenceKey], [JSON.stringify(entries), JSON.stringify(meta)]);
  }

  async live(): Promise<number | undefined> {
    const raw = await this.redis.get(this.liveKey);
    return raw === null ? undefined : Number(raw);
  }

  async get(number: number): Promise<StoredVersion | undefined> {
    const [entries, meta] = await Promise.all([this.redis.get(this.versionKey(number)), this.redis.hget(this.metaKey, String(number))]);
    if (entries === null || meta === null) return undefined;
    return { ...(JSON.parse(meta) as VersionMeta), entries: JSON.parse(entries) as FaqEntry[] };
  }

  async list(): Promise<VersionMeta[]> {
    const all = await this.redis.hgetall(this.metaKey);
    return Object.values(all)
      .map((raw) => JSON.parse(raw) as VersionMeta)
      .sort((a, b) => b.number - a.number);
  }

  async add(version: NewVersion, entries: readonly FaqEntry[]): Promise<VersionMeta> {
    const number = await this.redis.incr(this.sequenceKey);
    const meta: VersionMeta = { ...version, number, entryCount: entries.length };
    // Entries first: a version listed in the metadata can always be read.
    await this.redis.set(this.versionKey(number), JSON.stringify(entries));
    await this.redis.hset(this.metaKey, String(number), JSON.stringify(meta));
    return meta;
  }

  async setLive(number: number): Promise<void> {
    await this.redis.set(this.liveKey, String(number));
    await this.redis.publish(this.channel, String(number));
  }

  async watch(listener: LiveWatch): Promise<() => Promise<void>> {
    // A connection of its own: a subscribed connection can do nothing else. It may queue while
    // disconnected (nothing waits on it) and re-subscribes by itself after a reconnect.
    const subscriber = this.redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, commandTimeout: undefined });
    subscriber.on('error', () => {});
    subscriber.on('message', (channel: string, message: string) => {
      const number = Number(message);
      if (channel === this.channel && Number.isInteger(number) && number > 0) listener.onLive(number);
    });
    // Either connection coming (back) may follow a gap in which a change was missed.
    const onReady = (): void => listener.onReconnect();
    subscriber.on('ready', onReady);
    this.redis.on('ready', onReady);
    const subscribed = subscriber.subscribe(this.channel).catch(() => {});
    // With Redis up, be subscribed before serving; with Redis away, do not hold the start back:
    // the subscription follows when Redis comes, and the 'ready' events trigger a fresh look.
    if (this.redis.status === 'ready') {
      await Promise.race([subscribed, new Promise((resolve) => setTimeout(resolve, SUBSCRIBE_WAIT_MS).unref())]);
    }
    return async () => {
      this.redis.off('ready', onReady);
      subscriber.off('ready', onReady);
      // Nothing to flush on a subscriber; quit() could wait for a Redis that is away.
      subscriber.disconnect();
    };
  }
}
