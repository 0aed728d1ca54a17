import type { FaqEntry } from '../faq/schema.js';
import type { StateStore } from '../state/store.js';

/** One entry as edited in the draft: a new entry, a changed one, or one retired (status 'retired'). */
export interface DraftChange {
  entry: FaqEntry;
  by: string;
  /** ISO time. */
  at: string;
}

/** The staff's shared draft: changes over whatever version is live when it is published. */
export interface Draft {
  /** Grows with every change: a cheap way to know the draft is the same as before. */
  revision: number;
  changes: Record<string, DraftChange>;
}

const KEY = 'content:draft';
// A draft waits for its publisher as long as it takes; the key only needs some TTL for the store.
const TTL_SECONDS = 10 * 365 * 86_400;
const EMPTY: Draft = { revision: 0, changes: {} };

/** The draft in the StateStore, changed with its atomic update so two editors never lose each other's work. */
export class DraftStore {
  constructor(private readonly store: StateStore) {}

  async get(): Promise<Draft> {
    return (await this.store.get<Draft>(KEY)) ?? EMPTY;
  }

  async put(entry: FaqEntry, by: string, at: Date): Promise<Draft> {
    return this.change((draft) => ({ ...draft.changes, [entry.id]: { entry, by, at: at.toISOString() } }));
  }

  async discard(id: string): Promise<Draft> {
    return this.change(({ changes }) => {
      const { [id]: _dropped, ...rest } = changes;
      return rest;
    });
  }

  /** Drops the changes that went into a version; anything edited since stays in the draft. */
  async removePublished(published: Draft['changes']): Promise<Draft> {
    return this.change(({ changes }) =>
      Object.fromEntries(Object.entries(changes).filter(([id, change]) => JSON.stringify(change) !== JSON.stringify(published[id]))),
    );
  }

  private async change(next: (draft: Draft) => Draft['changes']): Promise<Draft> {
    const saved = await this.store.update<Draft>(KEY, TTL_SECONDS, (current) => {
      const draft = current ?? EMPTY;
      return { revision: draft.revision + 1, changes: next(draft) };
    });
    return saved ?? EMPTY;
  }
}

/** The entries a draft would publish: the live ones with the draft's changes, new entries last. */
export function applyDraft(live: readonly FaqEntry[], draft: Draft): FaqEntry[] {
  const ids = new Set(live.map((e) => e.id));
  const changed = live.map((entry) => draft.changes[entry.id]?.entry ?? entry);
  const added = Object.values(draft.changes)
    .filter((c) => !ids.has(c.entry.id))
    .map((c) => c.entry);
  return [...changed, ...added];
}
