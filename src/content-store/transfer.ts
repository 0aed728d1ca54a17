import { checkReferences, type Content } from '../faq/content.js';
import type { VersionMeta, VersionRepository } from './versions.js';
import { readEntriesFromYaml, writeEntriesAsYaml } from './yaml-files.js';

/** Writes a version (the live one by default) as YAML files like content/faq. */
export async function exportVersion(versions: VersionRepository, dir: string, number?: number): Promise<{ number: number; files: string[] }> {
  const chosen = number ?? (await versions.live());
  if (chosen === undefined) throw new Error('no content version is stored yet: start the server once, or import one');
  const version = await versions.get(chosen);
  if (!version) throw new Error(`content version ${chosen} does not exist`);
  return { number: chosen, files: await writeEntriesAsYaml(dir, version.entries) };
}

/**
 * Reads YAML files like content/faq, checks them against the documents of `base`, and stores them as
 * a new version; live at once (on every instance) only when `publish` is set.
 */
export async function importVersion(
  versions: VersionRepository,
  base: Content,
  dir: string,
  meta: { author: string; note: string; at: Date; publish: boolean },
): Promise<VersionMeta> {
  const entries = await readEntriesFromYaml(dir);
  checkReferences({ ...base, entries });
  await versions.seed(base.entries, meta.at.toISOString());
  const version = await versions.add({ author: meta.author, note: meta.note, at: meta.at.toISOString(), origin: 'import' }, entries);
  if (meta.publish) await versions.setLive(version.number);
  return version;
}
