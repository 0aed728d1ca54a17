import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BadRequest, Forbidden, Unauthorized } from '../../errors.js';
import type { InboundMessage } from '../../message.js';
import { answerThroughQueue, keepRawBody } from '../platform-webhook.js';
import { eventsOf, webhookEnvelope } from './events.js';
import { GraphClient } from './graph-client.js';
import { pageToken } from './pages.js';
import { MessengerSender } from './sender.js';
import { checkSignature, sameSecret } from './signature.js';

const BODY_LIMIT = 256 * 1024;

const handshakeQuery = z.object({
  'hub.mode': z.string().optional(),
  'hub.verify_token': z.string().optional(),
  'hub.challenge': z.string({ error: 'hub.challenge is required' }).min(1, 'hub.challenge is required'),
});

/**
 * The Messenger webhook (mounted under /webhooks/messenger): the subscription handshake, and events
 * checked against the app secret on their raw bytes before anything is parsed. Replies leave through the
 * outbound queue; the 200 is sent only once they are queued.
 */
export const messengerChannel: FastifyPluginAsync = async (app) => {
  const { config, pipeline, outbound } = app.services;
  const settings = config.messenger;
  if (!settings) throw new Error('the Messenger channel needs config.messenger');
  const client = new GraphClient(settings.graphUrl, settings.graphVersion, { connections: config.outbound.concurrency });
  outbound.register(new MessengerSender(client, settings.pages, app.log));

  keepRawBody(app, BODY_LIMIT);

  app.get('/', async (request, reply) => {
    const query = handshakeQuery.safeParse(request.query);
    if (!query.success) throw new BadRequest(query.error.issues[0]!.message, 'hub.challenge');
    const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = query.data;
    if (mode !== 'subscribe' || !settings.verifyToken || !token || !sameSecret(token, settings.verifyToken)) {
      throw new Forbidden('hub.verify_token does not match MESSENGER_VERIFY_TOKEN');
    }
    return reply.type('text/plain; charset=utf-8').send(challenge);
  });

  app.post('/', { bodyLimit: BODY_LIMIT }, async (request, reply) => {
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const signature = checkSignature(raw, request.headers['x-hub-signature-256'], settings.appSecrets);
    if (signature === 'missing') throw new Unauthorized('the X-Hub-Signature-256 header is missing');
    if (signature === 'malformed') throw new Unauthorized('X-Hub-Signature-256 must be "sha256=" and 64 hexadecimal digits');
    if (signature === 'mismatch') throw new Forbidden('X-Hub-Signature-256 does not match the body');

    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new BadRequest('the body is not valid JSON', 'body');
    }
    const envelope = webhookEnvelope.safeParse(json);
    if (!envelope.success) {
      const issue = envelope.error.issues[0]!;
      throw new BadRequest(issue.message, issue.path.join('.') || 'body');
    }

    const byUser = new Map<string, InboundMessage[]>();
    for (const event of eventsOf(envelope.data)) {
      if (event.kind === 'skipped') {
        request.log.debug({ reason: event.reason, detail: event.detail }, 'messenger event not answered');
        continue;
      }
      const message = event.message;
      if (!pageToken(settings.pages, message.account)) {
        request.log.warn({ page: message.account }, 'messenger event for a Page without a configured token: not answered');
        continue;
      }
      const key = `${message.account}:${message.userId}`;
      byUser.set(key, [...(byUser.get(key) ?? []), message]);
    }

    // One person's messages in order; different people side by side.
    await Promise.all(
      [...byUser.values()].map(async (messages) => {
        for (const message of messages) {
          const { result, duplicate, userKey } = await answerThroughQueue(pipeline, outbound, message);
          if (duplicate && result.replies.length > 0) request.log.debug({ user: userKey }, 'messenger redelivery: reply queued again');
        }
      }),
    );
    return reply.send({ status: 'received' });
  });
};
