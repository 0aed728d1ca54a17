import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { ZaloAccount } from './accounts.js';
import type { ZaloOAuth } from './oauth.js';
import type { TokenStore, ZaloTokens } from './token-store.js';

export type KeeperLogger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export interface TokenKeeperSettings {
  /** How long the refresh lock is held at most; longer than the OAuth HTTP timeout. */
  lockMs: number;
  /** How often a waiting instance looks whether the lock holder has finished. */
  waitStepMs: number;
  /** Tokens older than this are refreshed ahead of expiry (an access token lives about 25 hours). */
  refreshEveryMs: number;
  /** Refresh when the access token expires within this margin, whatever its age. */
  expiryMarginMs: number;
  /** How often the scheduled check runs. */
  checkEveryMs: number;
}

export const defaultKeeperSettings: TokenKeeperSettings = {
  lockMs: 30_000,
  waitStepMs: 100,
  refreshEveryMs: 12 * 3_600_000,
  expiryMarginMs: 3_600_000,
  checkEveryMs: 15 * 60_000,
};

/** No usable access token: the OA must be re-authorised (or was never given tokens). */
export class TokenUnavailable extends Error {}

export interface TokenKeeperDeps {
  store: TokenStore;
  oauth: ZaloOAuth;
  logger: KeeperLogger;
  settings?: Partial<TokenKeeperSettings>;
  now?: () => number;
}

/**
 * Keeps each OA's access token valid: refreshes it ahead of expiry and on demand after a token
 * error. One refresh at a time across all instances (a Redis lock); a refresh token can be used
 * only once, so the new one is stored before anything else is done.
 */
export class ZaloTokenKeeper {
  private readonly settings: TokenKeeperSettings;
  private readonly now: () => number;
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly deps: TokenKeeperDeps) {
    this.settings = { ...defaultKeeperSettings, ...deps.settings };
    this.now = deps.now ?? Date.now;
  }

  /** The stored tokens; the configured ones until a refresh stores new ones, or when they replace rejected ones. */
  async tokens(account: ZaloAccount): Promise<ZaloTokens> {
    const stored = await this.deps.store.read(account.key);
    const configured = account.initialTokens;
    const replacesRejected = stored?.rejected && configured.refreshToken && configured.refreshToken !== stored.refreshToken;
    if (stored && !replacesRejected) return stored;
    return { accessToken: configured.accessToken, refreshToken: configured.refreshToken, obtainedAt: 0 };
  }

  /** The access token to send with; exchanges the refresh token first when there is none yet. */
  async accessToken(account: ZaloAccount): Promise<string> {
    let current = await this.tokens(account);
    if (!current.accessToken && !current.rejected) {
      await this.refresh(account);
      current = await this.tokens(account);
    }
    if (current.rejected) throw new TokenUnavailable(`Zalo OA ${account.key} must be re-authorised: ${current.rejected.reason}`);
    if (!current.accessToken) throw new TokenUnavailable(`Zalo OA ${account.key} has no access token`);
    return current.accessToken;
  }

  /**
   * Refreshes the OA's tokens unless another caller already replaced `staleAccessToken` (or, without
   * one, unless they are no longer due). Resolves when this or another instance's refresh is over.
   */
  refresh(account: ZaloAccount, staleAccessToken?: string): Promise<void> {
    const running = this.inFlight.get(account.key);
    if (running) return running;
    const refresh = this.refreshAcrossInstances(account, staleAccessToken).finally(() => this.inFlight.delete(account.key));
    this.inFlight.set(account.key, refresh);
    return refresh;
  }

  /** Starts the scheduled refresh ahead of expiry. */
  start(accounts: readonly ZaloAccount[]): void {
    this.timer = setInterval(() => void this.refreshDue(accounts), this.settings.checkEveryMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The scheduled check: refreshes every OA whose tokens are old or about to expire. */
  async refreshDue(accounts: readonly ZaloAccount[]): Promise<void> {
    for (const account of accounts) {
      try {
        const current = await this.tokens(account);
        if (!current.rejected && this.isDue(current)) await this.refresh(account);
      } catch (error) {
        this.deps.logger.warn({ err: error, oa: account.key }, 'scheduled Zalo token refresh failed; trying again at the next check');
      }
    }
  }

  private isDue(tokens: ZaloTokens): boolean {
    const now = this.now();
    if (!tokens.accessToken || now >= tokens.obtainedAt + this.settings.refreshEveryMs) return true;
    return tokens.expiresAt !== undefined && now >= tokens.expiresAt - this.settings.expiryMarginMs;
  }

  private async refreshAcrossInstances(account: ZaloAccount, staleAccessToken: string | undefined): Promise<void> {
    const { store } = this.deps;
    const deadline = this.now() + this.settings.lockMs;
    for (;;) {
      const lockId = await store.lock(account.key, this.settings.lockMs);
      if (lockId) {
        try {
          await this.refreshHoldingLock(account, staleAccessToken);
        } finally {
          await store.unlock(account.key, lockId);
        }
        return;
      }
      // Another instance is refreshing: wait for it, then look again (it has usually replaced the token).
      if (this.now() >= deadline) return;
      await sleep(this.settings.waitStepMs);
    }
  }

  private async refreshHoldingLock(account: ZaloAccount, staleAccessToken: string | undefined): Promise<void> {
    const { store, oauth, logger } = this.deps;
    // Read again under the lock: another instance may have refreshed while this one waited.
    const current = await this.tokens(account);
    if (current.rejected) return;
    if (staleAccessToken !== undefined ? current.accessToken !== staleAccessToken : !this.isDue(current)) return;

    if (!account.appSecret) return this.reject(account, current, 'ZALO_APP_SECRET is not set, so the token cannot be refreshed');
    if (!current.refreshToken) return this.reject(account, current, 'no refresh token is known');

    const outcome = await oauth.refresh(account.appId, account.appSecret, current.refreshToken);
    if (outcome.kind === 'refreshed') {
      const now = this.now();
      // The old refresh token is spent: store the new one before anything else can fail.
      await store.write(account.key, {
        accessToken: outcome.accessToken,
        refreshToken: outcome.refreshToken,
        expiresAt: outcome.expiresInSeconds !== undefined ? now + outcome.expiresInSeconds * 1000 : undefined,
        obtainedAt: now,
      });
      logger.info({ oa: account.key }, 'Zalo access token refreshed');
    } else if (outcome.kind === 'rejected') {
      await this.reject(account, current, outcome.reason);
    } else {
      logger.warn({ oa: account.key, reason: outcome.reason }, 'Zalo token refresh failed for now; it will be tried again');
    }
  }

  /** Records the rejection, so that no instance tries again, and raises the one alert. */
  private async reject(account: ZaloAccount, current: ZaloTokens, reason: string): Promise<void> {
    await this.deps.store.write(account.key, { ...current, rejected: { at: this.now(), reason } });
    this.deps.logger.error(
      { alert: 'zalo-reauthorise', oa: account.key, reason },
      `ALERT: the Zalo OA ${account.key} cannot refresh its access token (${reason}). A person must re-authorise the OA and store ` +
        'the new tokens with `npm run zalo:tokens -- --refresh-token …`. Zalo replies are not sent until then; other channels keep working.',
    );
  }
}
