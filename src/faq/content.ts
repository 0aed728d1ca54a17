import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { documentSchema, faqEntrySchema, citationSchema, scopeSchema, type FaqEntry, type SourceDocument } from './schema.js';
import type { Lexicon } from '../language/normalizer.js';

export const localitySchema = z.object({
  id: scopeSchema.exclude(['national']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  /** Districts, wards and landmarks people name instead of the province. */
  places: z.array(z.string().min(1)).default([]),
});
export type Locality = z.infer<typeof localitySchema>;

export const healthDaySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
  aliases: z.array(z.string().min(1)).min(1),
  /** What the day is about ("bảo hiểm y tế"): "có ngày nào dành riêng cho bhyt không" names the day by it. */
  about: z.array(z.string().min(1)).default([]),
  description: z.string().min(1).max(700),
  sources: z.array(citationSchema).min(1),
});
export type HealthDay = z.infer<typeof healthDaySchema>;

const lexiconSchema = z.object({
  abbreviations: z.record(z.string(), z.string().min(1)),
  acronyms: z.record(z.string().regex(/^[A-Z]{2,}$/), z.string().min(1)).default({}),
  phrases: z.record(z.string().min(1), z.string().min(1)).default({}),
  functionWords: z.array(z.string().min(1)).default([]),
  kindWords: z.array(z.string().min(1)).default([]),
  subjectKinds: z.array(z.string().min(1)).default([]),
  questionFrames: z.array(z.string().min(1)).default([]),
  foreignPlaces: z.array(z.string().min(1)).default([]),
  offTopics: z.array(z.string().min(1)).default([]),
  otherProvinces: z.array(z.string().min(1)).default([]),
  nationwide: z.array(z.string().min(1)).default([]),
});

/** Everything the answer engine reads from content/: one immutable snapshot, swapped whole on publish. */
export interface Content {
  documents: SourceDocument[];
  entries: FaqEntry[];
  healthDays: HealthDay[];
  localities: Locality[];
  lexicon: Lexicon;
}

/** Content that failed validation; the message names the file and the field. */
export class ContentError extends Error {}

async function readYaml<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let data: unknown;
  try {
    data = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ContentError(`${file}: ${formatIssue(parsed.error.issues[0], data)}`);
  return parsed.data;
}

export function formatIssue(issue: z.core.$ZodIssue | undefined, data?: unknown): string {
  if (!issue) return 'invalid';
  const path = issue.path.map(String);
  // Name the entry by its id rather than its index when there is one.
  const entries = (data as { entries?: Array<{ id?: unknown }> } | undefined)?.entries;
  if (path[0] === 'entries' && Array.isArray(entries)) {
    const id = entries[Number(path[1])]?.id;
    if (typeof id === 'string') path.splice(0, 2, `entry ${id}`);
  }
  return `${path.join('.') || '(file)'}: ${issue.message}`;
}

/** Checks what one file's schema cannot: unique ids, cited documents that exist. */
export function checkReferences(content: Pick<Content, 'documents' | 'entries' | 'healthDays'>): void {
  const docs = new Set(content.documents.map((d) => d.id));
  const ids = new Set<string>();
  for (const entry of content.entries) {
    if (ids.has(entry.id)) throw new ContentError(`entry ${entry.id}: id is used twice`);
    ids.add(entry.id);
    for (const source of entry.sources)
      if (!docs.has(source.doc)) throw new ContentError(`entry ${entry.id}: sources: unknown document ${source.doc}`);
  }
  for (const day of content.healthDays)
    for (const source of day.sources)
      if (!docs.has(source.doc)) throw new ContentError(`health day ${day.id}: sources: unknown document ${source.doc}`);
}

/** Loads and validates content/; throws ContentError naming the file and field of the first problem. */
export async function loadContent(dir: string): Promise<Content> {
  const faqDir = join(dir, 'faq');
  const faqFiles = (await readdir(faqDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  const entryFile = z.object({ entries: z.array(faqEntrySchema) });
  const entries: FaqEntry[] = [];
  for (const file of faqFiles) entries.push(...(await readYaml(join(faqDir, file), entryFile)).entries);
  const [documents, healthDays, localities, lexicon] = await Promise.all([
    readYaml(join(dir, 'documents.yaml'), z.object({ documents: z.array(documentSchema).min(1) })),
    readYaml(join(dir, 'health-days.yaml'), z.object({ days: z.array(healthDaySchema) })),
    readYaml(join(dir, 'localities.yaml'), z.object({ localities: z.array(localitySchema) })),
    readYaml(join(dir, 'lexicon.yaml'), lexiconSchema),
  ]);
  const content: Content = {
    documents: documents.documents,
    entries,
    healthDays: healthDays.days,
    localities: localities.localities,
    lexicon,
  };
  checkReferences(content);
  return content;
}
