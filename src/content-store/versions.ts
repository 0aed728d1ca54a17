import type { FaqEntry } from '../faq/schema.js';

/** Who made a version, when and why. Version 1 is content/ as the first instance loaded it. */
export interface VersionMeta {
  number: number;
  author: string;
  /** ISO time. */
  at: string;
  note: string;
  origin: 'content' | 'publish' | 'import';
  entryCount: number;
}

export interface StoredVersion extends VersionMeta {
  entries: FaqEntry[];
}

export type NewVersion = Omit<VersionMeta, 'number' | 'entryCount'>;

export interface LiveWatch {
  /** Another instance made this version live. */
  onLive(version: number): void;
  /** The connection came back: something may have been missed, look again. */
  onReconnect(): void;
}

/**
 * The numbered versions of the FAQ entries and which one is live. Versions are never changed or
 * deleted; publishing adds one, rolling back makes an earlier one live again.
 */
export interface VersionRepository {
  /** Stores `entries` as version 1 and makes it live, unless some version already exists. */
  seed(entries: readonly FaqEntry[], at: string): Promise<void>;
  live(): Promise<number | undefined>;
  get(number: number): Promise<StoredVersion | undefined>;
  /** Newest first. */
  list(): Promise<VersionMeta[]>;
  add(version: NewVersion, entries: readonly FaqEntry[]): Promise<VersionMeta>;
  /** Makes a version live and tells every instance. */
  setLive(number: number): Promise<void>;
  /** Starts listening for other instances' changes; resolves to a function that stops it. */
  watch(listener: LiveWatch): Promise<() => Promise<void>>;
}
