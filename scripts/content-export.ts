/**
 * Writes a content version as YAML files in the format of content/faq:
 *   npm run content:export -- [--version <n>] [--out <dir>]
 * The live version by default, into content-export/v<n>/ (use --out content/faq to review it in git).
 */
import { parseArgs } from 'node:util';
import { openAdminStorage } from '../src/admin/storage.js';
import { loadConfig, readEnvironment } from '../src/config.js';
import { exportVersion } from '../src/content-store/transfer.js';
import { fromRoot } from '../src/paths.js';
import { connectRedis, whenReady } from '../src/state/redis-connection.js';
import { runCommand } from './run-command.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { version: { type: 'string' }, out: { type: 'string' } } });
  const number = values.version === undefined ? undefined : Number(values.version);
  if (number !== undefined && !(Number.isInteger(number) && number > 0)) {
    process.stderr.write('--version must be a version number (1, 2, ...)\n');
    return 2;
  }
  const config = loadConfig(readEnvironment());
  if (!config.redisUrl) {
    process.stderr.write('REDIS_URL is not set: without Redis, versions live only inside the running server\n');
    return 2;
  }
  const redis = connectRedis(config.redisUrl);
  try {
    if (!(await whenReady(redis))) throw new Error('Redis at REDIS_URL is not reachable');
    const { versions } = openAdminStorage(config, redis);
    const chosen = number ?? (await versions.live());
    const dir = fromRoot(values.out ?? `content-export/v${chosen ?? 'none'}`);
    const result = await exportVersion(versions, dir, chosen);
    process.stdout.write(`exported version ${result.number} to ${dir}: ${result.files.join(', ')}\n`);
    return 0;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

runCommand('content:export', main);
