import type { Snapshot, StateStore } from './store.js';

interface Slot {
  raw: string;
  expiresAt: number;
}

/** The embedded default: one process, nothing kept across restarts. Values are copied through JSON like Redis does. */
export class MemoryStore implements StateStore {
  readonly kind = 'memory' as const;
  private readonly slots = new Map<string, Slot>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly prefix = '') {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  private read(key: string): string | undefined {
    const slot = this.slots.get(this.prefix + key);
    if (!slot) return undefined;
    if (slot.expiresAt <= Date.now()) {
      this.slots.delete(this.prefix + key);
      return undefined;
    }
    return slot.raw;
  }

  private write(key: string, raw: string, ttlSeconds: number): void {
    this.slots.set(this.prefix + key, { raw, expiresAt: Date.now() + ttlSeconds * 1000 });
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = this.read(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    this.write(key, JSON.stringify(value), ttlSeconds);
  }

  async delete(...keys: string[]): Promise<void> {
    for (const key of keys) this.slots.delete(this.prefix + key);
  }

  async snapshot<T>(key: string): Promise<Snapshot<T>> {
    const raw = this.read(key);
    return { value: raw === undefined ? undefined : (JSON.parse(raw) as T), stored: raw };
  }

  // Synchronous between read and write, so no other update can interleave in this process: a snapshot
  // given is not needed (reading again costs nothing here).
  async update<T>(key: string, ttlSeconds: number, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const raw = this.read(key);
    const next = change(raw === undefined ? undefined : (JSON.parse(raw) as T));
    if (next === undefined) this.slots.delete(this.prefix + key);
    else this.write(key, JSON.stringify(next), ttlSeconds);
    return next;
  }

  async claim(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    if (this.read(key) !== undefined) return false;
    this.write(key, JSON.stringify(value), ttlSeconds);
    return true;
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const slot = this.read(key) === undefined ? undefined : this.slots.get(this.prefix + key);
    const count = (slot ? Number(JSON.parse(slot.raw)) : 0) + by;
    this.slots.set(this.prefix + key, { raw: String(count), expiresAt: slot?.expiresAt ?? Date.now() + ttlSeconds * 1000 });
    return count;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.slots.clear();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, slot] of this.slots) if (slot.expiresAt <= now) this.slots.delete(key);
  }
}
