import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { accountNameSchema, passwordSchema } from '../accounts.js';
import type { AdminContext } from '../context.js';
import { SESSION_COOKIE, staffOf } from '../guard.js';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from '../passwords.js';
import { parseBody } from './parse.js';

const signInSchema = z.object({
  name: z.string().trim().toLowerCase().min(1).max(40),
  password: z.string().min(1).max(200),
});

const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  // Compared as the hash sees them (NFC), so a differently composed "ệ" is not a new password.
  .refine((b) => b.newPassword.normalize('NFC') !== b.currentPassword.normalize('NFC'), {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  });

/** Sign-in, sign-out, a change of one's own password and the session probe the page starts with. */
export function sessionRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const cookieOptions = (maxAge?: number) => ({
    path: '/admin',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: ctx.services.config.admin.cookieSecure ?? ('auto' as const),
    signed: true,
    ...(maxAge ? { maxAge } : {}),
  });

  const setSession = (reply: FastifyReply, sessionId: string, maxAge?: number): void => {
    reply.setCookie(SESSION_COOKIE, sessionId, cookieOptions(maxAge));
  };

  /** `attempts` says what failed too often, e.g. "Đăng nhập sai". */
  const refuseLocked = (reply: FastifyReply, attempts: string) => {
    reply.header('retry-after', String(ctx.limiter.retryAfterSeconds));
    return reply.status(429).send({
      error: 'too_many_requests',
      message: `${attempts} quá nhiều lần. Hãy thử lại sau ${Math.ceil(ctx.limiter.retryAfterSeconds / 60)} phút.`,
    });
  };

  /** Who is signed in, and the CSRF token for the next request; gives a signed-out browser an id to tie its token to. */
  app.get('/api/session', { config: { access: 'public' } }, async (request, reply) => {
    let sessionId = request.adminSessionId;
    if (!sessionId) {
      sessionId = ctx.sessions.newId();
      setSession(reply, sessionId);
    }
    const csrfToken = ctx.sessions.csrfToken(sessionId);
    return request.staff ? { signedIn: true, name: request.staff.name, role: request.staff.role, csrfToken } : { signedIn: false, csrfToken };
  });

  app.post('/api/sign-in', { config: { access: 'public' } }, async (request, reply) => {
    const { name, password } = parseBody(signInSchema, request.body);
    const address = request.ip;
    if (await ctx.limiter.blocked(name, address)) return refuseLocked(reply, 'Đăng nhập sai');
    const account = accountNameSchema.safeParse(name).success ? await ctx.accounts.get(name) : undefined;
    const valid = await verifyPassword(password, account?.passwordHash ?? UNUSABLE_HASH);
    if (!account || !valid) {
      await ctx.limiter.failed(name, address);
      await ctx.audit.append({ at: ctx.now().toISOString(), who: name, action: 'sign-in-failed', ip: address });
      return reply.status(401).send({ error: 'unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    }
    await ctx.limiter.succeeded(name);
    if (request.adminSessionId) await ctx.sessions.close(request.adminSessionId, request.staff?.name);
    const sessionId = await ctx.sessions.open(account.name, ctx.now());
    setSession(reply, sessionId, ctx.sessions.ttlSeconds);
    request.staff = { name: account.name, role: account.role };
    await ctx.record(request, 'sign-in');
    return { signedIn: true, name: account.name, role: account.role, csrfToken: ctx.sessions.csrfToken(sessionId) };
  });

  app.post('/api/sign-out', async (request: FastifyRequest, reply) => {
    const staff = staffOf(request);
    if (request.adminSessionId) await ctx.sessions.close(request.adminSessionId, staff.name);
    reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
    await ctx.record(request, 'sign-out', staff.name);
    return { signedIn: false };
  });

  /**
   * Any staff member changes their own password. A wrong current password counts as a failed
   * sign-in (a stolen session cannot be used to guess it); the other sessions of the account end.
   */
  app.post('/api/session/password', async (request, reply) => {
    const staff = staffOf(request);
    const { currentPassword, newPassword } = parseBody(passwordChangeSchema, request.body);
    if (await ctx.limiter.blocked(staff.name, request.ip)) return refuseLocked(reply, 'Nhập sai mật khẩu');
    const account = await ctx.accounts.get(staff.name);
    if (!account || !(await verifyPassword(currentPassword, account.passwordHash))) {
      await ctx.limiter.failed(staff.name, request.ip);
      await ctx.record(request, 'password-change-failed', staff.name);
      throw new AppError('forbidden', 'Mật khẩu hiện tại không đúng.', { fields: { currentPassword: 'Mật khẩu hiện tại không đúng' } });
    }
    await ctx.limiter.succeeded(staff.name);
    await ctx.accounts.put({ ...account, passwordHash: await hashPassword(newPassword), updatedAt: ctx.now().toISOString() });
    const otherSessionsEnded = request.adminSessionId ? await ctx.sessions.closeOthers(staff.name, request.adminSessionId, ctx.now()) : 0;
    await ctx.record(request, 'password-change', staff.name, { otherSessionsEnded });
    return { changed: true, otherSessionsEnded };
  });
}
