import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { BadRequest } from '../../errors.js';
import type { InboundMessage } from '../../message.js';
import { projectRoot } from '../../paths.js';
import { webchatBodySchema } from './schema.js';

const BODY_LIMIT = 16 * 1024;

const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

/**
 * The web chat: a channel a portal can embed, and the contract evaluation tools rely on.
 * The replies come back in the HTTP response.
 */
export const webchatChannel: FastifyPluginAsync = async (app) => {
  const { pipeline } = app.services;

  app.post('/webchat/messages', { bodyLimit: BODY_LIMIT }, async (request) => {
    const parsed = webchatBodySchema.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BadRequest(issue.message, issue.path.join('.') || 'body');
    }
    const body = parsed.data;
    const message: InboundMessage = {
      channel: 'webchat',
      account: 'web',
      userId: body.userId,
      messageId: body.messageId ?? randomUUID(),
      kind: body.payload !== undefined && body.text === undefined ? 'payload' : 'text',
      text: body.text,
      payload: body.payload,
      at: new Date(),
    };
    const { result } = await pipeline.handle(message);
    return {
      intent: result.intent,
      confidence: result.confidence,
      replies: result.replies.map((r) => ({ text: r.text, quickReplies: r.quickReplies ?? [] })),
      sources: result.sources,
    };
  });

  await app.register(fastifyStatic, {
    root: join(projectRoot, 'src/channels/webchat/public'),
    prefix: '/',
    index: 'index.html',
    setHeaders: (res) => {
      res.header('content-security-policy', CONTENT_SECURITY_POLICY);
      res.header('x-content-type-options', 'nosniff');
      res.header('referrer-policy', 'no-referrer');
    },
  });
};
