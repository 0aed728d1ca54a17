import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldDiacritics, foldToken } from '../../src/language/fold.js';
import { createNormalizer, remembering, type Normalize } from '../../src/language/normalizer.js';
import { asksSomething } from '../../src/language/phrases.js';
import { shippedKnowledge } from '../support/knowledge.js';

describe('Vietnamese normaliser', () => {
  let normalize: Normalize;
  beforeAll(async () => {
    normalize = (await shippedKnowledge()).normalize;
  });

  it('reads "AI" in capitals as "trí tuệ nhân tạo", but "ai" in lower case as the word "who"', () => {
    expect(normalize('dùng AI để làm gì').folded).toEqual(['dung', 'tri', 'tue', 'nhan', 'tao', 'de', 'lam', 'gi']);
    expect(normalize('ai ban hành').folded).toEqual(['ai', 'ban', 'hanh']);
    // Typed all in capitals, the message tells no acronym by them.
    expect(normalize('KẾ HOẠCH NÀY DO AI KÝ').folded).toEqual(['ke', 'hoach', 'nay', 'do', 'nguoi', 'ki']);
  });

  it('reads the regional "bi nhiêu" as "bao nhiêu" where "bị nhiều" cannot be meant', () => {
    expect(normalize('tỷ lệ là bi nhieu phan tram').folded.join(' ')).toBe('ti le la bao nhieu phan tram');
    expect(normalize('ông bị nhiều bệnh').folded.join(' ')).toBe('ong bi nhieu benh');
  });

  it('reads an abbreviation typed with two letters swapped, which spells no word, as the abbreviation', () => {
    expect(normalize('bhty hai phong').folded).toEqual(['bao', 'hiem', 'i', 'te', 'hai', 'phong']);
    expect(normalize('ubdn tinh').folded).toEqual(['uy', 'ban', 'nhan', 'dan', 'tinh']);
    // Short ones swapped are other abbreviations ("ct", "tc"), and a word stays itself.
    expect(normalize('tc').folded).toEqual(['tc']);
    expect(normalize('nhung').folded).toEqual(['nhung']);
  });

  it('writes a date the same however its day and month are padded', () => {
    expect(normalize('ngày 12/01/2026, 03/10 và 1/7').folded).toEqual(['ngay', '12/1/2026', '3/10', 'va', '1/7']);
  });

  it('reads the "bảo" of hearsay as saying, and drops the "thật" that checks a claim', () => {
    expect(normalize('có người bảo năm 2035, thật ko').folded).toEqual(['co', 'nguoi', 'noi', 'nam', '2035', 'khong']);
  });

  it('reads the card named after "khám bằng thẻ" once, "trạm xá" as the commune station, "máy móc" as equipment', () => {
    expect(normalize('khám bằng thẻ bảo hiểm ở trạm xá').folded).toEqual(['kham', 'bao', 'hiem', 'i', 'te', 'o', 'tram', 'i', 'te', 'xa']);
    expect(normalize('đầu tư máy móc thiết bị').folded).toEqual(['dau', 'tu', 'thiet', 'bi']);
  });

  it('folds diacritics, đ included, and lower-cases', () => {
    expect(normalize('Bảo Hiểm Y Tế ĐƯỢC hỗ trợ').folded).toEqual(['bao', 'hiem', 'i', 'te', 'duoc', 'ho', 'tro']);
  });

  it('keeps the accented form beside the folded one', () => {
    const text = normalize('hộ cận nghèo');
    expect(text.accented).toEqual(['hộ', 'cận', 'nghèo']);
    expect(text.folded).toEqual(['ho', 'can', 'ngheo']);
  });

  it('expands abbreviations and teencode from the lexicon in content/', () => {
    expect(normalize('bhyt ko dc ho tro bn').accented.join(' ')).toBe('bảo hiểm i tế không được ho tro bao nhiêu');
    expect(normalize('đc j ntn').accented.join(' ')).toBe('được gì như thế nào');
    expect(normalize('ngay skhoe toan dan').folded.join(' ')).toBe('ngay suc khoe toan dan');
  });

  it('rewrites the lexicon\'s phrases into the words the content uses, with or without diacritics', () => {
    expect(normalize('đi viện ko mất tiền').accented.join(' ')).toBe('đi viện miễn phí');
    expect(normalize('khong ton tien').folded.join(' ')).toBe('mien phi');
    expect(normalize('bao giờ phủ sóng bhyt cho mọi người dân').accented.join(' ')).toBe('bao giờ bao phủ bảo hiểm i tế cho toàn dân');
    expect(normalize('nha nuoc co dong gium ko').folded.join(' ')).toBe('nha nuoc co ho tro dong khong');
    expect(normalize('bệnh mãn tính').accented.join(' ')).toBe('bệnh mạn tính');
    expect(normalize('con em là dân tộc Tày').folded.join(' ')).toBe('con em la dan toc thieu so');
    expect(normalize('bác sĩ hỗ trợ chuyên môn trực tuyến').accented.join(' ')).toBe('bác sĩ hỗ trợ chuyên môn từ xa');
    expect(normalize('lập hồ sơ điện tử').accented.join(' ')).toBe('lập hồ sơ sức khỏe điện tử');
    expect(normalize('dan toc h\'mong').folded.join(' ')).toBe('dan toc thieu so');
    // "phân" is centimetres in "bao nhiêu phân", but "phan tram" typed without diacritics is "phần trăm".
    expect(normalize('cao thêm bao nhiêu phân').folded.join(' ')).toBe('chieu cao tang them bao nhieu cm');
    expect(normalize('bao nhieu phan tram').folded.join(' ')).toBe('bao nhieu phan tram');
    // A phrase matches as written or typed without diacritics: "thế bảo hiểm" is not "thẻ bảo hiểm".
    expect(normalize('thẻ bảo hiểm điện tử').folded.join(' ')).toBe('the bao hiem i te dien tu');
    expect(normalize('the bao hiem dien tu').folded.join(' ')).toBe('the bao hiem i te dien tu');
    expect(normalize('thế bảo hiểm nhân thọ').folded.join(' ')).toBe('the bao hiem nhan tho');
    expect(normalize('thẻ khám bệnh của bà').accented.join(' ')).toBe('thẻ bảo hiểm i tế của bà');
    // A phrase written with an abbreviation ("mảng nv") matches the message, whose abbreviation is expanded first.
    expect(normalize('mấy mảng nv').folded.join(' ')).toBe('may nhom nhiem vu');
    // A phrase that begins inside the words another one wrote is read too.
    expect(normalize('xem thẻ bảo hiểm').accented.join(' ')).toBe('tra cứu thẻ bảo hiểm i tế');
    // One slip, of the tone or of a letter's mark, is still the phrase: "hiẻm" is "hiểm".
    expect(normalize('thẻ bảo hiẻm').folded.join(' ')).toBe('the bao hiem i te');
    // The tone mark may sit on either vowel: "khoẻ" is "khỏe".
    expect(normalize('sức khoẻ điện thoại').folded.join(' ')).toBe('suc khoe dien tu');
    // Only whole phrases: "không mất" alone stays as it is.
    expect(normalize('không mất thẻ').folded.join(' ')).toBe('khong mat the');
    // A function word typed with its own diacritics is no slip: "còn số liệu" is not "con số" ("số").
    expect(normalize('còn số liệu').folded.join(' ')).toBe('con so lieu');
  });

  it('reads a final k, which no Vietnamese word has, as the c or ch teencode writes so', () => {
    expect(normalize('suk khoe').folded).toEqual(['suc', 'khoe']);
  });

  it('keeps the number of a document code and drops its letters, which are not abbreviations there', () => {
    expect(normalize('Nghị quyết 72-NQ/TW').folded).toEqual(['nghi', 'quyet', '72']);
    // The kind of document the code tells stays, where no word before says it.
    expect(normalize('06-CTr/TU có mấy nhóm').folded).toEqual(['chuong', 'trinh', '06', 'co', 'may', 'nhom']);
    expect(normalize('theo 69-KH/TU').folded).toEqual(['theo', 'ke', 'hoach', '69']);
    expect(normalize('Chương trình hành động số 10-CTr/TU').folded).toEqual(['chuong', 'trinh', 'hanh', 'dong', 'so', '10']);
    expect(normalize('Nghị quyết số 282/NQ-CP, ngày 15/9/2025').folded).toEqual(['nghi', 'quyet', 'so', '282', 'ngay', '15/9/2025']);
    expect(normalize('nq 72').folded).toEqual(['nghi', 'quyet', '72']);
    // Nor where the kind before is abbreviated, or the code follows a space.
    expect(normalize('nq 72-NQ/TW').folded).toEqual(['nghi', 'quyet', '72']);
    expect(normalize('chỉ thị 52 ct/tw').folded).toEqual(['chi', 'thi', '52']);
  });

  it('reads a card number as its digits, not its letters as a place ("HN" is Hà Nội alone)', () => {
    expect(normalize('mã thẻ HN4010123456').folded).toEqual(['ma', 'the', '4010123456']);
  });

  it('tells a message that asks from one that does not, "bảo hiểm" being no "bao nhiêu"', () => {
    expect(asksSomething(normalize('cả nhà đều có bảo hiểm y tế'))).toBe(false);
    expect(asksSomething(normalize('bhyt được hỗ trợ bao nhiêu'))).toBe(true);
    expect(asksSomething(normalize('bhyt la gi'))).toBe(true);
    expect(asksSomething(normalize('hộ nghèo có được hỗ trợ ko ạ'))).toBe(true);
    // A request, and a choice offered after "không".
    expect(asksSomething(normalize('cho mình xin số tổng đài'))).toBe(true);
    expect(asksSomething(normalize('có thật ko hay tin đồn vậy'))).toBe(true);
    expect(asksSomething(normalize('mình biết rồi'))).toBe(false);
    // "xin cho biết", "cho tôi biết" ask to be told; "cho biết" alone may report.
    expect(asksSomething(normalize('Xin cho biết mức hỗ trợ đóng bảo hiểm y tế của tỉnh.'))).toBe(true);
    expect(asksSomething(normalize('cho tôi biết số tổng đài'))).toBe(true);
    expect(asksSomething(normalize('tiện hỏi luôn tỷ lệ bao phủ của tỉnh'))).toBe(true);
    expect(asksSomething(normalize('báo chí cho biết tỉnh đã đạt chỉ tiêu'))).toBe(false);
    // "hỏi gì thì hỏi": whatever, said with the verb again; not "hỏi gì thì được".
    expect(asksSomething(normalize('muốn hỏi gì về thẻ thì cứ hỏi ở đây'))).toBe(false);
    expect(asksSomething(normalize('muốn hỏi gì thì được'))).toBe(true);
    // "hả" at the end asks; "hà" of a place does not.
    expect(asksSomething(normalize('miễn hết luôn hả'))).toBe(true);
    expect(asksSomething(normalize('nhà em ở hà nội'))).toBe(false);
    // Typed plain, "ha" at the end is "hả" too.
    expect(asksSomething(normalize('mien het luon ha'))).toBe(true);
    expect(asksSomething(normalize('nha em o ha noi'))).toBe(false);
    // "bao" asks with what follows it, not in a name typed plain.
    expect(asksSomething(normalize('minh o Bao Lam, Cao Bang'))).toBe(false);
    expect(asksSomething(normalize('bhyt ho ngheo ho tro bao nhieu'))).toBe(true);
  });

  it('reads "GD&ĐT" as one abbreviation, not "gd" and "đt"', () => {
    expect(normalize('sở GD&ĐT').accented.join(' ')).toBe('sở giáo dục đào tạo');
  });

  it('reads a leading "f" as "ph", as people type it', () => {
    expect(normalize('hai fong fai').folded).toEqual(['hai', 'phong', 'phai']);
    expect(normalize('free').accented).toEqual(['miễn', 'phí']);
  });

  it('does not read an accented word as teencode', () => {
    expect(normalize('hồng').accented).toEqual(['hồng']);
  });

  it('unifies i and y spellings', () => {
    expect(normalize('tỷ lệ').folded).toEqual(normalize('tỉ lệ').folded);
    expect(normalize('tỷ lệ').accented).toEqual(normalize('tỉ lệ').accented);
    expect(normalize('quy định').folded).toEqual(normalize('qui định').folded);
  });

  it('reads "bnhieu" as "bao nhiêu", "bao h" as "bao giờ" and "bảo hỉm" as "bảo hiểm"', () => {
    expect(normalize('được hỗ trợ bnhieu').folded.join(' ')).toBe('duoc ho tro bao nhieu');
    expect(normalize('bao h xong').folded.join(' ')).toBe('bao gio xong');
    expect(normalize('bảo hỉm xã hội').folded.join(' ')).toBe('bao hiem xa hoi');
  });

  it('spells the words an abbreviation stands for as the same words typed out', () => {
    expect(normalize('bhyt').accented).toEqual(normalize('bảo hiểm y tế').accented);
  });

  it('drops emoji, URLs and invisible characters and shortens repeated letters', () => {
    expect(normalize('chàooo 😀 xem https://example.vn/a?b=1 nhé').folded).toEqual(['chao', 'xem', 'nhe']);
    expect(normalize('bả\u200bo hiểm').folded).toEqual(['bao', 'hiem']);
    // A letter typed twice by slip: no Vietnamese word doubles one, but "oo" ("xoong") and the "uu" of "ưu".
    expect(normalize('y tếe đượcc').folded).toEqual(['i', 'te', 'duoc']);
    expect(normalize('ưu tiên xoong').folded).toEqual(['uu', 'tien', 'xoong']);
  });

  it('reads the keys of an input method left in the text (Telex, VNI) as the word typed plain', () => {
    expect(normalize('ngayf baor hieemr y tees').folded).toEqual(['ngay', 'bao', 'hiem', 'i', 'te']);
    expect(normalize('ddieenj tuwr nguwowif toans daan').folded).toEqual(['dien', 'tu', 'nguoi', 'toan', 'dan']);
    expect(normalize('ho64 tro75 ho65 ca65n nghe2o d9i').folded).toEqual(['ho', 'tro', 'ho', 'can', 'ngheo', 'di']);
    // Numbers after consonants are part of the word: document numbers, diseases.
    expect(normalize('nq72 kh69 covid19 h5n1').folded).toEqual(['nghi', 'quyet', '72', 'ke', 'hoach', '69', 'covid', '19', 'h', '5', 'n', '1']);
    // Words that would be no Vietnamese syllable without the keys, teencode's "w" and "xoong" stay.
    expect(normalize('stars wa xoong').folded).toEqual(['stars', 'qua', 'xoong']);
    // VNI's marks typed at the end of each word, in a message typed so; "lop5" alone is "lớp 5".
    expect(normalize('ngay2 suc71 khoe3 toan2 dan6').folded).toEqual(['ngay', 'suc', 'khoe', 'toan', 'dan']);
    expect(normalize('con hoc lop5').folded).toEqual(['con', 'hoc', 'lop', '5']);
    // A tone key typed right after the vowel, before the rest of the syllable.
    expect(normalize('ngafy nafo').folded).toEqual(['ngay', 'nao']);
  });

  it('reads an abbreviation or a Telex word with letters held down or typed twice: "bhyttt", "ddc", "đtử"', () => {
    expect(normalize('bhyttt ddc sổ đtử').folded).toEqual(['bao', 'hiem', 'i', 'te', 'duoc', 'so', 'dien', 'tu']);
  });

  it('says once a run of words said twice in a row ("mất rồi mất rồi"), but keeps a word an expansion repeats', () => {
    expect(normalize('alo alo thẻ mất rồi mất rồi').folded).toEqual(['xin', 'chao', 'the', 'mat', 'roi']);
    expect(normalize('đảng ủy ubnd').folded).toEqual(['dang', 'uy', 'uy', 'ban', 'nhan', 'dan']);
  });

  it('reads the "thì là" voice typing writes for a pause as the end of a clause, but not one that asks', () => {
    expect(normalize('bác già rồi thì là nghe nói khám miễn phí').original).toBe('bác già rồi, nghe nói khám miễn phí');
    expect(normalize('bhyt toàn dân thì là gì').original).toBe('bhyt toàn dân thì là gì');
  });

  it('reads numbers said in words as their digits ("chín mươi lăm phần trăm")', () => {
    expect(normalize('chín mươi lăm phần trăm').folded).toEqual(['95']);
  });

  it('reads a doubled "oo" that spells no syllable as one "o" when that makes a known word: "chaoo"', () => {
    expect(normalize('chaoo ad').folded[0]).toBe('chao');
  });

  it('reads a word typed as several run together as the words the content writes', () => {
    expect(normalize('ngaysuckhoe toan dan').folded).toEqual(['ngay', 'suc', 'khoe', 'toan', 'dan']);
    expect(normalize('mua thebhyt').folded).toEqual(['mua', 'the', 'bao', 'hiem', 'i', 'te']);
    // Typed with diacritics too, the accents kept with each word.
    const accented = normalize('hỏi về ngàysức khỏe');
    expect(accented.folded).toEqual(['hoi', 've', 'ngay', 'suc', 'khoe']);
    expect(accented.accented.slice(-3)).toEqual(['ngày', 'sức', 'khỏe']);
    // One syllable, a word the lexicon keeps whole and a number stay as they are.
    expect(normalize('truong chatbot 2026').folded).toEqual(['truong', 'chatbot', '2026']);
  });

  it('reads a decimal said aloud to voice typing ("95 phẩy 5") as the documents write it', () => {
    expect(normalize('95 phẩy 5 là gì').folded).toEqual(['95.5', 'la', 'gi']);
  });

  it('reads "rưỡi" after a number as its half, as the documents write it', () => {
    expect(normalize('75 tuổi rưỡi').folded).toEqual(['75.5', 'tuoi']);
    expect(normalize('1 ruoi').folded).toEqual(['1.5']);
  });

  it('writes decimal commas as points', () => {
    expect(normalize('95,5%').folded).toEqual(['95.5']);
  });

  it('gives the same result for NFD and NFC input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđAĂÂĐ áàảãạắằẳẵặấầẩẫậéèẻẽẹ bhytkoncgh'.split('')) }), (s) => {
        expect(normalize(s.normalize('NFD'))).toEqual(normalize(s.normalize('NFC')));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds idempotently', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = foldDiacritics(s);
        expect(foldDiacritics(once)).toBe(once);
        expect(foldToken(foldToken(s))).toBe(foldToken(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds as Unicode decomposition does, in any script and in NFD or NFC', () => {
    const byDecomposition = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
    const vietnamese = fc.constantFrom(...'ăâđêôơưĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'.split(''), 'Bảo Hiểm', 'e\u0301');
    fc.assert(
      fc.property(fc.array(fc.oneof(vietnamese, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        expect(foldDiacritics(s)).toBe(byDecomposition(s));
        expect(foldDiacritics(s.normalize('NFD'))).toBe(byDecomposition(s.normalize('NFD')));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
        normalize(s);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('remembering normaliser', () => {
  it('gives the same frozen text for the same words, equal to what the normaliser makes afresh', async () => {
    const { content } = await shippedKnowledge();
    const fresh = createNormalizer(content.lexicon);
    const kept = remembering(fresh);
    const question = 'ho can ngheo dc ho tro bao nhieu % tien the bhyt';
    const first = kept(question);
    expect(kept(question)).toBe(first);
    expect(first).toEqual(fresh(question));
    expect(Object.isFrozen(first) && Object.isFrozen(first.folded) && Object.isFrozen(first.accented)).toBe(true);
    // Long texts, rarely the same twice, are not kept.
    const long = `${question} `.repeat(20);
    expect(kept(long)).not.toBe(kept(long));
  });
});
