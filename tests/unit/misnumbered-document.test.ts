import { describe, expect, it } from 'vitest';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const renamed = (message: string) => knowledge.misnumbered.renamed(knowledge.normalize(message));

describe('misnumbered documents', () => {
  it('reads a number none of the documents has, whose digits reversed number one of that kind, as that one', () => {
    const plan = renamed('kế hoạch 96 của tỉnh cao bằng đặt chỉ tiêu gì');
    expect(plan?.text.folded.join(' ')).toContain('ke hoach 69');
    expect(plan?.note).toBe('Tài liệu tôi có không có Kế hoạch số 96; có Kế hoạch số 69.');
    expect(renamed('chuong trinh hanh dong so 30 cua hai phong')?.text.folded.join(' ')).toContain('so 03');
    // "ct" shortens "chương trình" too.
    expect(renamed('ct 10 lai chau la gi')?.text.folded.join(' ')).toContain('chuong trinh 10');
    // Two digits side by side swapped: 228 for 282.
    expect(renamed('nghị quyết 228/NQ-CP của chính phủ')?.note).toBe('Tài liệu tôi có không có Nghị quyết số 228; có Nghị quyết số 282.');
  });

  it('leaves a number the documents have, or one that is no such slip, as it is', () => {
    expect(renamed('kế hoạch số 69 do tỉnh ủy ban hành')).toBeUndefined();
    expect(renamed('nghị quyết 21 về dân số nói gì')).toBeUndefined();
    expect(renamed('kế hoạch 33 của xã')).toBeUndefined();
  });
});
