import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ZALO_APP_ID, ZALO_OA_ID, ZALO_OA_SECRET_KEY } from '../fixtures/zalo.js';

export const ZALO_APP_SECRET = 'zalo-app-secret-for-tests';

/** A send request as the fake OA API received it, with what it answered. */
export interface RecordedSend {
  accessToken: string | undefined;
  userId: string;
  message: { text: string; attachment?: { type: string; payload: { buttons: Array<{ title: string; type: string; payload: string }> } } };
  answer: 'sent' | number | 'http-error' | 'reset';
}

/** A token refresh as the fake OAuth server received it. */
export interface RecordedRefresh {
  secretKey: string | undefined;
  appId: string | null;
  grantType: string | null;
  refreshToken: string | null;
  answer: 'refreshed' | number | 'http-error';
}

/** What the next request gets instead of the normal behaviour. */
export type ScriptedAnswer =
  | { error: number; message?: string }
  | { status: number }
  /** The connection is dropped without an answer (a network error). */
  | { reset: true };

type Waiter = { count: number; resolve: () => void };

/**
 * A fake Zalo OA API (`/v3.0/oa/message/cs`) and OAuth server (`/v4/oa/access_token`): real HTTP on
 * 127.0.0.1, two separate origins. It keeps which access and refresh tokens are valid (a refresh
 * token works once), records every request, and answers scripted errors in order.
 */
export class FakeZalo {
  readonly sends: RecordedSend[] = [];
  readonly refreshes: RecordedRefresh[] = [];
  readonly initialTokens = { accessToken: 'access-0', refreshToken: 'refresh-0' };
  private readonly validAccessTokens = new Set([this.initialTokens.accessToken]);
  private readonly validRefreshTokens = new Set([this.initialTokens.refreshToken]);
  private readonly sendScript: ScriptedAnswer[] = [];
  private readonly refreshScript: ScriptedAnswer[] = [];
  private readonly waiters: Waiter[] = [];
  private issued = 0;

  private constructor(
    private readonly api: Server,
    private readonly oauth: Server,
  ) {}

  static async start(): Promise<FakeZalo> {
    const fake: FakeZalo = new FakeZalo(
      createServer((req, res) => void fake.handleApi(req, res)),
      createServer((req, res) => void fake.handleOAuth(req, res)),
    );
    await Promise.all([listen(fake.api), listen(fake.oauth)]);
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.api.address() as AddressInfo).port}`;
  }

  get oauthUrl(): string {
    return `http://127.0.0.1:${(this.oauth.address() as AddressInfo).port}`;
  }

  /** The environment of an app talking to this fake, for one OA. */
  env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
    return {
      ZALO_APP_ID: ZALO_APP_ID,
      ZALO_APP_SECRET: ZALO_APP_SECRET,
      ZALO_OA_ID: ZALO_OA_ID,
      ZALO_OA_SECRET_KEY: ZALO_OA_SECRET_KEY,
      ZALO_ACCESS_TOKEN: this.initialTokens.accessToken,
      ZALO_REFRESH_TOKEN: this.initialTokens.refreshToken,
      ZALO_API_URL: this.apiUrl,
      ZALO_OAUTH_URL: this.oauthUrl,
      ...extra,
    };
  }

  /** The next send requests get these answers, in order. */
  scriptSends(...answers: ScriptedAnswer[]): void {
    this.sendScript.push(...answers);
  }

  /** The next refresh requests get these answers, in order. */
  scriptRefreshes(...answers: ScriptedAnswer[]): void {
    this.refreshScript.push(...answers);
  }

  /** Every access token issued so far stops working (as after 25 hours). */
  expireAccessTokens(): void {
    this.validAccessTokens.clear();
  }

  /** The sends that were delivered. */
  get delivered(): RecordedSend[] {
    return this.sends.filter((s) => s.answer === 'sent');
  }

  deliveredTo(userId: string): RecordedSend[] {
    return this.delivered.filter((s) => s.userId === userId);
  }

  /** Resolves once `count` messages in all have been delivered; fails after `timeoutMs` with what was seen. */
  waitForDelivered(count: number, timeoutMs = 10_000): Promise<RecordedSend[]> {
    if (this.delivered.length >= count) return Promise.resolve(this.delivered);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} delivered Zalo messages, got ${this.delivered.length}`)), timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.delivered);
        },
      });
    });
  }

  async stop(): Promise<void> {
    await Promise.all([close(this.api), close(this.oauth)]);
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (req.method !== 'POST' || req.url !== '/v3.0/oa/message/cs') return answer(res, 404, { error: 404, message: 'not found' });
    const parsed = JSON.parse(body) as { recipient?: { user_id?: string }; message?: RecordedSend['message'] };
    const accessToken = header(req, 'access_token');
    const record: RecordedSend = { accessToken, userId: parsed.recipient?.user_id ?? '', message: parsed.message!, answer: 'sent' };
    this.sends.push(record);

    const scripted = this.sendScript.shift();
    if (scripted && 'reset' in scripted) {
      record.answer = 'reset';
      return void req.socket.destroy();
    }
    if (scripted && 'status' in scripted) {
      record.answer = 'http-error';
      return answer(res, scripted.status, { error: scripted.status, message: 'server error' });
    }
    if (scripted) {
      record.answer = scripted.error;
      return answer(res, 200, { error: scripted.error, message: scripted.message ?? `scripted error ${scripted.error}` });
    }
    if (!accessToken || !this.validAccessTokens.has(accessToken)) {
      record.answer = -216;
      return answer(res, 200, { error: -216, message: 'Access token is invalid' });
    }
    if (!validMessage(parsed)) {
      record.answer = -201;
      return answer(res, 200, { error: -201, message: 'Parameters are invalid' });
    }
    answer(res, 200, { error: 0, message: 'Success', data: { message_id: `oa-msg-${this.sends.length}`, user_id: record.userId } });
    for (const waiter of [...this.waiters]) {
      if (this.delivered.length >= waiter.count) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  private async handleOAuth(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    if (req.method !== 'POST' || req.url !== '/v4/oa/access_token') return answer(res, 404, { error: 404 });
    const record: RecordedRefresh = {
      secretKey: header(req, 'secret_key'),
      appId: form.get('app_id'),
      grantType: form.get('grant_type'),
      refreshToken: form.get('refresh_token'),
      answer: 'refreshed',
    };
    this.refreshes.push(record);

    const scripted = this.refreshScript.shift();
    if (scripted && 'reset' in scripted) return void req.socket.destroy();
    if (scripted && 'status' in scripted) {
      record.answer = 'http-error';
      return answer(res, scripted.status, { error: scripted.status });
    }
    const refreshToken = record.refreshToken ?? '';
    const valid = record.secretKey === ZALO_APP_SECRET && record.appId === ZALO_APP_ID && record.grantType === 'refresh_token';
    if (scripted || !valid || !this.validRefreshTokens.has(refreshToken)) {
      // Zalo answers a refused refresh with HTTP 200 and error fields.
      record.answer = scripted && 'error' in scripted ? scripted.error : -14014;
      return answer(res, 200, { error: record.answer, error_name: 'Invalid refresh token', error_description: 'Refresh token is invalid or was used' });
    }
    this.validRefreshTokens.delete(refreshToken);
    this.issued += 1;
    const tokens = { access_token: `access-${this.issued}`, refresh_token: `refresh-${this.issued}`, expires_in: '90000' };
    this.validAccessTokens.add(tokens.access_token);
    this.validRefreshTokens.add(tokens.refresh_token);
    answer(res, 200, tokens);
  }
}

function validMessage(body: { recipient?: { user_id?: string }; message?: RecordedSend['message'] }): boolean {
  const { message } = body;
  if (!body.recipient?.user_id || typeof message?.text !== 'string' || message.text.length === 0 || message.text.length > 2000) return false;
  const buttons = message.attachment?.payload.buttons;
  if (message.attachment && (message.attachment.type !== 'template' || !buttons || buttons.length === 0 || buttons.length > 5)) return false;
  return (buttons ?? []).every((b) => b.type === 'oa.query.hide' && b.title.length <= 100 && b.payload.length <= 1000);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface LoggedLine {
  level: 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message: string;
}

/** A logger for the Zalo token keeper and sender that keeps what they log, so tests can look for alerts. */
export function recordingLogger(): { lines: LoggedLine[]; alerts: (name: string) => LoggedLine[]; info: LogFn; warn: LogFn; error: LogFn } {
  const lines: LoggedLine[] = [];
  const at =
    (level: LoggedLine['level']): LogFn =>
    (details: unknown, message?: unknown) => {
      lines.push({ level, details: typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {}, message: String(message ?? details) });
    };
  return { lines, alerts: (name) => lines.filter((l) => l.details.alert === name), info: at('info'), warn: at('warn'), error: at('error') };
}

type LogFn = (details: unknown, message?: unknown) => void;
