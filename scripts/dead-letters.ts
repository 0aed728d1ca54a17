/**
 * Replies the outbound queue gave up on (retries ran out, or the platform refused them for good):
 *   npm run dead-letters -- list
 *   npm run dead-letters -- replay [id]     (one by id, or all of them)
 * Replayed jobs go back on the queue; a running server sends them, resuming after the parts already sent.
 */
import { loadConfig, readEnvironment } from '../src/config.js';
import { AppError } from '../src/errors.js';
import { createOutboundQueue } from '../src/outbound/create-queue.js';
import type { OutboundLogger } from '../src/outbound/queue-options.js';
import type { DeadLetter } from '../src/outbound/types.js';
import { userKey } from '../src/privacy.js';
import { isEntryPoint, runCommand } from './run-command.js';

const USAGE = 'usage: npm run dead-letters -- list | replay [id]';

type Print = (line: string) => void;

/** Runs the command; returns the process exit code. */
export async function deadLettersCommand(env: NodeJS.ProcessEnv, args: string[], print: Print, printError: Print): Promise<number> {
  const [command, id] = args;
  if (command !== 'list' && command !== 'replay') {
    printError(USAGE);
    return 2;
  }
  const config = loadConfig(env);
  if (!config.redisUrl) {
    printError('dead letters are kept in Redis: set REDIS_URL (without Redis they live in the running server only, and end with it)');
    return 1;
  }
  const logger: OutboundLogger = { debug() {}, info() {}, warn: (_d, m) => printError(m), error: (_d, m) => printError(m) };
  const queue = createOutboundQueue(config, { logger });
  try {
    if (command === 'list') {
      const [letters, counts] = await Promise.all([queue.deadLetters(), queue.counts()]);
      print(`${letters.length} dead letter(s); queue: ${counts.waiting} waiting, ${counts.active} sending, ${counts.delayed} delayed`);
      for (const letter of letters) print(describe(letter, config.userIdSecret));
    } else {
      const ids = await queue.replay(id);
      print(`queued again: ${ids.length} job(s)`);
      for (const one of ids) print(`  ${one}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    printError(error.message);
    return 1;
  } finally {
    await queue.close();
  }
}

/** One dead letter, without the person's id (only its keyed hash) or the reply text. */
function describe(letter: DeadLetter, secret: string): string {
  const { job } = letter;
  return [
    letter.id,
    `  failed ${letter.failedAt.toISOString()} after ${letter.attempts} attempt(s): ${letter.reason}`,
    `  ${job.channel} account ${job.account}, user ${userKey(secret, job.channel, job.userId)}, ${job.replies.length} reply(ies), ${job.sent ?? 0} message(s) sent before the failure`,
  ].join('\n');
}

if (isEntryPoint(import.meta.url)) {
  runCommand('dead-letters', () =>
    deadLettersCommand(readEnvironment(), process.argv.slice(2), (l) => process.stdout.write(`${l}\n`), (l) => process.stderr.write(`${l}\n`)),
  );
}
