import { describe, expect, it } from 'vitest';
import { enumeratedItemAsked, itemAboutIn, itemBeyond, type Listing, listItemAsked, namedItemIn, namesItemOfOtherKind } from '../../src/faq/list-item.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const GROUPS = { answer: 'Chương trình có 03 nhóm: (1) phòng bệnh; (2) khám chữa bệnh; (3) chuyển đổi số. Chi tiết hãy hỏi trạm y tế xã.' };
// A list whose answer quotes only some of its items.
const SLOGANS = { answer: 'Hướng dẫn nêu 3 khẩu hiệu, ví dụ: “Sống xanh!”.', items: ['“Sống khỏe!”', '“Sống xanh!”', '“Sống vui!”'] };
const item = (message: string, list: Listing = GROUPS, shown?: number) => listItemAsked(knowledge.normalize(message), list, shown)?.excerpt;
const named = (message: string) => namedItemIn(knowledge.normalize(message), GROUPS);

describe('list items', () => {
  it('reads a list written into a sentence, after the words that bring it in, when one of its items is asked for', () => {
    const answer = 'Có. Xã ưu tiên hỗ trợ nhóm khó khăn như hộ cận nghèo, người cao tuổi, trẻ em và người khuyết tật; chi tiết hãy hỏi xã.';
    const enumerated = (message: string) => enumeratedItemAsked(knowledge.normalize(message), answer)?.excerpt;
    expect(enumerated('vậy nhóm thứ hai gồm ai')).toBe('Xã ưu tiên hỗ trợ nhóm khó khăn như (2) người cao tuổi.');
    expect(enumerated('nhóm cuối cùng gồm ai vậy')).toBe('Xã ưu tiên hỗ trợ nhóm khó khăn như (4) người khuyết tật.');
    expect(enumeratedItemAsked(knowledge.normalize('vậy nhóm thứ hai gồm ai'), 'Xã hỗ trợ hộ cận nghèo và người cao tuổi.')).toBeUndefined();
  });

  it('gives the item asked for by number, by word or as the first or last, with what the list is of', () => {
    expect(item('nhóm thứ 2 là gì')).toBe('Chương trình có 03 nhóm: (2) khám chữa bệnh.');
    expect(item('nhom thu ba')).toBe('Chương trình có 03 nhóm: (3) chuyển đổi số.');
    expect(item('còn nhóm cuối cùng')).toBe('Chương trình có 03 nhóm: (3) chuyển đổi số.');
    expect(item('cái đầu tiên là gì')).toBe('Chương trình có 03 nhóm: (1) phòng bệnh.');
    expect(item('xem giúp ý cuối cùng')).toBe('Chương trình có 03 nhóm: (3) chuyển đổi số.');
    expect(item('cho xem y dau tien di')).toBe('Chương trình có 03 nhóm: (1) phòng bệnh.');
    expect(item('hình thức cuối')).toBe('Chương trình có 03 nhóm: (3) chuyển đổi số.');
    expect(listItemAsked(knowledge.normalize('thế nhóm số 2 là cái gì'), GROUPS)?.item).toBe(2);
  });

  it('reads an item named by what the list is of in a longer question, not a document\'s number', () => {
    expect(named('cho em hỏi nhóm thứ hai trong chương trình của thành phố là gì vậy')).toEqual({ excerpt: 'Chương trình có 03 nhóm: (2) khám chữa bệnh.', item: 2 });
    expect(named('chương trình hành động số 2 của thành phố gồm những nhóm nào')).toBeUndefined();
    expect(named('cho mình xem nhóm số 3 trong chương trình')).toEqual({ excerpt: 'Chương trình có 03 nhóm: (3) chuyển đổi số.', item: 3 });
    expect(named('cho em hỏi nhóm thứ 7 trong chương trình của thành phố là gì')).toBeUndefined();
    expect(named('nhóm cuối cùng trong danh sách các nhóm của chương trình thành phố là nhóm gì')?.item).toBe(3);
    expect(namedItemIn(knowledge.normalize('khẩu hiệu cuối trong danh sách khẩu hiệu của hướng dẫn là câu nào'), SLOGANS)?.item).toBe(3);
  });

  it('reads "điểm 3 mục III" as the part a whole answer from III.3 is from, and as an item of a list from III', () => {
    const from = (section: string) => ({ ...GROUPS, sources: [{ doc: 'kh', section }] });
    const text = knowledge.normalize('theo điểm 3 mục III kế hoạch, chương trình hỗ trợ những nhóm nào');
    expect(namedItemIn(text, from('II; III.3'))).toBeUndefined();
    expect(namedItemIn(text, from('III'))?.item).toBe(3);
  });

  it('names no item of a list of another kind ("thông điệp số 2" of groups), and says when the place is beyond the list', () => {
    const text = (message: string) => knowledge.normalize(message);
    expect(namedItemIn(text('thông điệp tuyên truyền số 2 là gì'), GROUPS)).toBeUndefined();
    expect(namesItemOfOtherKind(text('thông điệp tuyên truyền số 2 là gì'), GROUPS)).toBe(true);
    expect(namedItemIn(text('khẩu hiệu thứ 2 là câu nào'), SLOGANS)?.item).toBe(2);
    expect(itemBeyond(text('khẩu hiệu thứ 5 là câu nào'), SLOGANS)).toEqual({ asked: 5, count: 3 });
    expect(itemBeyond(text('nhóm số 2 là gì'), GROUPS)).toBeUndefined();
  });

  it('gives the one item with most of what is named ("có nhóm nào về …", "thông điệp về …"), and none when no item or several are', () => {
    expect(item('có nhóm nào về chuyển đổi số không')).toBe('Chương trình có 03 nhóm: (3) chuyển đổi số.');
    expect(item('co nhom nao ve kham chua benh ko')).toBe('Chương trình có 03 nhóm: (2) khám chữa bệnh.');
    expect(item('nhóm về y tế cơ sở', { answer: 'Có 02 nhóm: (1) y tế cơ sở; (2) chuyển đổi số.' })).toBe('Có 02 nhóm: (1) y tế cơ sở.');
    expect(item('thông điệp tuyên truyền về sống vui', SLOGANS)).toBe('Hướng dẫn nêu 3 khẩu hiệu: (3) “Sống vui!”.');
    expect(item('có khẩu hiệu nào về vui chơi không', SLOGANS)).toBe('Hướng dẫn nêu 3 khẩu hiệu: (3) “Sống vui!”.');
    expect(item('có nhóm nào về xe buýt không')).toBeUndefined();
    const about = (message: string) => itemAboutIn(knowledge.normalize(message), GROUPS)?.item;
    expect(about('chương trình của thành phố có nhóm nhiệm vụ nào về chuyển đổi số trong y tế không')).toBe(3);
    expect(about('chương trình của thành phố có mấy nhóm nhiệm vụ về khám chữa bệnh cho người dân')).toBeUndefined();
    expect(item('có nhóm nào về bệnh không')).toBeUndefined();
  });

  it('gives an item of a list kept beside an answer that quotes only some, after what the answer says it is of', () => {
    expect(item('cho xem câu số 3', SLOGANS)).toBe('Hướng dẫn nêu 3 khẩu hiệu: (3) “Sống vui!”.');
    expect(item('khẩu hiệu cuối', SLOGANS)).toBe('Hướng dẫn nêu 3 khẩu hiệu: (3) “Sống vui!”.');
    expect(item('thế còn câu tiếp theo đó', SLOGANS, 1)).toBe('Hướng dẫn nêu 3 khẩu hiệu: (2) “Sống xanh!”.');
    expect(item('ý tiếp theo', SLOGANS, 2)).toBe('Hướng dẫn nêu 3 khẩu hiệu: (3) “Sống vui!”.');
  });

  it('asks for no item when the answer numbers none, the number is beyond the list, or "số năm" is a quantity', () => {
    expect(item('nhóm thứ 2 là gì', { answer: 'Chương trình có ba nhóm: phòng bệnh, khám chữa bệnh và chuyển đổi số.' })).toBeUndefined();
    expect(item('nhóm thứ 5 là gì')).toBeUndefined();
    expect(item('số năm sống khỏe là bao nhiêu')).toBeUndefined();
  });
});
