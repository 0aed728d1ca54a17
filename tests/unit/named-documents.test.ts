import { describe, expect, it } from 'vitest';
import { namedDocumentsAsked } from '../../src/faq/named-documents.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const answers = (message: string) => namedDocumentsAsked(knowledge, knowledge.normalize(message))?.map((entry) => entry.answer);

describe('documents named together', () => {
  it('asks what is asked of two documents side by side of each, without "mỗi cái"', () => {
    const issuers = answers('thưa ad, chỉ thị 52 và nghị quyết 72 được cơ quan nào ký');
    expect(issuers).toHaveLength(2);
    expect(issuers![0]).toMatch(/Ban Bí thư/);
    expect(issuers![1]).toMatch(/Bộ Chính trị/);
  });

  it('reads a bare number joined to a document as another of its kind', () => {
    const dates = answers('kế hoạch 40-KH/TU hay 69-KH/TU có trước');
    expect(dates?.join(' ')).toMatch(/15\/12\/2025/);
    expect(dates?.join(' ')).toMatch(/12\/02\/2026/);
  });

  it('reads a date claimed "ra hôm …" of a document as checked, answered with its own date', () => {
    expect(answers('nghị quyết 72 ra hôm 3/10/2025 phải không')?.join(' ')).toMatch(/09\/9\/2025/);
  });

  it('reads "cái nào sớm hơn" as asking which of two documents came first', () => {
    const dates = answers('chương trình 10 với chương trình 06 cái nào sớm hơn')?.join(' ');
    expect(dates).toMatch(/30\/12\/2025/);
    expect(dates).toMatch(/12\/01\/2026/);
  });

  it('answers how two documents differ with what each one is, when it names nothing they differ in', () => {
    const each = answers('nghị quyết 282/NQ-CP với nghị quyết 72-NQ/TW khác nhau như nào');
    expect(each?.join(' ')).toMatch(/Chính phủ ban hành Nghị quyết số 282/);
    expect(each?.join(' ')).toMatch(/Bộ Chính trị/);
    expect(answers('kế hoạch 40 cao bằng và nghị quyết 72 chỉ tiêu tuổi thọ trung bình năm 2030 khác gì')).toBeUndefined();
  });

  it('answers how two documents differ in something each one gives with what each gives of it', () => {
    const each = answers('chương trình 06 của hà nội với nghị quyết 72 khác nhau thế nào về số nhóm nhiệm vụ')?.join(' ');
    expect(each).toMatch(/09 nhóm/);
    expect(each).toMatch(/06 nhóm/);
  });
});
