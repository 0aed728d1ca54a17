import type { AccountStore, Role, StaffAccount } from './accounts.js';
import type { AuditLog } from './audit-log.js';
import { hashPassword } from './passwords.js';

/** Creates an account, or sets the role and password of an existing one (how a lost password is reset from the command line). */
export async function saveAccount(
  storage: { accounts: AccountStore; audit: AuditLog },
  input: { name: string; role: Role; password: string },
  who: string,
  now: Date,
): Promise<'created' | 'updated'> {
  const existing = await storage.accounts.get(input.name);
  const at = now.toISOString();
  const account: StaffAccount = {
    name: input.name,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  await storage.accounts.put(account);
  await storage.audit.append({
    at,
    who,
    action: existing ? 'account-update' : 'account-create',
    target: input.name,
    details: existing ? { role: { before: existing.role, after: input.role }, passwordChanged: true } : { role: input.role },
  });
  return existing ? 'updated' : 'created';
}
