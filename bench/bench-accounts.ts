// The made-up platform accounts the benchmarks give the real server; every platform URL points at loopback.

export const MESSENGER = {
  appSecret: 'bench-messenger-app-secret',
  pageId: '100000000000001',
  pageToken: 'bench-page-token',
  graphVersion: 'v23.0',
} as const;

export const ZALO = {
  appId: '2000000000000000001',
  appSecret: 'bench-zalo-app-secret',
  oaId: '3000000000000000001',
  oaSecretKey: 'bench-zalo-oa-secret-key',
  accessToken: 'bench-zalo-access-token',
  refreshToken: 'bench-zalo-refresh-token',
} as const;

export interface PlatformUrls {
  graph: string;
  zaloApi: string;
  zaloOAuth: string;
}

/**
 * The environment of the production server under benchmark. Everything is given explicitly (the server
 * runs in a scratch directory, so a developer's .env cannot change what is measured).
 */
export function serverEnvironment(options: {
  port: number;
  redisUrl: string;
  platforms: PlatformUrls;
  overrides?: Record<string, string>;
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    LOG_LEVEL: 'warn',
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: 'bench:',
    USER_ID_SECRET: 'bench-user-id-secret-0123456789',
    ADMIN_SESSION_SECRET: 'bench-admin-session-secret-0123456789abcdef',
    // Many messages from the same simulated users: the per-user limit would turn answers into notices.
    USER_RATE_LIMIT: '1000000',
    MESSENGER_APP_SECRET: MESSENGER.appSecret,
    MESSENGER_PAGE_ID: MESSENGER.pageId,
    MESSENGER_PAGE_ACCESS_TOKEN: MESSENGER.pageToken,
    MESSENGER_GRAPH_VERSION: MESSENGER.graphVersion,
    MESSENGER_GRAPH_URL: options.platforms.graph,
    MESSENGER_RATE_PER_SECOND: '0',
    ZALO_APP_ID: ZALO.appId,
    ZALO_APP_SECRET: ZALO.appSecret,
    ZALO_OA_ID: ZALO.oaId,
    ZALO_OA_SECRET_KEY: ZALO.oaSecretKey,
    ZALO_ACCESS_TOKEN: ZALO.accessToken,
    ZALO_REFRESH_TOKEN: ZALO.refreshToken,
    ZALO_API_URL: options.platforms.zaloApi,
    ZALO_OAUTH_URL: options.platforms.zaloOAuth,
    ZALO_RATE_PER_MINUTE: '0',
    ...options.overrides,
  };
}
