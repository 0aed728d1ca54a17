import { describe, expect, it } from 'vitest';
import { askingWithAntecedent } from '../../src/language/antecedent.js';

describe('antecedents', () => {
  it('writes "bệnh viện đó" as the message named the hospital before the sentence that asks', () => {
    expect(askingWithAntecedent('Tôi nghe tỉnh sẽ xây bệnh viện y học cổ truyền. Xin hỏi bệnh viện đó có bao nhiêu giường?')).toBe(
      'Xin hỏi bệnh viện y học cổ truyền có bao nhiêu giường?',
    );
  });

  it('reads the clause that points, after the circumstances its "thì" ends', () => {
    expect(askingWithAntecedent('nghe nói sẽ có sổ sức khỏe điện tử, ông bà không biết dùng điện thoại thì sổ đấy để làm gì')).toBe(
      'sổ sức khỏe điện tử để làm gì',
    );
  });

  it('writes "cái đó" as the thing "một cái …" named before', () => {
    expect(askingWithAntecedent('Con tôi bảo sẽ có một cái sổ theo dõi sức khỏe trên mạng. Cái đó gọi là gì?')).toBe('cái sổ theo dõi sức khỏe trên mạng gọi là gì?');
  });

  it('names a document with who issued it and what it carries out', () => {
    expect(askingWithAntecedent('Phần căn cứ phải ghi kế hoạch của ban thường vụ tỉnh ủy thực hiện chỉ thị 52. Kế hoạch đó là số bao nhiêu?')).toBe(
      'kế hoạch của ban thường vụ tỉnh ủy thực hiện chỉ thị 52 là số bao nhiêu?',
    );
  });

  it('leaves a pointer alone when nothing before names more than it does, and "số đó" typed plain', () => {
    expect(askingWithAntecedent('bệnh viện đó có bao nhiêu giường')).toBeUndefined();
    expect(askingWithAntecedent('so nam song khoe muc tieu, so do la bao nhieu')).toBeUndefined();
  });
});
