import { describe, expect, it } from 'vitest';
import { decodeButtonPayload, encodeButtonPayload } from '../../src/channels/zalo/button-payload.js';
import { splitText, toZaloMessages } from '../../src/channels/zalo/message-format.js';

describe('Zalo message format', () => {
  it('keeps a text within the limit in one piece', () => {
    expect(splitText('Xin chào.', 20)).toEqual(['Xin chào.']);
  });

  it('prefers a line break in the second half of the piece', () => {
    expect(splitText('Dòng một dài. Câu hai.\nDòng ba ngắn.', 30)).toEqual(['Dòng một dài. Câu hai.', 'Dòng ba ngắn.']);
  });

  it('cuts after the last sentence end that fits, keeping closing quotes with it', () => {
    expect(splitText('Câu “một”. Câu hai! Câu ba dài hơn nhiều?', 22)).toEqual(['Câu “một”. Câu hai!', 'Câu ba dài hơn nhiều?']);
  });

  it('falls back to a space when a sentence is longer than the limit', () => {
    expect(splitText('một hai ba bốn năm sáu', 10)).toEqual(['một hai ba', 'bốn năm', 'sáu']);
  });

  it('cuts an unbroken run without splitting a surrogate pair', () => {
    const pieces = splitText('aaaa😀bbbb', 5);
    expect(pieces.join('')).toBe('aaaa😀bbbb');
    expect(pieces.every((p) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });

  it('shortens a button title to 100 characters', () => {
    const [message] = toZaloMessages([{ text: 'Chọn:', quickReplies: [{ title: 'x'.repeat(120), payload: 'FAQ:a' }] }]);
    expect(message!.attachment!.payload.buttons[0]!.title).toHaveLength(100);
  });

  it('reads back its own button payloads and nothing a person would type', () => {
    for (const payload of ['HELP', 'TOPIC:subsidy', 'FAQ:near-poor-support-national', 'DAY:bhyt-day']) {
      expect(decodeButtonPayload(encodeButtonPayload(payload))).toBe(payload);
    }
    for (const typed of ['HELP', '#bhyt', '# HELP', 'xem #HELP', '#help me']) expect(decodeButtonPayload(typed)).toBeUndefined();
  });
});
