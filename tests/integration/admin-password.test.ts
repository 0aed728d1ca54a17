import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminClient } from '../support/admin-client.js';
import { startApp, uniquePrefix } from '../support/app.js';
import { createStaff, staffMember, type StaffFixture } from '../fixtures/admin.js';

const CHANGE = '/admin/api/session/password';

describe('staff change their own password', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await startApp({
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: uniquePrefix(),
      ADMIN_SESSION_SECRET: 'an-admin-session-secret-for-tests-0123456789',
      ADMIN_SIGNIN_MAX_FAILURES: '3',
    });
  });
  afterAll(() => app.close());

  /** A signed-in client of a fresh account (each test its own, so lock counts and passwords do not leak between tests). */
  async function signedIn(staff: StaffFixture, address = '127.0.0.1'): Promise<AdminClient> {
    const client = new AdminClient(app, address);
    expect((await client.signIn(staff)).statusCode).toBe(200);
    return client;
  }

  it('lets an editor change the password: the new one signs in, the old one no longer does', async () => {
    const editor = await createStaff(app, staffMember({ name: 'minh', role: 'editor', password: 'mat-khau-cu-cua-minh' }));
    const client = await signedIn(editor);
    const response = await client.post(CHANGE, { currentPassword: editor.password, newPassword: 'mat-khau-moi-cua-minh' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ changed: true });

    expect((await new AdminClient(app).signIn({ name: 'minh', password: 'mat-khau-moi-cua-minh' })).statusCode).toBe(200);
    expect((await new AdminClient(app).signIn(editor)).statusCode).toBe(401);
  });

  it('ends the other sessions of the account and keeps the one that changed it', async () => {
    const staff = await createStaff(app, staffMember({ name: 'hoa', role: 'publisher', password: 'mat-khau-cu-cua-hoa' }));
    const here = await signedIn(staff);
    const elsewhere = await signedIn(staff);
    const signedOut = await signedIn(staff);
    await signedOut.post('/admin/api/sign-out');
    const response = await here.post(CHANGE, { currentPassword: staff.password, newPassword: 'mat-khau-moi-cua-hoa' });
    expect(response.json()).toMatchObject({ otherSessionsEnded: 1 });

    expect((await elsewhere.get('/admin/api/entries')).statusCode).toBe(401);
    expect((await here.get('/admin/api/session')).json()).toMatchObject({ signedIn: true, name: 'hoa' });
    expect((await here.get('/admin/api/entries')).statusCode).toBe(200);
  });

  it("ends a staff member's sessions when a publisher resets their password", async () => {
    const publisher = await createStaff(app, staffMember({ name: 'lan', role: 'publisher', password: 'mat-khau-cua-lan-xb' }));
    const editor = await createStaff(app, staffMember({ name: 'nam', role: 'editor', password: 'mat-khau-cu-cua-nam' }));
    const editorSession = await signedIn(editor);
    const reset = await (await signedIn(publisher)).patch('/admin/api/accounts/nam', { password: 'mat-khau-moi-cua-nam' });
    expect(reset.statusCode).toBe(200);
    expect((await editorSession.get('/admin/api/entries')).statusCode).toBe(401);
  });

  it('records the change in the audit log without either password', async () => {
    const staff = await createStaff(app, staffMember({ name: 'tuan', role: 'editor', password: 'mat-khau-cu-cua-tuan' }));
    const client = await signedIn(staff);
    expect((await client.post(CHANGE, { currentPassword: 'sai-mat-khau-roi', newPassword: 'mat-khau-moi-cua-tuan' })).statusCode).toBe(403);
    expect((await client.post(CHANGE, { currentPassword: staff.password, newPassword: 'mat-khau-moi-cua-tuan' })).statusCode).toBe(200);

    const { events } = (await client.get('/admin/api/audit?limit=50')).json() as { events: Array<{ action: string; who: string; target?: string }> };
    const mine = events.filter((e) => e.who === 'tuan' && e.action.startsWith('password-change'));
    expect(mine.map((e) => e.action)).toEqual(['password-change', 'password-change-failed']);
    expect(mine[0]).toMatchObject({ target: 'tuan', details: { otherSessionsEnded: 0 } });
    const logged = JSON.stringify(events);
    for (const secret of [staff.password, 'mat-khau-moi-cua-tuan', 'sai-mat-khau-roi']) expect(logged).not.toContain(secret);
  });

  it('refuses a wrong current password with 403 naming the field, and counts it toward the sign-in lock (429)', async () => {
    const staff = await createStaff(app, staffMember({ name: 'thu', role: 'editor', password: 'mat-khau-cua-thu-1' }));
    const client = await signedIn(staff, '10.3.0.1');
    for (let i = 0; i < 3; i++) {
      const wrong = await client.post(CHANGE, { currentPassword: `sai-mat-khau-${i}`, newPassword: 'mat-khau-moi-cua-thu' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json()).toMatchObject({ error: 'forbidden', fields: { currentPassword: expect.any(String) } });
    }
    const locked = await client.post(CHANGE, { currentPassword: staff.password, newPassword: 'mat-khau-moi-cua-thu' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toBe('too_many_requests');
    expect(locked.headers['retry-after']).toBeDefined();
    // The same count locks signing in to the account, from anywhere.
    expect((await new AdminClient(app, '10.3.0.2').signIn(staff)).statusCode).toBe(429);
  });

  it('refuses a weak new password, or the current one again, with 400 naming newPassword', async () => {
    const staff = await createStaff(app, staffMember({ name: 'an', role: 'editor', password: 'mat-khau-cua-an-1' }));
    const client = await signedIn(staff);
    const weak = await client.post(CHANGE, { currentPassword: staff.password, newPassword: 'ngan' });
    expect(weak.statusCode).toBe(400);
    expect(Object.keys(weak.json().fields)).toEqual(['newPassword']);
    const same = await client.post(CHANGE, { currentPassword: staff.password, newPassword: staff.password });
    expect(same.statusCode).toBe(400);
    expect(Object.keys(same.json().fields)).toEqual(['newPassword']);
    expect((await new AdminClient(app).signIn(staff)).statusCode).toBe(200);
  });

  it('answers 401 when signed out', async () => {
    const client = new AdminClient(app);
    await client.open();
    const response = await client.post(CHANGE, { currentPassword: 'mat-khau-bat-ky-1', newPassword: 'mat-khau-bat-ky-2' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toBe('unauthorized');
  });

  it('refuses a change without the CSRF token with 403 and keeps the password', async () => {
    const staff = await createStaff(app, staffMember({ name: 'binh', role: 'editor', password: 'mat-khau-cua-binh' }));
    const client = await signedIn(staff);
    const response = await client.request('POST', CHANGE, { currentPassword: staff.password, newPassword: 'mat-khau-moi-cua-binh' }, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('forbidden');
    expect((await new AdminClient(app).signIn(staff)).statusCode).toBe(200);
  });
});
