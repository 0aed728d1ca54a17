import { describe, expect, it } from 'vitest';
import { askingParts } from '../../src/language/clauses.js';

describe('the parts of a long message that ask', () => {
  it('offers the last sentence, then its last clauses, when circumstances come first', () => {
    const message = 'Dạ chào anh chị, mẹ em 68 tuổi hay quên mang thẻ. Em nghe nói có thẻ trên điện thoại, vậy phải dùng ứng dụng gì ạ?';
    expect(askingParts(message)).toEqual([
      'Em nghe nói có thẻ trên điện thoại, vậy phải dùng ứng dụng gì ạ?',
      'vậy phải dùng ứng dụng gì ạ?',
    ]);
  });

  it('keeps a decimal figure whole and leaves a short message alone', () => {
    expect(askingParts('Hải Phòng đặt mục tiêu 95.5% thì sao, còn Lai Châu đặt bao nhiêu phần trăm vậy ạ')).toEqual([
      'còn Lai Châu đặt bao nhiêu phần trăm vậy ạ',
    ]);
    expect(askingParts('hộ cận nghèo có được hỗ trợ không')).toEqual([]);
  });
});
