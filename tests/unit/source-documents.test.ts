import { describe, expect, it } from 'vitest';
import { sourceDocumentsNamed, sourceNumberAsked } from '../../src/faq/source-documents.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const named = (message: string) => sourceDocumentsNamed(knowledge, knowledge.normalize(message)).map((d) => d.id);
const numberAsked = (message: string) => sourceNumberAsked(knowledge, knowledge.normalize(message))?.id;

describe('source documents', () => {
  it('tells a document by the place that issued it, the numbers in its title and its kind', () => {
    expect(named('hướng dẫn tuyên truyền nghị quyết 72 của Cao Bằng')).toEqual(['hd-cb-nq72']);
    expect(named('kế hoạch của Hải Phòng')).toEqual(['kh-hp-ct52']);
    expect(named('hướng dẫn của Cao Bằng')).toEqual(['hd-cb-ct52', 'hd-cb-nq72']);
    expect(named('thẻ bhyt điện tử')).toEqual([]);
  });

  it('answers the number or date of a source document it leaves out with what it gives of them, asked of it only', () => {
    expect(numberAsked('thành ủy hải phòng ban hành kế hoạch bhyt toàn dân mang số hiệu gì')).toBe('document-number-date-hai-phong');
    expect(numberAsked('kế hoạch lai châu triển khai chương trình 10 được ký hôm nào')).toBe('document-number-date-lai-chau');
    // Another kind's number, another document, another place's.
    expect(numberAsked('kế hoạch của lai châu thực hiện chương trình hành động số mấy')).toBeUndefined();
    expect(numberAsked('hướng dẫn số 33 của trung ương về chỉ thị 52 ban hành ngày nào')).toBeUndefined();
    expect(numberAsked('kế hoạch của hải phòng ký ngày nào, còn chương trình 06 của hà nội')).toBeUndefined();
  });
});
