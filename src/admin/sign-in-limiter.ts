import type { StateStore } from '../state/store.js';

export interface SignInLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowSeconds: number;
}

/**
 * Counts failed sign-ins per account and per address in the store (shared by every instance).
 * Past either limit, sign-in is refused, even with the right password, until the window ends.
 */
export class SignInLimiter {
  constructor(
    private readonly store: StateStore,
    private readonly limits: SignInLimits,
  ) {}

  async blocked(account: string, address: string): Promise<boolean> {
    const [byAccount, byAddress] = await Promise.all([
      this.store.get<number>(accountKey(account)),
      this.store.get<number>(addressKey(address)),
    ]);
    return (byAccount ?? 0) >= this.limits.maxFailuresPerAccount || (byAddress ?? 0) >= this.limits.maxFailuresPerAddress;
  }

  async failed(account: string, address: string): Promise<void> {
    await Promise.all([
      this.store.increment(accountKey(account), this.limits.windowSeconds),
      this.store.increment(addressKey(address), this.limits.windowSeconds),
    ]);
  }

  /** The account's count starts again; the address keeps its count (it may be trying many accounts). */
  async succeeded(account: string): Promise<void> {
    await this.store.delete(accountKey(account));
  }

  get retryAfterSeconds(): number {
    return this.limits.windowSeconds;
  }
}

const accountKey = (account: string): string => `admin:sign-in-failures:account:${account}`;
const addressKey = (address: string): string => `admin:sign-in-failures:address:${address}`;
