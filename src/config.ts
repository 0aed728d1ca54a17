import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const optionalString = z.string().trim().min(1).optional().catch(undefined);
const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const jsonRecord = z.string().transform((s, ctx) => {
  try {
    const parsed = z.record(z.string(), z.string().min(1)).parse(JSON.parse(s));
    return parsed;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'a JSON object of Page id to access token' });
    return z.NEVER;
  }
});

/** Every setting, from the environment (and `.env`). Nothing else reads process.env. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: boolFlag.default(false),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('bhyt:'),
  /** Key for hashing user ids in logs and storage (HMAC-SHA256). Required in production. */
  USER_ID_SECRET: z.string().min(16).optional(),
  STATE_TTL_DAYS: z.coerce.number().int().positive().default(90),
  DEDUPE_TTL_HOURS: z.coerce.number().positive().default(24),
  /** How long a message being handled holds off its redeliveries (they get 503); a crash mid-handling frees it after this. */
  DEDUPE_CLAIM_SECONDS: z.coerce.number().int().positive().default(10),
  CONTEXT_MINUTES: z.coerce.number().positive().default(30),
  HANDOFF_HOURS: z.coerce.number().positive().default(24),
  USER_RATE_LIMIT: z.coerce.number().int().positive().default(8),
  USER_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Requests handled at once before new ones get 503; memory and event-loop limits for the same guard. */
  MAX_IN_FLIGHT: z.coerce.number().int().positive().default(1024),
  MAX_HEAP_MB: z.coerce.number().int().positive().default(512),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().positive().default(1000),
  WEBCHAT_ENABLED: boolFlag.default(true),
  CONTENT_DIR: z.string().default('content'),

  MESSENGER_APP_SECRET: optionalString,
  MESSENGER_APP_SECRET_PREVIOUS: optionalString,
  MESSENGER_VERIFY_TOKEN: optionalString,
  MESSENGER_PAGE_ACCESS_TOKEN: optionalString,
  MESSENGER_PAGE_ID: optionalString,
  MESSENGER_PAGES: jsonRecord.optional(),
  MESSENGER_GRAPH_VERSION: z.string().regex(/^v\d+\.\d+$/, 'like v23.0').default('v23.0'),
  MESSENGER_GRAPH_URL: z.string().url().default('https://graph.facebook.com'),
  MESSENGER_RATE_PER_SECOND: z.coerce.number().int().nonnegative().default(0),

  ZALO_APP_ID: optionalString,
  ZALO_APP_SECRET: optionalString,
  ZALO_OA_ID: optionalString,
  ZALO_OA_SECRET_KEY: optionalString,
  ZALO_OA_SECRET_KEY_PREVIOUS: optionalString,
  ZALO_ACCESS_TOKEN: optionalString,
  ZALO_REFRESH_TOKEN: optionalString,
  ZALO_API_URL: z.string().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_URL: z.string().url().default('https://oauth.zaloapp.com'),
  ZALO_REPLAY_WINDOW_HOURS: z.coerce.number().positive().default(6),
  ZALO_RATE_PER_MINUTE: z.coerce.number().int().nonnegative().default(4000),

  OUTBOUND_CONCURRENCY: z.coerce.number().int().positive().default(32),
  OUTBOUND_ATTEMPTS: z.coerce.number().int().positive().default(8),
  OUTBOUND_BACKOFF_MS: z.coerce.number().int().positive().default(1_000),
  OUTBOUND_THROTTLE_BACKOFF_MS: z.coerce.number().int().positive().default(30_000),
  OUTBOUND_MAX_BACKOFF_MS: z.coerce.number().int().positive().default(900_000),
  /** How long a sending job stays locked without a sign of life; a crashed worker's job is taken back after it. */
  OUTBOUND_LOCK_MS: z.coerce.number().int().min(500).default(30_000),

  /** Signs the staff session cookie and derives CSRF tokens. Required in production. */
  ADMIN_SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /** Forces the Secure cookie flag on or off; unset means Secure whenever the request came over HTTPS. */
  ADMIN_COOKIE_SECURE: boolFlag.optional(),
  ADMIN_SESSION_HOURS: z.coerce.number().positive().default(8),
  ADMIN_SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  ADMIN_SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  ADMIN_SIGNIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  /** Where staff accounts live when there is no Redis. */
  ADMIN_USERS_FILE: z.string().default('data/admin-users.json'),
});

export type Env = z.infer<typeof envSchema>;

export interface MessengerConfig {
  appSecrets: string[];
  verifyToken: string;
  pages: Record<string, string>;
  graphUrl: string;
  graphVersion: string;
  ratePerSecond: number;
}

export interface ZaloConfig {
  appId: string;
  appSecret?: string;
  oaId?: string;
  oaSecretKeys: string[];
  accessToken?: string;
  refreshToken?: string;
  apiUrl: string;
  oauthUrl: string;
  replayWindowMs: number;
  ratePerMinute: number;
}

export interface OutboundConfig {
  concurrency: number;
  attempts: number;
  /** First retry delay; doubles with each attempt (with jitter) up to maxBackoffMs. */
  backoffMs: number;
  /** First retry delay when the platform says to slow down (rate limits). */
  throttleBackoffMs: number;
  maxBackoffMs: number;
  lockMs: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  trustProxy: boolean;
  redisUrl?: string;
  redisPrefix: string;
  userIdSecret: string;
  stateTtlSeconds: number;
  dedupeTtlSeconds: number;
  dedupeClaimSeconds: number;
  contextMs: number;
  handoffMs: number;
  userRateLimit: { max: number; windowSeconds: number };
  overload: { maxInFlight: number; maxHeapBytes: number; maxEventLoopDelayMs: number };
  webchat: boolean;
  contentDir: string;
  messenger?: MessengerConfig;
  zalo?: ZaloConfig;
  outbound: OutboundConfig;
  admin: AdminConfig;
}

export interface AdminConfig {
  /** Undefined outside production: the admin plugin then makes a random one per process. */
  sessionSecret?: string;
  /** Undefined: Secure whenever the request came over HTTPS. */
  cookieSecure?: boolean;
  sessionTtlSeconds: number;
  signIn: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; windowSeconds: number };
  usersFile: string;
}

export class ConfigError extends Error {}

function describe(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || '(environment)';
  return `${name}: ${issue.message}`;
}

/** Parses the environment once; throws ConfigError with one line naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`invalid configuration: ${first ? describe(first) : 'unknown'}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.USER_ID_SECRET) {
    throw new ConfigError('invalid configuration: USER_ID_SECRET: required in production (at least 16 characters)');
  }
  if (e.NODE_ENV === 'production' && !e.ADMIN_SESSION_SECRET) {
    throw new ConfigError('invalid configuration: ADMIN_SESSION_SECRET: required in production (at least 32 characters)');
  }

  const pages = { ...(e.MESSENGER_PAGES ?? {}) };
  if (e.MESSENGER_PAGE_ACCESS_TOKEN) pages[e.MESSENGER_PAGE_ID ?? 'default'] = e.MESSENGER_PAGE_ACCESS_TOKEN;
  const messenger: MessengerConfig | undefined =
    e.MESSENGER_APP_SECRET && Object.keys(pages).length > 0
      ? {
          appSecrets: [e.MESSENGER_APP_SECRET, e.MESSENGER_APP_SECRET_PREVIOUS].filter((s): s is string => !!s),
          verifyToken: e.MESSENGER_VERIFY_TOKEN ?? '',
          pages,
          graphUrl: e.MESSENGER_GRAPH_URL.replace(/\/$/, ''),
          graphVersion: e.MESSENGER_GRAPH_VERSION,
          ratePerSecond: e.MESSENGER_RATE_PER_SECOND,
        }
      : undefined;

  const zalo: ZaloConfig | undefined =
    e.ZALO_APP_ID && e.ZALO_OA_SECRET_KEY && (e.ZALO_ACCESS_TOKEN || e.ZALO_REFRESH_TOKEN)
      ? {
          appId: e.ZALO_APP_ID,
          appSecret: e.ZALO_APP_SECRET,
          oaId: e.ZALO_OA_ID,
          oaSecretKeys: [e.ZALO_OA_SECRET_KEY, e.ZALO_OA_SECRET_KEY_PREVIOUS].filter((s): s is string => !!s),
          accessToken: e.ZALO_ACCESS_TOKEN,
          refreshToken: e.ZALO_REFRESH_TOKEN,
          apiUrl: e.ZALO_API_URL.replace(/\/$/, ''),
          oauthUrl: e.ZALO_OAUTH_URL.replace(/\/$/, ''),
          replayWindowMs: e.ZALO_REPLAY_WINDOW_HOURS * 3_600_000,
          ratePerMinute: e.ZALO_RATE_PER_MINUTE,
        }
      : undefined;

  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    // Development without a secret still hashes, with a fixed key: ids are not reversible by a log reader.
    userIdSecret: e.USER_ID_SECRET ?? 'development-only-user-id-key',
    stateTtlSeconds: e.STATE_TTL_DAYS * 86_400,
    dedupeTtlSeconds: Math.round(e.DEDUPE_TTL_HOURS * 3600),
    dedupeClaimSeconds: e.DEDUPE_CLAIM_SECONDS,
    contextMs: e.CONTEXT_MINUTES * 60_000,
    handoffMs: e.HANDOFF_HOURS * 3_600_000,
    userRateLimit: { max: e.USER_RATE_LIMIT, windowSeconds: e.USER_RATE_WINDOW_SECONDS },
    overload: { maxInFlight: e.MAX_IN_FLIGHT, maxHeapBytes: e.MAX_HEAP_MB * 2 ** 20, maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS },
    webchat: e.WEBCHAT_ENABLED,
    contentDir: e.CONTENT_DIR,
    messenger,
    zalo,
    outbound: {
      concurrency: e.OUTBOUND_CONCURRENCY,
      attempts: e.OUTBOUND_ATTEMPTS,
      backoffMs: e.OUTBOUND_BACKOFF_MS,
      throttleBackoffMs: e.OUTBOUND_THROTTLE_BACKOFF_MS,
      maxBackoffMs: e.OUTBOUND_MAX_BACKOFF_MS,
      lockMs: e.OUTBOUND_LOCK_MS,
    },
    admin: {
      sessionSecret: e.ADMIN_SESSION_SECRET,
      cookieSecure: e.ADMIN_COOKIE_SECURE,
      sessionTtlSeconds: Math.round(e.ADMIN_SESSION_HOURS * 3600),
      signIn: {
        maxFailuresPerAccount: e.ADMIN_SIGNIN_MAX_FAILURES,
        maxFailuresPerAddress: e.ADMIN_SIGNIN_MAX_FAILURES_PER_ADDRESS,
        windowSeconds: Math.round(e.ADMIN_SIGNIN_WINDOW_MINUTES * 60),
      },
      usersFile: e.ADMIN_USERS_FILE,
    },
  });
}

/** process.env plus a `.env` file in the working directory, the environment winning. */
export function readEnvironment(path = '.env'): NodeJS.ProcessEnv {
  let fromFile: NodeJS.ProcessEnv = {};
  try {
    fromFile = parseEnv(readFileSync(path, 'utf8'));
  } catch {
    // no .env file: the environment alone
  }
  return { ...fromFile, ...process.env };
}
