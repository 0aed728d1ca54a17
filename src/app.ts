import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import { AppError, httpStatusOf } from './errors.js';
import { loadContent, type Content } from './faq/content.js';
import { KnowledgeHolder } from './faq/knowledge-holder.js';
import { intents } from '../intents/index.js';
import { guardAgainstOverload } from './overload.js';
import { fromRoot } from './paths.js';
import { Pipeline, type PipelineObserver } from './pipeline/pipeline.js';
import { MemoryStore } from './state/memory.js';
import { connectRedis, whenReady } from './state/redis-connection.js';
import { RedisStore } from './state/redis.js';
import type { StateStore } from './state/store.js';
import { webchatChannel } from './channels/webchat/plugin.js';
import { messengerChannel } from './channels/messenger/plugin.js';
import { zaloChannel } from './channels/zalo/plugin.js';
import { createOutboundQueue } from './outbound/create-queue.js';
import type { OutboundQueue } from './outbound/types.js';
import { adminPlugin } from './admin/plugin.js';
import { InsightsRecorder } from './insights/recorder.js';
import type { InsightsRepository } from './insights/repository.js';
import { MemoryInsightsRepository } from './insights/memory-repository.js';
import { RedisInsightsRepository } from './insights/redis-repository.js';

/** The shared parts every plugin of the app uses. */
export interface Services {
  config: Readonly<Config>;
  store: StateStore;
  /** Set when REDIS_URL is: the queue and the staff tools build on the same server. */
  redis?: Redis;
  knowledge: KnowledgeHolder;
  pipeline: Pipeline;
  /** Replies to send through the platforms' APIs (Messenger, Zalo): durable on Redis, in-process otherwise. */
  outbound: OutboundQueue;
  /** Statistics, unanswered questions and hand-offs, as the pipeline reports them, for the staff tools. */
  insights: InsightsRepository;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export interface BuildOptions {
  /** Content to serve instead of reading config.contentDir (tests). */
  content?: Content;
  observer?: PipelineObserver;
  now?: () => Date;
}

export async function buildApp(config: Readonly<Config>, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-hub-signature-256"]', 'req.headers["x-zevent-signature"]'],
      ...(config.env === 'development' ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
    },
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  // Node closes the connections that are idle when close() begins; one whose response ends later would stay open
  // for its keep-alive timeout and hold the shutdown (and the queue's orderly close) back. So, once closing,
  // responses ask the client to close, and connections are closed as soon as they are idle.
  let closingSweep: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    closingSweep = setInterval(() => app.server.closeIdleConnections(), 100);
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closingSweep) reply.header('connection', 'close');
  });
  app.addHook('onClose', async () => clearInterval(closingSweep));

  // Commands of concurrent messages issued in the same tick go to Redis in one write.
  const redis = config.redisUrl ? connectRedis(config.redisUrl, { enableAutoPipelining: true }) : undefined;
  const store: StateStore = redis ? new RedisStore(redis, config.redisPrefix, false) : new MemoryStore(config.redisPrefix);
  if (!redis) app.log.warn('REDIS_URL is not set: conversation state is kept in memory and lost on restart');
  else if (!(await whenReady(redis))) app.log.error('Redis is not reachable yet: webhooks answer 503 until it is');

  const content = options.content ?? (await loadContent(fromRoot(config.contentDir)));
  const knowledge = new KnowledgeHolder(content);
  const insights = redis ? new RedisInsightsRepository(redis, config.redisPrefix) : new MemoryInsightsRepository();
  const pipeline = new Pipeline({
    store,
    knowledge: () => knowledge.current,
    intents,
    logger: app.log,
    observer: options.observer ?? new InsightsRecorder(insights, { handoffMs: config.handoffMs }, app.log),
    now: options.now,
    settings: {
      userIdSecret: config.userIdSecret,
      stateTtlSeconds: config.stateTtlSeconds,
      dedupeTtlSeconds: config.dedupeTtlSeconds,
      claimSeconds: config.dedupeClaimSeconds,
      contextMs: config.contextMs,
      handoffMs: config.handoffMs,
      userRateLimit: config.userRateLimit,
    },
  });
  const outbound = createOutboundQueue(config, { store, logger: app.log });
  app.decorate('services', { config, store, redis, knowledge, pipeline, outbound, insights });
  // Channels register their senders while plugins load; sending starts once all are in.
  app.addHook('onReady', () => outbound.start());

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const status = httpStatusOf[error.code] ?? 500;
      return reply.status(status).send({ error: error.code, message: error.message, ...error.details });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      // Redis refusing work is an outage, not a bug: tell the platform to come back later (one line, no stack).
      if (isRedisUnavailable(error)) {
        request.log.warn({ reason: error.message }, 'storage unavailable: answered 503');
        return reply.status(503).send({ error: 'unavailable', message: 'storage is unavailable, retry later' });
      }
      request.log.error({ err: error }, 'request failed');
      return reply.status(500).send({ error: 'internal', message: 'internal error' });
    }
    return reply.status(status).send({ error: codeOf(status), message: error.message });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }));

  await guardAgainstOverload(app, config.overload);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const ready = await store.ping();
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', store: store.kind, contentVersion: knowledge.current.version });
  });

  if (config.webchat) await app.register(webchatChannel);
  else app.log.info('web chat disabled (WEBCHAT_ENABLED=false)');
  if (config.messenger) await app.register(messengerChannel, { prefix: '/webhooks/messenger' });
  else app.log.info('Messenger channel not mounted: MESSENGER_APP_SECRET and a Page token are not both set');
  if (config.zalo) await app.register(zaloChannel, { prefix: '/webhooks/zalo', now: options.now });
  else app.log.info('Zalo channel not mounted: ZALO_APP_ID, ZALO_OA_SECRET_KEY and a token are not all set');
  await app.register(adminPlugin, { prefix: '/admin' });

  app.addHook('onClose', async () => {
    await outbound.close();
    await insights.close().catch((error: Error) => app.log.warn({ err: error }, 'statistics of the last moments not written'));
    await store.close();
    if (redis) await redis.quit().catch(() => redis.disconnect());
  });
  return app;
}

function codeOf(status: number): string {
  return (
    { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'too_many_requests', 503: 'unavailable' }[status] ?? 'error'
  );
}

function isRedisUnavailable(error: Error): boolean {
  return /Stream isn't writeable|Connection is closed|enableOfflineQueue|Command timed out|ECONNREFUSED|MaxRetriesPerRequest/i.test(error.message);
}
