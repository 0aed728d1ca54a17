import { describe, expect, it } from 'vitest';
import { askingParts, halvesOf, questionsAsked, withoutThanksAtEnd, withoutThanksAtStart } from '../../src/language/clauses.js';

const tellsAnything = () => true;

describe('the parts of a long message that ask', () => {
  it('offers the last sentence, then its last clauses, when circumstances come first', () => {
    const message = 'Dạ chào anh chị, mẹ em 68 tuổi hay quên mang thẻ. Em nghe nói có thẻ trên điện thoại, vậy phải dùng ứng dụng gì ạ?';
    expect(askingParts(message, tellsAnything).slice(0, 2)).toEqual([
      'Em nghe nói có thẻ trên điện thoại, vậy phải dùng ứng dụng gì ạ?',
      'vậy phải dùng ứng dụng gì ạ?',
    ]);
  });

  it('leaves out closing words that tell nothing', () => {
    const message = 'chào ad, bố mẹ em ở quê nghe loa xã nói tỉnh phấn đấu bao nhiêu % dân có thẻ bhyt, ad cho em biết với ạ';
    const tells = (part: string) => !/^(ad cho em biết với ạ|chào ad)$/.test(part);
    expect(askingParts(message, tells)[0]).toBe('chào ad, bố mẹ em ở quê nghe loa xã nói tỉnh phấn đấu bao nhiêu % dân có thẻ bhyt');
  });

  it('tries a short last sentence that only points back with the thing named last before it, then that sentence', () => {
    const message = 'Dạ chào anh chị, chú trưởng thôn bảo năm 2026 cả nước phải đạt trên bao nhiêu phần trăm dân số. Cho em hỏi con số đó là bn ạ';
    expect(askingParts(message, tellsAnything)).toEqual([
      'Cho em hỏi con số đó là bn ạ',
      'chú trưởng thôn bảo năm 2026 cả nước phải đạt trên bao nhiêu phần trăm dân số. Cho em hỏi con số đó là bn ạ',
      'Dạ chào anh chị, chú trưởng thôn bảo năm 2026 cả nước phải đạt trên bao nhiêu phần trăm dân số.',
      'chú trưởng thôn bảo năm 2026 cả nước phải đạt trên bao nhiêu phần trăm dân số.',
    ]);
  });

  it('ends a clause at a colon', () => {
    const message = 'Phụ huynh hỏi mãi mà em không trả lời được nên em hỏi giúp: đến năm nào thì đạt bảo hiểm y tế toàn dân ạ?';
    expect(askingParts(message, tellsAnything).at(-1)).toBe('đến năm nào thì đạt bảo hiểm y tế toàn dân ạ?');
  });

  it('does not offer alone the other choice of an either-or question', () => {
    const choice = 'Chính sách miễn viện phí có áp dụng ngay cho tất cả mọi người không, hay thực hiện theo lộ trình?';
    expect(askingParts(choice, tellsAnything)).not.toContain('hay thực hiện theo lộ trình?');
    // "hay" after a statement is "often".
    expect(askingParts('Tôi là trưởng thôn ở bản trên núi cao, hay đi vận động bà con mua bảo hiểm y tế', tellsAnything)).toContain(
      'hay đi vận động bà con mua bảo hiểm y tế',
    );
  });

  it('keeps a decimal figure whole and leaves a short message alone', () => {
    expect(askingParts('Hải Phòng đặt mục tiêu 95.5% thì sao, còn Lai Châu đặt bao nhiêu phần trăm vậy ạ', tellsAnything)).toEqual([
      'còn Lai Châu đặt bao nhiêu phần trăm vậy ạ',
    ]);
    expect(askingParts('hộ cận nghèo có được hỗ trợ không', tellsAnything)).toEqual([]);
  });

  it('offers an earlier sentence that asks before a last one that does not', () => {
    const message = 'Năm 2026 cả nước phấn đấu bao nhiêu phần trăm dân có bhyt vậy bạn? Mình hỏi vì đang làm bản tin cho cơ quan, số liệu phải thật chính xác.';
    expect(askingParts(message, tellsAnything)[0]).toBe('Năm 2026 cả nước phấn đấu bao nhiêu phần trăm dân có bhyt vậy bạn?');
  });

  it('offers an earlier clause that asks, after the last sentence and its last clauses', () => {
    const message = 'chào ad, nhà mình ở Hải Phòng, mình muốn hỏi năm 2026 thành phố phấn đấu bao nhiêu, để mình có số liệu thuyết phục bố mẹ mua thẻ';
    const asks = (part: string) => /bao nhiêu/.test(part);
    expect(askingParts(message, tellsAnything, asks).at(-1)).toBe('mình muốn hỏi năm 2026 thành phố phấn đấu bao nhiêu');
  });
});

describe('the two halves of a message that may ask two questions', () => {
  it('cuts at a comma, a question mark, "và" or "còn"', () => {
    expect(halvesOf('bệnh viện đa khoa bao nhiêu giường, còn bệnh viện cổ truyền mấy giường')).toEqual([
      ['bệnh viện đa khoa bao nhiêu giường', 'còn bệnh viện cổ truyền mấy giường'],
    ]);
    expect(halvesOf('muc tieu nam 2026 bao nhieu va tram y te co may bac si')).toEqual([['muc tieu nam 2026 bao nhieu', 'tram y te co may bac si']]);
  });

  it('does not cut at a decimal comma', () => {
    expect(halvesOf('tuổi thọ cả nước là 75,5 tuổi vậy riêng cao bằng thì bao nhiêu')).toEqual([]);
  });

  it('leaves out the sentences before the first half and halves shorter than three words', () => {
    expect(halvesOf('Chào bạn. Mình ở Cao Bằng, cho hỏi trạm y tế có mấy bác sĩ')).toEqual([['Mình ở Cao Bằng', 'cho hỏi trạm y tế có mấy bác sĩ']]);
    expect(halvesOf('ok, cảm ơn nhé')).toEqual([]);
  });
});

describe('a message without the thanks that close it', () => {
  it('cuts thanks, with whom and how much, after what is asked, typed with diacritics or without', () => {
    expect(withoutThanksAtEnd('ký ngày mấy vậy ạ, con cảm ơn ad nhiều 🙏')).toBe('ký ngày mấy vậy ạ');
    expect(withoutThanksAtEnd('thế hiệu lực từ bao giờ thanks')).toBe('thế hiệu lực từ bao giờ');
    expect(withoutThanksAtEnd('co hieu luc tu bao gio a em cam on')).toBe('co hieu luc tu bao gio a');
  });

  it('leaves a message that is only thanks, or thanks that do not close it', () => {
    expect(withoutThanksAtEnd('xin cảm ơn trang đã giải đáp')).toBeUndefined();
    expect(withoutThanksAtEnd('cảm ơn, thế còn Lai Châu')).toBeUndefined();
  });
});

describe('a message without the thanks that open it', () => {
  it('cuts thanks for the last answer before what follows', () => {
    expect(withoutThanksAtStart('tks. the con chi thi 52?')).toBe('the con chi thi 52?');
    expect(withoutThanksAtStart('cảm ơn ad, thế còn Lai Châu')).toBe('thế còn Lai Châu');
  });

  it('leaves thanks alone, and thanks that run on into what they are for', () => {
    expect(withoutThanksAtStart('cảm ơn.')).toBeUndefined();
    expect(withoutThanksAtStart('cảm ơn bạn đã giải đáp')).toBeUndefined();
  });
});

describe('the questions of a message', () => {
  it('keeps the sentences with a question mark when others tell of the person', () => {
    expect(questionsAsked('Nhà có 5 người. Đóng thế nào? Ở đâu?')).toBe('Đóng thế nào? Ở đâu?');
  });

  it('keeps the whole message when no sentence, or every one, has a question mark', () => {
    expect(questionsAsked('Nhà có 5 người. Cho hỏi đóng thế nào')).toBe('Nhà có 5 người. Cho hỏi đóng thế nào');
    expect(questionsAsked('Đóng thế nào?')).toBe('Đóng thế nào?');
  });
});
