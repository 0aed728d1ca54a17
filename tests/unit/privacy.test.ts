import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactPersonalData, userKey } from '../../src/privacy.js';

describe('personal data', () => {
  it('removes phone numbers, ID card numbers and e-mail addresses from a kept question', () => {
    const text = 'Tôi tên Lan, sđt 0912 345 678, CCCD 012345678901, mail lan.nguyen@gmail.com, hộ cận nghèo được hỗ trợ không?';
    const redacted = redactPersonalData(text);
    expect(redacted).not.toMatch(/0912|012345678901|lan\.nguyen/);
    expect(redacted).toContain('hộ cận nghèo được hỗ trợ không?');
  });

  it('hashes user ids with a key, per channel', () => {
    expect(userKey('k'.repeat(16), 'zalo', '123')).not.toContain('123');
    expect(userKey('k'.repeat(16), 'zalo', '123')).not.toBe(userKey('k'.repeat(16), 'messenger', '123'));
    expect(userKey('k'.repeat(16), 'zalo', '123')).not.toBe(userKey('j'.repeat(16), 'zalo', '123'));
  });

  it('redacts any text, however long, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', '@', '.', ' ', '+', 'đ', '-'), maxLength: 20_000 }), (s) => {
        expect(typeof redactPersonalData(s)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
