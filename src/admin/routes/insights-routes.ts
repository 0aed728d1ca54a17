import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFound } from '../../errors.js';
import { lastDays } from '../../insights/days.js';
import { groupQuestions } from '../../insights/question-groups.js';
import { MAX_QUESTIONS } from '../../insights/repository.js';
import { summarize } from '../../insights/statistics.js';
import { conversationKey, type Conversation } from '../../pipeline/conversation.js';
import type { AdminContext } from '../context.js';
import { parseBody } from './parse.js';

const dismissSchema = z.object({ ids: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)).min(1).max(MAX_QUESTIONS) });
const handoffParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });
const statsQuery = z.object({ days: z.coerce.number().int().min(1).max(30).default(30) });

/** What citizens asked that the bot could not answer, conversations handed to staff, and the statistics. */
export function insightsRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const { insights, knowledge, store, config } = ctx.services;

  const unansweredGroups = async () => groupQuestions(await insights.questions(MAX_QUESTIONS), knowledge.current);

  app.get('/api/unanswered', async () => ({ groups: await unansweredGroups() }));

  app.post('/api/unanswered/dismiss', async (request) => {
    const { ids } = parseBody(dismissSchema, request.body);
    await insights.removeQuestions(ids);
    // The citizens' words stay out of the audit log: it outlives the questions' 90 days.
    await ctx.record(request, 'unanswered-dismiss', undefined, { count: ids.length });
    return { dismissed: ids.length };
  });

  /** Hand-offs still in force: the conversation itself is the judge, since the person may have been forgotten since. */
  app.get('/api/handoffs', async () => {
    const now = ctx.now().getTime();
    const handoffs = [];
    for (const handoff of await insights.handoffs()) {
      const conversation = await store.get<Conversation>(conversationKey(handoff.userKey));
      if (!conversation?.handoffUntil || conversation.handoffUntil <= now) {
        await insights.removeHandoff(handoff.userKey);
        continue;
      }
      handoffs.push({ id: handoff.userKey, channel: handoff.channel, since: handoff.since, until: conversation.handoffUntil });
    }
    return { handoffs: handoffs.sort((a, b) => a.since - b.since) };
  });

  /** Staff are done: the bot answers this conversation again from its next message. */
  app.post('/api/handoffs/:id/release', async (request) => {
    const { id } = parseBody(handoffParams, request.params);
    const known = (await insights.handoffs()).find((h) => h.userKey === id);
    const conversation = await store.get<Conversation>(conversationKey(id));
    if (!known && !conversation?.handoffUntil) throw new NotFound('Không có cuộc trò chuyện nào đang chờ cán bộ với mã này.');
    await store.update<Conversation>(conversationKey(id), config.stateTtlSeconds, (current) => {
      if (!current) return undefined;
      const { handoffUntil: _until, ...rest } = current;
      return rest;
    });
    await insights.removeHandoff(id);
    await ctx.record(request, 'handoff-release', id.slice(0, 8), { channel: known?.channel });
    return { released: id };
  });

  app.get('/api/stats', async (request) => {
    const { days } = parseBody(statsQuery, request.query);
    const summary = summarize(await insights.days(lastDays(days, ctx.now())));
    const groups = await unansweredGroups();
    return {
      ...summary,
      topEntries: summary.topEntries.map((e) => ({ ...e, question: knowledge.current.entry(e.id)?.question ?? e.id })),
      topUnanswered: groups.slice(0, 10).map((g) => ({ text: g.text, count: g.count, lastSeen: g.lastSeen })),
    };
  });
}
