import type { OutboundLogger } from '../../outbound/queue-options.js';
import { SendError, type ChannelSender, type Delivered, type OutboundJob } from '../../outbound/types.js';
import { GraphError, type GraphClient } from './graph-client.js';
import { outgoingMessages } from './outgoing.js';
import { pageToken } from './pages.js';
import { sendFailureOf } from './send-failure.js';

const METADATA_LIMIT = 1000;

/** "Typing…" before a reply that takes reading (several messages); a one-message answer is instant anyway. */
function showsTyping(messages: number, from: number): boolean {
  return from === 0 && messages > 1;
}

/** Delivers replies through the Send API; Graph errors leave it only as SendError verdicts. */
export class MessengerSender implements ChannelSender {
  readonly channel = 'messenger';

  constructor(
    private readonly client: GraphClient,
    private readonly pages: Readonly<Record<string, string>>,
    private readonly logger: OutboundLogger,
  ) {}

  async send(job: OutboundJob, delivered: Delivered): Promise<void> {
    const token = pageToken(this.pages, job.account);
    if (!token) throw new SendError({ kind: 'drop', reason: `no access token configured for Page ${job.account}` });
    const messages = outgoingMessages(job.replies);
    const from = job.sent ?? 0;
    if (from >= messages.length) return;
    const recipient = { id: job.userId };
    if (showsTyping(messages.length, from)) await this.typing(job.account, token, recipient);
    for (let i = from; i < messages.length; i++) {
      await this.call(job.account, token, {
        recipient,
        messaging_type: 'RESPONSE',
        // Echoes of the bot's own messages carry this back.
        message: { ...messages[i], metadata: `bhyt-bot:${job.messageId}:${i}`.slice(0, METADATA_LIMIT) },
      });
      await delivered(i + 1, i + 1 === messages.length);
    }
  }

  apiCalls(job: OutboundJob): number {
    const total = outgoingMessages(job.replies).length;
    const from = job.sent ?? 0;
    return Math.max(0, total - from) + (showsTyping(total, from) ? 1 : 0);
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /** The typing indicator is a courtesy: its failure does not hold the reply back. */
  private async typing(page: string, token: string, recipient: { id: string }): Promise<void> {
    try {
      await this.client.post('me/messages', token, { recipient, sender_action: 'typing_on' });
    } catch (error) {
      this.logger.debug({ page, reason: (error as Error).message }, 'typing indicator not sent');
    }
  }

  private async call(page: string, token: string, body: object): Promise<void> {
    try {
      await this.client.post('me/messages', token, body);
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      if (error.platformCode === 190) {
        this.logger.error({ alert: 'messenger_token_invalid', page }, `Messenger rejected the access token of Page ${page}: renew it in MESSENGER_PAGES or MESSENGER_PAGE_ACCESS_TOKEN`);
      }
      throw new SendError(sendFailureOf(error));
    }
  }
}
