import { describe, expect, it } from 'vitest';
import { withoutDeniedDocument, withoutDeniedGroups } from '../../src/faq/denied.js';

describe('what a message says it is not', () => {
  it('leaves out a document said not to be the one asked about, as typed', () => {
    expect(withoutDeniedDocument('nq 72 ban hanh ngay nao, ko phai cai chi thi 52 nhe')).toBe('nq 72 ban hanh ngay nao');
    expect(withoutDeniedDocument('ý tôi là nghị quyết 72 chứ k phải chỉ thị 52, nq 72 do ai ban hành')).toBe('ý tôi là nghị quyết 72, nq 72 do ai ban hành');
  });

  it('leaves out every group the person says they are not in', () => {
    expect(withoutDeniedGroups('nhà tôi làm nương, không phải hộ nghèo cũng ko phải cận nghèo, có được hỗ trợ không')).toBe(
      'nhà tôi làm nương, có được hỗ trợ không',
    );
  });

  it('changes nothing that denies nothing', () => {
    expect(withoutDeniedDocument('chỉ thị 52 có phải của bộ chính trị không')).toBeUndefined();
    expect(withoutDeniedGroups('hộ cận nghèo có được hỗ trợ không')).toBeUndefined();
  });
});
