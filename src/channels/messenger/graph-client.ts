import { Pool } from 'undici';
import { z } from 'zod';
import { PlatformError } from '../../errors.js';

/** A Graph API call that failed: the platform's error reduced to its codes; `network` when no answer came. */
export class GraphError extends PlatformError {
  readonly network: boolean;
  readonly retryAfterMs?: number;

  constructor(message: string, details: { code?: number; subcode?: number; httpStatus?: number; retryAfterMs?: number; network?: boolean } = {}) {
    super('messenger', details.code, message, details.httpStatus, details.subcode);
    this.network = details.network ?? false;
    this.retryAfterMs = details.retryAfterMs;
  }
}

const graphErrorBody = z.object({
  error: z.looseObject({
    message: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
  }),
});

export interface GraphClientOptions {
  /** Keep-alive connections to the Graph API; sends beyond this wait for a free one. */
  connections?: number;
  timeoutMs?: number;
}

/** A thin client of the Graph API over one keep-alive pool; the token goes in a header, never in a URL. */
export class GraphClient {
  private readonly pool: Pool;
  private readonly basePath: string;

  constructor(graphUrl: string, version: string, options: GraphClientOptions = {}) {
    const url = new URL(graphUrl);
    const timeout = options.timeoutMs ?? 15_000;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 32,
      keepAliveTimeout: 30_000,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      connect: { timeout: 5_000 },
    });
    this.basePath = `${url.pathname.replace(/\/$/, '')}/${version}`;
  }

  /** POSTs JSON to `path` (e.g. `me/messages`) and returns the parsed answer; throws GraphError. */
  async post(path: string, token: string, body: unknown): Promise<unknown> {
    let statusCode: number;
    let text: string;
    let retryAfter: string | string[] | undefined;
    try {
      const response = await this.pool.request({
        method: 'POST',
        path: `${this.basePath}/${path}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      statusCode = response.statusCode;
      retryAfter = response.headers['retry-after'];
      text = await response.body.text();
    } catch (error) {
      const err = error as Error & { code?: string };
      throw new GraphError(`${err.code ?? err.name}: ${err.message}`, { network: true });
    }
    const parsed = parseJson(text);
    const failure = graphErrorBody.safeParse(parsed);
    if (statusCode >= 400 || failure.success) {
      const error = failure.success ? failure.data.error : undefined;
      throw new GraphError(error?.message ?? `HTTP ${statusCode}`, {
        code: error?.code,
        subcode: error?.error_subcode,
        httpStatus: statusCode,
        retryAfterMs: retryAfterMs(retryAfter),
      });
    }
    return parsed;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function retryAfterMs(header: string | string[] | undefined): number | undefined {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return header !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
