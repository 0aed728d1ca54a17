import { beforeAll, describe, expect, it } from 'vitest';
import type { Normalize } from '../../src/language/normalizer.js';
import { withoutDocumentTitles } from '../../src/faq/document-title.js';
import { shippedKnowledge } from '../support/knowledge.js';

describe('document titles', () => {
  let normalize: Normalize;
  beforeAll(async () => {
    normalize = (await shippedKnowledge()).normalize;
  });

  it('leaves what is asked of a document named by its formal title, with the place', () => {
    const text = normalize('Kế hoạch triển khai Chỉ thị 52-CT/TW của Ban Thường vụ Thành ủy Hải Phòng ưu tiên hỗ trợ những ai?');
    expect(withoutDocumentTitles(text)).toBe('hải phòng ưu tiên hỗ trợ những ai');
  });

  it('reads "thực hiện Chương trình hành động số …" after a title as part of it', () => {
    const text = normalize('Kế hoạch của Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu thực hiện Chương trình hành động số 10-CTr/TU đặt mục tiêu gì');
    expect(withoutDocumentTitles(text)).toBe('lai châu đặt mục tiêu gì');
  });

  it('finds no title in a document named in passing', () => {
    expect(withoutDocumentTitles(normalize('chỉ thị 52 nói về gì'))).toBeUndefined();
  });
});
