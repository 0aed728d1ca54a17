/** Everything staff do that changes something, and every sign-in attempt. */
export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'password-change'
  | 'password-change-failed'
  | 'draft-save'
  | 'draft-discard'
  | 'publish'
  | 'rollback'
  | 'content-import'
  | 'account-create'
  | 'account-update'
  | 'account-delete'
  | 'unanswered-dismiss'
  | 'handoff-release';

export interface AuditEvent {
  /** ISO time. */
  at: string;
  /** The staff account (or the name tried, for a failed sign-in; `cli` for the command line). */
  who: string;
  action: AuditAction;
  /** What it was done to: an entry id, a version number, an account name. */
  target?: string;
  /** The staff member's address, for sign-ins. */
  ip?: string;
  /** The change itself: for content, a diff of the fields. */
  details?: Record<string, unknown>;
}

/** An append-only log, kept in Redis when configured; newest first when read. */
export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  /** A page of events, newest first. */
  list(options: { offset: number; limit: number }): Promise<{ events: AuditEvent[]; total: number }>;
  /** Every event, oldest first, in batches: for the JSON lines export. */
  all(): AsyncIterable<AuditEvent>;
}

/** The log keeps this many events; the oldest go first. */
export const AUDIT_CAPACITY = 100_000;
