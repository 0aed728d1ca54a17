import type { FastifyRequest } from 'fastify';
import type { Services } from '../app.js';
import type { DraftStore } from '../content-store/draft.js';
import type { LiveContent } from '../content-store/live-content.js';
import type { AdminStorage } from './storage.js';
import type { AuditAction } from './audit-log.js';
import type { Sessions } from './sessions.js';
import type { SignInLimiter } from './sign-in-limiter.js';

/** What the admin routes share: the app's services, the staff storage, the live content and the draft. */
export interface AdminContext extends AdminStorage {
  services: Services;
  sessions: Sessions;
  limiter: SignInLimiter;
  live: LiveContent;
  drafts: DraftStore;
  now: () => Date;
  /** Appends to the audit log as the signed-in staff member. */
  record(request: FastifyRequest, action: AuditAction, target?: string, details?: Record<string, unknown>): Promise<void>;
}
