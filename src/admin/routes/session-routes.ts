import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { accountNameSchema } from '../accounts.js';
import type { AdminContext } from '../context.js';
import { SESSION_COOKIE, staffOf } from '../guard.js';
import { UNUSABLE_HASH, verifyPassword } from '../passwords.js';
import { parseBody } from './parse.js';

const signInSchema = z.object({
  name: z.string().trim().toLowerCase().min(1).max(40),
  password: z.string().min(1).max(200),
});

/** Sign-in, sign-out and the session probe the page starts with. */
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
    if (await ctx.limiter.blocked(name, address)) {
      reply.header('retry-after', String(ctx.limiter.retryAfterSeconds));
      return reply.status(429).send({
        error: 'too_many_requests',
        message: `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${Math.ceil(ctx.limiter.retryAfterSeconds / 60)} phút.`,
      });
    }
    const account = accountNameSchema.safeParse(name).success ? await ctx.accounts.get(name) : undefined;
    const valid = await verifyPassword(password, account?.passwordHash ?? UNUSABLE_HASH);
    if (!account || !valid) {
      await ctx.limiter.failed(name, address);
      await ctx.audit.append({ at: ctx.now().toISOString(), who: name, action: 'sign-in-failed', ip: address });
      return reply.status(401).send({ error: 'unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    }
    await ctx.limiter.succeeded(name);
    if (request.adminSessionId) await ctx.sessions.close(request.adminSessionId);
    const sessionId = await ctx.sessions.open(account.name, ctx.now());
    setSession(reply, sessionId, ctx.sessions.ttlSeconds);
    request.staff = { name: account.name, role: account.role };
    await ctx.record(request, 'sign-in');
    return { signedIn: true, name: account.name, role: account.role, csrfToken: ctx.sessions.csrfToken(sessionId) };
  });

  app.post('/api/sign-out', async (request: FastifyRequest, reply) => {
    const staff = staffOf(request);
    if (request.adminSessionId) await ctx.sessions.close(request.adminSessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
    await ctx.record(request, 'sign-out', staff.name);
    return { signedIn: false };
  });
}
