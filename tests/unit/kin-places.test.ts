import { describe, expect, it } from 'vitest';
import { type KinPlace, kinPlaceNamed, relativeIn } from '../../src/faq/kin-places.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const words = (text: string) => knowledge.normalize(text).folded;
const named = (text: string, told: KinPlace[]) => kinPlaceNamed(knowledge.normalize(text), told)?.scope;

describe('relatives\' places', () => {
  it('reads the relative a clause opens with, and none for the person\'s own home town', () => {
    expect(relativeIn(words('bố mẹ vợ tôi ở cao bằng'))).toBe('bo me vo');
    expect(relativeIn(words('vợ quê hải phòng'))).toBe('vo');
    expect(relativeIn(words('em gái mình ở lai châu'))).toBe('em gai');
    expect(relativeIn(words('con mình học ở hà nội'))).toBe('con');
    expect(relativeIn(words('mình quê cao bằng'))).toBe('');
    expect(relativeIn(words('em quê lai châu'))).toBe('');
  });

  it('finds the place of the relative named, the longest first, and the home town for "quê mình"', () => {
    const told: KinPlace[] = [
      { who: '', scope: 'cao-bang' },
      { who: 'vo', scope: 'hai-phong' },
      { who: 'bo me vo', scope: 'lai-chau' },
    ];
    expect(named('quê vợ mình mục tiêu bao nhiêu', told)).toBe('hai-phong');
    expect(named('chỗ bố mẹ vợ thì sao', told)).toBe('lai-chau');
    expect(named('quê mình thì sao', told)).toBe('cao-bang');
    expect(named('bộ y tế đặt mục tiêu gì', told)).toBeUndefined();
  });

  it('tells two parents apart, and takes the only place told for a relative or home town it was not told as', () => {
    const parents: KinPlace[] = [
      { who: 'bo', scope: 'cao-bang' },
      { who: 'me', scope: 'hai-phong' },
    ];
    expect(named('chỗ mẹ năm 2026 bao nhiêu', parents)).toBe('hai-phong');
    expect(named('chỗ bố?', parents)).toBe('cao-bang');
    expect(named('còn chỗ mình', parents)).toBeUndefined();
    expect(named('quê mình thì sao', [{ who: 'bo me', scope: 'lai-chau' }])).toBe('lai-chau');
    expect(named('chỗ bố mẹ em có hỗ trợ không', [{ who: '', scope: 'cao-bang' }])).toBe('cao-bang');
    const sides: KinPlace[] = [
      { who: 'ong ba noi', scope: 'hai-phong' },
      { who: 'ong ba ngoai', elsewhere: 'Sơn La' },
    ];
    expect(kinPlaceNamed(knowledge.normalize('bên nội thì sao'), sides)?.scope).toBe('hai-phong');
    expect(kinPlaceNamed(knowledge.normalize('bên ngoại có hỗ trợ không'), sides)?.elsewhere).toBe('Sơn La');
  });

  it('does not read "còn", "nơi" or the person speaking as a relative', () => {
    const told: KinPlace[] = [{ who: 'con', scope: 'ha-noi' }];
    expect(named('con cao bằng thì sao', told)).toBeUndefined();
    expect(named('còn nơi mình làm thì sao', told)).toBeUndefined();
    expect(named('em muốn hỏi về bhyt', told)).toBeUndefined();
    expect(named('chỗ con mình có bệnh viện mới không', told)).toBe('ha-noi');
  });
});
