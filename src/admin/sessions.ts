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
 * Each account also has a list of the sessions it opened, so a password change can end the others.
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
    const until = now.getTime() + this.ttlSeconds * 1000;
    await this.store.update<OpenSession[]>(accountKey(name), this.ttlSeconds, (open = []) => [
      ...open.filter((s) => s.until > now.getTime()),
      { id, until },
    ]);
    return id;
  }

  async get(sessionId: string): Promise<StaffSession | undefined> {
    return this.store.get<StaffSession>(key(sessionId));
  }

  /** Ends the session; with the account's name, also takes it off the account's list. */
  async close(sessionId: string, name?: string): Promise<void> {
    await this.store.delete(key(sessionId));
    if (name === undefined) return;
    await this.store.update<OpenSession[]>(accountKey(name), this.ttlSeconds, (open = []) => {
      const rest = open.filter((s) => s.id !== sessionId);
      return rest.length > 0 ? rest : undefined;
    });
  }

  /** Ends every session of the account but `keep` (after a password change); returns how many were ended. */
  async closeOthers(name: string, keep: string, now: Date): Promise<number> {
    let others: string[] = [];
    await this.store.update<OpenSession[]>(accountKey(name), this.ttlSeconds, (open = []) => {
      const live = open.filter((s) => s.until > now.getTime());
      others = live.filter((s) => s.id !== keep).map((s) => s.id);
      const kept = live.filter((s) => s.id === keep);
      return kept.length > 0 ? kept : undefined;
    });
    if (others.length > 0) await this.store.delete(...others.map(key));
    return others.length;
  }
}

/** An entry of the account's list of sessions; expired ones drop out on the next update. */
interface OpenSession {
  id: string;
  /** Epoch ms when the session expires. */
  until: number;
}

function key(sessionId: string): string {
  return `admin:session:${sessionId}`;
}

function accountKey(name: string): string {
  return `admin:sessions-of:${name}`;
}
