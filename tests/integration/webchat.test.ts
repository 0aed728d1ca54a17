import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ask, startApp } from '../support/app.js';

describe('web chat contract', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('answers a greeting with the greeting intent, replies and quick replies', async () => {
    const body = await ask(app, 'web-1', 'xin chào');
    expect(body.intent).toBe('greeting');
    expect(typeof body.confidence).toBe('number');
    expect(body.replies[0]!.text).toMatch(/bảo hiểm y tế/);
    expect(body.replies[0]!.quickReplies.length).toBeGreaterThan(0);
    expect(Array.isArray(body.sources)).toBe(true);
  });

  it('answers a button payload', async () => {
    const response = await app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: 'web-2', payload: 'HELP' } });
    expect(response.statusCode).toBe(200);
    expect(response.json().intent).toBe('help');
  });

  it('names help, handoff and fallback intents', async () => {
    expect((await ask(app, 'web-3', 'hướng dẫn sử dụng')).intent).toBe('help');
    expect((await ask(app, 'web-3', 'tôi muốn gặp người tư vấn')).intent).toBe('handoff');
    expect((await ask(app, 'web-3', 'zzzz')).intent).toBe('fallback');
  });

  it('understands how citizens say hello, thanks, "what can you do" and "let me talk to a person"', async () => {
    const said: Array<[string, string]> = [
      ['Dạ con chào cô chú ạ', 'greeting'],
      ['cam on bn nhiu nha', 'thanks'],
      ['ad tư vấn được những gì vậy', 'help'],
      ['bot này trả lời được những câu hỏi gì', 'help'],
      ['tôi cần nói chuyện với cán bộ bảo hiểm, ko muốn chat với máy', 'handoff'],
      ['chào em, chị mới kết bạn zalo', 'greeting'],
      ['em chào anh chị bên bảo hiểm y tế ạ', 'greeting'],
      // Around a cue, words the FAQ has none of: small talk, however worded.
      ['chào chatbot bhyt', 'greeting'],
      ['thôi mình out đây, bái bai', 'thanks'],
      ['danh sach chuc nang cua bot', 'help'],
      ['nhờ chuyển máy cho cán bộ phụ trách giúp tôi', 'handoff'],
      ['xin chào, chúc một ngày tốt lành', 'greeting'],
      ['chuyen em sang nhan vien cskh giup voi', 'handoff'],
      ['xin chào hệ thống', 'greeting'],
      ['tinh nang cua bot la gi', 'help'],
      ['hướng dẫn tôi cách dùng chatbot này', 'help'],
      // "giúp" or "làm gì" alone do not ask about the bot.
      ['Cao Bằng làm gì để thực phẩm an toàn ngay từ khâu sản xuất', 'faq'],
      // Folded, "người trục lợi" reads like "người trực": still a question about fraud.
      ['co ng loi dung the bhyt an gian tien quy thi sao', 'faq'],
      ['bot này làm được gì cho người dân vậy, hướng dẫn mình cách hỏi với', 'help'],
      ['cái máy này hỏi được những chuyện gì', 'help'],
      ['bot nay biet lam nhung gi vay', 'help'],
      // Folded, "bảo hiểm xã hội được" holds "hỏi được": still no question about the bot.
      ['che do thai san bhxh dc nghi may thang', 'fallback'],
      // A people abroad, as a place abroad: the documents are Viet Nam's.
      ['tuổi thọ trung bình của người Nhật hiện nay là bao nhiêu', 'fallback'],
      ['chuc buoi sang an lanh nhe ad', 'greeting'],
      ['em muốn hỏi nhân viên bên bảo hiểm', 'handoff'],
      ['ai đang trực page vậy, cho gặp với', 'handoff'],
      ['cho tôi nói chuyện trực tiếp với cán bộ nhé', 'handoff'],
      ['a lô, có ai không', 'greeting'],
      ['à quên mất, chào ad nhé', 'greeting'],
      ['cảm ơn bot nhiều, chúc bot buổi tối vui vẻ', 'thanks'],
      ['ok cảm ơn nha, chúc ad một ngày tốt lành', 'thanks'],
      ['chào bot, chúc bot một ngày vui vẻ', 'greeting'],
      // Folded, "lộ trình" holds the "lô" of "a lô": a request, not a greeting.
      ['tóm tắt lộ trình thực hiện của hải phòng giúp mình', 'faq'],
      ['xin mấy câu khẩu hiệu về an toàn giao thông', 'fallback'],
      ['bot đã có bạn gái chưa', 'fallback'],
    ];
    for (const [i, [text, intent]] of said.entries()) expect((await ask(app, `web-3b-${i}`, text)).intent, text).toBe(intent);
  });

  it('cites its sources when it answers from the FAQ', async () => {
    const body = await ask(app, 'web-4', 'người thuộc hộ cận nghèo mua bhyt có được hỗ trợ không');
    expect(body.intent).toBe('faq');
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.replies[0]!.text).toContain('Nguồn:');
  });

  const badRequests: Array<[string, unknown, string]> = [
    ['no userId', { text: 'xin chào' }, 'userId'],
    ['an empty userId', { userId: '', text: 'xin chào' }, 'userId'],
    ['empty text', { userId: 'u', text: '   ' }, 'text'],
    ['neither text nor payload', { userId: 'u' }, 'text'],
    ['text over 2,000 characters', { userId: 'u', text: 'a'.repeat(2001) }, 'text'],
    ['text that is not a string', { userId: 'u', text: 42 }, 'text'],
    ['a body that is not an object', [1, 2], 'body'],
  ];
  for (const [what, payload, field] of badRequests) {
    it(`rejects ${what} with 400 naming ${field}`, async () => {
      const response = await app.inject({ method: 'POST', url: '/webchat/messages', payload: payload as object });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request', field });
    });
  }

  it('rejects malformed JSON with 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/webchat/messages',
      headers: { 'content-type': 'application/json' },
      payload: '{"userId": "u", "text": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('bad_request');
  });

  it('rejects a body over 16 KB with 413', async () => {
    const response = await app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: 'u', text: 'a'.repeat(20_000) } });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toBe('payload_too_large');
  });

  it('serves the chat page in Vietnamese with a content security policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('lang="vi"');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('reports health and readiness', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().store).toBe('memory');
  });
});
