import { AUDIT_CAPACITY, type AuditEvent, type AuditLog } from './audit-log.js';

/** The log of one process, lost on restart; used when there is no Redis. */
export class MemoryAuditLog implements AuditLog {
  private readonly events: AuditEvent[] = [];

  async append(event: AuditEvent): Promise<void> {
    this.events.push(structuredClone(event));
    if (this.events.length > AUDIT_CAPACITY) this.events.splice(0, this.events.length - AUDIT_CAPACITY);
  }

  async list({ offset, limit }: { offset: number; limit: number }): Promise<{ events: AuditEvent[]; total: number }> {
    const newestFirst = [...this.events].reverse();
    return { events: newestFirst.slice(offset, offset + limit), total: this.events.length };
  }

  async *all(): AsyncIterable<AuditEvent> {
    yield* [...this.events];
  }
}
