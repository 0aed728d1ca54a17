import { describe, expect, it } from 'vitest';
import { figureOwner } from '../../src/faq/figure-owner.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const owner = (message: string) => figureOwner(knowledge, knowledge.normalize(message));

describe('whose a figure is', () => {
  it('answers which place has a figure only one province gives', () => {
    expect(owner('97% là mục tiêu của tỉnh nào')?.entry.scope).toBe('cao-bang');
    expect(owner('600 giường là bệnh viện ở đâu')?.entry.scope).toBe('lai-chau');
  });

  it('says whose it is when the message gives it to another place', () => {
    expect(owner('95,5% là mục tiêu bhyt của hà nội đúng không')?.note).toBe('Con số 95,5% là của Hải Phòng, không phải của Hà Nội.');
  });

  it('reads "a" typed plain right after the figure as checking it', () => {
    expect(owner('hai phong co benh vien 600 giuong a')?.note).toBe('Con số 600 giuong là của Lai Châu, không phải của Hải Phòng.');
  });

  it('reads only what is asked: an age told before the question is no figure', () => {
    expect(owner('Bố tôi 75 tuổi, ở Lai Châu. Bệnh viện tỉnh có khoa lão khoa không ạ?')).toBeUndefined();
  });

  it('leaves alone a figure the nation or several places give, and a place that has it', () => {
    expect(owner('95% là mục tiêu của tỉnh nào')).toBeUndefined();
    expect(owner('hải phòng phấn đấu 95,5% đúng không')).toBeUndefined();
  });
});
