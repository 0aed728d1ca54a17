import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ContentError, formatIssue } from '../faq/content.js';
import { faqFileSchema, type FaqEntry } from '../faq/schema.js';

const YAML_FILE = /\.ya?ml$/;

/**
 * Writes entries as content/faq does: one `<topic>.yaml` per topic with `entries:`. The directory then
 * holds exactly this version: other YAML files in it are removed, so a git diff shows every change.
 */
export async function writeEntriesAsYaml(dir: string, entries: readonly FaqEntry[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const byTopic = new Map<string, FaqEntry[]>();
  for (const entry of entries) byTopic.set(entry.topic, [...(byTopic.get(entry.topic) ?? []), entry]);
  const written: string[] = [];
  for (const [topic, list] of [...byTopic].sort(([a], [b]) => a.localeCompare(b))) {
    const file = `${topic}.yaml`;
    await writeFile(join(dir, file), stringify({ entries: list.map(asWritten) }, { lineWidth: 0 }), 'utf8');
    written.push(file);
  }
  for (const file of await readdir(dir)) if (YAML_FILE.test(file) && !written.includes(file)) await rm(join(dir, file));
  return written;
}

/** Reads every YAML file of a directory as content/faq is read; ContentError names the file and field. */
export async function readEntriesFromYaml(dir: string): Promise<FaqEntry[]> {
  const files = (await readdir(dir)).filter((f) => YAML_FILE.test(f)).sort();
  if (files.length === 0) throw new ContentError(`${dir}: no .yaml files`);
  const entries: FaqEntry[] = [];
  for (const file of files) {
    const path = join(dir, file);
    let data: unknown;
    try {
      data = parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new ContentError(`${path}: ${(error as Error).message.split('\n')[0]}`);
    }
    const parsed = faqFileSchema.safeParse(data);
    if (!parsed.success) throw new ContentError(`${path}: ${formatIssue(parsed.error.issues[0], data)}`);
    entries.push(...parsed.data.entries);
  }
  return entries;
}

/** The fields in the order content/ writes them; defaults left out as content/ leaves them out. */
function asWritten(entry: FaqEntry): Record<string, unknown> {
  return {
    id: entry.id,
    topic: entry.topic,
    ...(entry.group ? { group: entry.group } : {}),
    question: entry.question,
    paraphrases: entry.paraphrases,
    keywords: entry.keywords,
    answer: entry.answer,
    ...(entry.items ? { items: entry.items } : {}),
    ...(entry.documentsSilent ? { documentsSilent: true } : {}),
    scope: entry.scope,
    sources: entry.sources.map((s) => ({ doc: s.doc, ...(s.section ? { section: s.section } : {}) })),
    ...(entry.status !== 'active' ? { status: entry.status } : {}),
  };
}
