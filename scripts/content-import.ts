/**
 * Stores YAML files in the format of content/faq as a new content version:
 *   npm run content:import -- <dir> --note "why" [--publish] [--as <name>]
 * With --publish the version goes live on every running instance at once; otherwise a publisher
 * can make it live from the admin page (Xuất bản → Khôi phục).
 */
import { parseArgs } from 'node:util';
import { openAdminStorage } from '../src/admin/storage.js';
import { loadConfig, readEnvironment } from '../src/config.js';
import { importVersion } from '../src/content-store/transfer.js';
import { loadContent } from '../src/faq/content.js';
import { fromRoot } from '../src/paths.js';
import { connectRedis, whenReady } from '../src/state/redis-connection.js';
import { runCommand } from './run-command.js';

const USAGE = 'usage: npm run content:import -- <dir> --note "why" [--publish] [--as <name>]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { note: { type: 'string' }, publish: { type: 'boolean', default: false }, as: { type: 'string', default: 'cli' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || !values.note?.trim()) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(readEnvironment());
  if (!config.redisUrl) {
    process.stderr.write('REDIS_URL is not set: without Redis, versions live only inside the running server\n');
    return 2;
  }
  const base = await loadContent(fromRoot(config.contentDir));
  const redis = connectRedis(config.redisUrl);
  try {
    if (!(await whenReady(redis))) throw new Error('Redis at REDIS_URL is not reachable');
    const storage = openAdminStorage(config, redis);
    const at = new Date();
    const version = await importVersion(storage.versions, base, fromRoot(positionals[0]!), {
      author: values.as,
      note: values.note.trim(),
      at,
      publish: values.publish,
    });
    await storage.audit.append({
      at: at.toISOString(),
      who: values.as,
      action: 'content-import',
      target: String(version.number),
      details: { note: version.note, entries: version.entryCount, published: values.publish },
    });
    process.stdout.write(`imported ${version.entryCount} entries as version ${version.number}${values.publish ? ', now live' : ''}\n`);
    return 0;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

runCommand('content:import', main);
