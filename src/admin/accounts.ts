import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './passwords.js';

export const roleSchema = z.enum(['editor', 'publisher']);
/** editor: edits the draft; publisher: also publishes, rolls back and manages accounts. */
export type Role = z.infer<typeof roleSchema>;

export const accountNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'Tên đăng nhập gồm 2–40 chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới');

/** The rule for every password set from the page: a new account, a reset, a change of one's own. */
export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`).max(200);

export interface StaffAccount {
  name: string;
  role: Role;
  /** scrypt, see passwords.ts. */
  passwordHash: string;
  createdAt: string;
  updatedAt: string;
}

/** Staff accounts: in Redis when configured (shared by every instance), otherwise in a local file. */
export interface AccountStore {
  get(name: string): Promise<StaffAccount | undefined>;
  list(): Promise<StaffAccount[]>;
  put(account: StaffAccount): Promise<void>;
  delete(name: string): Promise<void>;
}
