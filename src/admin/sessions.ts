import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StateStore } from '../state/store.js';

export interface StaffSession {
  name: string;
  /** Epoch ms. */
  createdAt: number;
}

/**
 * Staff sessions in the StateStore under a random id that travels in a signed cookie. Every id,
 * signed in or not, has a CSRF token derived from it: a page on another site can neither read
 * the cookie nor compute the token, so it cannot make a signed-in browser change anything.
 */
export class Sessions {
  constructor(
    private readonly store: StateStore,
    private readonly secret: string,
    readonly ttlSeconds: number,
  ) {}

  newId(): string {
    return randomBytes(24).toString('base64url');
  }

  csrfToken(sessionId: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${sessionId}`).digest('base64url');
  }

  csrfValid(sessionId: string | undefined, token: unknown): boolean {
    if (!sessionId || typeof token !== 'string') return false;
    const expected = Buffer.from(this.csrfToken(sessionId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** A new session (a new id, never the one used before signing in) for the account. */
  async open(name: string, now: Date): Promise<string> {
    const id = this.newId();
    await this.store.set<StaffSession>(key(id), { name, createdAt: now.getTime() }, this.ttlSeconds);
    return id;
  }

  async get(sessionId: string): Promise<StaffSession | undefined> {
    return this.store.get<StaffSession>(key(sessionId));
  }

  async close(sessionId: string): Promise<void> {
    await this.store.delete(key(sessionId));
  }
}

function key(sessionId: string): string {
  return `admin:session:${sessionId}`;
}
