import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, NotFound } from '../../errors.js';
import { applyDraft } from '../../content-store/draft.js';
import { diffVersions } from '../../content-store/entry-diff.js';
import type { AdminContext } from '../context.js';
import { staffOf } from '../guard.js';
import { asBadRequest, parseBody } from './parse.js';

const publishSchema = z.object({ note: z.string().trim().min(1, 'Hãy ghi chú nội dung thay đổi').max(500) });
const restoreSchema = z.object({ note: z.string().trim().max(500).optional() });
const versionParams = z.object({ number: z.coerce.number().int().positive() });

/** Versions: the list, publishing the draft as a new version, and making an earlier version live again. */
export function versionsRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get('/api/versions', async () => {
    const [live, versions] = await Promise.all([ctx.versions.live(), ctx.versions.list()]);
    return { live: live ?? ctx.live.version, serving: ctx.live.version, versions };
  });

  app.post('/api/versions', { config: { access: 'publisher' } }, async (request, reply) => {
    const staff = staffOf(request);
    const { note } = parseBody(publishSchema, request.body);
    const draft = await ctx.drafts.get();
    if (Object.keys(draft.changes).length === 0) throw new AppError('bad_request', 'Bản nháp chưa có thay đổi nào để xuất bản.');
    const basedOn = (await ctx.versions.live()) ?? ctx.live.version;
    const base = await ctx.versions.get(basedOn);
    if (!base) throw new NotFound(`Không tìm thấy phiên bản ${basedOn}.`);
    const entries = applyDraft(base.entries, draft);
    const meta = await asBadRequest(() =>
      ctx.live.publish(entries, { author: staff.name, at: ctx.now().toISOString(), note, origin: 'publish' }),
    );
    await ctx.drafts.removePublished(draft.changes);
    await ctx.record(request, 'publish', String(meta.number), { basedOn, note, diff: diffVersions(base.entries, entries) });
    return reply.status(201).send(meta);
  });

  app.post('/api/versions/:number/restore', { config: { access: 'publisher' } }, async (request) => {
    const { number } = parseBody(versionParams, request.params);
    const { note } = parseBody(restoreSchema, request.body);
    const target = await ctx.versions.get(number);
    if (!target) throw new NotFound(`Không có phiên bản ${number}.`);
    const from = (await ctx.versions.live()) ?? ctx.live.version;
    const current = await ctx.versions.get(from);
    await asBadRequest(() => ctx.live.makeLive(number));
    await ctx.record(request, 'rollback', String(number), { from, note, diff: diffVersions(current?.entries ?? [], target.entries) });
    return { live: number };
  });
}
