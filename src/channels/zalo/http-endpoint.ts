import { Pool } from 'undici';

export interface HttpAnswer {
  status: number;
  body: string;
}

/** Keep-alive connections to one Zalo base URL (which may carry a path prefix, as a test server's can). */
export class HttpEndpoint {
  private readonly pool: Pool;
  private readonly basePath: string;

  constructor(baseUrl: string, timeoutMs: number, connections = 16) {
    const url = new URL(baseUrl);
    this.basePath = url.pathname.replace(/\/$/, '');
    this.pool = new Pool(url.origin, {
      connections,
      keepAliveTimeout: 30_000,
      connectTimeout: timeoutMs,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  }

  /** POSTs and reads the whole answer; throws on network errors and timeouts. */
  async post(path: string, headers: Record<string, string>, body: string): Promise<HttpAnswer> {
    const response = await this.pool.request({ method: 'POST', path: this.basePath + path, headers, body });
    return { status: response.statusCode, body: await response.body.text() };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

/** JSON.parse that answers undefined instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
