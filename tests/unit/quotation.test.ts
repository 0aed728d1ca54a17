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

  it('reads a slogan recited with an abbreviation ("dc" for "được") as written out', () => {
    expect(quotation('mot nuoc viet nam khoe manh dc bat dau tu dau')).toBe('Một nước Việt Nam khỏe mạnh được bắt đầu từ mỗi gia đình, mỗi người dân khỏe mạnh!');
  });

  it('finds a slogan named by four of its words or more', () => {
    expect(quotation('khẩu hiệu kêu gọi chủ động bảo vệ sức khỏe là câu nào')).toBe('Sức khỏe là tài sản quý giá nhất - Hãy chủ động bảo vệ sức khỏe ngay từ hôm nay!');
  });

  it('takes the slogan or name with the longest run of the words given, and "tiếp theo" as asking the rest', () => {
    expect(quotation('phong trào tập thể dục theo gương bác hồ tên đầy đủ là gì')).toBe('Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại');
    expect(quotation('câu ăn sạch sống xanh... tiếp theo là gì')).toBe('Ăn sạch, sống xanh - Cho tương lai Việt Nam khỏe mạnh!');
  });

  it('leaves a message alone that asks for no slogan, or gives too little of one', () => {
    expect(quotation('sống xanh sống lành là của văn bản nào')).toBeUndefined();
    expect(quotation('khẩu hiệu về sức khỏe có những câu nào')).toBeUndefined();
    expect(quotation('vế sau của câu đó là gì')).toBeUndefined();
  });
});
