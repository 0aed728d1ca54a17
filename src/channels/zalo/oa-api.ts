import { z } from 'zod';
import { HttpEndpoint, parseJson } from './http-endpoint.js';
import type { ZaloMessage } from './message-format.js';

const SEND_PATH = '/v3.0/oa/message/cs';

// Zalo answers HTTP 200 for failures too; `error` is 0 only on success.
const sendAnswerSchema = z.object({
  error: z.coerce.number().default(0),
  message: z.string().optional(),
  data: z.object({ message_id: z.string().optional() }).partial().optional(),
});

export type SendOutcome =
  | { kind: 'sent'; messageId?: string }
  /** Zalo refused the message with its own error code. */
  | { kind: 'refused'; code: number; message: string }
  /** The network, a timeout, a 5xx or 429: worth trying again. */
  | { kind: 'unavailable'; reason: string }
  /** Any other HTTP status: our request is wrong; retrying will not help. */
  | { kind: 'bad-request'; reason: string };

/** The OA API's send call, over keep-alive connections. */
export class ZaloOaApi {
  private readonly endpoint: HttpEndpoint;

  constructor(apiUrl: string, timeoutMs: number) {
    this.endpoint = new HttpEndpoint(apiUrl, timeoutMs);
  }

  async send(accessToken: string, userId: string, message: ZaloMessage): Promise<SendOutcome> {
    let answer;
    try {
      answer = await this.endpoint.post(
        SEND_PATH,
        { 'content-type': 'application/json', access_token: accessToken },
        JSON.stringify({ recipient: { user_id: userId }, message }),
      );
    } catch (error) {
      return { kind: 'unavailable', reason: `network: ${(error as Error).message}` };
    }
    if (answer.status >= 500 || answer.status === 429) return { kind: 'unavailable', reason: `HTTP ${answer.status}` };
    if (answer.status < 200 || answer.status >= 300) return { kind: 'bad-request', reason: `HTTP ${answer.status}` };
    const parsed = sendAnswerSchema.safeParse(parseJson(answer.body));
    if (!parsed.success) return { kind: 'unavailable', reason: 'unreadable answer' };
    const { error, message: explanation, data } = parsed.data;
    if (error !== 0) return { kind: 'refused', code: error, message: explanation ?? '' };
    return { kind: 'sent', messageId: data?.message_id };
  }

  close(): Promise<void> {
    return this.endpoint.close();
  }
}
