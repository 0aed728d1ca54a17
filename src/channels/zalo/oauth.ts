import { z } from 'zod';
import { HttpEndpoint, parseJson } from './http-endpoint.js';

const TOKEN_PATH = '/v4/oa/access_token';

// A failure may come as HTTP 200 with error fields; expires_in comes as a string of seconds.
const tokenAnswerSchema = z.object({
  access_token: z.string().min(1).optional(),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive().optional(),
  error: z.coerce.number().optional(),
  error_name: z.string().optional(),
  error_description: z.string().optional(),
});

export type RefreshOutcome =
  | { kind: 'refreshed'; accessToken: string; refreshToken: string; expiresInSeconds?: number }
  /** Zalo refused the refresh token (or the app secret): a person must re-authorise the OA. */
  | { kind: 'rejected'; reason: string }
  /** Network, timeout or a server error: the same refresh token may be tried again later. */
  | { kind: 'unavailable'; reason: string };

/** Zalo's OAuth server: exchanges a refresh token (usable once) for a new pair of tokens. */
export class ZaloOAuth {
  private readonly endpoint: HttpEndpoint;

  constructor(oauthUrl: string, timeoutMs: number) {
    this.endpoint = new HttpEndpoint(oauthUrl, timeoutMs, 2);
  }

  async refresh(appId: string, appSecret: string, refreshToken: string): Promise<RefreshOutcome> {
    let answer;
    try {
      answer = await this.endpoint.post(
        TOKEN_PATH,
        { 'content-type': 'application/x-www-form-urlencoded', secret_key: appSecret },
        new URLSearchParams({ app_id: appId, grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
      );
    } catch (error) {
      return { kind: 'unavailable', reason: `network: ${(error as Error).message}` };
    }
    if (answer.status >= 500 || answer.status === 429) return { kind: 'unavailable', reason: `HTTP ${answer.status}` };
    const parsed = tokenAnswerSchema.safeParse(parseJson(answer.body));
    if (!parsed.success) {
      return answer.status === 200 ? { kind: 'unavailable', reason: 'unreadable answer' } : { kind: 'rejected', reason: `HTTP ${answer.status}` };
    }
    const body = parsed.data;
    if (answer.status === 200 && !body.error && body.access_token && body.refresh_token) {
      return { kind: 'refreshed', accessToken: body.access_token, refreshToken: body.refresh_token, expiresInSeconds: body.expires_in };
    }
    const reason = [body.error !== undefined ? `error ${body.error}` : `HTTP ${answer.status}`, body.error_name, body.error_description]
      .filter(Boolean)
      .join(': ');
    return { kind: 'rejected', reason };
  }

  close(): Promise<void> {
    return this.endpoint.close();
  }
}
