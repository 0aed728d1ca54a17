import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, NotFound } from '../../errors.js';
import { accountNameSchema, passwordSchema, roleSchema, type StaffAccount } from '../accounts.js';
import type { AdminContext } from '../context.js';
import { staffOf } from '../guard.js';
import { hashPassword } from '../passwords.js';
import { InvalidFields, parseBody } from './parse.js';

const createSchema = z.object({ name: accountNameSchema, role: roleSchema, password: passwordSchema });
const updateSchema = z.object({ role: roleSchema.optional(), password: passwordSchema.optional() });
const nameParams = z.object({ name: accountNameSchema });

const view = (a: StaffAccount) => ({ name: a.name, role: a.role, createdAt: a.createdAt, updatedAt: a.updatedAt });

/** Staff accounts, managed by publishers. Passwords are never returned or logged. */
export function accountsRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const publisherOnly = { config: { access: 'publisher' as const } };

  /** There is always someone left who can publish and manage accounts. */
  const assertPublisherRemains = async (leaving: string): Promise<void> => {
    const others = (await ctx.accounts.list()).filter((a) => a.role === 'publisher' && a.name !== leaving);
    if (others.length === 0) throw new AppError('bad_request', 'Phải còn ít nhất một tài khoản có quyền xuất bản.');
  };

  app.get('/api/accounts', publisherOnly, async () => ({ accounts: (await ctx.accounts.list()).map(view) }));

  app.post('/api/accounts', publisherOnly, async (request, reply) => {
    const body = parseBody(createSchema, request.body);
    if (await ctx.accounts.get(body.name)) throw new InvalidFields({ name: 'Tên đăng nhập này đã có' });
    const at = ctx.now().toISOString();
    const account: StaffAccount = { name: body.name, role: body.role, passwordHash: await hashPassword(body.password), createdAt: at, updatedAt: at };
    await ctx.accounts.put(account);
    await ctx.record(request, 'account-create', account.name, { role: account.role });
    return reply.status(201).send(view(account));
  });

  app.patch('/api/accounts/:name', publisherOnly, async (request) => {
    const { name } = parseBody(nameParams, request.params);
    const body = parseBody(updateSchema, request.body);
    const account = await ctx.accounts.get(name);
    if (!account) throw new NotFound(`Không có tài khoản "${name}".`);
    if (body.role === 'editor' && account.role === 'publisher') await assertPublisherRemains(name);
    const next: StaffAccount = {
      ...account,
      role: body.role ?? account.role,
      passwordHash: body.password ? await hashPassword(body.password) : account.passwordHash,
      updatedAt: ctx.now().toISOString(),
    };
    await ctx.accounts.put(next);
    // A reset password ends the sessions opened with the old one (but the publisher's own, when it is theirs).
    if (body.password) await ctx.sessions.closeOthers(name, request.adminSessionId ?? '', ctx.now());
    await ctx.record(request, 'account-update', name, {
      ...(body.role && body.role !== account.role ? { role: { before: account.role, after: body.role } } : {}),
      ...(body.password ? { passwordChanged: true } : {}),
    });
    return view(next);
  });

  app.delete('/api/accounts/:name', publisherOnly, async (request) => {
    const { name } = parseBody(nameParams, request.params);
    if (name === staffOf(request).name) throw new AppError('bad_request', 'Không thể tự xóa tài khoản đang đăng nhập.');
    const account = await ctx.accounts.get(name);
    if (!account) throw new NotFound(`Không có tài khoản "${name}".`);
    if (account.role === 'publisher') await assertPublisherRemains(name);
    await ctx.accounts.delete(name);
    await ctx.record(request, 'account-delete', name, { role: account.role });
    return { deleted: name };
  });
}
