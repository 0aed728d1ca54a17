import { describe, expect, it } from 'vitest';
import { withNumbersAsDigits } from '../../src/language/number-words.js';

describe('numbers said in words', () => {
  it('writes tens, hundreds and thousands in digits, with or without diacritics', () => {
    expect(withNumbersAsDigits('chín mươi lăm phần trăm')).toBe('95 phần trăm');
    expect(withNumbersAsDigits('năm hai nghìn không trăm bốn mươi lăm')).toBe('năm 2045');
    expect(withNumbersAsDigits('hai nghin khong tram ba muoi')).toBe('2030');
    expect(withNumbersAsDigits('sáu trăm giường')).toBe('600 giường');
    expect(withNumbersAsDigits('mười hai thông điệp')).toBe('12 thông điệp');
    expect(withNumbersAsDigits('kế hoạch bốn mươi')).toBe('kế hoạch 40');
    // "năm" after the tens is years, not five.
    expect(withNumbersAsDigits('hai mươi năm')).toBe('20 năm');
    expect(withNumbersAsDigits('mười năm qua')).toBe('10 năm qua');
  });

  it('reads tens said short, decimals and years said digit by digit', () => {
    expect(withNumbersAsDigits('tuổi thọ bảy lăm phẩy năm')).toBe('tuổi thọ 75.5');
    expect(withNumbersAsDigits('năm hai không ba không')).toBe('năm 2030');
  });

  it('reads "lam" typed plain as a short five only before what is counted or a decimal point', () => {
    expect(withNumbersAsDigits('tuoi tho bay lam tuoi')).toBe('tuoi tho 75 tuoi');
    expect(withNumbersAsDigits('chin lam phan tram')).toBe('95 phan tram');
    expect(withNumbersAsDigits('bay lam phay nam tuoi')).toBe('75.5 tuoi');
    expect(withNumbersAsDigits('bay lam gi')).toBe('bay lam gi');
  });

  it('reads a day or a month by its number', () => {
    expect(withNumbersAsDigits('mùng bảy tháng tư')).toBe('mùng 7 tháng 4');
    expect(withNumbersAsDigits('ngày mồng một tháng bảy')).toBe('ngày mồng 1 tháng 7');
    expect(withNumbersAsDigits('tháng mười hai năm 2025')).toBe('tháng 12 năm 2025');
  });

  it('leaves words that are numbers only sometimes as they are', () => {
    for (const text of [
      'năm nay', 'hai phòng', 'một trạm y tế', 'mot tram y te', 'ba làm ruộng', 'bay lam',
      'ngày tháng năm nào', 'tháng sau', 'hai, ba người', 'năm 2030',
    ]) {
      expect(withNumbersAsDigits(text)).toBe(text);
    }
  });
});
