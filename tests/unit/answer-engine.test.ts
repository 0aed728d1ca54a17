import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lacksAmountAsked } from '../../src/faq/asked-figures.js';
import type { Knowledge } from '../../src/faq/answer-engine.js';
import { shippedKnowledge } from '../support/knowledge.js';

describe('answer engine', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await shippedKnowledge();
  });
  const decide = (q: string, options = {}) => knowledge.decide(knowledge.normalize(q), options);
  /** The entry a question is answered with; the test fails when it is not answered. */
  const answeredWith = (q: string, options = {}) => {
    const decision = decide(q, options);
    expect(decision.kind, q).toBe('answer');
    return decision.kind === 'answer' ? decision.best.entry : undefined;
  };

  it('does not answer a question about one central document with an answer about another that never names it', () => {
    const decision = decide('chỉ thị 52 có mấy quan điểm chỉ đạo');
    expect(decision.candidates.map((c) => c.entry.id)).not.toContain('resolution-72-viewpoints');
    expect(answeredWith('nghị quyết 72 có mấy quan điểm chỉ đạo')?.id).toBe('resolution-72-viewpoints');
  });

  it('answers a question asking for several years with the close answer that gives them all', () => {
    expect(answeredWith('nq72 có mục tiêu đến năm nào, tầm nhìn tới năm nào')?.id).toBe('health-targets-milestones');
  });

  it('answers with a close entry saying the documents do not give what a keyword phrase names, before a target for the year', () => {
    expect(answeredWith('từ năm 2026 mức hưởng bảo hiểm y tế là mấy phần trăm')?.id).toBe('benefit-level-not-specified');
    expect(answeredWith('từ năm 2026 mức đóng bhyt mỗi người là bao nhiêu')?.id).toBe('premium-amount');
    expect(answeredWith('tới năm 2026 thì cả nước phải bao phủ bảo hiểm y tế mấy phần trăm')?.id).toBe('coverage-target-national-2026');
  });

  it('reads "phí … bao nhiêu" as asking a sum, but not "miễn phí bao nhiêu lần"', () => {
    expect(lacksAmountAsked(knowledge.normalize('phí ở trại dưỡng lão một tháng bao nhiêu'), 'Có trung tâm chăm sóc người cao tuổi.')).toBe(true);
    expect(lacksAmountAsked(knowledge.normalize('được khám miễn phí bao nhiêu lần mỗi năm'), 'Mỗi năm ít nhất một lần.')).toBe(false);
  });

  it('does not take the office an answer sends the person to ask for the place asked about', () => {
    const book = knowledge.entry('electronic-health-book')!;
    expect(book.answer).toMatch(/hỏi trạm y tế xã/);
    expect(knowledge.missesFigureAsked(knowledge.normalize('muốn làm sổ sức khỏe điện tử thì làm ở đâu'), book)).toBe(true);
  });

  it('reads "bác sĩ nào … bị xử lý" and "link" as asking a name and an address the documents never give', () => {
    const fraud = knowledge.entry('fraud-handling-national')!;
    expect(knowledge.missesFigureAsked(knowledge.normalize('cơ sở nào ở cao bằng đã bị phạt vì trục lợi'), fraud)).toBe(true);
    expect(knowledge.missesFigureAsked(knowledge.normalize('ai bị xử lý khi trục lợi quỹ'), fraud)).toBe(false);
    expect(knowledge.missesFigureAsked(knowledge.normalize('gửi mình link văn bản'), fraud)).toBe(true);
  });

  it('reads "có bị kỷ luật không" as asking a sanction, which an answer must name to give it', () => {
    const visits = knowledge.entry('commune-visits-share-lai-chau')!;
    const fraud = knowledge.entry('fraud-handling-national')!;
    const question = knowledge.normalize('cán bộ không mua bảo hiểm y tế có bị kỷ luật không');
    expect(knowledge.missesFigureAsked(question, visits)).toBe(true);
    expect(knowledge.missesFigureAsked(knowledge.normalize('trục lợi quỹ có bị xử lý không'), fraud)).toBe(false);
  });

  it('reads "sở nào chủ trì" as asking a department, and a schedule of vaccinations as a detail never given', () => {
    const health = knowledge.entry('cb-health-department-tasks')!;
    const visits = knowledge.entry('commune-visits-share-lai-chau')!;
    const vaccination = knowledge.entry('vaccination-target')!;
    const asked = knowledge.normalize('sở nào chủ trì tuyên truyền trong ngành y tế tỉnh cao bằng');
    expect(knowledge.missesFigureAsked(asked, health)).toBe(false);
    expect(knowledge.missesFigureAsked(knowledge.normalize('ở lai châu sở nào phụ trách tăng khám ở trạm xã'), visits)).toBe(true);
    expect(knowledge.missesFigureAsked(knowledge.normalize('kế hoạch 40 của cao bằng là số nào'), health)).toBe(false);
    expect(knowledge.missesFigureAsked(knowledge.normalize('lịch tiêm chủng của trẻ sơ sinh'), vaccination)).toBe(true);
    expect(knowledge.missesFigureAsked(knowledge.normalize('đến năm 2030 tiêm chủng phải đạt mức nào'), vaccination)).toBe(false);
  });

  it('reads "chủ nhật có khám không", "khám … thứ 7" as asking opening days, which the documents never give', () => {
    const visits = knowledge.entry('commune-visits-share-lai-chau')!;
    expect(knowledge.missesFigureAsked(knowledge.normalize('trạm y tế xã ở lai châu cuối tuần có khám không'), visits)).toBe(true);
    expect(knowledge.missesFigureAsked(knowledge.normalize('trạm y tế xã ở lai châu có khám bhyt không'), visits)).toBe(false);
    expect(knowledge.missesFigureAsked(knowledge.normalize('bệnh viện tỉnh khám bảo hiểm thứ 7 không'), visits)).toBe(true);
    expect(knowledge.missesFigureAsked(knowledge.normalize('nhóm thứ 7 của kế hoạch là gì'), visits)).toBe(false);
  });

  it('adds no second answer for a figure asked twice over ("hạn chót … là ngày nào")', () => {
    const household = knowledge.entry('household-insurance')!;
    const question = knowledge.normalize('hạn chót gia hạn thẻ bhyt theo hộ gia đình năm 2026 là ngày nào vậy');
    const candidates = knowledge.decide(question).candidates;
    expect(knowledge.alongsideFigures(question, household, candidates)).toEqual([]);
  });

  it('reads "tỷ lệ … bao nhiêu" as asking a percentage, but not "tỷ lệ … bao nhiêu năm"', () => {
    const goal = 'Thành phố phấn đấu đạt bảo hiểm y tế toàn dân.';
    expect(lacksAmountAsked(knowledge.normalize('thành phố muốn tỷ lệ dân dùng thẻ điện tử lên bao nhiêu'), goal)).toBe(true);
    expect(lacksAmountAsked(knowledge.normalize('thành phố muốn tỷ lệ dân dùng thẻ điện tử lên bao nhiêu'), 'Đạt 60%.')).toBe(false);
    expect(lacksAmountAsked(knowledge.normalize('tỷ lệ đó giữ bao nhiêu năm'), goal)).toBe(false);
  });

  it('reads "mức hỗ trợ … bao nhiêu" as asking a sum or a share, but not "hỗ trợ bao nhiêu người"', () => {
    const support = 'Hải Phòng nâng mức hỗ trợ cho người thuộc hộ cận nghèo.';
    expect(lacksAmountAsked(knowledge.normalize('vậy mức hỗ trợ cho hộ cận nghèo là bn'), support)).toBe(true);
    expect(lacksAmountAsked(knowledge.normalize('nhà nước hỗ trợ được bao nhiêu'), support)).toBe(true);
    expect(lacksAmountAsked(knowledge.normalize('nhà nước hỗ trợ được bao nhiêu'), 'Hỗ trợ 30% mức đóng.')).toBe(false);
    expect(lacksAmountAsked(knowledge.normalize('tỉnh hỗ trợ bao nhiêu người'), support)).toBe(false);
  });

  it('does not take the year before "tỷ lệ" in an answer for a sum of money', () => {
    const coverage = knowledge.entry('coverage-target-national-2026')!;
    expect(coverage.answer).toMatch(/2026 tỷ lệ/);
    expect(lacksAmountAsked(knowledge.normalize('mức đóng bhyt năm 2026 là 1,2 triệu một người đúng không'), coverage.answer)).toBe(true);
  });

  it('checks a percentage claimed against the answer, and does not read it as a count of the word after it', () => {
    const coverage = knowledge.entry('coverage-target-cao-bang')!;
    const claim = knowledge.normalize('cao bằng năm 2026 đạt 97% đúng không');
    expect(knowledge.missesFigureAsked(claim, coverage)).toBe(false);
    expect(lacksAmountAsked(claim, coverage.answer)).toBe(false);
    expect(lacksAmountAsked(knowledge.normalize('mua bhyt qua ví được giảm 10% phải không'), knowledge.entry('why-join-bhyt')!.answer)).toBe(true);
  });

  it('does not take where something is said ("bảo hiểm trên loa") for another kind of insurance', () => {
    expect(decide('có phát tin bảo hiểm trên loa truyền thanh không')).not.toMatchObject({ outOfScope: true });
    expect(decide('bảo hiểm nhân thọ có bắt buộc không')).toMatchObject({ kind: 'fallback', outOfScope: true });
  });

  it('answers a near-poor subsidy question typed without diacritics', () => {
    const decision = decide('ho can ngheo co duoc ho tro bhyt ko');
    expect(decision.kind).toBe('answer');
    if (decision.kind === 'answer') expect(decision.best.entry.group).toBe('near-poor-support');
  });

  it.each([
    ['trên fb có người bảo phải tới 2035 mới bao phủ bhyt toàn dân, thật ko mn', {}, /2030/],
    ['thế còn chỉ thị 52, nghe nói ra tháng 12/2025 hả', {}, /03\/10\/2025/],
    // What a document is about, or who issued it: what the document is.
    ['chỉ thị 52 nói về khám sức khỏe định kỳ phải ko', {}, /Chỉ thị số 52-CT\/TW do Ban Bí thư/],
    ['nghị quyết 72 do ban tuyên giáo trung ương ban hành hả', {}, /Bộ Chính trị/],
  ])('answers a claim checked with what confirms or corrects it: "%s"', (q, options, figure) => {
    expect(answeredWith(q, options)?.answer).toMatch(figure);
  });

  it('knows a place whose name lost a letter, but not where that leaves a word of its own', () => {
    const localities = (q: string) => knowledge.index.splitLocalities(knowledge.normalize(q)).localities;
    expect(localities('tỉnh cao bằg')).toEqual(['cao-bang']);
    expect(localities('mức cao ban hành năm nào')).toEqual([]);
  });

  it('answers the same for NFD and NFC input', () => {
    const q = 'mục tiêu bao phủ bảo hiểm y tế năm 2026';
    const nfc = decide(q.normalize('NFC'));
    const nfd = decide(q.normalize('NFD'));
    expect(nfd.candidates[0]?.entry.id).toBe(nfc.candidates[0]?.entry.id);
  });

  it('reads a teencode "z" as the "d", "gi" or "v" the content has', () => {
    const decision = decide('bao gio bhyt toan zan');
    expect(decision.candidates[0]?.matched).toContain('dan');
  });

  it('tolerates a tone typo', () => {
    const decision = decide('hộ cận nghéo có được hổ trợ bảo hiểm y tế không');
    expect(decision.kind).toBe('answer');
  });

  it.each(['bảo hiểm xe máy bắt buộc mua ở đâu', 'ngày nhà giáo việt nam là ngày nào', 'giá vàng hôm nay', 'zzzz'])(
    'falls back on "%s", which shares words with the FAQ but is about something else',
    (q) => {
      expect(decide(q).kind).toBe('fallback');
    },
  );

  it('falls back on a question about another country, however close its words are to the FAQ', () => {
    expect(decide('Nhật Bản có bảo hiểm y tế toàn dân không').kind).toBe('fallback');
    expect(decide('bên mỹ người dân có phải mua bhyt ko').kind).toBe('fallback');
  });

  it('answers a less sure candidate that has no close rival, instead of falling back', () => {
    expect(answeredWith('cho minh dem so quan diem chi dao trong nq72 voi, 4 hay 5 cai')?.id).toBe('resolution-72-viewpoints');
  });

  it('answers the one candidate that has the percentage a question names, though the rest of it says little', () => {
    for (const [q, id] of [['97% là chỉ tiêu tỉnh nào', 'coverage-target-cao-bang'], ['95,5 phần trăm là của đâu', 'coverage-target-hai-phong']]) {
      expect(answeredWith(q!)?.id).toBe(id);
    }
  });

  it.each([
    ['hà nội chia mấy nhóm việc để lo sức khỏe cho dân', 'ha-noi', 'ha-noi-program-06-nine-groups'],
    ['bao nhiêu phần trăm trẻ nhỏ phải được tiêm phòng đủ các mũi', undefined, 'vaccination-target'],
    ['lai chau 2026 bao nhieu % dan mua bhyt', 'lai-chau', 'coverage-target-lai-chau'],
    ['Ai ký hướng dẫn tuyên truyền Chỉ thị 52 của Ban Tuyên giáo Cao Bằng', 'cao-bang', 'document-signer-cao-bang'],
    // The plan's long title lifts the plan's own entry 0.2 above its signer's; the signer of the place's document answers.
    ['kế hoạch thực hiện chỉ thị 52 của Hải Phòng do ai ký', 'hai-phong', 'document-signer-hai-phong'],
    ['ai ký kế hoạch thực hiện chỉ thị 52 của thành ủy hải phòng', 'hai-phong', 'document-signer-hai-phong'],
    // Higher-scored answers that give no number of years are no rivals.
    ['quy hoạch thủ đô tầm nhìn mấy năm', 'ha-noi', 'ha-noi-program-06'],
  ])('answers a question for a figure or a signer with the close candidate that gives one: "%s"', (q, locality, id) => {
    expect(answeredWith(q, { locality })?.id).toBe(id);
  });

  it('falls back on a subject the documents never touch, but not on its words typed plain for something else', () => {
    expect(decide('thời tiết hà nội ngày 1/7 thế nào').kind).toBe('fallback');
    // "ve so" is "về số" here, not "vé số"; "doi tuyen" would be "đổi tuyến".
    expect(decide('hai phong muon dung thu may ca nuoc ve so nguoi mua bhyt').kind).toBe('answer');
    // "cho can" is "cho cận", not "chó cắn".
    expect(decide('ho tro bhyt cho can ngheo lai chau').kind).toBe('answer');
    // "gia ve" is "giả về", not "giá vé"; "bao gio to chuc" is no "giỗ tổ".
    expect(decide('tin gia ve bhyt tren mang xu ly sao').kind).toBe('answer');
    expect(decide('cong ty bao gio to chuc kham suc khoe mien phi').kind).not.toBe('fallback');
  });

  it('answers a weak candidate far ahead of every other, and falls back on one with close rivals', () => {
    expect(answeredWith('Tôi thấy tin đồn thất thiệt về BHYT trên Facebook thì sao?')?.id).toBe('fake-news-bhyt');
    expect(decide('ubnd xã làm việc thứ mấy').kind).toBe('fallback');
  });

  it('falls back on a document the content never mentions, however many words it shares', () => {
    expect(decide('Nghị quyết 71-NQ/TW về giáo dục đào tạo đặt mục tiêu gì').kind).toBe('fallback');
    expect(decide('chỉ thị 38 về bảo hiểm y tế nói gì').kind).toBe('fallback');
    // Named in passing in an answer ("liên thông với Nghị quyết 57-NQ/TW"), a document is still one the content says
    // nothing about.
    expect(decide('Nghị quyết 57 nói về cái gì').kind).toBe('fallback');
    expect(decide('kế hoạch số 69 của cao bằng là gì').kind).toBe('answer');
  });

  it('does not take "bao nhieu" typed without diacritics as what a question is about', () => {
    // "nhieu" may be "nhiều", a content word; in the frame "bao nhieu" it only asks "how many".
    expect(knowledge.index.tellingWords(knowledge.normalize('muc dong bao nhieu'))).toEqual(['muc', 'dong']);
  });

  it('reads "ngày tháng năm nào" as asking when, with or without diacritics, not as naming another kind of day', () => {
    for (const q of ['nghi quyet 72 ban hanh ngay thang nam nao', 'nghị quyết 72 ban hành ngày tháng năm nào']) {
      const decision = decide(q);
      expect(decision.kind, q).toBe('answer');
      if (decision.kind === 'answer') expect(decision.best.entry.answer).toContain('09/9/2025');
    }
  });

  it('reads a word typed without diacritics as the function word it may be, unless its neighbour makes a content pair', () => {
    // "minh" is "mình" here, but the "minh" of "minh bạch" there; "thi" is the "thị" of "chỉ thị".
    expect(knowledge.index.tellingWords(knowledge.normalize('tinh minh co ho tro khong'))).not.toContain('minh');
    expect(knowledge.index.tellingWords(knowledge.normalize('minh bach quy bhyt'))).toContain('minh');
    expect(knowledge.index.tellingWords(knowledge.normalize('chi thi 52 la gi'))).toContain('thi');
  });

  it('knows a province the documents do not cover, but not in everyday words that spell the same', () => {
    expect(knowledge.otherProvince(knowledge.normalize('mục tiêu bao phủ của đà nẵng'))?.name).toBe('Đà Nẵng');
    expect(knowledge.otherProvince(knowledge.normalize('muon tham gia lai bhyt'))).toBeUndefined();
    expect(knowledge.otherProvince(knowledge.normalize('làm động lực phát triển'))).toBeUndefined();
  });

  it('ranks the entry of a locality the question names above other localities', () => {
    const decision = decide('mục tiêu bao phủ bhyt của hải phòng', { locality: 'hai-phong' });
    const local = decision.candidates.filter((c) => c.entry.scope !== 'national');
    expect(local[0]?.entry.scope).toBe('hai-phong');
  });

  it('reads "thành phố" as the place the question is about, which says nothing of what is asked', () => {
    expect(knowledge.index.tellingWords(knowledge.normalize('thành phố muốn bao nhiêu phần trăm dân có thẻ'))).not.toContain('pho');
    const decision = decide('thành phố muốn bao nhiêu phần trăm dân có bảo hiểm y tế', { rememberedLocality: 'hai-phong' });
    expect(decision.kind).toBe('answer');
    if (decision.kind === 'answer') expect(decision.best.score).toBeGreaterThan(0.8);
  });

  it('answers about the document a question names first, not the one it names after it', () => {
    expect(answeredWith('kế hoạch 40 của cao bằng là thực hiện chỉ thị 52 đúng không', { locality: 'cao-bang' })?.answer).toMatch(/40-KH\/TU[^]*72-NQ\/TW/);
  });

  it('breaks a near tie by what the question tells, not by the order of the content', () => {
    // Lai Châu's coverage target matches "mục tiêu bao nhiêu phần trăm"; its commune-station share the rarer words.
    expect(answeredWith('lai chau: kham bhyt o tram y te xa, muc tieu bao nhieu phan tram', { locality: 'lai-chau' })?.id).toBe('commune-visits-share-lai-chau');
  });

  it('puts first, of two close answers, the one that gives the year a question asks besides its other half', () => {
    // Who comes first for free hospital fees matches more words; Lai Châu's plan for them also says by when (2028).
    expect(answeredWith('lai chau lam ke hoach de an mien vien phi, uu tien ai truoc, khi nao phai xong ke hoach', { locality: 'lai-chau' })?.id).toBe('free-hospital-fee-lai-chau');
  });

  it('puts first, of two close answers, the one asked of the one year a question names', () => {
    // Hà Nội's coverage target matches "đặt mục tiêu gì … về y tế" (of "bảo hiểm y tế") better than its goals for 2035.
    expect(answeredWith('thanh pho ha noi dat muc tieu gi nam 2035 ve y te', { locality: 'ha-noi' })?.id).toBe('health-targets-ha-noi-2035');
  });

  it('does not ask which one when the question names a place and the close rival is a national answer to something else', () => {
    expect(answeredWith('năm nào lai châu bao phủ trên 95%', { locality: 'lai-chau' })?.id).toBe('coverage-target-lai-chau');
  });

  it('reports the words that matched, for staff', () => {
    const decision = decide('sổ sức khỏe điện tử');
    expect(decision.candidates[0]?.matched).toEqual(expect.arrayContaining(['so', 'suc', 'khoe']));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const decision = decide(s);
        expect(['answer', 'clarify', 'fallback']).toContain(decision.kind);
      }),
      { numRuns: 3000 },
    );
  });
});
