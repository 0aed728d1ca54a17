import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AccountStore, StaffAccount } from './accounts.js';

/**
 * Accounts in a JSON file, for an install without Redis: `npm run admin:create-user` and the server
 * share it. Read on every call so an account created from the command line works without a restart.
 */
export class FileAccountStore implements AccountStore {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  private async read(): Promise<Record<string, StaffAccount>> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as Record<string, StaffAccount>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }

  /** Read-change-write, one at a time in this process; the rename makes each write whole. */
  private change(apply: (accounts: Record<string, StaffAccount>) => void): Promise<void> {
    const run = this.writing.then(async () => {
      const accounts = await this.read();
      apply(accounts);
      await mkdir(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
      await rename(temporary, this.path);
    });
    this.writing = run.catch(() => {});
    return run;
  }

  async get(name: string): Promise<StaffAccount | undefined> {
    return (await this.read())[name];
  }

  async list(): Promise<StaffAccount[]> {
    return Object.values(await this.read()).sort((a, b) => a.name.localeCompare(b.name));
  }

  put(account: StaffAccount): Promise<void> {
    return this.change((accounts) => {
      accounts[account.name] = account;
    });
  }

  delete(name: string): Promise<void> {
    return this.change((accounts) => {
      delete accounts[name];
    });
  }
}
