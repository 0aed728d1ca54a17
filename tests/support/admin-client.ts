import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { StaffFixture } from '../fixtures/admin.js';

const COOKIE = 'bhyt_admin';

/** A browser-like client of the admin API: keeps the session cookie and sends the CSRF token. */
export class AdminClient {
  private cookie?: string;
  csrfToken = '';

  constructor(
    private readonly app: FastifyInstance,
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  /** What the page does first: asks who is signed in and gets a CSRF token. */
  async open(): Promise<LightMyRequestResponse> {
    const response = await this.request('GET', '/admin/api/session');
    this.csrfToken = response.json().csrfToken;
    return response;
  }

  async signIn(staff: Pick<StaffFixture, 'name' | 'password'>): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.open();
    const response = await this.request('POST', '/admin/api/sign-in', { name: staff.name, password: staff.password });
    if (response.statusCode === 200) this.csrfToken = response.json().csrfToken;
    return response;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request('GET', url);
  }

  post(url: string, body: unknown = {}): Promise<LightMyRequestResponse> {
    return this.request('POST', url, body);
  }

  put(url: string, body: unknown): Promise<LightMyRequestResponse> {
    return this.request('PUT', url, body);
  }

  patch(url: string, body: unknown): Promise<LightMyRequestResponse> {
    return this.request('PATCH', url, body);
  }

  delete(url: string): Promise<LightMyRequestResponse> {
    return this.request('DELETE', url, undefined);
  }

  /** Any request; `csrf: false` leaves the token out. */
  async request(method: InjectOptions['method'], url: string, body?: unknown, options: { csrf?: boolean } = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.remoteAddress,
      ...(this.cookie ? { cookies: { [COOKIE]: this.cookie } } : {}),
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const set = response.cookies.find((c) => c.name === COOKIE);
    if (set) this.cookie = set.value || undefined;
    return response;
  }
}
