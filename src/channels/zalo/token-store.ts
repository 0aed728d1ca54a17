import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LuaScript } from '../../state/lua-script.js';

/** An OA's tokens as kept between refreshes. */
export interface ZaloTokens {
  /** Absent when only a refresh token is known (it is exchanged before the first send). */
  accessToken?: string;
  /** Usable once; each refresh brings a new one. */
  refreshToken?: string;
  /** When the access token expires (epoch ms), when Zalo said. */
  expiresAt?: number;
  /** When these tokens were obtained (epoch ms); 0 for tokens taken from the configuration. */
  obtainedAt: number;
  /** Set when Zalo refused the refresh token: a person must re-authorise the OA. */
  rejected?: { at: number; reason: string };
}

/** Where tokens live, and the lock that lets one instance at a time refresh them. */
export interface TokenStore {
  read(key: string): Promise<ZaloTokens | undefined>;
  write(key: string, tokens: ZaloTokens): Promise<void>;
  /** Takes the refresh lock for `ttlMs`; answers the lock's id, or undefined when someone else holds it. */
  lock(key: string, ttlMs: number): Promise<string | undefined>;
  /** Releases the lock only if it is still the one taken under `id` (it may have expired and been taken since). */
  unlock(key: string, id: string): Promise<void>;
}

const COMPARE_AND_DELETE = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

/** Tokens in Redis, shared by every instance; they are kept without expiry (a refresh token lives months). */
export class RedisTokenStore implements TokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private tokensKey(key: string): string {
    return `${this.prefix}zalo:tokens:${key}`;
  }

  private lockKey(key: string): string {
    return `${this.prefix}zalo:refresh-lock:${key}`;
  }

  async read(key: string): Promise<ZaloTokens | undefined> {
    const raw = await this.redis.get(this.tokensKey(key));
    return raw === null ? undefined : (JSON.parse(raw) as ZaloTokens);
  }

  async write(key: string, tokens: ZaloTokens): Promise<void> {
    await this.redis.set(this.tokensKey(key), JSON.stringify(tokens));
  }

  async lock(key: string, ttlMs: number): Promise<string | undefined> {
    const id = randomUUID();
    return (await this.redis.set(this.lockKey(key), id, 'PX', ttlMs, 'NX')) === 'OK' ? id : undefined;
  }

  async unlock(key: string, id: string): Promise<void> {
    await COMPARE_AND_DELETE.run(this.redis, [this.lockKey(key)], [id]);
  }
}

/** Tokens in this process only (no REDIS_URL): a refreshed refresh token is lost on restart. */
export class MemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, string>();
  private readonly locks = new Map<string, { id: string; until: number }>();

  async read(key: string): Promise<ZaloTokens | undefined> {
    const raw = this.tokens.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as ZaloTokens);
  }

  async write(key: string, tokens: ZaloTokens): Promise<void> {
    this.tokens.set(key, JSON.stringify(tokens));
  }

  async lock(key: string, ttlMs: number): Promise<string | undefined> {
    const held = this.locks.get(key);
    if (held && held.until > Date.now()) return undefined;
    const id = randomUUID();
    this.locks.set(key, { id, until: Date.now() + ttlMs });
    return id;
  }

  async unlock(key: string, id: string): Promise<void> {
    if (this.locks.get(key)?.id === id) this.locks.delete(key);
  }
}
