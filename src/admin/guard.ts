import type { FastifyReply, FastifyRequest } from 'fastify';
import { Forbidden, Unauthorized } from '../errors.js';
import type { Role } from './accounts.js';
import type { AdminContext } from './context.js';

/** Who may call a route: anyone (sign-in, the session probe), any staff member, or publishers only. */
export type Access = 'public' | 'staff' | 'publisher';

export interface Staff {
  name: string;
  role: Role;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in staff member, if any (admin routes only). */
    staff?: Staff;
    /** The session id from the signed cookie, signed in or not (admin routes only). */
    adminSessionId?: string;
  }
}

export const SESSION_COOKIE = 'bhyt_admin';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Runs before every admin API route: finds the session, then refuses in this order —
 * 401 when a staff route is called signed out, 403 when a state-changing request lacks the
 * session's CSRF token, 403 when a publisher's route is called by an editor.
 */
export function guard(ctx: AdminContext) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const access = request.routeOptions.config.access ?? 'staff';
    const raw = request.cookies[SESSION_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : undefined;
    const sessionId = unsigned?.valid && unsigned.value ? unsigned.value : undefined;
    request.adminSessionId = sessionId;
    if (sessionId) {
      const session = await ctx.sessions.get(sessionId);
      // The account is read each time: a deleted account or a changed role counts at once.
      const account = session && (await ctx.accounts.get(session.name));
      if (account) request.staff = { name: account.name, role: account.role };
    }
    if (access !== 'public' && !request.staff) throw new Unauthorized('Bạn cần đăng nhập.');
    if (STATE_CHANGING.has(request.method) && !ctx.sessions.csrfValid(sessionId, request.headers['x-csrf-token'])) {
      throw new Forbidden('Thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang.');
    }
    if (access === 'publisher' && request.staff?.role !== 'publisher') {
      throw new Forbidden('Chỉ người có quyền xuất bản mới làm được việc này.');
    }
  };
}

/** The staff member of a route that the guard let through. */
export function staffOf(request: FastifyRequest): Staff {
  if (!request.staff) throw new Unauthorized('Bạn cần đăng nhập.');
  return request.staff;
}
