/** A value as read, and what `update()` needs to start from it without reading the key again. */
export interface Snapshot<T> {
  readonly value: T | undefined;
  /** The stored form: an update from this snapshot writes only if the key still holds exactly this. */
  readonly stored: string | undefined;
}

/**
 * Key-value storage for conversation state, de-duplication marks and other small records.
 * Two implementations (Redis, memory) pass one contract suite: tests/integration/state-store.test.ts.
 */
export interface StateStore {
  readonly kind: 'redis' | 'memory';
  /** The stored value, or undefined when the key is missing or expired. */
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
  /**
   * Atomic read-modify-write. `change` gets the current value and returns the next one
   * (undefined deletes the key). Concurrent updates of one key never lose a write: the losing
   * writer re-reads and applies its change again. If `change` throws, nothing is written.
   */
  update<T>(key: string, ttlSeconds: number, change: (current: T | undefined) => T | undefined, from?: Snapshot<T>): Promise<T | undefined>;
  /** Reads a key for a later `update(…, from)`, so that the read can share a round trip with other commands. */
  snapshot<T>(key: string): Promise<Snapshot<T>>;
  /** Sets the key only if absent (SET NX EX); true when this caller claimed it. */
  claim(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /** Adds `by` (one by default) to a counter that expires `ttlSeconds` after its first increment; returns the new count. */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
  /** True when the backing service answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
