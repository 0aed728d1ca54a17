import type { ZaloConfig } from '../../config.js';

/** One Official Account the deployment serves, with what is needed to verify its webhooks and to reply. */
export interface ZaloAccount {
  /** Where its tokens are kept: the OA id when configured, otherwise the app id. */
  key: string;
  appId: string;
  appSecret?: string;
  oaId?: string;
  oaSecretKeys: readonly string[];
  initialTokens: { accessToken?: string; refreshToken?: string };
}

/**
 * The OAs served, looked up by the webhook's app_id / OA id and by an outbound job's account.
 * Configuration gives one OA today; serving more is a matter of listing more here.
 */
export class ZaloAccounts {
  private readonly byApp = new Map<string, ZaloAccount[]>();

  constructor(readonly all: readonly ZaloAccount[]) {
    for (const account of all) this.byApp.set(account.appId, [...(this.byApp.get(account.appId) ?? []), account]);
  }

  static fromConfig(config: ZaloConfig): ZaloAccounts {
    return new ZaloAccounts([
      {
        key: config.oaId ?? config.appId,
        appId: config.appId,
        appSecret: config.appSecret,
        oaId: config.oaId,
        oaSecretKeys: config.oaSecretKeys,
        initialTokens: { accessToken: config.accessToken, refreshToken: config.refreshToken },
      },
    ]);
  }

  /** Every OA secret key that may have signed a webhook of this app (several OAs may share one app). */
  secretKeysOf(appId: string): string[] {
    return (this.byApp.get(appId) ?? []).flatMap((a) => a.oaSecretKeys);
  }

  /** The OA an event of this app is for: by OA id when the app serves several, else the app's only OA. */
  forEvent(appId: string, oaId: string | undefined): ZaloAccount | undefined {
    const candidates = this.byApp.get(appId) ?? [];
    return candidates.find((a) => a.oaId !== undefined && a.oaId === oaId) ?? candidates.find((a) => a.oaId === undefined);
  }

  /** The OA an outbound job replies through: its configured id, or the only OA configured without one. */
  forAccount(account: string): ZaloAccount | undefined {
    return this.all.find((a) => a.oaId === account) ?? this.all.find((a) => a.oaId === undefined);
  }
}
