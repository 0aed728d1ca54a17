import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outgoingMessages, shortTitle, splitText } from '../../src/channels/messenger/outgoing.js';

describe('splitText', () => {
  it('keeps a text within the limit whole', () => {
    expect(splitText('Xin chào. Tôi có thể giúp gì?', 2000)).toEqual(['Xin chào. Tôi có thể giúp gì?']);
  });

  it('cuts at the last sentence end within the limit', () => {
    expect(splitText('Câu một. Câu hai dài hơn! Câu ba?', 20)).toEqual(['Câu một.', 'Câu hai dài hơn!', 'Câu ba?']);
  });

  it('prefers a paragraph break in the second half of the window', () => {
    expect(splitText('Đoạn một. Vẫn đoạn một\nĐoạn hai.', 30)).toEqual(['Đoạn một. Vẫn đoạn một', 'Đoạn hai.']);
  });

  it('falls back to a space inside one very long sentence', () => {
    expect(splitText('một hai ba bốn năm sáu bảy tám', 12)).toEqual(['một hai ba', 'bốn năm sáu', 'bảy tám']);
  });

  it('never splits an emoji in a word longer than the limit', () => {
    const parts = splitText('a'.repeat(9) + '😀' + 'b'.repeat(5), 10);
    expect(parts).toEqual(['a'.repeat(9), '😀' + 'b'.repeat(5)]);
  });

  it('gives parts within the limit that keep every word, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zà-ỹ]{1,12}[.!?]?$/), { maxLength: 200 }), fc.integer({ min: 20, max: 120 }), (words, limit) => {
        const text = words.join(' ');
        const parts = splitText(text, limit);
        expect(parts.every((p) => p.length <= limit && p.length > 0)).toBe(true);
        expect(parts.join(' ').split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
      }),
    );
  });
});

describe('shortTitle', () => {
  it('keeps a title of 20 characters or fewer', () => {
    expect(shortTitle('Thẻ BHYT điện tử')).toBe('Thẻ BHYT điện tử');
  });

  it('shortens a long title at a word boundary with an ellipsis', () => {
    expect(shortTitle('Ngày BHYT, ngày Sức khỏe')).toBe('Ngày BHYT, ngày Sức…');
    expect(shortTitle('Hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo')).toBe('Hỗ trợ đóng bảo…');
  });

  it('counts composed Vietnamese letters once, even when typed decomposed', () => {
    const decomposed = 'Quyền lợi khám chữa bệnh'.normalize('NFD');
    expect(Array.from(shortTitle(decomposed)).length).toBeLessThanOrEqual(20);
  });
});

describe('outgoingMessages', () => {
  it('offers at most 13 quick replies, with short titles and no payload over 1,000 characters', () => {
    const quickReplies = Array.from({ length: 16 }, (_, i) => ({ title: `Chủ đề số ${i + 1} về bảo hiểm y tế`, payload: `TOPIC:${i}` }));
    quickReplies.splice(1, 0, { title: 'Quá dài', payload: 'x'.repeat(1001) });
    const [message] = outgoingMessages([{ text: 'Chọn một chủ đề', quickReplies }]);
    expect(message!.quick_replies).toHaveLength(13);
    expect(message!.quick_replies!.every((q) => Array.from(q.title).length <= 20 && q.payload.length <= 1000)).toBe(true);
    expect(message!.quick_replies!.map((q) => q.payload)).not.toContain('x'.repeat(1001));
  });

  it('sends one message per reply, more for long ones', () => {
    const messages = outgoingMessages([{ text: 'Một.' }, { text: 'Hai. '.repeat(500) }]);
    expect(messages.length).toBe(3);
  });
});
