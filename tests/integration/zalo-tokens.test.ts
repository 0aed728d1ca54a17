import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import { ZaloAccounts, type ZaloAccount } from '../../src/channels/zalo/accounts.js';
import { ZaloOAuth } from '../../src/channels/zalo/oauth.js';
import { ZaloTokenKeeper } from '../../src/channels/zalo/token-keeper.js';
import { RedisTokenStore, type TokenStore } from '../../src/channels/zalo/token-store.js';
import { storeZaloTokens } from '../../scripts/zalo-tokens.js';
import { testConfig, uniquePrefix } from '../support/app.js';
import { FakeZalo, recordingLogger } from '../support/fake-zalo.js';

const HOUR = 3_600_000;

describe('Zalo token keeper', () => {
  let fake: FakeZalo;
  let prefix: string;
  let closers: Array<() => Promise<unknown>>;

  beforeEach(async () => {
    fake = await FakeZalo.start();
    prefix = uniquePrefix();
    closers = [];
  });
  afterEach(async () => {
    await Promise.all(closers.map((close) => close()));
    await fake.stop();
  });

  /** One instance's keeper: its own Redis connection and OAuth client, the shared Redis key prefix. */
  function instance(env: Record<string, string | undefined> = {}, now?: () => number) {
    const config = testConfig(fake.env(env)).zalo!;
    const redis = new Redis(inject('redisUrl'));
    const oauth = new ZaloOAuth(config.oauthUrl, 2_000);
    const logger = recordingLogger();
    const store: TokenStore = new RedisTokenStore(redis, prefix);
    const keeper = new ZaloTokenKeeper({ store, oauth, logger, now, settings: { waitStepMs: 10 } });
    closers.push(() => oauth.close(), () => redis.quit());
    const account: ZaloAccount = ZaloAccounts.fromConfig(config).all[0]!;
    return { keeper, store, logger, account };
  }

  it('makes exactly one refresh request when two instances need a refresh at once', async () => {
    const one = instance();
    const two = instance();
    await Promise.all([one.keeper.refresh(one.account, 'access-0'), two.keeper.refresh(two.account, 'access-0')]);
    expect(fake.refreshes).toHaveLength(1);
    expect(await one.keeper.accessToken(one.account)).toBe('access-1');
    expect(await two.keeper.accessToken(two.account)).toBe('access-1');
  });

  it('makes one refresh request for many sends of one instance that hit a token error together', async () => {
    const one = instance();
    await Promise.all(Array.from({ length: 5 }, () => one.keeper.refresh(one.account, 'access-0')));
    expect(fake.refreshes).toHaveLength(1);
  });

  it('stores the new refresh token, which replaces the spent one', async () => {
    const one = instance();
    await one.keeper.refresh(one.account, 'access-0');
    const stored = await one.store.read(one.account.key);
    expect(stored).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    // expires_in comes as a string of seconds.
    expect(stored!.expiresAt! - stored!.obtainedAt).toBe(90_000_000);
    await one.keeper.refresh(one.account, 'access-1');
    expect(fake.refreshes.map((r) => r.refreshToken)).toEqual(['refresh-0', 'refresh-1']);
  });

  it('refreshes ahead of expiry at the scheduled check, and not before it is due', async () => {
    let now = Date.UTC(2025, 9, 10, 8);
    const one = instance({}, () => now);
    await one.keeper.refresh(one.account, 'access-0');
    now += 11 * HOUR;
    await one.keeper.refreshDue([one.account]);
    expect(fake.refreshes).toHaveLength(1);
    now += 2 * HOUR;
    await one.keeper.refreshDue([one.account]);
    expect(fake.refreshes).toHaveLength(2);
    expect(await one.keeper.accessToken(one.account)).toBe('access-2');
  });

  it('raises one alert when the refresh token is rejected, and never tries it again', async () => {
    const one = instance();
    const two = instance();
    fake.scriptRefreshes({ error: -14014 });
    await one.keeper.refresh(one.account, 'access-0');
    await two.keeper.refresh(two.account, 'access-0');
    await one.keeper.refreshDue([one.account]);
    expect(fake.refreshes).toHaveLength(1);
    expect([...one.logger.alerts('zalo-reauthorise'), ...two.logger.alerts('zalo-reauthorise')]).toHaveLength(1);
    await expect(two.keeper.accessToken(two.account)).rejects.toThrow(/re-authorised/);
  });

  it('tries a refresh again later, without an alert, when the OAuth server fails for now', async () => {
    const one = instance();
    fake.scriptRefreshes({ status: 503 });
    await one.keeper.refresh(one.account, 'access-0');
    expect(one.logger.alerts('zalo-reauthorise')).toHaveLength(0);
    await one.keeper.refresh(one.account, 'access-0');
    expect(fake.refreshes.map((r) => r.answer)).toEqual(['http-error', 'refreshed']);
  });

  it('uses a new refresh token from the configuration in place of a rejected one', async () => {
    const before = instance({ ZALO_REFRESH_TOKEN: 'refresh-revoked' });
    await before.keeper.refresh(before.account, 'access-0');
    await expect(before.keeper.accessToken(before.account)).rejects.toThrow();
    const after = instance({ ZALO_REFRESH_TOKEN: 'refresh-0' });
    await after.keeper.refresh(after.account, 'access-0');
    expect(await after.keeper.accessToken(after.account)).toBe('access-1');
  });

  it('stores tokens given to `npm run zalo:tokens` and exchanges the refresh token', async () => {
    const env = testEnvironment({ ZALO_ACCESS_TOKEN: undefined, ZALO_REFRESH_TOKEN: undefined });
    const tokens = await storeZaloTokens(env, { refreshToken: 'refresh-0' }, recordingLogger());
    expect(tokens).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const one = instance({ ZALO_ACCESS_TOKEN: 'stale-from-config' });
    expect(await one.keeper.accessToken(one.account)).toBe('access-1');
  });

  function testEnvironment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
    return { NODE_ENV: 'test', REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix, ...fake.env(extra) };
  }
});
