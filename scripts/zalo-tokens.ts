/**
 * Stores an OA's tokens where the running app reads them (Redis), e.g. after re-authorising the OA:
 *   npm run zalo:tokens -- --refresh-token <token> [--access-token <token>] [--expires-in <seconds>]
 * Without --access-token the refresh token is exchanged at once, which also proves it works.
 */
import { parseArgs } from 'node:util';
import { ZaloAccounts } from '../src/channels/zalo/accounts.js';
import { ZaloOAuth } from '../src/channels/zalo/oauth.js';
import { ZaloTokenKeeper, type KeeperLogger } from '../src/channels/zalo/token-keeper.js';
import { RedisTokenStore, type ZaloTokens } from '../src/channels/zalo/token-store.js';
import { loadConfig, readEnvironment } from '../src/config.js';
import { connectRedis } from '../src/state/redis-connection.js';
import { isEntryPoint, runCommand } from './run-command.js';

export interface TokenInput {
  refreshToken: string;
  accessToken?: string;
  expiresInSeconds?: number;
}

/** Writes the tokens for the configured OA, exchanging the refresh token when no access token is given. */
export async function storeZaloTokens(env: NodeJS.ProcessEnv, input: TokenInput, logger: KeeperLogger): Promise<ZaloTokens> {
  // The tokens given here stand in for ZALO_ACCESS_TOKEN / ZALO_REFRESH_TOKEN, which may be unset.
  const config = loadConfig({ ...env, ZALO_REFRESH_TOKEN: input.refreshToken, ZALO_ACCESS_TOKEN: input.accessToken ?? env.ZALO_ACCESS_TOKEN });
  if (!config.zalo) throw new Error('ZALO_APP_ID and ZALO_OA_SECRET_KEY must be set');
  if (!config.redisUrl) throw new Error('REDIS_URL must be set: the app reads Zalo tokens from Redis');
  const account = ZaloAccounts.fromConfig(config.zalo).all[0]!;
  const redis = connectRedis(config.redisUrl, { enableOfflineQueue: true });
  const oauth = new ZaloOAuth(config.zalo.oauthUrl, 10_000);
  try {
    const store = new RedisTokenStore(redis, config.redisPrefix);
    const now = Date.now();
    await store.write(account.key, {
      accessToken: input.accessToken,
      refreshToken: input.refreshToken,
      expiresAt: input.accessToken && input.expiresInSeconds ? now + input.expiresInSeconds * 1000 : undefined,
      obtainedAt: input.accessToken ? now : 0,
    });
    const keeper = new ZaloTokenKeeper({ store, oauth, logger });
    if (!input.accessToken) await keeper.refresh(account);
    return await keeper.tokens(account);
  } finally {
    await oauth.close();
    await redis.quit().catch(() => redis.disconnect());
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'refresh-token': { type: 'string' }, 'access-token': { type: 'string' }, 'expires-in': { type: 'string' } },
  });
  const refreshToken = values['refresh-token'];
  if (!refreshToken) throw new Error('usage: npm run zalo:tokens -- --refresh-token <token> [--access-token <token>] [--expires-in <seconds>]');
  const log = (...args: unknown[]) => console.error(args.find((a) => typeof a === 'string') ?? '');
  const tokens = await storeZaloTokens(
    readEnvironment(),
    { refreshToken, accessToken: values['access-token'], expiresInSeconds: values['expires-in'] ? Number(values['expires-in']) : undefined },
    { info: log, warn: log, error: log },
  );
  if (tokens.rejected || !tokens.accessToken) throw new Error(`the tokens were stored but do not work: ${tokens.rejected?.reason ?? 'no access token'}`);
  const until = tokens.expiresAt ? `, access token valid until ${new Date(tokens.expiresAt).toISOString()}` : '';
  console.log(`Zalo tokens stored${until}.`);
}

if (isEntryPoint(import.meta.url)) runCommand('zalo:tokens', main);
