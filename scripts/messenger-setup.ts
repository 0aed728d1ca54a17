/**
 * Sets each configured Page's Get Started button, greeting and persistent menu (the help topics)
 * through the Messenger Profile API, and prints what it set:
 *   npm run messenger:setup
 */
import { GraphClient } from '../src/channels/messenger/graph-client.js';
import { messengerProfile, setMessengerProfile } from '../src/channels/messenger/profile.js';
import { loadConfig, readEnvironment } from '../src/config.js';
import { PlatformError } from '../src/errors.js';
import { isEntryPoint, runCommand } from './run-command.js';

type Print = (line: string) => void;

/** Runs the set-up; returns the process exit code. */
export async function messengerSetup(env: NodeJS.ProcessEnv, print: Print, printError: Print): Promise<number> {
  const config = loadConfig(env);
  if (!config.messenger) {
    printError('Messenger is not configured: set MESSENGER_APP_SECRET and MESSENGER_PAGE_ACCESS_TOKEN (or MESSENGER_PAGES)');
    return 1;
  }
  const profile = messengerProfile();
  const client = new GraphClient(config.messenger.graphUrl, config.messenger.graphVersion, { connections: 1, timeoutMs: 20_000 });
  let failed = 0;
  try {
    for (const [page, token] of Object.entries(config.messenger.pages)) {
      try {
        await setMessengerProfile(client, token, profile);
        print(`Page ${page}: profile set`);
      } catch (error) {
        if (!(error instanceof PlatformError)) throw error;
        failed += 1;
        printError(`Page ${page}: not set: ${error.message} (code ${error.platformCode ?? '-'})`);
      }
    }
  } finally {
    await client.close();
  }
  print(`Get Started button: payload ${profile.get_started.payload}`);
  print(`Greeting: ${profile.greeting[0]!.text}`);
  print('Persistent menu:');
  for (const item of profile.persistent_menu[0]!.call_to_actions) print(`  - ${item.title} (${item.payload})`);
  return failed === 0 ? 0 : 1;
}

if (isEntryPoint(import.meta.url)) {
  runCommand('messenger:setup', () => messengerSetup(readEnvironment(), (l) => process.stdout.write(`${l}\n`), (l) => process.stderr.write(`${l}\n`)));
}
