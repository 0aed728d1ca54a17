import type { Redis } from 'ioredis';
import type { AccountStore, StaffAccount } from './accounts.js';

/** Accounts in one Redis hash, name → account, without expiry. */
export class RedisAccountStore implements AccountStore {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.key = `${prefix}admin:accounts`;
  }

  async get(name: string): Promise<StaffAccount | undefined> {
    const raw = await this.redis.hget(this.key, name);
    return raw === null ? undefined : (JSON.parse(raw) as StaffAccount);
  }

  async list(): Promise<StaffAccount[]> {
    const all = await this.redis.hgetall(this.key);
    return Object.values(all)
      .map((raw) => JSON.parse(raw) as StaffAccount)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async put(account: StaffAccount): Promise<void> {
    await this.redis.hset(this.key, account.name, JSON.stringify(account));
  }

  async delete(name: string): Promise<void> {
    await this.redis.hdel(this.key, name);
  }
}
