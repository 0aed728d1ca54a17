import { describe, expect, it } from 'vitest';
import { quotationOf } from '../../src/faq/quotation.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const quotation = (message: string) => quotationOf(knowledge.index.entries, knowledge.normalize(message))?.whole;

describe('quotations', () => {
  it('completes a slogan given in part, quoted or not, with or without diacritics', () => {
    expect(quotation('câu "sống xanh - sống lành" thì vế sau là gì')).toBe('Sống xanh - sống lành - sống khỏe!');
    expect(quotation('cau y te du phong la then chot ve sau la gi')).toBe('Y tế dự phòng là then chốt - Y tế cơ sở là nền tảng - Nhân dân là trung tâm!');
  });

  it('leaves a message alone that does not ask for the rest, or gives too little of a slogan', () => {
    expect(quotation('khẩu hiệu sống xanh sống lành là của văn bản nào')).toBeUndefined();
    expect(quotation('vế sau của câu đó là gì')).toBeUndefined();
  });
});
