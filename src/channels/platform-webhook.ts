import type { FastifyInstance } from 'fastify';
import type { InboundMessage } from '../message.js';
import type { OutboundQueue } from '../outbound/types.js';
import type { Outcome, Pipeline } from '../pipeline/pipeline.js';

/**
 * Within a platform's webhook plugin only: bodies stay raw bytes, because the platform signs the exact
 * bytes it sent (a re-serialised JSON would differ in escapes and number formats).
 */
export function keepRawBody(app: FastifyInstance, bodyLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));
}

/**
 * Hands one platform message to the pipeline and queues its replies; the webhook answers 200 only after
 * this returns. A redelivery gets the first handling's replies, and queueing them again is a no-op (the job
 * id is the message id). A queue that cannot take the job throws Unavailable: 503, and the platform retries.
 */
export async function answerThroughQueue(pipeline: Pipeline, outbound: OutboundQueue, message: InboundMessage): Promise<Outcome> {
  const outcome = await pipeline.handle(message);
  if (outcome.result.replies.length > 0) {
    const { channel, account, userId, messageId } = message;
    await outbound.enqueue({ channel, account, userId, messageId, replies: outcome.result.replies });
  }
  return outcome;
}
