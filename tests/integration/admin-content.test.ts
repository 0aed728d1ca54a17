import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FaqEntry } from '../../src/faq/schema.js';
import { projectRoot } from '../../src/paths.js';
import { AdminClient } from '../support/admin-client.js';
import { ask, startApp, uniquePrefix } from '../support/app.js';
import { createStaff, faqEntryInput, staffMember } from '../fixtures/admin.js';

const QUESTION = 'người thuộc hộ cận nghèo mua bhyt có được hỗ trợ không';
const ENTRY = 'near-poor-support-national';
const CORRECTION = 'Có. Theo quyết định mới, người thuộc hộ cận nghèo được ngân sách hỗ trợ 70% mức đóng BHYT (nội dung thử nghiệm).';

/** Asks one app until its answer contains `text`; a generous wait, no timing asserted. */
async function answerContaining(app: FastifyInstance, text: string, user: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  let last = '';
  for (let i = 0; Date.now() < deadline; i++) {
    last = (await ask(app, `${user}-${i}`, QUESTION)).replies[0]?.text ?? '';
    if (last.includes(text)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(projectRoot, 'node_modules/.bin/tsx'), [script, ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, out }));
  });
}

describe('editing, trying, publishing and rolling back the FAQ', () => {
  const prefix = uniquePrefix();
  const env = { REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix, ADMIN_SESSION_SECRET: 'an-admin-session-secret-for-tests-0123456789' };
  const publisher = staffMember({ name: 'lan', role: 'publisher' });
  const editor = staffMember({ name: 'minh', role: 'editor', password: 'bien-tap-vien-2' });
  const exportDir = mkdtempSync(join(tmpdir(), 'bhyt-export-'));
  let first: FastifyInstance;
  let second: FastifyInstance;
  let asPublisher: AdminClient;
  let asEditor: AdminClient;
  let original: FaqEntry;

  beforeAll(async () => {
    first = await startApp(env);
    second = await startApp(env);
    await createStaff(first, publisher);
    await createStaff(first, editor);
    asPublisher = new AdminClient(first);
    asEditor = new AdminClient(first);
    await asPublisher.signIn(publisher);
    await asEditor.signIn(editor);
    original = (await asEditor.get(`/admin/api/entries/${ENTRY}`)).json().entry;
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it('starts every instance on version 1, the content/ directory', async () => {
    const { versions, live } = (await asEditor.get('/admin/api/versions')).json();
    expect(live).toBe(1);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, origin: 'content' });
    expect(second.services.knowledge.current.version).toBe(1);
  });

  it('lists entries with search and topic, scope and status filters', async () => {
    const found = (await asEditor.get('/admin/api/entries?q=can%20ngheo&topic=subsidy')).json().entries as FaqEntry[];
    expect(found.map((e) => e.id)).toContain(ENTRY);
    expect(found.every((e) => e.topic === 'subsidy')).toBe(true);
    const local = (await asEditor.get('/admin/api/entries?scope=hai-phong')).json().entries as FaqEntry[];
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((e) => e.scope === 'hai-phong')).toBe(true);
    expect((await asEditor.get('/admin/api/entries?scope=mars')).statusCode).toBe(400);
  });

  it('names every invalid field of an edit, with the line of a list', async () => {
    const response = await asEditor.put(`/admin/api/draft/entries/${ENTRY}`, {
      ...original,
      topic: 'weather',
      answer: 'ngắn',
      paraphrases: ['ok câu hỏi', 'x'],
      sources: [{ doc: 'khong-co-van-ban' }],
    });
    expect(response.statusCode).toBe(400);
    const { error, fields } = response.json();
    expect(error).toBe('bad_request');
    expect(Object.keys(fields).sort()).toEqual(['answer', 'paraphrases.1', 'topic']);
    expect(fields.answer).toMatch(/ít nhất 10 ký tự/);

    const unknownSource = await asEditor.put(`/admin/api/draft/entries/${ENTRY}`, { ...original, sources: [{ doc: 'khong-co-van-ban' }] });
    expect(unknownSource.statusCode).toBe(400);
    expect(unknownSource.json().fields).toEqual({ 'sources.0.doc': 'Không có văn bản mã "khong-co-van-ban"' });
  });

  it('refuses a new entry whose id is taken, and adds one that is new', async () => {
    const taken = await asEditor.post('/admin/api/draft/entries', faqEntryInput({ id: ENTRY }));
    expect(taken.statusCode).toBe(400);
    expect(taken.json().fields.id).toBeDefined();
    expect((await asEditor.post('/admin/api/draft/entries', faqEntryInput())).statusCode).toBe(201);
    const changed = (await asEditor.get('/admin/api/entries?status=changed')).json().entries;
    expect(changed).toEqual([expect.objectContaining({ id: 'the-bhyt-mat-lam-lai', draft: 'added' })]);
    expect((await asEditor.delete('/admin/api/draft/entries/the-bhyt-mat-lam-lai')).statusCode).toBe(200);
  });

  it('keeps an edit in the draft: the bot still answers the published text', async () => {
    const saved = await asEditor.put(`/admin/api/draft/entries/${ENTRY}`, { ...original, answer: CORRECTION });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ draft: 'edited' });
    expect((await ask(first, 'citizen-draft', QUESTION)).replies[0]!.text).not.toContain(CORRECTION);
    const draft = (await asEditor.get('/admin/api/draft')).json();
    expect(draft.changes).toEqual([expect.objectContaining({ id: ENTRY, kind: 'edited', by: 'minh', changes: [expect.objectContaining({ field: 'answer', after: CORRECTION })] })]);
  });

  it('tries a question on the draft: the answer, its confidence, the runner-up candidates and the matched words', async () => {
    const response = await asEditor.post('/admin/api/draft/try', { text: QUESTION });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.decision).toBe('answer');
    expect(result.answer).toMatchObject({ id: ENTRY, answer: CORRECTION });
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.candidates[0].matched).toEqual(expect.arrayContaining(['can', 'ngheo']));
    expect((await asEditor.post('/admin/api/draft/try', { text: '' })).json().fields.text).toBeDefined();
  });

  it('publishes the draft as version 2, which a second instance answers within moments', async () => {
    expect((await asPublisher.post('/admin/api/versions', {})).json().fields.note).toBeDefined();
    const published = await asPublisher.post('/admin/api/versions', { note: 'Sửa mức hỗ trợ hộ cận nghèo' });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ number: 2, author: 'lan', note: 'Sửa mức hỗ trợ hộ cận nghèo', origin: 'publish' });
    expect((await ask(first, 'citizen-first', QUESTION)).replies[0]!.text).toContain(CORRECTION);
    expect(await answerContaining(second, CORRECTION, 'citizen-second')).toContain(CORRECTION);
    expect((await asEditor.get('/admin/api/draft')).json().changes).toEqual([]);
    expect((await asPublisher.post('/admin/api/versions', { note: 'không có gì' })).statusCode).toBe(400);
  });

  it('starts a new instance on the live version', async () => {
    const third = await startApp(env);
    try {
      expect(third.services.knowledge.current.version).toBe(2);
      expect((await ask(third, 'citizen-third', QUESTION)).replies[0]!.text).toContain(CORRECTION);
    } finally {
      await third.close();
    }
  });

  it('rolls back to version 1 on every instance', async () => {
    const restored = await asPublisher.post('/admin/api/versions/1/restore', { note: 'Quay lại bản gốc' });
    expect(restored.statusCode).toBe(200);
    expect((await ask(first, 'citizen-back', QUESTION)).replies[0]!.text).toContain(original.answer);
    expect(await answerContaining(second, original.answer, 'citizen-second-back')).toContain(original.answer);
    expect((await asPublisher.get('/admin/api/versions')).json().live).toBe(1);
    expect((await asPublisher.post('/admin/api/versions/99/restore', {})).statusCode).toBe(404);
  });

  it('records edits, the publish and the rollback with a diff in the audit log, and exports it as JSON lines', async () => {
    const { events } = (await asPublisher.get('/admin/api/audit?limit=100')).json() as { events: Array<Record<string, any>> };
    const edit = events.find((e) => e.action === 'draft-save' && e.target === ENTRY)!;
    expect(edit.who).toBe('minh');
    expect(edit.details.changes).toEqual([{ field: 'answer', before: original.answer, after: CORRECTION }]);
    const publish = events.find((e) => e.action === 'publish')!;
    expect(publish).toMatchObject({ who: 'lan', target: '2', details: { basedOn: 1, note: 'Sửa mức hỗ trợ hộ cận nghèo' } });
    expect(publish.details.diff.changed).toEqual([{ id: ENTRY, changes: [{ field: 'answer', before: original.answer, after: CORRECTION }] }]);
    const rollback = events.find((e) => e.action === 'rollback')!;
    expect(rollback).toMatchObject({ who: 'lan', target: '1', details: { from: 2 } });
    expect(rollback.details.diff.changed[0].id).toBe(ENTRY);

    const exported = await asPublisher.get('/admin/api/audit/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/x-ndjson');
    const lines = exported.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.action)).toEqual(expect.arrayContaining(['sign-in', 'draft-save', 'draft-discard', 'publish', 'rollback']));
    expect(lines).toHaveLength(events.length);
  });

  it('round-trips a version through YAML files with content:export and content:import', async () => {
    const scriptEnv = { REDIS_URL: env.REDIS_URL, REDIS_PREFIX: prefix };
    const exported = await runScript('scripts/content-export.ts', ['--version', '2', '--out', exportDir], scriptEnv);
    expect(exported.out).toContain('exported version 2');
    expect(exported.code).toBe(0);
    const files = readdirSync(exportDir).sort();
    expect(files).toContain('subsidy.yaml');
    const subsidy = parse(readFileSync(join(exportDir, 'subsidy.yaml'), 'utf8')) as { entries: FaqEntry[] };
    expect(subsidy.entries.find((e) => e.id === ENTRY)?.answer).toBe(CORRECTION);

    const imported = await runScript('scripts/content-import.ts', [exportDir, '--note', 'Nhập lại từ git', '--publish', '--as', 'lan'], scriptEnv);
    expect(imported.out).toContain('as version 3, now live');
    expect(imported.code).toBe(0);
    expect(await answerContaining(second, CORRECTION, 'citizen-imported')).toContain(CORRECTION);

    const { versions } = (await asPublisher.get('/admin/api/versions')).json();
    expect(versions[0]).toMatchObject({ number: 3, origin: 'import', author: 'lan', note: 'Nhập lại từ git' });
    const v2 = await first.services.redis!.get(`${prefix}content:version:2`);
    const v3 = await first.services.redis!.get(`${prefix}content:version:3`);
    expect(JSON.parse(v3!)).toEqual(JSON.parse(v2!));
  });

  it('refuses to import YAML that breaks the schema, naming the file and entry', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'bhyt-broken-'));
    try {
      writeFileSync(join(broken, 'subsidy.yaml'), `entries:\n  - id: sai\n    topic: subsidy\n    question: "Câu hỏi thử nghiệm"\n    paraphrases: []\n    answer: "ngắn"\n    sources: []\n`);
      const result = await runScript('scripts/content-import.ts', [broken, '--note', 'hỏng'], { REDIS_URL: env.REDIS_URL, REDIS_PREFIX: prefix });
      expect(result.code).toBe(1);
      expect(result.out).toMatch(/subsidy\.yaml: entry sai\.paraphrases/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
