import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Knowledge } from '../../faq/answer-engine.js';
import { faqEntrySchema, scopeSchema, topicSchema, type FaqEntry } from '../../faq/schema.js';
import { NotFound } from '../../errors.js';
import { applyDraft, type Draft } from '../../content-store/draft.js';
import { diffEntry } from '../../content-store/entry-diff.js';
import type { AdminContext } from '../context.js';
import { fieldErrorsOf, type FieldErrors } from '../field-errors.js';
import { staffOf } from '../guard.js';
import { asBadRequest, InvalidFields, parseBody } from './parse.js';

const listQuery = z.object({
  q: z.string().max(200).optional(),
  topic: topicSchema.optional(),
  scope: scopeSchema.optional(),
  status: z.enum(['active', 'retired', 'changed']).optional(),
});
const idParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,100}$/) });
const trySchema = z.object({ text: z.string().trim().min(1, 'Hãy nhập một câu hỏi').max(2000) });

/** How an entry of the draft differs from the live version. */
type DraftState = 'added' | 'edited' | null;

/** The FAQ as the draft would publish it: list, read, edit, add, retire (status), discard, and try a question. */
export function entriesRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const { knowledge } = ctx.services;
  const searchText = new WeakMap<FaqEntry, string>();
  let tryCache: { key: string; knowledge: Knowledge } | undefined;

  const liveEntries = (): FaqEntry[] => knowledge.current.content.entries;
  const stateOf = (draft: Draft, id: string, liveIds: Set<string>): DraftState =>
    draft.changes[id] ? (liveIds.has(id) ? 'edited' : 'added') : null;

  const folded = (entry: FaqEntry): string => {
    let text = searchText.get(entry);
    if (text === undefined) {
      const all = [entry.id, entry.question, ...entry.paraphrases, ...entry.keywords, entry.answer].join(' ');
      text = ` ${knowledge.current.normalize(all).folded.join(' ')} `;
      searchText.set(entry, text);
    }
    return text;
  };

  /** Checks an entry as content/ is checked, plus what the schema cannot see: the cited documents exist. */
  const validate = (input: unknown): FaqEntry => {
    const parsed = faqEntrySchema.safeParse(input);
    if (!parsed.success) throw new InvalidFields(fieldErrorsOf(parsed.error.issues));
    const documents = new Set(knowledge.current.content.documents.map((d) => d.id));
    const errors: FieldErrors = {};
    parsed.data.sources.forEach((source, i) => {
      if (!documents.has(source.doc)) errors[`sources.${i}.doc`] = `Không có văn bản mã "${source.doc}"`;
    });
    if (Object.keys(errors).length > 0) throw new InvalidFields(errors);
    return parsed.data;
  };

  app.get('/api/meta', async () => ({
    version: knowledge.current.version,
    topics: topicSchema.options,
    scopes: [
      { id: 'national', name: 'Toàn quốc' },
      ...knowledge.current.content.localities.map((l) => ({ id: l.id, name: l.name })),
    ],
    documents: knowledge.current.content.documents.map((d) => ({ id: d.id, number: d.number, title: d.title })),
  }));

  app.get('/api/entries', async (request) => {
    const query = parseBody(listQuery, request.query);
    const draft = await ctx.drafts.get();
    const liveIds = new Set(liveEntries().map((e) => e.id));
    const words = query.q ? knowledge.current.normalize(query.q).folded : [];
    const entries = applyDraft(liveEntries(), draft)
      .map((entry) => ({ entry, draft: stateOf(draft, entry.id, liveIds) }))
      .filter(({ entry, draft: state }) => {
        if (query.topic && entry.topic !== query.topic) return false;
        if (query.scope && entry.scope !== query.scope) return false;
        if (query.status === 'changed' ? state === null : query.status && entry.status !== query.status) return false;
        const text = folded(entry);
        return words.every((w) => text.includes(w));
      });
    return { version: knowledge.current.version, draftRevision: draft.revision, entries: entries.map(({ entry, draft: state }) => ({ ...entry, draft: state })) };
  });

  app.get('/api/entries/:id', async (request) => {
    const { id } = parseBody(idParams, request.params);
    const draft = await ctx.drafts.get();
    const live = liveEntries().find((e) => e.id === id) ?? null;
    const change = draft.changes[id] ?? null;
    if (!live && !change) throw new NotFound(`Không có câu hỏi mã "${id}".`);
    return { entry: change?.entry ?? live, live, change: change && { by: change.by, at: change.at } };
  });

  app.get('/api/draft', async () => {
    const draft = await ctx.drafts.get();
    const live = new Map(liveEntries().map((e) => [e.id, e]));
    return {
      revision: draft.revision,
      version: knowledge.current.version,
      changes: Object.values(draft.changes)
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((c) => ({
          id: c.entry.id,
          question: c.entry.question,
          kind: !live.has(c.entry.id) ? 'added' : c.entry.status === 'retired' && live.get(c.entry.id)?.status !== 'retired' ? 'retired' : 'edited',
          by: c.by,
          at: c.at,
          changes: diffEntry(live.get(c.entry.id), c.entry),
        })),
    };
  });

  app.post('/api/draft/entries', async (request, reply) => {
    const staff = staffOf(request);
    const entry = validate(request.body);
    const draft = await ctx.drafts.get();
    if (draft.changes[entry.id] || liveEntries().some((e) => e.id === entry.id)) {
      throw new InvalidFields({ id: 'Mã này đã được dùng cho một câu hỏi khác' });
    }
    await ctx.drafts.put(entry, staff.name, ctx.now());
    await ctx.record(request, 'draft-save', entry.id, { created: true, changes: diffEntry(undefined, entry) });
    return reply.status(201).send({ entry, draft: 'added' });
  });

  app.put('/api/draft/entries/:id', async (request) => {
    const staff = staffOf(request);
    const { id } = parseBody(idParams, request.params);
    const body = request.body && typeof request.body === 'object' ? request.body : {};
    const entry = validate({ ...body, id });
    const draft = await ctx.drafts.get();
    const live = liveEntries().find((e) => e.id === id);
    const before = draft.changes[id]?.entry ?? live;
    if (!before) throw new NotFound(`Không có câu hỏi mã "${id}". Dùng "Thêm câu hỏi" để tạo mới.`);
    await ctx.drafts.put(entry, staff.name, ctx.now());
    await ctx.record(request, 'draft-save', id, { changes: diffEntry(before, entry) });
    return { entry, draft: live ? 'edited' : 'added' };
  });

  app.delete('/api/draft/entries/:id', async (request) => {
    const { id } = parseBody(idParams, request.params);
    const draft = await ctx.drafts.get();
    const change = draft.changes[id];
    if (!change) throw new NotFound(`Bản nháp không có thay đổi nào cho "${id}".`);
    await ctx.drafts.discard(id);
    const live = liveEntries().find((e) => e.id === id);
    await ctx.record(request, 'draft-discard', id, { changes: live ? diffEntry(change.entry, live) : [] });
    return { discarded: id };
  });

  /** What the draft would answer: the decision, the confidence, the runner-up candidates and the words that matched. */
  app.post('/api/draft/try', async (request) => {
    const { text } = parseBody(trySchema, request.body);
    const draft = await ctx.drafts.get();
    const live = knowledge.current;
    const key = `${live.version}:${draft.revision}`;
    let engine = live;
    if (Object.keys(draft.changes).length > 0) {
      if (tryCache?.key !== key) {
        const content = await asBadRequest(() => ctx.live.contentOf(applyDraft(live.content.entries, draft)));
        tryCache = { key, knowledge: new Knowledge(content, live.version) };
      }
      engine = tryCache.knowledge;
    }
    const normalized = engine.normalize(text);
    const locality = engine.index.splitLocalities(normalized).localities[0];
    const decision = engine.decide(normalized, { locality });
    const candidate = (c: (typeof decision.candidates)[number]) => ({
      id: c.entry.id,
      question: c.entry.question,
      scope: c.entry.scope,
      score: Math.round(c.score * 1000) / 1000,
      matched: c.matched,
    });
    return {
      decision: decision.kind,
      confidence: Math.round((decision.candidates[0]?.score ?? 0) * 1000) / 1000,
      answer: decision.kind === 'answer' ? { ...candidate(decision.best), answer: decision.best.entry.answer } : null,
      options: decision.kind === 'clarify' ? decision.options.map(candidate) : [],
      candidates: decision.candidates.map(candidate),
      draftRevision: draft.revision,
    };
  });
}
