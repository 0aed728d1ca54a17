import type { Redis } from 'ioredis';
import { LuaScript } from './lua-script.js';
import type { Snapshot, StateStore } from './store.js';

// Writes ARGV[2] only if the key still holds ARGV[1] ('' stands for a missing key); '' as ARGV[2] deletes.
const COMPARE_AND_SET = new LuaScript(`
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] ~= '') or (current ~= false and current ~= ARGV[1]) then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return 1`);

const INCREMENT_WITH_TTL = new LuaScript(`
local n = redis.call('INCRBY', KEYS[1], ARGV[2])
if n == tonumber(ARGV[2]) then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n`);

export class RedisStore implements StateStore {
  readonly kind = 'redis' as const;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = '',
    private readonly ownsConnection = true,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.redis.get(this.prefix + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', expirySeconds(ttlSeconds));
  }

  async delete(...keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((k) => this.prefix + k));
  }

  async update<T>(key: string, ttlSeconds: number, change: (current: T | undefined) => T | undefined, from?: Snapshot<T>): Promise<T | undefined> {
    const fullKey = this.prefix + key;
    const ttl = expirySeconds(ttlSeconds);
    let current = from;
    for (let attempt = 0; attempt < 50; attempt++) {
      current ??= await this.snapshot<T>(key);
      const next = change(current.value);
      const nextRaw = next === undefined ? '' : JSON.stringify(next);
      const written = await COMPARE_AND_SET.run(this.redis, [fullKey], [current.stored ?? '', nextRaw, ttl]);
      if (written === 1) return next;
      current = undefined;
    }
    throw new Error(`update of ${key} lost 50 races in a row`);
  }

  async snapshot<T>(key: string): Promise<Snapshot<T>> {
    const raw = await this.redis.get(this.prefix + key);
    return raw === null ? { value: undefined, stored: undefined } : { value: JSON.parse(raw) as T, stored: raw };
  }

  async claim(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    const ok = await this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', expirySeconds(ttlSeconds), 'NX');
    return ok === 'OK';
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    return Number(await INCREMENT_WITH_TTL.run(this.redis, [this.prefix + key], [expirySeconds(ttlSeconds), by]));
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.ownsConnection) await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Redis expiries are whole seconds, at least one (EX 0 is an error). */
function expirySeconds(ttlSeconds: number): number {
  return Math.max(1, Math.ceil(ttlSeconds));
}
