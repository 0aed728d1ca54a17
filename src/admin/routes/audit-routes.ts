import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AdminContext } from '../context.js';
import { parseBody } from './parse.js';

const listQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The audit log, a page at a time, and the whole of it as JSON lines. */
export function auditRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get('/api/audit', async (request) => {
    const { offset, limit } = parseBody(listQuery, request.query);
    return ctx.audit.list({ offset, limit });
  });

  app.get('/api/audit/export', async (_request, reply) => {
    const lines: string[] = [];
    for await (const event of ctx.audit.all()) lines.push(JSON.stringify(event));
    const date = ctx.now().toISOString().slice(0, 10);
    return reply
      .type('application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${date}.jsonl"`)
      .send(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  });
}
