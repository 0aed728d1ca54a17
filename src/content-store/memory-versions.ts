import type { FaqEntry } from '../faq/schema.js';
import type { LiveWatch, NewVersion, StoredVersion, VersionMeta, VersionRepository } from './versions.js';

/** Versions of one process, lost on restart: without Redis there is no other instance to tell. */
export class MemoryVersionRepository implements VersionRepository {
  private readonly versions: StoredVersion[] = [];
  private liveNumber: number | undefined;

  async seed(entries: readonly FaqEntry[], at: string): Promise<void> {
    if (this.versions.length > 0) return;
    this.versions.push({ number: 1, author: 'content/', at, note: 'Nội dung ban đầu từ thư mục content/', origin: 'content', entryCount: entries.length, entries: structuredClone([...entries]) });
    this.liveNumber = 1;
  }

  async live(): Promise<number | undefined> {
    return this.liveNumber;
  }

  async get(number: number): Promise<StoredVersion | undefined> {
    const version = this.versions[number - 1];
    return version && structuredClone(version);
  }

  async list(): Promise<VersionMeta[]> {
    return this.versions.map(({ entries: _entries, ...meta }) => meta).reverse();
  }

  async add(version: NewVersion, entries: readonly FaqEntry[]): Promise<VersionMeta> {
    const stored: StoredVersion = { ...version, number: this.versions.length + 1, entryCount: entries.length, entries: structuredClone([...entries]) };
    this.versions.push(stored);
    const { entries: _entries, ...meta } = stored;
    return meta;
  }

  async setLive(number: number): Promise<void> {
    this.liveNumber = number;
  }

  async watch(_listener: LiveWatch): Promise<() => Promise<void>> {
    return async () => {};
  }
}
