import type { FaqEntry } from '../faq/schema.js';

export interface FieldChange {
  field: keyof FaqEntry;
  before?: unknown;
  after?: unknown;
}

export interface EntryChanges {
  id: string;
  changes: FieldChange[];
}

/** What two sets of entries differ in: for the audit log and the versions list. */
export interface VersionDiff {
  added: string[];
  removed: string[];
  changed: EntryChanges[];
}

const FIELDS: ReadonlyArray<keyof FaqEntry> = ['topic', 'group', 'question', 'paraphrases', 'keywords', 'answer', 'items', 'documentsSilent', 'scope', 'sources', 'status'];

/** The fields that differ, with both values; an entry that did not exist has no `before`. */
export function diffEntry(before: FaqEntry | undefined, after: FaqEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    const a = before?.[field];
    const b = after[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, ...(before ? { before: a } : {}), after: b });
  }
  return changes;
}

export function diffVersions(before: readonly FaqEntry[], after: readonly FaqEntry[]): VersionDiff {
  const old = new Map(before.map((e) => [e.id, e]));
  const next = new Map(after.map((e) => [e.id, e]));
  const diff: VersionDiff = { added: [], removed: [], changed: [] };
  for (const entry of after) {
    const previous = old.get(entry.id);
    if (!previous) diff.added.push(entry.id);
    else {
      const changes = diffEntry(previous, entry);
      if (changes.length > 0) diff.changed.push({ id: entry.id, changes });
    }
  }
  for (const id of old.keys()) if (!next.has(id)) diff.removed.push(id);
  return diff;
}
