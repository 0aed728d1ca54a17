import type { FastifyPluginAsync } from 'fastify';
import { answerThroughQueue, keepRawBody } from '../platform-webhook.js';
import { ZaloAccounts } from './accounts.js';
import { oaIdOf, toInbound } from './events.js';
import { ZaloOaApi } from './oa-api.js';
import { ZaloOAuth } from './oauth.js';
import { ZaloSender } from './sender.js';
import { ZaloTokenKeeper } from './token-keeper.js';
import { MemoryTokenStore, RedisTokenStore } from './token-store.js';
import { readWebhookRequest } from './webhook-request.js';

const BODY_LIMIT = 256 * 1024;
// Shorter than the refresh lock, so a hung refresh releases its lock by timing out first.
const HTTP_TIMEOUT_MS = 10_000;

export interface ZaloChannelOptions {
  /** Clock for the sender (the night-time rule); tests set it. */
  now?: () => Date;
}

/**
 * The Zalo OA webhook: checks the event MAC on the raw body before anything else, answers Zalo
 * at once (it waits about 2 s) and leaves the replies to the outbound queue and the Zalo sender.
 */
export const zaloChannel: FastifyPluginAsync<ZaloChannelOptions> = async (app, options) => {
  const { config, pipeline, redis, outbound } = app.services;
  const zalo = config.zalo;
  if (!zalo) throw new Error('the Zalo channel is registered only when config.zalo is set');

  const accounts = ZaloAccounts.fromConfig(zalo);
  const api = new ZaloOaApi(zalo.apiUrl, HTTP_TIMEOUT_MS);
  const oauth = new ZaloOAuth(zalo.oauthUrl, HTTP_TIMEOUT_MS);
  if (!redis) app.log.warn('REDIS_URL is not set: refreshed Zalo tokens are kept in memory and lost on restart');
  const keeper = new ZaloTokenKeeper({
    store: redis ? new RedisTokenStore(redis, config.redisPrefix) : new MemoryTokenStore(),
    oauth,
    logger: app.log,
  });
  const sender = new ZaloSender({
    accounts, api, keeper, userIdSecret: config.userIdSecret, logger: app.log, now: options.now,
  });
  outbound.register(sender);

  app.addHook('onReady', async () => keeper.start(accounts.all));
  // The API connections close with the queue (sender.close), once no send is running.
  app.addHook('onClose', async () => {
    keeper.stop();
    await oauth.close();
  });

  keepRawBody(app, BODY_LIMIT);

  app.post('/', { bodyLimit: BODY_LIMIT }, async (request) => {
    const checked = readWebhookRequest(request.body, request.headers['x-zevent-signature'], accounts, zalo.replayWindowMs);
    // Saving the webhook URL in the Zalo console sends an unsigned `{}`: answer it, process nothing.
    if (checked.kind === 'url-check') return { ok: true };
    const event = checked.event;
    const oaId = oaIdOf(event);
    const account = accounts.forEvent(event.app_id, oaId);
    if (!account) {
      request.log.warn({ event: event.event_name, oa: oaId }, 'Zalo event for an OA this deployment does not serve; skipped');
      return { ok: true };
    }
    const outcome = toInbound(event, account.oaId ?? oaId ?? account.key);
    if (outcome.kind === 'skip') {
      const level = outcome.reason === 'unknown event' ? 'info' : 'debug';
      request.log[level]({ event: event.event_name, reason: outcome.reason }, 'Zalo event skipped');
      return { ok: true };
    }

    await answerThroughQueue(pipeline, outbound, outcome.message);
    return { ok: true };
  });
};
