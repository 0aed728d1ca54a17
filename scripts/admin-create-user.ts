/**
 * Creates a staff account (or resets the role and password of one):
 *   npm run admin:create-user -- --role publisher <name>
 * Asks for the password twice on a terminal; reads it from the first line of stdin otherwise.
 */
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { accountNameSchema, roleSchema } from '../src/admin/accounts.js';
import { MIN_PASSWORD_LENGTH } from '../src/admin/passwords.js';
import { saveAccount } from '../src/admin/save-account.js';
import { openAdminStorage } from '../src/admin/storage.js';
import { loadConfig, readEnvironment } from '../src/config.js';
import { connectRedis, whenReady } from '../src/state/redis-connection.js';
import { runCommand } from './run-command.js';

const USAGE = 'usage: npm run admin:create-user -- --role editor|publisher <name>';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { role: { type: 'string' } }, allowPositionals: true });
  const role = roleSchema.safeParse(values.role);
  const name = accountNameSchema.safeParse(positionals[0]);
  if (!role.success || !name.success || positionals.length !== 1) {
    process.stderr.write(`${name.success ? '' : `${name.error?.issues[0]?.message ?? 'a name is required'}\n`}${USAGE}\n`);
    return 2;
  }
  const password = await readPassword(`Mật khẩu cho ${name.data}: `, `Nhập lại mật khẩu: `);
  if (password.length < MIN_PASSWORD_LENGTH) {
    process.stderr.write(`the password needs at least ${MIN_PASSWORD_LENGTH} characters\n`);
    return 2;
  }

  const config = loadConfig(readEnvironment());
  const redis = config.redisUrl ? connectRedis(config.redisUrl) : undefined;
  try {
    if (redis && !(await whenReady(redis))) throw new Error(`Redis at REDIS_URL is not reachable`);
    const outcome = await saveAccount(openAdminStorage(config, redis), { name: name.data, role: role.data, password }, 'cli', new Date());
    const where = redis ? 'Redis' : config.admin.usersFile;
    process.stdout.write(`${outcome} ${role.data} account ${name.data} (${where})\n`);
    return 0;
  } finally {
    await redis?.quit().catch(() => redis.disconnect());
  }
}

/** On a terminal: asks twice without echoing and checks both match. Otherwise: the first line of stdin. */
async function readPassword(prompt: string, confirm: string): Promise<string> {
  if (!process.stdin.isTTY) return ((await text(process.stdin)).split(/\r?\n/)[0] ?? '').trim();
  const first = await askHidden(prompt);
  const second = await askHidden(confirm);
  if (first !== second) throw new Error('the passwords do not match');
  return first;
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

runCommand('admin:create-user', main);
