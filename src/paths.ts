import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

/** The project root, whether running from src/ (tsx) or dist/ (built). */
export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

export function fromRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(projectRoot, path);
}
