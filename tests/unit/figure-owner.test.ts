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

  it('leaves alone a figure the nation or several places give, and a place that has it', () => {
    expect(owner('95% là mục tiêu của tỉnh nào')).toBeUndefined();
    expect(owner('hải phòng phấn đấu 95,5% đúng không')).toBeUndefined();
  });
});
