import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, uniquePrefix } from '../support/app.js';
import { createStaff, staffMember } from '../fixtures/admin.js';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const CORRECTION = 'Có. Từ năm nay hộ cận nghèo được hỗ trợ thêm theo quyết định mới của tỉnh (nội dung thử trên trình duyệt).';
const QUESTION = 'hộ cận nghèo có được hỗ trợ bhyt không';
const UNKNOWN = 'giá vàng hôm nay bao nhiêu';
const MARKUP = '<b>in đậm</b><img src=x onerror="document.title=1">';
// Generous: the suite runs files side by side on two cores. Nothing here asserts a duration.
const WAIT = { timeout: 15_000 };

describe('the admin page and the web chat in a browser', () => {
  const publisher = staffMember({ name: 'lan', role: 'publisher' });
  const profile = mkdtempSync(join(tmpdir(), 'bhyt-chromium-'));
  let app: FastifyInstance;
  let base: string;
  let browser: BrowserContext;
  let admin: Page;

  /** Sends one message in the web chat and waits for the bot's reply to it. */
  async function chat(page: Page, text: string): Promise<string> {
    const bot = page.locator('#log .msg--bot');
    const before = await bot.count();
    await page.fill('#text', text);
    await page.press('#text', 'Enter');
    await expect.poll(() => bot.count(), WAIT).toBeGreaterThan(before);
    return bot.last().innerText();
  }

  beforeAll(async () => {
    app = await startApp({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: uniquePrefix(), ADMIN_SESSION_SECRET: 'an-admin-session-secret-for-tests-0123456789' });
    await createStaff(app, publisher);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    browser.setDefaultTimeout(WAIT.timeout);
    admin = browser.pages()[0] ?? (await browser.newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('signs in', async () => {
    await admin.goto(`${base}/admin/`);
    await admin.fill('#sign-in-name', publisher.name);
    await admin.fill('#sign-in-password', 'sai-mat-khau-roi');
    await admin.click('#sign-in-submit');
    await expect.poll(() => admin.textContent('#sign-in-error'), WAIT).toContain('không đúng');
    await admin.fill('#sign-in-password', publisher.password);
    await admin.click('#sign-in-submit');
    await admin.locator('#who-name').waitFor();
    expect(await admin.textContent('#who-name')).toContain('lan');
    await admin.locator('#entries li').first().waitFor();
  });

  it('shows that an entry says what the documents do not answer', async () => {
    await admin.fill('#filter-q', 'tổng đài');
    await admin.locator('#entries li[data-id="hotline-number"] button').click();
    await admin.locator('#editor').waitFor();
    expect(await admin.isChecked('#f-documents-silent')).toBe(true);
    await admin.click('#editor-close');
  });

  it('shows the items of a list the answer does not quote in full, one a line', async () => {
    await admin.fill('#filter-q', 'slogans-list');
    await admin.locator('#entries li[data-id="slogans-list"] button').click();
    await admin.locator('#editor').waitFor();
    const items = (await admin.inputValue('#f-items')).split('\n');
    expect(items).toHaveLength(12);
    expect(items[11]).toContain('vì hạnh phúc của Nhân dân');
    await admin.click('#editor-close');
  });

  it('edits an answer, shows an error beside the field, and tries the draft', async () => {
    await admin.fill('#filter-q', 'cận nghèo');
    await admin.selectOption('#filter-scope', 'national');
    const row = admin.locator('#entries li[data-id="near-poor-support-national"] button');
    await row.click();
    await admin.locator('#editor').waitFor();

    await admin.fill('#f-answer', 'ngắn');
    await admin.click('#editor-save');
    await expect.poll(() => admin.textContent('[data-error-for="answer"]'), WAIT).toContain('ít nhất 10 ký tự');

    await admin.fill('#f-answer', CORRECTION);
    await admin.click('#editor-save');
    await expect.poll(() => admin.textContent('#notice'), WAIT).toContain('Đã lưu vào bản nháp');
    expect(await admin.textContent('[data-error-for="answer"]')).toBe('');

    await admin.fill('#try-text', QUESTION);
    await admin.click('#try-submit');
    await admin.locator('#try-answer').waitFor();
    expect(await admin.textContent('#try-answer')).toBe(CORRECTION);
    const tried = await admin.textContent('#try-result');
    expect(tried).toMatch(/độ tin cậy 0\.\d+/);
    expect(await admin.locator('#try-result .matched').count()).toBeGreaterThan(1);
  });

  it('publishes, and the web chat gives the new answer', async () => {
    await admin.click('[data-tab="publish"]');
    await admin.locator('#draft-changes li', { hasText: 'Đã sửa' }).waitFor();
    await admin.fill('#publish-note', 'Sửa câu trả lời hộ cận nghèo');
    await admin.click('#publish-submit');
    await expect.poll(() => admin.textContent('#notice'), WAIT).toContain('Đã xuất bản phiên bản 2');
    expect(await admin.textContent('#versions tr[data-version="2"]')).toContain('Đang dùng');

    const citizen = await browser.newPage();
    await citizen.goto(`${base}/`);
    expect(await chat(citizen, QUESTION)).toContain(CORRECTION);
    await citizen.close();
  });

  it('shows typed HTML as text in the web chat, and lists the unanswered question for staff', async () => {
    const citizen = await browser.newPage();
    await citizen.goto(`${base}/`);
    await chat(citizen, UNKNOWN);
    await chat(citizen, MARKUP);
    expect(await citizen.locator('#log .msg--user').last().textContent()).toBe(MARKUP);
    expect(await citizen.locator('#log b, #log img').count()).toBe(0);
    expect(await citizen.title()).not.toBe('1');
    await citizen.close();

    await admin.click('[data-tab="unanswered"]');
    const group = admin.locator('#unanswered > li', { hasText: UNKNOWN });
    await group.waitFor();
    expect(await group.textContent()).toContain('Số lần hỏi: 1');
    const markup = admin.locator('#unanswered > li .question', { hasText: '<b>in đậm</b>' });
    expect(await markup.count()).toBe(1);
    expect(await admin.locator('#unanswered b, #unanswered img').count()).toBe(0);
  });

  it('changes the signed-in staff member\'s own password, checking the repeat in the page', async () => {
    await admin.click('#change-password');
    await admin.fill('#pw-current', publisher.password);
    await admin.fill('#pw-new', 'mat-khau-moi-tren-trang');
    await admin.fill('#pw-repeat', 'mat-khau-khac-han');
    await admin.click('#password-submit');
    await expect.poll(() => admin.textContent('[data-error-for="repeatPassword"]'), WAIT).toContain('không khớp');

    await admin.fill('#pw-repeat', 'mat-khau-moi-tren-trang');
    await admin.click('#password-submit');
    await expect.poll(() => admin.textContent('#notice'), WAIT).toBe('Đã đổi mật khẩu.');
    expect(await admin.inputValue('#pw-current')).toBe('');
  });
});
