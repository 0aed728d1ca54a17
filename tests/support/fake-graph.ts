import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake does with one request. */
export type GraphAnswer =
  | { status: number; body: unknown; headers?: Record<string, string> }
  /** Never answers: the caller waits until it gives up or dies. */
  | { hold: true }
  /** Closes the connection without an answer: a network error for the caller. */
  | { dropConnection: true };

export type GraphRequestKind = 'message' | 'typing' | 'profile' | 'other';

export interface GraphRequest {
  kind: GraphRequestKind;
  method: string;
  path: string;
  authorization?: string;
  // The JSON the client sent, as received.
  body: Record<string, any>;
  /** 'answered' with `status`, still 'held', or 'aborted' by the caller / 'dropped' by the fake. */
  outcome: 'answered' | 'held' | 'aborted' | 'dropped';
  status?: number;
  /** 1 for the first request answered, 2 for the next...: the order the platform completed them in. */
  answeredAt?: number;
}

/** A Graph API error body, as the platform shapes it. */
export function graphError(code: number, options: { subcode?: number; status?: number; message?: string; headers?: Record<string, string> } = {}): GraphAnswer {
  return {
    status: options.status ?? 400,
    headers: options.headers,
    body: {
      error: {
        message: options.message ?? `(#${code}) fake Graph error`,
        type: code === 190 ? 'OAuthException' : 'GraphMethodException',
        code,
        ...(options.subcode ? { error_subcode: options.subcode } : {}),
        fbtrace_id: 'AbCdEfGhIjK',
      },
    },
  };
}

/**
 * A stand-in for graph.facebook.com: a real HTTP server on 127.0.0.1 that records every request and
 * answers success unless told otherwise, per kind of request, in order.
 */
export class FakeGraph {
  readonly requests: GraphRequest[] = [];
  private readonly scripts = new Map<GraphRequestKind, GraphAnswer[]>();
  private readonly held = new Set<ServerResponse>();
  private readonly holding = new Set<GraphRequestKind>();
  private readonly delays = new Map<GraphRequestKind, () => number>();
  private messageCount = 0;
  private answerCount = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeGraph> {
    const server = createServer();
    const fake = new FakeGraph(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next requests of this kind get these answers, one each, then success again. */
  answerNext(kind: GraphRequestKind, ...answers: GraphAnswer[]): void {
    this.scripts.set(kind, [...(this.scripts.get(kind) ?? []), ...answers]);
  }

  /** Until called again with `false`, requests of this kind without a scripted answer are held, never answered. */
  holdAll(kind: GraphRequestKind, on = true): void {
    if (on) this.holding.add(kind);
    else this.holding.delete(kind);
  }

  /** Requests of this kind are answered only after `delayMs()` milliseconds (a slow platform); no argument: at once again. */
  delayAll(kind: GraphRequestKind, delayMs?: () => number): void {
    if (delayMs) this.delays.set(kind, delayMs);
    else this.delays.delete(kind);
  }

  /** Message sends, optionally to one person. */
  messages(recipient?: string): GraphRequest[] {
    return this.requests.filter((r) => r.kind === 'message' && (!recipient || r.body.recipient?.id === recipient));
  }

  /** Messages the platform accepted: what the person actually received. */
  delivered(recipient?: string): GraphRequest[] {
    return this.messages(recipient).filter((r) => r.outcome === 'answered' && (r.status ?? 500) < 300);
  }

  /** Delivered messages in the order the platform completed them (which is what the person sees). */
  deliveredInOrder(recipient?: string): GraphRequest[] {
    return this.delivered(recipient).sort((a, b) => (a.answeredAt ?? 0) - (b.answeredAt ?? 0));
  }

  /** Waits until `condition` holds; fails naming `what` after `timeoutMs`. */
  async waitFor(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`fake Graph: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  reset(): void {
    this.requests.length = 0;
    this.scripts.clear();
    this.holding.clear();
    this.delays.clear();
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, any> = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { unparsable: text };
    }
    const path = (req.url ?? '').split('?')[0]!;
    const kind: GraphRequestKind = path.endsWith('/me/messenger_profile')
      ? 'profile'
      : path.endsWith('/me/messages')
        ? body.sender_action
          ? 'typing'
          : 'message'
        : 'other';
    const record: GraphRequest = { kind, method: req.method ?? '', path, authorization: req.headers.authorization, body, outcome: 'held' };
    this.requests.push(record);

    const answer = this.scripts.get(kind)?.shift() ?? (this.holding.has(kind) ? { hold: true as const } : this.success(kind, body));
    if ('hold' in answer) {
      this.held.add(res);
      res.on('close', () => {
        this.held.delete(res);
        if (record.outcome === 'held') record.outcome = 'aborted';
      });
      return;
    }
    if ('dropConnection' in answer) {
      record.outcome = 'dropped';
      req.socket.destroy();
      return;
    }
    const delayMs = this.delays.get(kind)?.() ?? 0;
    if (delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (res.destroyed || !res.socket || res.socket.destroyed) {
        record.outcome = 'aborted';
        return;
      }
    }
    record.outcome = 'answered';
    record.status = answer.status;
    record.answeredAt = ++this.answerCount;
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  }

  private success(kind: GraphRequestKind, body: Record<string, any>): GraphAnswer {
    if (kind === 'profile') return { status: 200, body: { result: 'success' } };
    if (kind === 'other') return graphError(100, { message: 'Unsupported request' });
    const recipient = body.recipient?.id;
    if (kind === 'typing') return { status: 200, body: { recipient_id: recipient } };
    this.messageCount += 1;
    return { status: 200, body: { recipient_id: recipient, message_id: `m_fake_${this.messageCount}` } };
  }
}
