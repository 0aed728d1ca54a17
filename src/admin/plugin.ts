import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { DraftStore } from '../content-store/draft.js';
import { LiveContent } from '../content-store/live-content.js';
import { projectRoot } from '../paths.js';
import type { AdminContext } from './context.js';
import { guard } from './guard.js';
import { accountsRoutes } from './routes/accounts-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { entriesRoutes } from './routes/entries-routes.js';
import { insightsRoutes } from './routes/insights-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { versionsRoutes } from './routes/versions-routes.js';
import { Sessions } from './sessions.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { openAdminStorage } from './storage.js';

// Nothing but the page's own files: no inline script or style, no framing, forms post only here.
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  },
};

/**
 * The staff tools under /admin: the page, the JSON API, and the live-content sync every
 * instance runs (so a version published anywhere is served here within moments).
 */
export const adminPlugin: FastifyPluginAsync = async (app) => {
  const { services } = app;
  const { config, store, redis, knowledge } = services;
  const storage = openAdminStorage(config, redis);

  const live = new LiveContent({ versions: storage.versions, knowledge, base: knowledge.current.content, logger: app.log });
  await live.start();
  app.addHook('onClose', () => live.stop());

  let secret = config.admin.sessionSecret;
  if (!secret) {
    app.log.warn('ADMIN_SESSION_SECRET is not set: staff sessions use a random key and end when this process stops');
    secret = randomBytes(32).toString('base64url');
  }

  const now = () => new Date();
  const ctx: AdminContext = {
    ...storage,
    services,
    sessions: new Sessions(store, secret, config.admin.sessionTtlSeconds),
    limiter: new SignInLimiter(store, config.admin.signIn),
    live,
    drafts: new DraftStore(store),
    now,
    record: (request, action, target, details) =>
      storage.audit.append({
        at: now().toISOString(),
        who: request.staff?.name ?? 'unknown',
        action,
        ...(target !== undefined ? { target } : {}),
        ip: request.ip,
        ...(details ? { details } : {}),
      }),
  };

  await app.register(fastifyCookie, { secret });
  await app.register(fastifyHelmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginEmbedderPolicy: true });
  app.decorateRequest('staff', undefined);
  app.decorateRequest('adminSessionId', undefined);

  await app.register(async (api) => {
    api.addHook('onRequest', guard(ctx));
    sessionRoutes(api, ctx);
    entriesRoutes(api, ctx);
    versionsRoutes(api, ctx);
    insightsRoutes(api, ctx);
    auditRoutes(api, ctx);
    accountsRoutes(api, ctx);
  });

  app.get('', (_request, reply) => reply.redirect('/admin/'));
  await app.register(fastifyStatic, {
    root: join(projectRoot, 'src/admin/public'),
    prefix: '/',
    index: 'index.html',
    // The page is small and changes with deploys: always revalidate.
    cacheControl: false,
    setHeaders: (res) => {
      res.header('cache-control', 'no-cache');
    },
  });
};
