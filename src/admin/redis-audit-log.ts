import type { Redis } from 'ioredis';
import { AUDIT_CAPACITY, type AuditEvent, type AuditLog } from './audit-log.js';

const BATCH = 500;

/** One Redis list, oldest first, trimmed to its capacity. */
export class RedisAuditLog implements AuditLog {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.key = `${prefix}admin:audit`;
  }

  async append(event: AuditEvent): Promise<void> {
    await this.redis.multi().rpush(this.key, JSON.stringify(event)).ltrim(this.key, -AUDIT_CAPACITY, -1).exec();
  }

  async list({ offset, limit }: { offset: number; limit: number }): Promise<{ events: AuditEvent[]; total: number }> {
    const total = await this.redis.llen(this.key);
    if (offset >= total) return { events: [], total };
    const end = total - 1 - offset;
    const raws = await this.redis.lrange(this.key, Math.max(0, end - limit + 1), end);
    return { events: raws.map((raw) => JSON.parse(raw) as AuditEvent).reverse(), total };
  }

  async *all(): AsyncIterable<AuditEvent> {
    const total = await this.redis.llen(this.key);
    for (let start = 0; start < total; start += BATCH) {
      const raws = await this.redis.lrange(this.key, start, Math.min(total, start + BATCH) - 1);
      for (const raw of raws) yield JSON.parse(raw) as AuditEvent;
    }
  }
}
