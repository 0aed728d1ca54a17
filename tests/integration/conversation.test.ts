import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ask, startApp } from '../support/app.js';

describe('conversation context', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({}, { now: () => new Date('2026-11-25T09:00:00+07:00') });
  });
  afterAll(() => app.close());

  it('resolves "còn Hải Phòng thì sao?" against the previous topic', async () => {
    expect((await ask(app, 'c1', 'mục tiêu bao phủ bảo hiểm y tế năm 2026')).replies[0]!.text).toContain('95%');
    expect((await ask(app, 'c1', 'còn hải phòng thì sao')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('reads a place alone, or "… nữa", after an answer as the same question for that place or year', async () => {
    expect((await ask(app, 'c1i', 'mục tiêu bao phủ bảo hiểm y tế năm 2026')).replies[0]!.text).toContain('95%');
    expect((await ask(app, 'c1i', 'Hải Phòng?')).replies[0]!.text).toMatch(/95,5%/);
    expect((await ask(app, 'c1i', 'cao bang nua')).replies[0]!.text).toMatch(/97%/);
  });

  it('reads "thế Cao Bằng …" after an answer as the same question for Cao Bằng', async () => {
    await ask(app, 'c1l', 'chỉ tiêu bhyt của Lai Châu năm 2026 là bao nhiêu % dân số');
    expect((await ask(app, 'c1l', 'thế Cao Bằng đặt cao hơn hay thấp hơn')).replies[0]!.text).toMatch(/97%/);
  });

  it('answers "vậy riêng năm 2026 …" from the answer just given when it gives that year too', async () => {
    const first = await ask(app, 'c1m', 'Hải Phòng tính tới năm nào thì toàn bộ người dân có thẻ bhyt');
    expect(first.replies[0]!.text).toMatch(/95,5%[\s\S]*2030/);
    expect((await ask(app, 'c1m', 'vậy riêng năm 2026 thì sao')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('reads "vậy toàn quốc …" after a local answer as the same question nationwide', async () => {
    await ask(app, 'c1p', 'cao bằng đặt mục tiêu tuổi thọ trung bình bao nhiêu');
    expect((await ask(app, 'c1p', 'vay toan quoc dat bao nhieu')).replies[0]!.text).toMatch(/75,5 tuổi/);
  });

  it('takes "còn ở Cao Bằng?" as a question about Cao Bằng, not as where the person lives', async () => {
    await ask(app, 'c1j', 'tuổi thọ trung bình người Việt đến 2030 là bao nhiêu');
    expect((await ask(app, 'c1j', 'còn ở Cao Bằng?')).replies[0]!.text).toMatch(/Cao Bằng/);
    expect((await ask(app, 'c1j', 'thế năm 2045?')).replies[0]!.text).toMatch(/80 tuổi/);
  });

  it('reads "vậy Lai Châu thì sao ad" as a follow-up, whatever particle ends it', async () => {
    expect((await ask(app, 'c1b', 'tỉ lệ tham gia bhyt năm 2026 ở hp phấn đấu bao nhiêu')).replies[0]!.text).toMatch(/95,5%/);
    const second = await ask(app, 'c1b', 'vay lai chau thi sao ad');
    expect(second.replies[0]!.text).toMatch(/Lai Châu/);
    expect(second.replies[0]!.text).toMatch(/95%/);
  });

  it('reads "à còn Hải Phòng" after thanks as a follow-up: the acknowledgement asks nothing', async () => {
    await ask(app, 'c1n', 'tỷ lệ bao phủ bhyt lai châu năm 2026');
    await ask(app, 'c1n', 'ok cảm ơn');
    expect((await ask(app, 'c1n', 'à còn hải phòng')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('answers "còn Hà Nội thì chương trình có mấy nhóm" with Hà Nội\'s own answer when the last one has no Hà Nội version', async () => {
    await ask(app, 'c1t', 'ke hoach bhyt cua hai phong co may nhom viec can lam');
    expect((await ask(app, 'c1t', 'còn hà nội thì chương trình có mấy nhóm')).replies[0]!.text).toMatch(/09 nhóm/);
  });

  it('answers the part of a message the documents give, saying they do not give the rest', async () => {
    const reply = (await ask(app, 'c1part', 'bv da khoa tinh lai chau bao nhieu giuong, sdt bv la so may')).replies[0]!.text;
    expect(reply).toMatch(/không nêu phần còn lại/);
    expect(reply).toMatch(/600 giường/);
  });

  it('answers "cái đó áp dụng mấy năm", which names nothing else, from what was just answered', async () => {
    await ask(app, 'c1s', 'lai chau co ho tro dong bhyt cho hoc sinh sinh vien ko');
    expect((await ask(app, 'c1s', 'cai do ap dung may nam')).replies[0]!.text).toMatch(/2026 - 2030/);
  });

  it('answers "co may nhom viec", typed without diacritics, from what was just answered', async () => {
    await ask(app, 'c1r', 'chi thi 52 noi ve chuyen gi vay');
    expect((await ask(app, 'c1r', 'co may nhom viec')).replies[0]!.text).toMatch(/06 nhóm/);
  });

  it('answers "áp dụng cho trẻ mấy tuổi" from what was just answered', async () => {
    await ask(app, 'c1o', 'chieu cao tre em tang bao nhieu den 2030');
    expect((await ask(app, 'c1o', 'ap dung cho tre may tuoi')).replies[0]!.text).toMatch(/1-18 tuổi/);
  });

  it('says who signed a province\'s plan, and another province\'s on "thế còn của Lai Châu?"', async () => {
    expect((await ask(app, 'c1p-2', 'ai ký kế hoạch của hải phòng')).replies[0]!.text).toMatch(/Đỗ Mạnh Hiến/);
    expect((await ask(app, 'c1p-2', 'thế còn của Lai Châu?')).replies[0]!.text).toMatch(/Tổng Thanh Hải/);
  });

  it('does not take the "đăng ký" (registering) of an answer for saying who signed', async () => {
    const reply = await ask(app, 'c8t', 'ai là người ký kế hoạch thực hiện chỉ thị 52 của đảng ủy ubnd tỉnh lai châu');
    expect(reply.replies[0]!.text).toMatch(/Tổng Thanh Hải/);
  });

  it('reads "tỉnh mình" beside "cả nước" as the person\'s own place', async () => {
    await ask(app, 'c9h', 'nhà em ở hải phòng');
    expect((await ask(app, 'c9h', 'thành phố mình muốn đứng thứ mấy cả nước về tỷ lệ có thẻ bhyt')).replies[0]!.text).toMatch(/dẫn đầu/);
  });

  it('reads "cả nước thì bao nhiêu" and "Lai Châu có giống vậy không" as the same question for that place', async () => {
    await ask(app, 'c5a', 'tuổi thọ trung bình của cao bằng mục tiêu là bao nhiêu');
    expect((await ask(app, 'c5a', 'cả nước thì bao nhiêu')).replies[0]!.text).toMatch(/75,5 tuổi/);
    await ask(app, 'c5b', 'mục tiêu tỷ lệ khám bhyt tại trạm y tế xã là bao nhiêu');
    expect((await ask(app, 'c5b', 'lai chau co giong vay khong')).replies[0]!.text).toMatch(/^Lai Châu phấn đấu/);
  });

  it('answers a follow-up that asks its own question with that place\'s answer to it, not its version of the last', async () => {
    await ask(app, 'c7a', 'hà nội ưu tiên chăm sóc sức khỏe cho những nhóm nào');
    expect((await ask(app, 'c7a', 'còn bệnh viện đa khoa lai châu sẽ có chuyên khoa gì')).replies[0]!.text).toMatch(/lão khoa/);
  });

  it('reads a short question naming a place, all of whose words the last answer has, as that place\'s version', async () => {
    await ask(app, 'c7c', 'tuổi thọ trung bình đến năm 2030 mục tiêu bao nhiêu');
    expect((await ask(app, 'c7c', 'cao bang dat ra bao nhieu')).replies[0]!.text).toMatch(/75 tuổi/);
  });

  it('reads "ngày ban hành" and "áp dụng cho trẻ từ mấy tuổi" after an answer as details of it', async () => {
    await ask(app, 'c7d', 'cao bằng thực hiện nghị quyết 72 bằng kế hoạch nào');
    expect((await ask(app, 'c7d', 'ngày ban hành')).replies[0]!.text).toContain('15/12/2025');
    await ask(app, 'c7e', 'trẻ em sẽ cao thêm bao nhiêu cm đến năm 2030');
    expect((await ask(app, 'c7e', 'ap dung cho tre tu may tuoi')).replies[0]!.text).toMatch(/1-18 tuổi/);
  });

  it('reads "có được hỗ trợ mua bhyt k" and "ai quy định mức hỗ trợ đó" as about the answer just given', async () => {
    await ask(app, 'c7i', 'mình ở lai châu, nhà làm nông');
    expect((await ask(app, 'c7i', 'có được hỗ trợ mua bhyt k')).replies[0]!.text).toMatch(/nông nghiệp/);
    expect((await ask(app, 'c7i', 'ai quy định mức hỗ trợ đó')).replies[0]!.text).toMatch(/Hội đồng nhân dân/);
  });

  it('takes a short question nothing else answers surely, right after an answer, as about that answer', async () => {
    await ask(app, 'c7s', 'lai châu có đề án nhân lực y tế cho trạm y tế xã không');
    const when = await ask(app, 'c7s', 'bao giờ phải xong');
    expect(when.replies[0]!.text).toMatch(/Quý II\/2026/);
    await ask(app, 'c7t', 'ai ký kế hoạch của lai châu');
    expect((await ask(app, 'c7t', 'chức vụ gì')).replies[0]!.text).toMatch(/Phó Bí thư/);
    // Not a question off topic.
    expect((await ask(app, 'c7t', 'giá vàng hôm nay bao nhiêu')).intent).toBe('fallback');
  });

  it('keeps to the person\'s place when the answer just given was about it: "gồm mấy nhóm nhiệm vụ"', async () => {
    await ask(app, 'c7f', 'mình ở hà nội');
    await ask(app, 'c7f', 'thành phố có chương trình gì thực hiện nghị quyết 72');
    expect((await ask(app, 'c7f', 'gồm mấy nhóm nhiệm vụ giải pháp')).replies[0]!.text).toMatch(/09 nhóm/);
  });

  it('keeps the year of a national answer on "cả nước thì bao nhiêu?"', async () => {
    await ask(app, 'c7b', 'tuổi thọ trung bình đến năm 2045 là bao nhiêu');
    expect((await ask(app, 'c7b', 'cả nước thì bao nhiêu?')).replies[0]!.text).toMatch(/^Theo Nghị quyết 72-NQ\/TW, đến năm 2045/);
  });

  it('reads "còn bên Lai Châu" and "ở Hải Phòng thì thế nào" after an answer as the same question there', async () => {
    await ask(app, 'c7j', 'ai ký kế hoạch bhyt của hải phòng');
    expect((await ask(app, 'c7j', 'con ben lai chau')).replies[0]!.text).toMatch(/Tổng Thanh Hải/);
    await ask(app, 'c7k', 'hộ cận nghèo có được hỗ trợ đóng bhyt không');
    const there = await ask(app, 'c7k', 'ở hải phòng thì thế nào');
    expect(there.intent).toBe('faq');
    expect(there.replies[0]!.text).toMatch(/Hải Phòng/);
  });

  it('reads a follow-up after words that ask nothing: "xin lỗi gõ nhầm, còn Lai Châu"', async () => {
    await ask(app, 'c5c', 'hải phòng phấn đấu bao nhiêu phần trăm dân có bhyt năm 2026');
    expect((await ask(app, 'c5c', 'xin lỗi gõ nhầm, còn Lai Châu')).replies[0]!.text).toMatch(/Lai Châu[^]*95%/);
  });

  it('says who signed the plan just answered on "ai ký văn bản đó", which that answer does not say', async () => {
    await ask(app, 'c5d', 'kế hoạch triển khai chỉ thị 52 của hải phòng');
    expect((await ask(app, 'c5d', 'ai ký văn bản đó')).replies[0]!.text).toMatch(/Đỗ Mạnh Hiến/);
  });

  it('gives the national answer, saying so, when a place asked after it has nothing of its own', async () => {
    await ask(app, 'c5e', 'chuyển đổi số trong bhyt mang lại lợi ích gì');
    expect((await ask(app, 'c5e', 'lai chau co lam vay khong')).replies[0]!.text).toMatch(/^Tài liệu tôi có chưa nêu riêng nội dung này cho Lai Châu/);
  });

  it('answers "97% là chỉ tiêu bhyt của tỉnh nào" with the place whose answer has that figure', async () => {
    expect((await ask(app, 'c6a', '97% là chỉ tiêu bhyt của tỉnh nào')).replies[0]!.text).toMatch(/Cao Bằng/);
  });

  it('takes "ở tỉnh đó" and a bare "ai ký?" as about the place of the answer just given', async () => {
    await ask(app, 'c6b', 'tuổi thọ trung bình của cao bằng mục tiêu là bao nhiêu');
    expect((await ask(app, 'c6b', 'còn số năm sống khỏe ở tỉnh đó')).replies[0]!.text).toMatch(/65 năm/);
    await ask(app, 'c6c', 'hà nội có chương trình gì về chăm sóc sức khỏe nhân dân');
    expect((await ask(app, 'c6c', 'ai ký?')).replies[0]!.text).toMatch(/Vũ Hà/);
  });

  it('takes "bệnh viện đó …" as about the hospital just answered', async () => {
    await ask(app, 'c6d', 'lai châu nâng bệnh viện đa khoa tỉnh lên bao nhiêu giường');
    expect((await ask(app, 'c6d', 'bệnh viện đó phấn đấu đạt hạng mấy')).replies[0]!.text).toMatch(/hạng 1/);
  });

  it('remembers where the person lives when the reply is a question back or a fallback', async () => {
    await ask(app, 'c7l', 'tôi ở hải phòng, nằm nghề biển');
    expect((await ask(app, 'c7l', 'thành phố mục tiêu năm 2026 bao nhiêu phần trăm dân có thẻ')).replies[0]!.text).toContain('95,5%');
    expect((await ask(app, 'c7m', 'mình ở lai châu, giá vàng hôm nay bao nhiêu')).intent).toBe('fallback');
    expect((await ask(app, 'c7m', 'tỉnh mình mục tiêu bao phủ năm 2026')).replies[0]!.text).toMatch(/Lai Châu/);
  });

  it('remembers a place named first, then where the person is in it: "Hải Phòng ạ, nhà em ở ngoài đảo"', async () => {
    expect((await ask(app, 'c9m', 'Cao Bằng ạ, nhà cháu ở bản trên núi')).intent).toBe('locality');
    expect((await ask(app, 'c9s', 'lai châu nhé')).intent).toBe('locality');
  });

  it('remembers "hiện tại mình ở Lai Châu", whose "hiện tại" is no "ở"', async () => {
    expect((await ask(app, 'c7p', 'hiện tại mình ở lai châu')).intent).toBe('locality');
  });

  it('reads "thế đến 2030 tỉnh em …" after the province\'s own answer as that answer\'s year', async () => {
    await ask(app, 'c7q', 'nhà em bên lai châu, mục tiêu bao phủ bhyt năm 2026 ở đây là bao nhiêu');
    expect((await ask(app, 'c7q', 'thế đến 2030 tỉnh em đặt mục tiêu gì')).replies[0]!.text).toMatch(/2030 đạt bao phủ BHYT toàn dân/);
  });

  it('greets back "xin chào, tôi là người Lai Châu", noting and remembering where the person lives', async () => {
    const greeted = await ask(app, 'c6e', 'xin chào, tôi là người Lai Châu');
    expect(greeted.intent).toBe('greeting');
    expect(greeted.replies[0]!.text).toMatch(/^Xin chào![^]*ghi nhận bạn ở Lai Châu/);
    expect((await ask(app, 'c6e', 'tỉnh mình năm 2026 phấn đấu bao nhiêu % dân có bhyt')).replies[0]!.text).toMatch(/Lai Châu/);
  });

  it('understands staff writing formally: an introduction, where they work, a human, what the bot does', async () => {
    // The words of the person's work ask the FAQ nothing.
    expect((await ask(app, 'c8a', 'Kính chào, tôi là y sĩ của trạm y tế xã.')).intent).toBe('greeting');
    // Where they work is where they are, however far from "tôi".
    const place = await ask(app, 'c8b', 'Tôi đang làm việc tại một bệnh viện huyện ở tỉnh Cao Bằng.');
    expect(place.intent).toBe('locality');
    expect(place.replies[0]!.text).toContain('Cao Bằng');
    expect((await ask(app, 'c8c', 'Đề nghị chuyển sang nhân viên để trao đổi.')).intent).toBe('handoff');
    expect((await ask(app, 'c8d', 'Hệ thống này giải đáp được gì?')).intent).toBe('help');
    expect((await ask(app, 'c8d', 'ad hỗ trợ được những vấn đề gì ạ')).intent).toBe('help');
    expect((await ask(app, 'c8d', 'hoi ban cai gi dc, chi cach dung voi')).intent).toBe('help');
    expect((await ask(app, 'c8e', 'chao can bo a')).intent).toBe('greeting');
    // Typed with diacritics, a plain "may" is "may mặc", not "mấy".
    expect((await ask(app, 'c8q', 'Kính chào, tôi là kế toán của một xưởng may.')).intent).toBe('greeting');
    expect((await ask(app, 'c8r', 'Tôi muốn trao đổi trực tiếp với chuyên viên phụ trách.')).intent).toBe('handoff');
    expect((await ask(app, 'c8f', 'bot nay biet tra loi nhung cai gi')).intent).toBe('help');
    expect((await ask(app, 'c8u', 'alo, có ai không ạ')).intent).toBe('greeting');
    expect((await ask(app, 's16g', 'alo alo có ai đây không')).intent).toBe('greeting');
    expect((await ask(app, 's16g2', 'chào bot, ngày mới vui vẻ nghen')).intent).toBe('greeting');
    expect((await ask(app, 'c8v', 'admin ơi')).intent).toBe('greeting');
    expect((await ask(app, 'c9i', 'xin chào sở y tế ạ')).intent).toBe('greeting');
    expect((await ask(app, 'c8w', 'ad ơi e buồn quá')).intent).not.toBe('greeting');
  });

  it('does not take "nói chuyện với người dân" for asking to talk to a person', async () => {
    const reply = await ask(app, 'c5f', 'tôi là trưởng thôn, mai phải nói chuyện với bà con về chương trình 06 của hà nội, chương trình có mấy nhóm nhiệm vụ');
    expect(reply.intent).not.toBe('handoff');
    expect((await ask(app, 'c5g', 'cho mình nói chuyện với người thật')).intent).toBe('handoff');
  });

  it('does not take another kind of insurance after an answer for a follow-up about it', async () => {
    await ask(app, 'c1q', 'khi nào thì 100% dân mình có bhyt');
    expect((await ask(app, 'c1q', 'thế bảo hiểm nhân thọ có nên mua ko')).intent).toBe('fallback');
  });

  it('reads "nó có mấy nhóm…" as a question about what was just answered', async () => {
    expect((await ask(app, 'c1c', 'chương trình 06 của thành ủy hà nội ban hành ngày nào')).replies[0]!.text).toContain('12/01/2026');
    const second = await ask(app, 'c1c', 'nó có bao nhiêu nhóm nhiệm vụ giải pháp');
    expect(second.replies[0]!.text).toMatch(/09 nhóm/);
  });

  it('reads "trong đó …" as a question about what was just answered', async () => {
    await ask(app, 'c1k', 'thành ủy hà nội ban hành chương trình gì để thực hiện nghị quyết 72');
    expect((await ask(app, 'c1k', 'trong đó chia thành mấy nhóm giải pháp')).replies[0]!.text).toMatch(/09 nhóm/);
  });

  it('reads "văn bản ấy …" and "xa hơn, tới năm 2045 …" as about what was just answered', async () => {
    await ask(app, 'c1n-2', 'chương trình 06 của thành ủy hà nội là gì');
    expect((await ask(app, 'c1n-2', 'văn bản ấy gom lại thành mấy nhóm việc')).replies[0]!.text).toMatch(/09 nhóm/);
    await ask(app, 'c1o-2', 'tuổi thọ trung bình người Việt đến 2030 là bao nhiêu');
    expect((await ask(app, 'c1o-2', 'xa hơn, tới năm 2045 thì con số đó là mấy')).replies[0]!.text).toMatch(/80 tuổi/);
  });

  it('answers "nó ra ngày nào" from what was just answered', async () => {
    expect((await ask(app, 'c1e', 'nghị quyết 72 do ai ban hành')).replies[0]!.text).toContain('Bộ Chính trị');
    expect((await ask(app, 'c1e', 'nó ra ngày nào')).replies[0]!.text).toContain('09/9/2025');
  });

  it('keeps to the place the conversation is about: "thế đến năm 2045 nó hướng tới cái gì" after a Hà Nội answer', async () => {
    await ask(app, 'c1f', 'chương trình 06-CTr/TU của Hà Nội ban hành ngày nào');
    expect((await ask(app, 'c1f', 'thế đến năm 2045 nó hướng tới cái gì')).replies[0]!.text).toMatch(/2045, Hà Nội trở thành trung tâm y tế/);
  });

  it('answers the question at the end of a long message that tells the person\'s circumstances first', async () => {
    const message =
      'Nhà ông bà em ở bản xa, đi lên bệnh viện tỉnh mất cả ngày đường, ông em lại bị đau lưng. Bác sĩ có khám từ xa cho ông bà được không ạ?';
    const reply = await ask(app, 'c1g', message);
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/từ xa/);
  });

  it('answers the question of a long message that ends with thanks, and one that asks by "tôi muốn hỏi …"', async () => {
    const thanked = await ask(
      app,
      'c5h',
      'Chào ad, tôi là giáo viên về hưu ở Kiến An, Hải Phòng, nhà có bốn người. Tôi nghe đài nói thành phố vận động người dân tham gia bảo hiểm y tế, năm 2026 thành phố đặt mục tiêu bao nhiêu phần trăm người dân tham gia? Xin cảm ơn ad nhiều.',
    );
    expect(thanked.replies[0]!.text).toContain('95,5%');
    const requested = await ask(
      app,
      'c5i',
      'Chào bạn, nhà tôi ở Sìn Hồ, Lai Châu, năm nay xã mới xét nhà tôi là hộ cận nghèo. Tôi muốn hỏi mua bảo hiểm y tế cho cả nhà thì tỉnh có hỗ trợ tiền đóng không hay phải tự bỏ hết, nhờ bạn nói giúp cho dễ hiểu',
    );
    expect(requested.intent).toBe('faq');
    expect(requested.replies[0]!.text).toMatch(/cận nghèo/);
  });

  it('takes a short question that the answer just given answers, "đến năm nào?", as about that answer', async () => {
    const first = await ask(app, 'c1h', 'cao bằng mỗi trạm y tế xã có mấy bác sĩ');
    expect(first.replies[0]!.text).toMatch(/4 bác sĩ/);
    const second = await ask(app, 'c1h', 'đến năm nào');
    expect(second.replies[0]!.text).toEqual(first.replies[0]!.text);
  });

  it('answers what the documents do not say as a fallback that says so and where to ask', async () => {
    const reply = await ask(app, 'c2b', 'cho xin số tổng đài bhyt');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/không ghi số điện thoại/);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('answers a rate of support the documents leave to a resolution as not given, naming that resolution, and a sum they never give as a fallback', async () => {
    // The rate is the provincial council's to set: the documents give none, and say who sets it.
    const reply = await ask(app, 'c2c', 'lai châu hỗ trợ cận nghèo cụ thể mấy %');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/Hội đồng nhân dân[^]*không ghi mức hỗ trợ cụ thể/);
    // "Có." answers no "how much".
    expect(reply.replies[0]!.text).not.toMatch(/^Có\./);
    // The same question without a percentage is answered.
    expect((await ask(app, 'c2d', 'lai châu có hỗ trợ cận nghèo không')).intent).toBe('faq');
    // A sum of money, likewise.
    expect((await ask(app, 'c2e', 'mua bhyt ho gia dinh 1 nguoi het bao nhieu tien 1 nam')).intent).toBe('fallback');
  });

  it('answers a percentage offered as a choice ("70% hay 100%") that no answer gives as a fallback', async () => {
    const reply = await ask(app, 'c2f', 'hải phòng hỗ trợ người cận nghèo mua thẻ 50% hay 70% vậy');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/cụ thể chưa được nêu/);
  });

  it('says the documents do not give what a common question asks: childbirth costs, changing the registered clinic', async () => {
    for (const [user, text, says] of [
      ['c6h', 'vợ tôi sắp sinh, bhyt có trả tiền sinh đẻ không', /khi sinh con/],
      ['c6i', 'muốn đổi nơi đăng ký khám chữa bệnh ban đầu thì làm sao', /đổi nơi đăng ký/],
    ] as const) {
      const reply = await ask(app, user, text);
      expect(reply.intent).toBe('fallback');
      expect(reply.replies[0]!.text).toMatch(says);
    }
  });

  it('says the documents give targets, not figures reached, when asked how many there are now', async () => {
    const now = await ask(app, 'c7g', 'bệnh viện đa khoa lai châu hiện nay có bao nhiêu giường');
    expect(now.intent).toBe('fallback');
    expect(now.replies[0]!.text).toMatch(/^Tài liệu tôi có chỉ nêu mục tiêu[^]*600 giường/);
    // The target itself is answered.
    expect((await ask(app, 'c7h', 'lai châu sẽ nâng bệnh viện đa khoa lên bao nhiêu giường')).intent).toBe('faq');
  });

  it('answers a question after circumstances that name something off topic, but not the off-topic question itself', async () => {
    const rain = await ask(app, 'c7n', 'hôm nay trời mưa to quá, cho mình hỏi hộ cận nghèo có được hỗ trợ mua bhyt không');
    expect(rain.intent).toBe('faq');
    expect(rain.replies[0]!.text).toMatch(/cận nghèo/);
    expect((await ask(app, 'c7o', 'ngày thầy thuốc việt nam là hôm nào, em định tặng hoa cô bác sĩ ở trạm')).intent).toBe('fallback');
    // "giá bao nhiêu" asks about the pets' insurance: it names nothing of its own.
    expect((await ask(app, 'c7r', 'có bảo hiểm sức khỏe cho chó mèo không, giá bao nhiêu vậy')).intent).toBe('fallback');
    expect((await ask(app, 'c7v', 'tuần sau lai châu có rét đậm không')).intent).toBe('fallback');
    expect((await ask(app, 'c7w', 'quốc khánh 2/9 năm nay được nghỉ mấy ngày')).intent).toBe('fallback');
    // Nor is it small talk for having a word that looks like a greeting ("cháo", typed plain "chao").
    expect((await ask(app, 'c9d', 'cach nau chao ga cho tre nho')).intent).toBe('fallback');
    expect((await ask(app, 'c9l', 'học bổng cho học sinh dân tộc thiểu số')).intent).toBe('fallback');
    expect((await ask(app, 'c9v', 'điều kiện mua nhà ở xã hội ở hải phòng là gì')).intent).toBe('fallback');
  });

  it('answers a question for a date, count or name that the answer found does not give as a fallback, with that answer', async () => {
    const start = await ask(app, 'c8h', 'bệnh viện y học cổ truyền ở lai châu khi nào khởi công');
    expect(start.intent).toBe('fallback');
    expect(start.replies[0]!.text).toMatch(/^Kế hoạch của Lai Châu[^]*không nêu thời gian khởi công/);
    // An answer that does not itself say what it leaves out gets a note that says so.
    const born = await ask(app, 'c8i', 'bài phát biểu của tổng bí thư tô lâm dài bao nhiêu trang');
    expect(born.intent).toBe('fallback');
    expect(born.replies[0]!.text).toMatch(/^Tài liệu tôi có không nêu cụ thể điều bạn hỏi\. Thông tin liên quan:\nTổng Bí thư Tô Lâm/);
    // The same place asked about without a date is answered.
    expect((await ask(app, 'c8j', 'lai châu có xây bệnh viện y học cổ truyền không')).intent).toBe('faq');
    // "hiện còn": a figure reached so far, which plans do not give.
    expect((await ask(app, 'c8k', 'hải phòng hiện còn bao nhiêu phần trăm dân chưa có bhyt')).intent).toBe('fallback');
    expect((await ask(app, 'c9q', 'lai châu hiện có bao nhiêu người có thẻ bhyt')).intent).toBe('fallback');
    expect((await ask(app, 'c9r', 'năm 2025 cả nước đạt bao nhiêu phần trăm bao phủ bhyt')).intent).toBe('fallback');
    expect((await ask(app, 'c8l', 'lương hưu năm sau tăng mấy phần trăm')).intent).toBe('fallback');
    expect((await ask(app, 'c8l2', 'nghỉ sinh con thì chế độ thai sản được hưởng mấy tháng lương')).intent).toBe('fallback');
    // An official's name, which the documents give only for who signed them; a sum of money.
    expect((await ask(app, 'c9j', 'giám đốc sở y tế cao bằng hiện nay tên là gì')).intent).toBe('fallback');
    expect((await ask(app, 'c9j2', 'đề nghị cho biết họ và tên chủ tịch ubnd tỉnh lai châu')).intent).toBe('fallback');
    expect((await ask(app, 'c9k', 'người ở đảo đi khám được hỗ trợ tiền tàu xe bao nhiêu')).intent).toBe('fallback');
    // A length of time; "bao lâu một lần" is answered by how often ("mỗi năm 1 lần").
    expect((await ask(app, 'c9n', 'giấy chuyển viện dùng được trong bao lâu')).intent).toBe('fallback');
    expect((await ask(app, 'c9o', 'người dân được khám sức khỏe định kỳ miễn phí bao lâu một lần')).intent).toBe('faq');
    // Papers and procedures; what something costs.
    expect((await ask(app, 'c9t', 'người khuyết tật được hỗ trợ mua bhyt thì phải mang giấy tờ gì')).intent).toBe('fallback');
    expect((await ask(app, 'c9u', 'mua bhyt tự nguyện một năm hết bao nhiêu')).intent).toBe('fallback');
    // A telephone number, which no answer gives.
    expect((await ask(app, 'c9c', 'tổng đài nhận phản ánh khám chữa bệnh bhyt ở hải phòng là số điện thoại nào')).intent).toBe('fallback');
  });

  it('follows a correction, a document referred back to and a request for more', async () => {
    await ask(app, 'c8m', 'chỉ tiêu bao phủ bhyt năm 2026 của hải phòng');
    expect((await ask(app, 'c8m', 'à nhầm, ý tôi là cao bằng')).replies[0]!.text).toContain('97%');
    await ask(app, 'c8n', 'hướng dẫn tuyên truyền chỉ thị 52 của cao bằng căn cứ hướng dẫn nào của trung ương');
    expect((await ask(app, 'c8n', 'hướng dẫn đó ban hành ngày nào')).replies[0]!.text).toContain('28/10/2025');
    const first = await ask(app, 'c8o', 'nguyên tắc 6 rõ của hải phòng là gì');
    const more = await ask(app, 'c8o', 'cho mình vài ví dụ đi');
    expect(more.intent).toBe('faq');
    expect(more.replies[0]!.text).toBe(first.replies[0]!.text);
    // "còn Hà Nội" typed plain is a place, not "nói".
    expect((await ask(app, 'c8o', 'con ha noi thi sao')).replies[0]!.text).not.toBe(first.replies[0]!.text);
  });

  it('reads "chương trình đó" as the programme the last answer names, when that answer does not say what is asked', async () => {
    await ask(app, 'c9b', 'đảng ủy ubnd lai châu làm kế hoạch để thực hiện chương trình gì');
    expect((await ask(app, 'c9b', 'chương trình đó có từ ngày nào')).replies[0]!.text).toContain('30/12/2025');
  });

  it('reads "số mấy" as asking for a document\'s number, not for a count', async () => {
    const reply = await ask(app, 'c8p', 'tỉnh ủy cao bằng ra kế hoạch số mấy thực hiện chỉ thị 52');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toContain('69-KH/TU');
  });

  it('answers the figure a long message asks for, not the circumstances told before it', async () => {
    const share = await ask(
      app,
      'c7s',
      'Chào ad, tôi làm trưởng thôn ở Hòa An, Cao Bằng, đang đi vận động các hộ gia đình mua bảo hiểm y tế. Tỉnh mình năm 2026 phải đạt bao phủ bhyt bao nhiêu % dân số?',
    );
    expect(share.intent).toBe('faq');
    expect(share.replies[0]!.text).toContain('97%');
    const year = await ask(
      app,
      'c7t',
      'chào bạn, nhà mình làm nông ở ngoại thành Hải Phòng, vợ bán cá ngoài chợ. Vậy tới năm nào thành phố phủ kín bhyt toàn dân?',
    );
    expect(year.replies[0]!.text).toContain('2030');
    // A last sentence that only asks to be answered is not where the question is.
    // "Có đúng thế không?" asks whether the sentence before is true: that sentence holds the question.
    const check = await ask(app, 'c9e', 'Chào cháu, bà năm nay 72 tuổi, nghe cán bộ thôn nói người cao tuổi được khám sàng lọc không mất tiền. Cho bà hỏi có đúng thế không?');
    expect(check.replies[0]!.text).toMatch(/khám sàng lọc miễn phí/);
    const beds = await ask(app, 'c7u', 'mẹ em ở Lai Châu bị đau khớp, chỉ tin chữa bằng thuốc nam, em làm ở thị trấn. Em nghe nói tỉnh sẽ xây bệnh viện y học cổ truyền, quy mô bao nhiêu giường? ad trả lời giúp em với');
    expect(beds.replies[0]!.text).toContain('100 giường');
  });

  it('answers a place compared with the whole country with both answers', async () => {
    const reply = await ask(app, 'c9p', 'chỉ tiêu bhyt năm 2026 của lai châu so với cả nước thế nào');
    const text = reply.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/Lai Châu[^]*95%/);
    expect(text).toMatch(/cả nước/);
  });

  it('answers someone whose place is not known with the national answer when it is as close as a local one', async () => {
    const reply = await ask(app, 'c8x', 'ai thì được hỗ trợ đóng bảo hiểm y tế');
    expect(reply.replies[0]!.text).toMatch(/^Chỉ thị 52-CT\/TW có chính sách hỗ trợ đóng BHYT/);
  });

  it('answers a price asked of a card, and another kind of insurance, as fallbacks', async () => {
    expect((await ask(app, 'c8y', 'thẻ bhyt cho sinh viên giá bao nhiêu')).intent).toBe('fallback');
    expect((await ask(app, 'c8z', 'mua bảo hiểm ô tô ở đâu rẻ')).intent).toBe('fallback');
    // "tham gia bao nhiêu" asks a share, which is answered.
    expect((await ask(app, 'c9a', 'năm 2026 tỷ lệ tham gia bhyt cả nước bao nhiêu')).intent).toBe('faq');
  });

  it('does not answer a short last clause from a word or two it shares with an answer', async () => {
    expect((await ask(app, 'c7x', 'bảo hiểm y tế có trả tiền bọc răng, làm răng sứ không')).intent).toBe('fallback');
  });

  it('asks back no choice between answers that each say the documents do not answer', async () => {
    // Close to both "giấy tờ mua BHYT" and "giấy tờ cấp lại thẻ", which the documents do not give either.
    expect((await ask(app, 'c2h', 'rut bhxh mot lan can giay to gi')).intent).toBe('fallback');
  });

  it('answers a province the documents do not cover as a fallback that says so and gives the national answer', async () => {
    const answer = await ask(app, 'c1g-2', 'mục tiêu bao phủ bhyt của đà nẵng năm 2026');
    expect(answer.intent).toBe('fallback');
    expect(answer.replies[0]!.text).toMatch(/^Tài liệu tôi có không nêu riêng cho Đà Nẵng\. Thông tin chung cả nước:/);
    expect(answer.replies[0]!.text).toContain('95%');
    const followUp = await ask(app, 'c1g-2', 'còn thanh hóa thì sao');
    expect(followUp.replies[0]!.text).toMatch(/Thanh Hóa[^]*95%/);
    expect((await ask(app, 'c1g-2', 'còn hải phòng thì sao')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('prefers the named place\'s own answer to a close national one', async () => {
    const answer = await ask(app, 'c1h-2', 'trạm y tế xã ở lai châu có thêm bác sĩ về không');
    expect(answer.replies[0]!.text).toContain('luân phiên');
  });

  it('keeps a place\'s answer, not its national version, when only it has what the question is about', async () => {
    const reply = await ask(app, 'c3h', 'đồng bào dân tộc vùng sâu vùng xa có được hỗ trợ bhyt');
    expect(reply.replies[0]!.text).toMatch(/dân tộc thiểu số/);
  });

  it('keeps the national answer when the named place\'s own answers lack what the question is about', async () => {
    const reply = await ask(app, 'c3b', 'bố tôi bị khuyết tật, nhà ở Hải Phòng, tp có nâng mức hỗ trợ bhyt cho người khuyết tật không');
    expect(reply.replies[0]!.text).toMatch(/khuyết tật/);
  });

  it('answers both figures a question asks for: "bao nhiêu quan điểm và bao nhiêu nhóm"', async () => {
    const reply = await ask(app, 'c1u', 'nghi quyet 72 co bao nhieu quan diem chi dao va bao nhieu nhom nhiem vu giai phap');
    expect(reply.replies[0]!.text).toMatch(/05 quan điểm/);
    expect(reply.replies[0]!.text).toMatch(/06 nhóm/);
  });

  it('answers a question of its own that points back at the document just answered about', async () => {
    await ask(app, 'c1own', 'ai ký kế hoạch của Hải Phòng thực hiện chỉ thị 52');
    expect((await ask(app, 'c1own', 'kế hoạch đó có nêu nguyên tắc 6 rõ không, gồm những gì')).replies[0]!.text).toMatch(/rõ người/);
  });

  it('reads a question unsure on its own right after a local answer as asked of that place', async () => {
    await ask(app, 'c1there', 'ở lai châu ai kiểm tra giám sát việc thực hiện chỉ thị 52');
    expect((await ask(app, 'c1there', 'bao lâu 1 lần')).replies[0]!.text).toMatch(/hằng năm[^]*Lai Châu/);
  });

  it('answers "kế hoạch gì" with the plan\'s number, and "ngày ban hành của kế hoạch đó" with its date', async () => {
    expect((await ask(app, 'c1plan', 'tỉnh Cao Bằng ra kế hoạch gì để thực hiện nghị quyết 72')).replies[0]!.text).toMatch(/40-KH\/TU/);
    expect((await ask(app, 'c1plan', 'ngày ban hành của kế hoạch đó')).replies[0]!.text).toMatch(/15\/12\/2025/);
  });

  it('reads "chính sách đó …" as asking about the answer just given, the pointing words asking nothing', async () => {
    const first = await ask(app, 'c1policy', 'Lai Châu có hỗ trợ tiền mua bhyt cho hộ cận nghèo không');
    expect(first.replies[0]!.text).toMatch(/cận nghèo[^]*2026 - 2030/);
    // The same answer, without the "Có." a yes-or-no question got ("áp dụng" holds no "đúng").
    expect((await ask(app, 'c1policy', 'chính sách đó áp dụng trong giai đoạn nào')).replies[0]!.text).toBe(first.replies[0]!.text.replace(/^Có\. /, ''));
  });

  it('reads "nghị quyết đó" after a plan\'s answer as the resolution the plan names, not the plan', async () => {
    await ask(app, 'c1doc', 'kế hoạch 40 của tỉnh cao bằng thực hiện nghị quyết nào');
    expect((await ask(app, 'c1doc', 'nghị quyết đó do ai ban hành')).replies[0]!.text).toMatch(/Bộ Chính trị/);
  });

  it('answers "ban hành ngày nào" after an answer with the date of the document that answer is about', async () => {
    await ask(app, 'c1date', 'nghị quyết 72 có mấy quan điểm');
    expect((await ask(app, 'c1date', 'ban hành ngày nào')).replies[0]!.text).toMatch(/09\/9\/2025/);
  });

  it('reads "tỉnh đó" after a province\'s answer and then the national one as that province', async () => {
    await ask(app, 'c1that', 'cao bằng mỗi trạm y tế có bao nhiêu bác sĩ vào 2027');
    await ask(app, 'c1that', 'còn cả nước');
    expect((await ask(app, 'c1that', 'thế tỷ lệ bao phủ bhyt năm 2026 tỉnh đó')).replies[0]!.text).toMatch(/97%/);
  });

  it('answers an unsure question right after an answer from the choice that comes from the same document', async () => {
    await ask(app, 'c1same', 'nghị quyết 72 có mấy quan điểm chỉ đạo');
    expect((await ask(app, 'c1same', 'nhóm giải pháp cuối cùng là gì')).replies[0]!.text).toMatch(/Nghị quyết 72-NQ\/TW có 06 nhóm/);
  });

  it('says the documents do not give a date left blank, when asked "ký ngày nào" after who signed the plan', async () => {
    await ask(app, 'c1blank', 'ai ký kế hoạch của hải phòng');
    const reply = await ask(app, 'c1blank', 'ký ngày nào');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).not.toMatch(/03\/10\/2025/);
  });

  it('prefers a place\'s answer that gives the year asked over a closer one of that place that does not', async () => {
    expect((await ask(app, 'c1year', 'cao bang bao gio bhyt toan dan')).replies[0]!.text).toMatch(/Cao Bằng[^]*2030/);
  });

  it('answers about a province\'s document by its number, whichever province the message names with it', async () => {
    expect((await ask(app, 'c1code', 'kế hoạch 40-KH/TU là của Hải Phòng à')).replies[0]!.text).toMatch(/40-KH\/TU[^]*Cao Bằng/);
  });

  it('answers two questions joined in one message, each by its own answer, in the order asked', async () => {
    const beds = await ask(app, 'c1two', 'Lai Châu nâng bệnh viện đa khoa lên bao nhiêu giường, còn bệnh viện y dược cổ truyền thì mấy giường?');
    expect(beds.replies[0]!.text).toMatch(/600 giường[^]*100 giường/);
    // The place named in the first half is where the second is asked about too.
    const mixed = await ask(app, 'c1two2', 'nhà em ở cao bằng, năm 2026 tỉnh phấn đấu bao phủ bhyt bao nhiêu và trạm y tế xã có mấy bác sĩ');
    expect(mixed.replies[0]!.text).toMatch(/97%[^]*4 bác sĩ/);
  });

  it('answers for each place a question names when it compares two', async () => {
    const answer = await ask(app, 'c1d', 'mục tiêu tham gia bhyt năm 2026 của hải phòng với lai châu khác nhau thế nào');
    expect(answer.replies[0]!.text).toMatch(/95,5%/);
    expect(answer.replies[0]!.text).toMatch(/Lai Châu[^]*95%/);
    expect(new Set(answer.sources.map((s) => s.doc))).toEqual(new Set(['kh-hp-ct52', 'kh-lc-ctr10']));
  });

  it('keeps the answer that has the figure a question names, instead of the national version', async () => {
    expect((await ask(app, 'c3f', '95,5% dân tham gia bhyt là chỉ tiêu của đâu')).replies[0]!.text).toMatch(/Hải Phòng/);
  });

  it('does not take "phấn đấu" for the "phản ánh … ở đâu" of complaints', async () => {
    expect((await ask(app, 'c3g', 'tp hải phòng phấn đấu bao nhiêu % dân có bhyt')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('answers with the figure of the locality a question names', async () => {
    const answer = await ask(app, 'c0', 'Hải Phòng phấn đấu tỷ lệ tham gia bảo hiểm y tế bao nhiêu');
    expect(answer.replies[0]!.text).toMatch(/95,5%/);
  });

  it('resolves "thế còn năm 2045?" to the same question for another year', async () => {
    const first = await ask(app, 'c2', 'tuổi thọ trung bình năm 2030 là bao nhiêu');
    expect(first.intent).toBe('faq');
    const second = await ask(app, 'c2', 'thế còn năm 2045?');
    expect(second.intent).toBe('faq');
    expect(second.replies[0]!.text).toContain('2045');
  });

  it('switches health day on "còn ngày bhyt thì sao?" and counts the days left', async () => {
    expect((await ask(app, 'c3', 'ngày sức khỏe toàn dân là ngày nào')).replies[0]!.text).toContain('7/4');
    const second = await ask(app, 'c3', 'còn ngày bhyt thì sao?');
    expect(second.intent).toBe('health-day');
    expect(second.replies[0]!.text).toContain('1/7');
    expect(second.replies[0]!.text).toContain('Còn 218 ngày');
  });

  it('remembers the locality and uses it for locality-dependent answers', async () => {
    expect((await ask(app, 'c4', 'mình ở lai chau')).intent).toBe('locality');
    const answer = await ask(app, 'c4', 'tỉnh mình hỗ trợ bhyt cho hộ cận nghèo không');
    expect(answer.replies[0]!.text).toMatch(/Hội đồng nhân dân|HĐND/);
  });

  it('remembers a place said after a long stretch of where ("ở vùng bãi ven biển Tiên Lãng, HP"), and "tp mình" is it', async () => {
    await ask(app, 'c4k', 'tôi nuôi ngao ở vùng bãi ven biển Tiên Lãng, HP');
    expect((await ask(app, 'c4k', 'chỉ tiêu của tp mình cho năm 2026')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('remembers a place said before other words that ask nothing', async () => {
    expect((await ask(app, 'c4b', 'tôi ở hải phòng, nhà ngoài đảo')).intent).toBe('locality');
    expect((await ask(app, 'c4b', 'thế thành phố mục tiêu năm 2026 bao nhiêu %')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('remembers where the person lives when the message also asks, or an answer fits it better', async () => {
    await ask(app, 'c3c', 'Chào bạn, mẹ tôi năm nay 70 tuổi, nhà ở Tiên Lãng, Hải Phòng');
    expect((await ask(app, 'c3c', 'năm 2026 thành phố phấn đấu tỉ lệ tham gia bhyt là bao nhiêu')).replies[0]!.text).toMatch(/95,5%/);
    await ask(app, 'c3d', 'mình ở Cát Hải, Hải Phòng, hộ cận nghèo có được hỗ trợ không');
    expect((await ask(app, 'c3d', 'năm 2026 thành phố phấn đấu tỉ lệ tham gia bhyt là bao nhiêu')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('gives the national answer to a question about "cả nước", and the person\'s own place on "ở chỗ mình thì sao"', async () => {
    await ask(app, 'c3e', 'mình ở hải phòng nha');
    expect((await ask(app, 'c3e', 'năm 2026 cả nước phấn đấu tỉ lệ tham gia bhyt bao nhiêu')).replies[0]!.text).toMatch(/95% dân số/);
    expect((await ask(app, 'c3e', 'ở chỗ mình thì sao')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('takes a longer thanks or goodbye as one, but a question after "cảm ơn" as a question', async () => {
    expect((await ask(app, 'c4c', 'cảm ơn bạn đã giải đáp')).intent).toBe('thanks');
    const goodbye = await ask(app, 'c4c', 'thôi bác đi đây, tạm biệt nhé');
    expect(goodbye.intent).toBe('thanks');
    expect(goodbye.replies[0]!.text).toMatch(/^Tạm biệt/);
    expect((await ask(app, 'c4c', 'chào cháu')).intent).toBe('greeting');
    expect((await ask(app, 'c4c', 'cảm ơn, hộ cận nghèo có được hỗ trợ bhyt không')).intent).toBe('faq');
  });

  it('takes long thanks, or thanks and a long goodbye, as thanks, but not a question wrapped in thanks', async () => {
    const praise = 'cam on ad nhieu nhe, minh hoi may cau cho ong ba o que, ad tra loi de hieu lam, chuc ad lam viec vui ve, that su cam on';
    expect((await ask(app, 'c4d', praise)).intent).toBe('thanks');
    const farewell = 'cảm ơn bạn nhiều lắm nhé, nhờ bạn mà mình biết nhà mình được hỗ trợ, tối nay mình sẽ kể cho bố mẹ nghe. chúc bạn luôn khỏe, có gì mình lại vào hỏi tiếp';
    expect((await ask(app, 'c4d', farewell)).intent).toBe('thanks');
    expect((await ask(app, 'c4d', 'c.ơn ad')).intent).toBe('thanks');
    const wrapped = 'cảm ơn bạn, cho mình hỏi thêm hộ cận nghèo ở Lai Châu có được hỗ trợ không, cảm ơn nhiều';
    expect((await ask(app, 'c4d', wrapped)).intent).toBe('faq');
  });

  it('knows a health day by what it is set apart for: "có ngày nào dành riêng cho bhyt ko"', async () => {
    const answer = await ask(app, 'c4e', 'có ngày nào dành riêng cho bhyt ko');
    expect(answer.intent).toBe('health-day');
    expect(answer.replies[0]!.text).toContain('1/7');
    // Without "ngày" it is not about a day.
    expect((await ask(app, 'c4e', 'chính sách dành cho người tham gia bhyt')).intent).not.toBe('health-day');
  });

  it.each(['7/4 hằng năm là ngày gì', '7 tháng 4 có phải ngày sức khỏe k', 'ngày 7-4 có ý nghĩa gì', 'thang 4 co ngay gi ve suc khoe k', 'trong tháng tư có dịp nào để vận động mọi người giữ gìn sức khỏe không', '7/4 kỷ niệm gì vậy', 'ngày tôn vinh sức khỏe người dân', '7-4 la ngay j', 'sk toan dan roi vao thang nao', 'sức khỏe toàn dân là hôm nào', 'cái ngày giữ gìn sức khỏe cho mọi người là hôm nào', 'ngày toàn dân sức khoẻ rơi vào hôm nào'])('knows a health day by its date or month: "%s"', async (text) => {
    const answer = await ask(app, `c4d ${text}`, text);
    expect(answer.intent).toBe('health-day');
    expect(answer.replies[0]!.text).toContain('Ngày Sức khỏe toàn dân');
  });

  it('gives a named health day to a long greeting that asks "cho em xin ngày chính xác"', async () => {
    const text = 'Dạ em chào anh chị, trường em muốn hưởng ứng Ngày sức khỏe toàn dân, anh chị cho em xin ngày chính xác với ạ';
    expect((await ask(app, 'c4i', text)).intent).toBe('health-day');
  });

  it('answers both halves of a message that asks a health day and something the FAQ answers', async () => {
    const reply = await ask(app, 'c1both', 'ngày bhyt việt nam là ngày nào, năm 2026 cao bằng phấn đấu bao nhiêu');
    expect(reply.intent).toBe('health-day');
    expect(reply.replies[0]!.text).toMatch(/1\/7[^]*97%/);
  });

  it('answers a question beside a health day named in passing: who signed, then the day', async () => {
    const reply = await ask(app, 'c1both-2', 'kế hoạch của hải phòng do ai ký? tiện cho mình hỏi ngày bảo hiểm y tế việt nam luôn');
    expect(reply.intent).toBe('health-day');
    expect(reply.replies[0]!.text).toMatch(/1\/7[^]*Đỗ Mạnh Hiến/);
  });

  it('answers "ban hành ngày nào và có bao nhiêu nhóm" with the date and the groups, from two answers', async () => {
    const reply = await ask(app, 'c1two-2', 'chương trình 06 của hà nội ban hành ngày nào và có bao nhiêu nhóm nhiệm vụ, giải pháp');
    expect(reply.replies[0]!.text).toMatch(/12\/01\/2026/);
    expect(reply.replies[0]!.text).toMatch(/09 nhóm/);
  });

  it('answers a long message by what follows "theo … thì", when that is surer than the whole', async () => {
    const text = 'Tôi là trưởng thôn ở Cao Bằng. Theo hướng dẫn tuyên truyền Chỉ thị 52 của tỉnh thì mỗi cán bộ, đảng viên có trách nhiệm gì trong tuyên truyền bảo hiểm y tế?';
    expect((await ask(app, 'c1source', text)).replies[0]!.text).toMatch(/tuyên truyền viên/);
  });

  it('gives a health day asked for after a story that names something off topic', async () => {
    const reply = await ask(app, 'c1story', 'Bọn em định tổ chức đá bóng giao hữu để hưởng ứng phong trào rèn luyện sức khỏe. Ngày sức khỏe toàn dân là ngày nào ạ?');
    expect(reply.replies[0]!.text).toMatch(/7\/4/);
  });

  it('knows a health day by an anniversary asked for by "mùng mấy"', async () => {
    expect((await ask(app, 'c4h', 'thang 7 nam nao cung co le ky niem bhyt, mung may vay')).replies[0]!.text).toContain('1/7');
  });

  it('gives the named place\'s version of a close question when the best one has none', async () => {
    expect((await ask(app, 'c1j-2', 'cao bang bao gio phu bhyt toan dan')).replies[0]!.text).toMatch(/Cao Bằng[^]*97%[^]*2030/);
  });

  it('gives every health day when "những ngày nào" are asked, even with what one of them is for', async () => {
    const reply = await ask(app, 'c6f', 'hướng dẫn nhắc phát động hưởng ứng những ngày nào');
    expect(reply.replies[0]!.text).toMatch(/7\/4[^]*1\/7/);
  });

  it('gives the other health day on "còn ngày kia?" right after one, and the same day on "còn mấy ngày nữa", "ngày đó"', async () => {
    await ask(app, 'c9f', 'ngày bảo hiểm y tế việt nam là ngày nào');
    expect((await ask(app, 'c9f', 'thế còn ngày kia thì sao')).replies[0]!.text).toMatch(/^Ngày Sức khỏe toàn dân/);
    await ask(app, 'c9g', 'ngày bảo hiểm y tế việt nam là ngày nào');
    expect((await ask(app, 'c9g', 'còn mấy ngày nữa')).replies[0]!.text).toMatch(/^Ngày Bảo hiểm y tế Việt Nam/);
    await ask(app, 'c9w', 'ngày sức khỏe toàn dân là ngày nào');
    expect((await ask(app, 'c9w', 'vào ngày đó tỉnh làm những gì')).replies[0]!.text).toMatch(/^Ngày Sức khỏe toàn dân[^]*phát động/);
  });

  it('does not take a deadline asked of a card for a health day', async () => {
    expect((await ask(app, 'c8s', 'thẻ bảo hiểm y tế của cháu có thời hạn đến ngày nào')).intent).not.toBe('health-day');
  });

  it('finds a day by what it is for, in other words: "ngày toàn dân chăm lo sức khỏe"', async () => {
    expect((await ask(app, 'c8g', 'ngày toàn dân chăm lo sức khỏe là hôm nào')).replies[0]!.text).toMatch(/7\/4/);
  });

  it('gives the day named and the day described: "ngày nào dành cho sức khỏe toàn dân và bhyt"', async () => {
    const reply = await ask(app, 'c6g', 'có ngày nào dành cho sức khỏe toàn dân và cho bảo hiểm y tế không');
    expect(reply.replies[0]!.text).toMatch(/7\/4[^]*1\/7/);
  });

  it('gives every health day when asked how many days are kept', async () => {
    expect((await ask(app, 'c4g', 'ở cao bằng năm nay hưởng ứng mấy ngày lễ về y tế')).replies[0]!.text).toMatch(/7\/4[\s\S]*1\/7/);
    expect((await ask(app, 'c4j', 'ngay le y te trong nam')).replies[0]!.text).toMatch(/7\/4[\s\S]*1\/7/);
  });

  it.each(['ngày sức khỏe toàn dân và ngày bhyt việt nam là ngày nào', 'tỉnh hưởng ứng ngày 7/4 và 1/7, đó là những ngày gì'])(
    'gives both days when a message names both: "%s"',
    async (text) => {
      expect((await ask(app, 'c4e-2', text)).replies[0]!.text).toMatch(/7\/4[\s\S]*1\/7/);
    },
  );

  it('answers "hỗ trợ đến năm nào" right after an answer that gives the year from that answer', async () => {
    await ask(app, 'd1a', 'Lai Châu hỗ trợ hộ làm nông nghiệp mua bhyt không');
    expect((await ask(app, 'd1a', 'hỗ trợ đến năm nào')).replies[0]!.text).toMatch(/nông nghiệp[^]*2030/);
  });

  it('reads "ông ấy giữ chức vụ gì" right after who signed as about that person', async () => {
    await ask(app, 'd1b', 'kế hoạch bhyt toàn dân của Lai Châu ai ký');
    expect((await ask(app, 'd1b', 'ông ấy giữ chức vụ gì')).replies[0]!.text).toMatch(/Tổng Thanh Hải, Phó Bí thư/);
  });

  it('says the documents do not give who signed a Party directive, and names the body that issued it', async () => {
    await ask(app, 'd1c', 'Chỉ thị 52 là gì');
    const reply = await ask(app, 'd1c', 'văn bản đó ai ký');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/không nêu cụ thể[^]*do Ban Bí thư ban hành/);
  });

  it('answers a question naming no place, right after a province\'s answer, with that province\'s own', async () => {
    await ask(app, 'd1d', 'Hà Nội có chương trình hành động thực hiện nghị quyết 72 không');
    expect((await ask(app, 'd1d', 'chương trình có bao nhiêu nhóm nhiệm vụ')).replies[0]!.text).toMatch(/^Chương trình 06-CTr\/TU của Hà Nội có 09 nhóm/);
  });

  it('does not hand a complaint about staff over to a person: it answers where to complain', async () => {
    expect((await ask(app, 'd1e', 'đi khám gặp nhân viên thái độ kém thì khiếu nại ở đâu')).intent).toBe('faq');
    expect((await ask(app, 'd1f', 'cho mình gặp nhân viên tư vấn')).intent).toBe('handoff');
  });

  it('reads "so với cả nước thì thế nào" right after a province\'s answer as the same question nationwide', async () => {
    await ask(app, 'd2a', 'tỷ lệ tham gia bhyt của Cao Bằng năm 2026');
    expect((await ask(app, 'd2a', 'so với cả nước thì thế nào')).replies[0]!.text).toMatch(/cả nước[^]*95%/);
  });

  it('does not answer a follow-up with its own subject from the last answer only because that gives its year', async () => {
    await ask(app, 'd2b', 'nghị quyết 72-NQ/TW ban hành ngày nào');
    expect((await ask(app, 'd2b', 'theo nghị quyết đó tuổi thọ trung bình đến 2030 là bao nhiêu')).replies[0]!.text).toMatch(/75,5 tuổi/);
  });

  it('takes two choices compared for a question, not for small talk: "đi bộ buổi sáng hay buổi tối thì tốt hơn"', async () => {
    expect((await ask(app, 'd2c', 'đi bộ buổi sáng hay buổi tối thì tốt hơn')).intent).toBe('fallback');
  });

  it('answers "… do đồng chí nào ký" with who signed', async () => {
    expect((await ask(app, 'd2e', 'kế hoạch của Lai Châu do đồng chí nào ký')).replies[0]!.text).toMatch(/Tổng Thanh Hải/);
  });

  it('offers what it can answer to "trợ lý này giải đáp những nội dung gì", but not to an unknown resolution\'s content', async () => {
    expect((await ask(app, 'd2f', 'trợ lý này giải đáp những nội dung gì')).intent).toBe('help');
    expect((await ask(app, 'd2g', 'Nghị quyết 19 về nông nghiệp có những nội dung gì')).intent).toBe('fallback');
  });

  it('says whose answer it gives when the place asked about next has none of its own', async () => {
    await ask(app, 'd3a', 'hộ làm nông ở Lai Châu có được hỗ trợ bhyt không');
    expect((await ask(app, 'd3a', 'còn Hà Nội thì sao')).replies[0]!.text).toMatch(/^Tài liệu tôi có chưa nêu riêng nội dung này cho Hà Nội\. Thông tin của Lai Châu:/);
  });

  it('does not take a payment deadline for a health day, and tells how to use the bot to "bot này dùng sao"', async () => {
    expect((await ask(app, 'd3b', 'bhyt học sinh hạn đóng tiền đến ngày nào')).intent).not.toBe('health-day');
    expect((await ask(app, 'd3c', 'bot này dùng sao vậy')).intent).toBe('help');
  });

  it('knows the province of a district or island named instead ("nhà tôi ngoài đảo Cát Hải"), and remembers it', async () => {
    expect((await ask(app, 'd4a', 'nhà tôi ngoài đảo Cát Hải')).intent).not.toBe('fallback');
    await ask(app, 'd4a', 'cả nước năm 2026 mục tiêu bao phủ bhyt bao nhiêu');
    expect((await ask(app, 'd4a', 'thế chỗ tôi thì chỉ tiêu bao nhiêu')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('remembers where staff say they work: "em là cán bộ trạm y tế xã bên Cao Bằng"', async () => {
    await ask(app, 'd4b', 'em là cán bộ trạm y tế xã bên Cao Bằng');
    expect((await ask(app, 'd4b', 'chỉ tiêu bao phủ bhyt của tỉnh em năm 2026')).replies[0]!.text).toMatch(/97%/);
  });

  it('takes a district alone, or after a greeting, for where the person lives: "chào bạn, nhà tôi ở Mường Tè"', async () => {
    for (const [user, text] of [['d4d', 'nhà tôi ở Mường Tè'], ['d4e', 'chào bạn, tôi ở Mường Tè']] as const) {
      expect((await ask(app, user, text)).replies[0]!.text).toMatch(/Tôi đã ghi nhận bạn ở Lai Châu/);
    }
  });

  it('answers a place stated right after an answer with that place\'s version: "ở cao bằng ấy", "nhà mình ở Lai Châu nha"', async () => {
    await ask(app, 'd4g', 'tuổi thọ trung bình năm 2030 phấn đấu đạt bn');
    expect((await ask(app, 'd4g', 'ở cao bằng ấy')).replies[0]!.text).toMatch(/^Thông tin của Cao Bằng:[^]*75 tuổi/);
    await ask(app, 'd4h', 'nhà nước hỗ trợ mua bhyt cho những ai');
    await ask(app, 'd4h', 'ý tôi là học sinh sinh viên');
    const reply = await ask(app, 'd4h', 'nhà mình ở Lai Châu nha');
    expect(reply.intent).toBe('locality');
    expect(reply.replies[0]!.text).toMatch(/^Tôi đã ghi nhận bạn ở Lai Châu\. Thông tin của Lai Châu:[^]*dân tộc thiểu số/);
  });

  it('takes "bot này dùng để làm gì", "trang này hỏi về cái gì được" for questions about the bot, and asks for staff on duty', async () => {
    expect((await ask(app, 'd4i', 'bot nay dung de lam gi')).intent).toBe('help');
    expect((await ask(app, 'd4j', 'bot này giúp được những gì vậy, để em chỉ cho mẹ dùng')).intent).toBe('help');
    expect((await ask(app, 'd4k', 'bot này có biết thẻ bhyt học sinh mức đóng bao nhiêu không')).intent).not.toBe('help');
    expect((await ask(app, 'd4k2', 'trang nay hoi ve cai gi duoc vay')).intent).toBe('help');
    expect((await ask(app, 'd4k3', 'chán quá hỏi mãi ko hiểu, có cán bộ nào trực ko vậy 😤')).intent).toBe('handoff');
  });

  it('says the documents do not tell who chose a health day or where it is held; a pay rise, basketball are off topic', async () => {
    expect((await ask(app, 'd4l', 'ngày bhyt việt nam 1/7 được chọn từ năm nào, ai quyết định vậy')).intent).toBe('fallback');
    expect((await ask(app, 'd4m', 'ngày 1/7 năm nay Hà Nội tổ chức lễ kỷ niệm ngày BHYT ở đâu')).intent).toBe('fallback');
    // Which anniversary, nor that.
    expect((await ask(app, 'd4m2', 'ngày bảo hiểm y tế việt nam năm sau là lần thứ mấy')).intent).toBe('fallback');
    expect((await ask(app, 'd4m3', 'ngày sức khỏe toàn dân đã được tổ chức bao nhiêu năm rồi')).intent).toBe('fallback');
    expect((await ask(app, 'd4n', 'từ 1/7 lương cơ sở tăng lên bao nhiêu')).intent).toBe('fallback');
    expect((await ask(app, 'd4n2', 'chiều cao trung bình của cầu thủ bóng rổ nba')).intent).toBe('fallback');
    expect((await ask(app, 'd4o', 'Ngày 7 tháng 4 hằng năm được chọn làm ngày gì trong lĩnh vực y tế?')).intent).toBe('health-day');
  });

  it('answers a right only the nation sets, asked right after a province\'s answer, without falling back', async () => {
    await ask(app, 'd36a', 'cháu ở cao bằng ạ');
    await ask(app, 'd36a', 'tỉnh cháu năm 2026 phấn đấu bao nhiêu phần trăm dân có bhyt');
    const reply = await ask(app, 'd36a', 'dạ thế khám sức khỏe định kỳ miễn phí mỗi năm mấy lần ạ');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/mỗi năm 1 lần/);
  });

  it('reads a place named alone right after another province\'s answer as that question asked there, not as where the person lives', async () => {
    await ask(app, 'd36b', 'hải phòng ứng dụng trí tuệ nhân tạo trong bhyt thế nào');
    const reply = await ask(app, 'd36b', 'hà nội');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/Hà Nội[^]*trí tuệ nhân tạo/);
  });

  it('keeps to the subject asked after a province\'s answer: the share of visits at commune stations, not the province\'s coverage', async () => {
    await ask(app, 'd36c', 'đến 2027 mỗi trạm y tế có bao nhiêu bác sĩ');
    await ask(app, 'd36c', 'còn cao bằng?');
    const reply = await ask(app, 'd36c', 'tỷ lệ khám bhyt ở trạm y tế xã mục tiêu là bao nhiêu');
    expect(reply.replies[0]!.text).toMatch(/20%/);
  });

  it('answers "đại hội đảng lần thứ mấy" with the congress the answer numbers in Roman', async () => {
    const reply = await ask(app, 'd36d', 'tuyen truyen ct 52 gan voi dai hoi dang lan thu may');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/lần thứ XIV/);
  });

  it('answers a claim about a place with the figure that confirms or corrects it, naming the place a wrong one is of', async () => {
    expect((await ask(app, 'd4p', 'có phải năm 2026 hải phòng đạt 97% không')).replies[0]!.text).toMatch(/^Mức 97% là của Cao Bằng\.\nHải Phòng[^]*95,5%/);
    expect((await ask(app, 'd4q', 'có phải năm 2026 hải phòng đạt 95,5% không')).replies[0]!.text).toMatch(/^Hải Phòng[^]*95,5%/);
    expect((await ask(app, 'd4q2', 'mục tiêu 95,5% bhyt là của lai châu à')).replies[0]!.text).toMatch(/^Mức 95,5% là của Hải Phòng\.\n[^]*Lai Châu[^]*95%/);
  });

  it('reads "ở Cao Bằng thì …" and "ở Cao Bằng đặt mức đó …" after an answer as the same question there', async () => {
    await ask(app, 'd4r', 'năm 2027 trạm y tế xã được bổ sung tối thiểu bao nhiêu bác sĩ');
    expect((await ask(app, 'd4r', 'ở cao bằng thì chỉ tiêu là mấy')).replies[0]!.text).toMatch(/^Theo Kế hoạch 40-KH\/TU[^]*4 bác sĩ/);
    await ask(app, 'd4s', 'tuổi thọ trung bình cả nước phấn đấu 2030 là bn');
    expect((await ask(app, 'd4s', 'ở cao bằng đặt mức đó là bao nhiêu')).replies[0]!.text).toMatch(/Cao Bằng[^]*75 tuổi/);
  });

  it('answers "ông ấy giữ chức gì" from the answer just given, which names the signer\'s position', async () => {
    await ask(app, 'd4t', 'hướng dẫn tuyên truyền chỉ thị 52 ở cao bằng là do ban nào ra');
    await ask(app, 'd4t', 'ai ký?');
    expect((await ask(app, 'd4t', 'ông ấy giữ chức gì')).replies[0]!.text).toMatch(/Trưởng ban/);
  });

  it('gives the answer just given again on "kể cụ thể ra đii"', async () => {
    const first = await ask(app, 'd4u', 'sổ sức khoẻ đtử là cái j thếeee');
    expect(first.intent).toBe('faq');
    expect((await ask(app, 'd4u', 'kể cụ thể ra đii')).replies[0]!.text).toBe(first.replies[0]!.text);
  });

  it('says a national answer to a question naming a place is not that place\'s own', async () => {
    const reply = await ask(app, 'd4v', 'Hà Nội phấn đấu năm 2026 bao nhiêu % dân có bhyt');
    expect(reply.replies[0]!.text).toMatch(/^Tài liệu tôi có không nêu riêng cho Hà Nội\. Thông tin chung cả nước:\n[^]*95%/);
    expect((await ask(app, 'd4w', 'Hướng dẫn giúp tôi cách dùng trợ lý này với')).intent).toBe('help');
  });

  it('does not take a question about a document the content knows for one about the bot', async () => {
    expect((await ask(app, 'd4x', 'bác trưởng thôn nhờ em tìm xem chỉ thị 52 nói về vấn đề j')).intent).not.toBe('help');
  });

  it('answers "Hà Nội có chương trình nào để thực hiện nghị quyết đó" with Hà Nội\'s programme', async () => {
    await ask(app, 'd4y', 'nghị quyết 72 ban hành ngày nào');
    expect((await ask(app, 'd4y', 'Hà Nội có chương trình nào để thực hiện nghị quyết đó')).replies[0]!.text).toMatch(/06-CTr\/TU[^]*Hà Nội/);
  });

  it('says the documents give no figure for a year they set no target for: "2035 thì tuổi thọ … là bn"', async () => {
    expect((await ask(app, 'd4z', '2035 thi tuoi tho binh quan ca nuoc muc tieu la bn')).intent).toBe('fallback');
    expect((await ask(app, 'd5z', 'đến 2030 tuổi thọ bình quân cả nước mục tiêu là bn')).replies[0]!.text).toMatch(/75,5 tuổi/);
  });

  it('reads a correction of the question just answered as that question corrected', async () => {
    await ask(app, 'd6c', 'chỉ thị 52 ban hành ngày nào');
    expect((await ask(app, 'd6c', 'à nhầm, nghị quyết 72 cơ')).replies[0]!.text).toMatch(/09\/9\/2025/);
    await ask(app, 'd6d', 'o hai phong nguoi can ngheo dc giup tien mua bhyt ko');
    expect((await ask(app, 'd6d', 'k phải hải phòng, lai châu cơ')).replies[0]!.text).toMatch(/Lai Châu[^]*cận nghèo/);
    await ask(app, 'd6e', 'kế hoạch 69-KH/TU cao bằng ban hành ngày nào');
    expect((await ask(app, 'd6e', 'ko phải kế hoạch 69, ý mình là kế hoạch 40')).replies[0]!.text).toMatch(/15\/12\/2025/);
    await ask(app, 'd6f', 'đến 2030 người Việt mình sống thọ trung bình bao nhiêu tuổi theo mục tiêu');
    expect((await ask(app, 'd6f', 'à k, ý mình là năm 2045')).replies[0]!.text).toMatch(/2045[^]*80 tuổi/);
  });

  it('remembers where the person says they moved, and answers for it: "em nhầm, em mới chuyển về Cao Bằng"', async () => {
    await ask(app, 'd6g', 'em ở Lai Châu, muốn hỏi năm 2026 tỉnh em phấn đấu bao nhiêu % dân tham gia bhyt ạ');
    expect((await ask(app, 'd6g', 'ấy chết em nhầm, em mới chuyển về Cao Bằng rồi')).replies[0]!.text).toMatch(/97%/);
    expect((await ask(app, 'd6g', 'thế tỉnh em đến 2030 tuổi thọ trung bình bao nhiêu')).replies[0]!.text).toMatch(/Cao Bằng[^]*75 tuổi/);
  });

  it('goes back to the question before the last on "quay lại câu lúc nãy, …"', async () => {
    await ask(app, 'd6h', 'ở lai châu nhóm nào đc tỉnh hỗ trợ mua bhyt thế');
    await ask(app, 'd6h', 'ngày bhyt việt nam là ngày nào');
    expect((await ask(app, 'd6h', 'quay lại câu lúc nãy, chính sách hỗ trợ đó áp dụng giai đoạn nào')).replies[0]!.text).toMatch(/^Lai Châu[^]*2026 - 2030/);
    await ask(app, 'd6i', 'bhyt toàn quốc 2026 phủ được bao nhiêu % dân số theo chỉ tiêu');
    await ask(app, 'd6i', 'chỉ thị 52 do cơ quan nào ban hành');
    expect((await ask(app, 'd6i', 'quay lại câu đầu, cao bằng thì sao')).replies[0]!.text).toMatch(/97%/);
    await ask(app, 'd6j', 'cao bang dat muc tieu bao nhieu bac si moi tram y te');
    await ask(app, 'd6j', 'bạn làm được những gì');
    expect((await ask(app, 'd6j', 'ok, quay lại câu lúc nãy, mốc năm nào vậy')).replies[0]!.text).toMatch(/2027/);
  });

  it('does not answer a question naming one province with another province\'s answer', async () => {
    expect((await ask(app, 'd6k', 'bệnh viện đa khoa tỉnh Cao Bằng có bao nhiêu giường bệnh')).intent).toBe('fallback');
    expect((await ask(app, 'd6l', 'bệnh viện đa khoa tỉnh Lai Châu có bao nhiêu giường bệnh')).replies[0]!.text).toMatch(/600 giường/);
  });

  it('answers a question about a national document by its number as national, from someone who says where they live', async () => {
    const text = 'tôi là bí thư chi bộ thôn ở Nguyên Bình, Cao Bằng, thôn tôi nhiều hộ chưa có thẻ. Chỉ thị 52 do cơ quan nào ban hành';
    expect((await ask(app, 'd6m', text)).replies[0]!.text).toMatch(/^Chỉ thị số 52-CT\/TW do Ban Bí thư ban hành/);
    // "thành phố" asks about the place itself.
    const city = 'mk ở hà nội, thành phố có chương trình hành động gì để thực hiện nghị quyết 72 k';
    expect((await ask(app, 'd6n', city)).replies[0]!.text).toMatch(/06-CTr\/TU/);
  });

  it('understands staff\'s formal requests: "Kính đề nghị hệ thống cho biết …", "chuyển … tới chuyên viên tư vấn"', async () => {
    const asked = 'Đề nghị cho biết theo Chỉ thị số 52-CT/TW, mốc thời gian đạt mục tiêu bao phủ bảo hiểm y tế toàn dân là năm nào?';
    expect((await ask(app, 'd6o', asked)).replies[0]!.text).toMatch(/2030/);
    const person = 'Kính đề nghị chuyển nội dung này tới chuyên viên tư vấn để được giải đáp trực tiếp qua điện thoại.';
    expect((await ask(app, 'd6p', person)).intent).toBe('handoff');
  });

  it('reads "thế 2030?" and "mục tiêu … của họ" as about the answer just given', async () => {
    await ask(app, 'd6q', 'tuổi thọ bình quân người vn năm 2045 dự kiến bao nhiêu');
    expect((await ask(app, 'd6q', 'the 2030?')).replies[0]!.text).toMatch(/75,5 tuổi/);
    await ask(app, 'd6r', 'kế hoạch bhyt toàn dân của hải phòng do ai ban hành');
    expect((await ask(app, 'd6r', 'mục tiêu năm 2026 của họ là bn')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('answers "còn cái ngày sức khỏe toàn dân …" with the day, "thọ bao lâu" with an age, and a call back with a person', async () => {
    await ask(app, 'd6s', 'ngày bhyt việt nam là ngày nào');
    expect((await ask(app, 'd6s', 'còn cái ngày sức khỏe toàn dân hay treo băng rôn đó')).intent).toBe('health-day');
    expect((await ask(app, 'd6t', 'đặt mục tiêu người VN thọ bao lâu ở mốc 2045')).replies[0]!.text).toMatch(/80 tuổi/);
    expect((await ask(app, 'd6u', 'tôi cần nhân viên tư vấn gọi lại cho tôi')).intent).toBe('handoff');
  });

  it('takes "👍" and "🙏" for thanks, a wish for a good evening for a greeting, and a complaint about the bot for one', async () => {
    expect((await ask(app, 'd6v', '👍')).intent).toBe('thanks');
    expect((await ask(app, 'd6w', '🙏🙏')).intent).toBe('thanks');
    expect((await ask(app, 'd6z', 'hello ad, chúc ad buổi tối vui vẻ')).intent).toBe('greeting');
    const complaint = await ask(app, 'd6x', 'trả lời chả đúng gì cả, bot dở quá');
    expect(complaint.intent).toBe('help');
    expect(complaint.replies[0]!.text).toMatch(/^Xin lỗi vì tôi chưa trả lời đúng ý bạn/);
    expect(complaint.replies[0]!.quickReplies?.map((q) => q.payload)).toContain('HANDOFF');
    expect((await ask(app, 'd6y', 'nghe noi gia han bhyt qua momo duoc giam 10% ha ad')).intent).not.toBe('help');
    expect((await ask(app, 'd6y2', 'hỏi mãi mà trạm y tế không trả lời')).intent).not.toBe('help');
  });

  it('takes a wave for a greeting, an insult for a complaint, and a number alone, with no choices offered, for nothing asked', async () => {
    expect((await ask(app, 's12m', '👋👋')).intent).toBe('greeting');
    expect((await ask(app, 's12n', 'bot ngu thế')).intent).toBe('help');
    expect((await ask(app, 's12o', 'hỏi bao nhiêu lần rồi vẫn không hiểu')).intent).toBe('help');
    expect((await ask(app, 's12p', '3')).intent).toBe('fallback');
    expect((await ask(app, 's12q', 'ngư dân có được hỗ trợ bhyt không')).intent).toBe('faq');
  });

  it('knows a district whose name is also a person\'s when "huyện" says it is a place', async () => {
    const text = 'chào ad, e ở huyện Nguyên Bình, tỉnh e năm 2026 phải đạt bao nhiêu phần trăm dân số tham gia bảo hiểm y tế vậy';
    expect((await ask(app, 'd7b', text)).replies[0]!.text).toMatch(/Cao Bằng[^]*97%/);
  });

  it('reads "tổng cộng có mấy câu" right after the slogans as asking how many of them', async () => {
    await ask(app, 'd7g', 'cho mình xin vài khẩu hiệu tuyên truyền về sức khỏe');
    expect((await ask(app, 'd7g', 'tổng cộng có mấy câu')).replies[0]!.text).toMatch(/12 thông điệp/);
  });

  it('gives the answer just given again on "kể vài cái đi"', async () => {
    const first = await ask(app, 'd7c', 'cao bằng có mấy thông điệp tuyên truyền nq 72');
    expect((await ask(app, 'd7c', 'ke vai cai di')).replies[0]!.text).toBe(first.replies[0]!.text);
  });

  it('answers where the person lives and a request for help with help, remembering the place', async () => {
    expect((await ask(app, 'd7d', 'mình ở Lai Châu, bạn giúp được mình những việc gì?')).intent).toBe('help');
    expect((await ask(app, 'd7d', 'tỉnh mình mục tiêu bao phủ 2026')).replies[0]!.text).toMatch(/Lai Châu[^]*95%/);
  });

  it('answers who is writing, then a request to the bot for help, with help; not a request for slogans', async () => {
    const staff = 'Tôi là cán bộ văn hóa xã, lần đầu dùng trợ lý này. Trước khi hỏi, bạn cho tôi biết bạn giúp được những việc gì và tôi hỏi được những nội dung nào?';
    expect((await ask(app, 'd7e', staff)).intent).toBe('help');
    expect((await ask(app, 'd7f', 'xã cần vài khẩu hiệu tuyên truyền về sức khỏe để kẻ pano, có gợi ý không')).intent).not.toBe('help');
  });

  it('says the documents do not give what staff ask formally: a rate reached, a budget; a rate of support is the council\'s', async () => {
    for (const text of [
      'Đề nghị cho biết tỷ lệ bao phủ bảo hiểm y tế thực tế mà tỉnh Cao Bằng đã đạt được tính đến hết năm 2025.',
      'Kính đề nghị cho biết tổng kinh phí, tính bằng tỷ đồng, mà thành phố Hà Nội bố trí để thực hiện Chương trình hành động số 06-CTr/TU.',
    ]) {
      expect((await ask(app, `d7e${text.length}`, text)).intent, text).toBe('fallback');
    }
    const rate = await ask(app, 'd7e-rate', 'Đề nghị cho biết tỷ lệ phần trăm mức hỗ trợ đóng BHYT cho người thuộc hộ cận nghèo theo Nghị quyết của HĐND tỉnh Lai Châu.');
    expect(rate.replies[0]!.text).toMatch(/không ghi mức hỗ trợ cụ thể/);
  });

  it('reads "cụ thể năm 2026 đạt bao nhiêu phần trăm" as a detail of the answer just given', async () => {
    await ask(app, 'd7f-2', 'hải phòng có kế hoạch bhyt toàn dân ko');
    expect((await ask(app, 'd7f-2', 'cụ thể năm 2026 đạt bao nhiêu phần trăm')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('says the documents do not give a fee asked about, but answers "có mất tiền không" where they say it is free', async () => {
    expect((await ask(app, 'd7g-2', 'chuyển thẻ bhyt giấy sang thẻ điện tử trên vneid có mất phí ko')).intent).toBe('fallback');
    expect((await ask(app, 'd7h', 'khám sức khỏe định kỳ có mất tiền không')).replies[0]!.text).toMatch(/miễn phí/);
  });

  it('reads "bảo hiểm toàn dân" as health insurance for all, and "95 hay 96 phần trăm" as asking a percentage', async () => {
    expect((await ask(app, 'd7i', 'cái chỉ thị bảo hiểm toàn dân có mấy nhóm việc phải làm ạ')).replies[0]!.text).toMatch(/06 nhóm/);
    expect((await ask(app, 'd7j', 'hai phong dat 95 hay 96 phan tram bhyt')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('answers "chính sách này theo nghị quyết của cơ quan nào" from the answer just given, which names the body', async () => {
    await ask(app, 'd7k', 'thế còn hs sv là người dân tộc thiểu số ở lai châu thì sao');
    expect((await ask(app, 'd7k', 'chính sách này theo nghị quyết của cơ quan nào')).replies[0]!.text).toMatch(/Hội đồng nhân dân/);
  });

  it('reads "vậy tp em" and "… trong đó …" after an answer as about the person\'s place and that answer', async () => {
    await ask(app, 'd7l', 'e ở hải phòng');
    await ask(app, 'd7l', 'ca nuoc muc tieu bhyt 2026 bn %');
    expect((await ask(app, 'd7l', 'vậy tp em')).replies[0]!.text).toMatch(/^Hải Phòng[^]*95,5%/);
    await ask(app, 'd7m', 'ke hoach 69-KH/TU cua cao bang ban hanh ngay nao');
    expect((await ask(app, 'd7m', 'mục tiêu bao phủ trong đó là bao nhiêu')).replies[0]!.text).toMatch(/97%/);
  });

  it('answers a short last sentence that points back ("con số đó là bn") from the sentence before it', async () => {
    const text = 'Dạ chào anh chị, nhà em có 5 người mà mới có 2 đứa nhỏ có thẻ bhyt, chú trưởng thôn bảo năm 2026 cả nước phải đạt trên bao nhiêu phần trăm dân số tham gia nên vận động nhà em mua thêm. Cho em hỏi con số đó là bn ạ';
    expect((await ask(app, 'd7n', text)).replies[0]!.text).toMatch(/95%/);
  });

  it('reads "Cao Bằng cao hơn hay thấp hơn" and "tỉnh phải đạt …" after an answer as about that place', async () => {
    await ask(app, 'd7o', 'đến 2026 nước mình phủ bhyt bao nhiêu phần trăm dân số');
    expect((await ask(app, 'd7o', 'cao bằng cao hơn hay thấp hơn')).replies[0]!.text).toMatch(/97%/);
    await ask(app, 'd7p', 'cao bằng bao giờ đạt bhyt toàn dân');
    expect((await ask(app, 'd7p', 'vậy năm 2026 tỉnh phải đạt bao nhiêu %')).replies[0]!.text).toMatch(/97%/);
  });

  it('answers "chính phủ có nghị quyết nào triển khai nó" with another resolution than the one just answered', async () => {
    await ask(app, 'd7q', 'nghị quyết 72-NQ/TW bộ chính trị ban hành ngày nào');
    expect((await ask(app, 'd7q', 'chính phủ có nghị quyết nào triển khai nó ko')).replies[0]!.text).toMatch(/282/);
  });

  it('reads "tỉnh Cao Bằng đặt mức bao nhiêu" right after an answer as a detail of it, asked for that place', async () => {
    await ask(app, 'd7r', 'nam 2027 tram y te phai co toi thieu bao nhieu bac si');
    expect((await ask(app, 'd7r', 'tỉnh cao bằng đặt mức bao nhiêu')).replies[0]!.text).toMatch(/4 bác sĩ\/trạm/);
  });

  it('knows a place whose name lost a letter: "cao bằg"', async () => {
    expect((await ask(app, 'd4f', 'chỉ tiêu bhyt cao bằg năm 2026')).replies[0]!.text).toMatch(/97%/);
  });

  it('does not take a district named in a question for the plan asked about', async () => {
    const reply = await ask(app, 'd4c', 'Mình làm văn phòng ở Cầu Giấy, muốn dùng thẻ BHYT điện tử thì cài ứng dụng gì');
    expect(reply.replies[0]!.text).toMatch(/VNeID/);
  });

  it('answers a long message that asks about a document around "bot trả lời giúp em", not as small talk', async () => {
    const text = 'hi bot, em là sinh viên báo chí, cô giao em viết tin về chỉ thị 52. em cần biết chỉ thị 52 do cơ quan nào ban hành, ngày nào, nói về vấn đề gì. bot trả lời ngắn gọn giúp em nha';
    expect((await ask(app, 'd5a', text)).replies[0]!.text).toMatch(/Ban Bí thư ban hành ngày 03\/10\/2025/);
  });

  it('does not take "Hà Nội mấy …" for "nối máy", nor a card\'s first valid day for a health day', async () => {
    expect((await ask(app, 'd6a', 'Hà Nội mấy hôm nay có rét đậm ko ạ')).intent).toBe('fallback');
    expect((await ask(app, 'd6b', 'thẻ bhyt mua ngày 15/3 thì từ ngày nào mới được dùng')).intent).not.toBe('health-day');
  });

  it('reads "Lai Châu thì …" right after an answer that has Lai Châu\'s version as the same question there', async () => {
    await ask(app, 'd7a', 'chỉ tiêu khám chữa bệnh bhyt ở trạm y tế xã là bao nhiêu');
    expect((await ask(app, 'd7a', 'lai chau thi dat vao nam nao')).replies[0]!.text).toMatch(/^Lai Châu[^]*2030/);
  });

  it('does not take a document issued "hôm nào" for a health day', async () => {
    expect((await ask(app, 'c4f', 'Bộ Chính trị ra Nghị quyết 72 về sức khỏe nhân dân hôm nào')).intent).toBe('faq');
  });

  it('falls back on a day off or a weekday asked of a health day, which the documents do not give', async () => {
    expect((await ask(app, 'c4h-2', 'ngày 7/4 công nhân có được nghỉ làm không')).intent).toBe('fallback');
    expect((await ask(app, 'c4h-2', 'năm nay 1/7 rơi vào thứ mấy vậy')).intent).toBe('fallback');
    // "cho nghị quyết" typed plain is no "cho nghỉ".
    expect((await ask(app, 'c4i-2', 'chinh phu co chuong trinh hanh dong cho nghi quyet 72 ko, so may')).replies[0]!.text).toMatch(/282/);
  });

  it('answers "ai ký" after a national answer with who issued the document it names, saying no signer is given', async () => {
    await ask(app, 's10c5a', 'chỉ thị 52 nói về cái gì');
    const signer = await ask(app, 's10c5a', 'ai ký');
    expect(signer.intent).toBe('fallback');
    expect(signer.replies.map((r) => r.text).join('\n')).toMatch(/Ban Bí thư/);
    expect((await ask(app, 's10c5a', 'ngày nào')).replies[0]!.text).toMatch(/03\/10\/2025/);
    await ask(app, 's10c5b', 'khám sức khỏe định kỳ miễn phí mỗi năm');
    expect((await ask(app, 's10c5b', 'ai ky')).replies.map((r) => r.text).join('\n')).toMatch(/Bộ Chính trị/);
  });

  it('answers a question of its own after who signed a plan, though the signer\'s answer gives a year', async () => {
    await ask(app, 's10c5d', 'ai ký kế hoạch của lai châu');
    expect((await ask(app, 's10c5d', 'văn bản đó giao làm đề án miễn viện phí xong khi nào')).replies[0]!.text).toMatch(/2028/);
  });

  it('reads "các ngày kỷ niệm" a document names as the health days, not the day it was signed', async () => {
    await ask(app, 's10c5e', 'hướng dẫn tuyên truyền nghị quyết 72 của cao bằng ai ký');
    const days = await ask(app, 's10c5e', 'nó nêu các ngày kỷ niệm nào');
    expect(days.intent).toBe('health-day');
    expect(days.replies.map((r) => r.text).join('\n')).toMatch(/7\/4[^]*1\/7|1\/7[^]*7\/4/);
  });

  it('answers "<topic> thì sao" with the answer just given when it says that of the topic', async () => {
    await ask(app, 's10c5f', 'mục tiêu y tế của hà nội đến năm 2045');
    expect((await ask(app, 's10c5f', 'tuổi thọ thì sao')).replies[0]!.text).toMatch(/^Đến năm 2045, Hà Nội[^]*tiệm cận/);
  });

  it('takes "có hỗ trợ gì không" right after an answer on premium support as asking about it, not about the bot', async () => {
    await ask(app, 's10c5g', 'tôi ở lai châu, nhà làm nông nghiệp có mức sống trung bình');
    const support = await ask(app, 's10c5g', 'thế có hỗ trợ gì không');
    expect(support.intent).toBe('faq');
    expect(support.replies[0]!.text).toMatch(/mức sống trung bình/);
    expect((await ask(app, 's10c5h', 'bạn hỗ trợ được gì')).intent).toBe('help');
  });

  it('answers a figure asked of another place, unsure on its own, with that place\'s version of the last answer', async () => {
    await ask(app, 's10c5i', 'ở cao bằng năm 2026 phấn đấu bao phủ bhyt bao nhiêu');
    expect((await ask(app, 's10c5i', 'giả sử tôi về Hải Phòng sống thì con số bên đấy là bao nhiêu')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('reads "áp dụng cho <group> không" as asking the support just answered for that group', async () => {
    await ask(app, 's10c5j', 'học sinh dân tộc thiểu số ở lai châu có được hỗ trợ bhyt không');
    expect((await ask(app, 's10c5j', 'áp dụng cho hộ cận nghèo không')).replies[0]!.text).toMatch(/cận nghèo/);
  });

  it('does not answer who signed a province\'s plan with who signed its other documents', async () => {
    const signer = await ask(app, 's10c5k', 'kế hoạch 40 của tỉnh cao bằng do ai ký vậy');
    expect(signer.intent).toBe('fallback');
    expect(signer.replies.map((r) => r.text).join('\n')).not.toMatch(/Nông Thanh Tùng/);
    expect((await ask(app, 's10c5l', 'hướng dẫn tuyên truyền của cao bằng do ai ký')).replies[0]!.text).toMatch(/Nông Thanh Tùng/);
    // The plan carrying out a programme, titled by it: the plan's signer; the programme itself was signed by no one named.
    const plan = await ask(app, 's11y', 'Kế hoạch của Lai Châu thực hiện Chương trình hành động số 10-CTr/TU do ai ký?');
    expect(plan.replies[0]!.text).toMatch(/Tổng Thanh Hải/);
    expect((await ask(app, 's11z', 'chương trình hành động 10 của lai châu do ai ký')).replies[0]!.text).not.toMatch(/Tổng Thanh Hải/);
  });

  it('does not take another document\'s number for the number of the document asked', async () => {
    expect((await ask(app, 's10c5m', 'hướng dẫn tuyên truyền nghị quyết 72 ở cao bằng mang số bao nhiêu')).intent).toBe('fallback');
  });

  it('answers a two-word fragment asking a detail ("chức vụ") with the answer just given, which gives it', async () => {
    await ask(app, 's10c5n', 'kế hoạch tuyên truyền của hà nội do ai ký');
    expect((await ask(app, 's10c5n', 'chức vụ')).replies[0]!.text).toMatch(/Phó Trưởng ban/);
  });

  it('answers what is asked of a document named by its formal title, not what the document is', async () => {
    const asked = await ask(app, 's10c5o', 'Kế hoạch triển khai Chỉ thị 52-CT/TW của Ban Thường vụ Thành ủy Hải Phòng ưu tiên hỗ trợ những ai tham gia bảo hiểm y tế?');
    expect(asked.replies[0]!.text).toMatch(/nhóm yếu thế/);
    expect(asked.replies[0]!.text).not.toMatch(/^Ban Thường vụ Thành uỷ Hải Phòng ban hành/);
    // The document's own date is still asked of the document.
    expect((await ask(app, 's10c5p', 'Kế hoạch số 69-KH/TU của Ban Thường vụ Tỉnh ủy Cao Bằng ban hành ngày nào?')).replies[0]!.text).toMatch(/12\/02\/2026/);
  });

  it('greets a staff member who says they are "cán bộ phụ trách …", without handing them over to staff', async () => {
    expect((await ask(app, 's10c5q', 'Chào bot, mình là cán bộ phụ trách y tế của ủy ban xã')).intent).toBe('greeting');
  });

  it('answers the figure asked of a document named by its formal title', async () => {
    const reply = await ask(app, 's10c5r', 'Hướng dẫn tuyên truyền Nghị quyết 72-NQ/TW của Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng nêu mấy thông điệp');
    expect(reply.replies[0]!.text).toMatch(/12 thông điệp/);
  });

  it('answers "còn <place> thì những ai …" with that place\'s answer to who, not its version of the last answer', async () => {
    await ask(app, 's10c5s', 'ở cao bằng hộ cận nghèo có được hỗ trợ đóng bhyt không');
    expect((await ask(app, 's10c5s', 'còn lai châu thì những ai được hỗ trợ')).replies[0]!.text).toMatch(/3 nhóm/);
  });

  it('answers "còn hà nội" after the national life expectancy with Hà Nội\'s own, and "đạt cao hơn không" as a comparison', async () => {
    await ask(app, 's10c5t', 'đến năm 2045 tuổi thọ trung bình của người việt nam là bao nhiêu');
    expect((await ask(app, 's10c5t', 'thế còn hà nội')).replies[0]!.text).toMatch(/tiệm cận/);
    await ask(app, 's10c5u', 'năm 2026 cả nước phải đạt bao phủ bhyt bao nhiêu');
    expect((await ask(app, 's10c5u', 'lai châu đạt cao hơn không')).replies[0]!.text).toMatch(/Lai Châu/);
  });

  it('answers "kế hoạch đó hoàn thành khi nào" after an answer without a year with the same place\'s answer that gives it', async () => {
    await ask(app, 's10c5v', 'lai châu ưu tiên miễn viện phí cho những ai trước');
    expect((await ask(app, 's10c5v', 'kế hoạch đó bao giờ hoàn thành')).replies[0]!.text).toMatch(/2028/);
  });

  it('answers a bare year after an answer with no version for it with the goals for that year', async () => {
    await ask(app, 's10c5w', 'mỗi trạm y tế có mấy bác sĩ vào 2027');
    expect((await ask(app, 's10c5w', '2030 thì sao')).replies[0]!.text).toMatch(/^Đến năm 2030/);
  });

  it('answers a long question about what a health day means with the day when the FAQ\'s answer does not speak of it', async () => {
    const reply = await ask(app, 's10c5x', 'Ngày 1/7 hằng năm có ý nghĩa gì trong tuyên truyền chính sách bảo hiểm y tế theo hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng?');
    expect(reply.intent).toBe('health-day');
    expect(reply.replies[0]!.text).toMatch(/1\/7/);
  });

  it('compares the whole country with the place just answered on "cả nước thì cao hơn đúng không"', async () => {
    await ask(app, 's10c5y', 'tuổi thọ trung bình mục tiêu của cao bằng là bao nhiêu');
    expect((await ask(app, 's10c5y', 'cả nước thì cao hơn đúng không')).replies[0]!.text).toMatch(/75,5/);
  });

  it('falls back on a premium amount claimed, which no document gives', async () => {
    expect((await ask(app, 's10c5z', 'nghe nói bhyt học sinh năm nay 900 nghìn một người đúng không')).intent).toBe('fallback');
  });

  it('answers each count a claim checks ("5 quan điểm … 6 nhóm … đúng không")', async () => {
    const reply = await ask(app, 's10c6z', 'nghị quyết 72 gồm 5 quan điểm chỉ đạo với 6 nhóm nhiệm vụ giải pháp phải không');
    const text = reply.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/05 quan điểm/);
    expect(text).toMatch(/06 nhóm/);
  });

  it('answers "bệnh viện đó …" about the hospital a long message named before it', async () => {
    const reply = await ask(app, 's10c7a', 'Bà tôi hay đi châm cứu ở Lai Châu. Nghe nói tỉnh sẽ xây bệnh viện y học cổ truyền. Cho hỏi bệnh viện đó có bao nhiêu giường?');
    expect(reply.replies[0]!.text).toMatch(/100 giường/);
  });

  it('remembers each relative\'s place, and says the nation\'s answer stands for a province without a plan', async () => {
    const told = await ask(app, 's32k1', 'bố t ở cao bằng, mẹ t ở nghệ an');
    expect(told.intent).toBe('locality');
    expect(told.replies[0]!.text).toMatch(/người thân của bạn sống: Cao Bằng, Nghệ An/);
    expect((await ask(app, 's32k1', 'chỗ bố năm 2026 bao phủ bhyt bao nhiêu')).replies[0]!.text).toMatch(/97%/);
    const mother = await ask(app, 's32k1', 'chỗ mẹ thì sao');
    expect(mother.replies[0]!.text).toMatch(/không nêu riêng cho Nghệ An/);
    expect(mother.replies[0]!.text).toMatch(/95%/);
  });

  it('keeps one relative\'s place as theirs, and as the place asked about, when the person only says they will ask of it', async () => {
    const told = await ask(app, 's33k1', 'Vợ tôi quê ở Cao Bằng, tôi muốn hỏi về tỉnh ấy.');
    expect(told.intent).toBe('locality');
    expect(told.replies[0]!.text).toMatch(/nơi người thân của bạn sống: Cao Bằng/);
    expect(told.replies[0]!.text).not.toMatch(/bạn ở Cao Bằng/);
    expect((await ask(app, 's33k1', 'Mục tiêu tuổi thọ trung bình ở đó là bao nhiêu?')).replies[0]!.text).toMatch(/75 tuổi/);
    expect((await ask(app, 's33k1', 'chỗ vợ tôi năm 2026 bao phủ bhyt bao nhiêu')).replies[0]!.text).toMatch(/97%/);
    // "bà", "ông" alone are how older people speak of themselves.
    expect((await ask(app, 's33k2', 'bà năm nay 70 tuổi, ở Hòa An, Cao Bằng')).replies[0]!.text).toMatch(/ghi nhận bạn ở Cao Bằng/);
    expect((await ask(app, 's33k3', 'bà tôi ở Hòa An, Cao Bằng')).replies[0]!.text).toMatch(/nơi người thân của bạn sống: Cao Bằng/);
    // "ở đó" right after, with no answer before: the place just told.
    const there = await ask(app, 's33k3', 'tỉ lệ khám chữa bệnh bhyt tại trạm y tế xã ở đó phấn đấu lên bao nhiêu');
    expect(there.replies[0]!.text).toMatch(/không nêu riêng cho Cao Bằng[\s\S]*20%/);
  });

  it('answers two things asked together, "A và B … là bao nhiêu", with both figures', async () => {
    const reply = (await ask(app, 's33b1', 'tỷ lệ tiêm chủng và tỷ lệ tập thể dục thường xuyên đến 2030 là bao nhiêu')).replies[0]!.text;
    expect(reply).toMatch(/trên 95%/);
    expect(reply).toMatch(/tăng thêm 10%/);
  });

  it('answers two things asked together when the whole finds the second, "A và B năm 2030"', async () => {
    const reply = (await ask(app, 's34b1', 'tỷ lệ tiêm chủng và tuổi thọ trung bình năm 2030 là bao nhiêu')).replies[0]!.text;
    expect(reply).toMatch(/trên 95%/);
    expect(reply).toMatch(/75,5 tuổi/);
  });

  it('asks the same of two documents, "X ngày nào, Y ngày nào" and "…, còn Y thì sao"', async () => {
    const dates = (await ask(app, 's34d1', 'nq 72 ra ngày nào, ct 52 ra ngày nào')).replies[0]!.text;
    expect(dates).toMatch(/09\/9\/2025/);
    expect(dates).toMatch(/03\/10\/2025/);
    const issuers = (await ask(app, 's34d2', 'chỉ thị 52 do ban bí thư ban hành đúng không, còn nghị quyết 72 thì sao')).replies[0]!.text;
    expect(issuers).toMatch(/Ban Bí thư/);
    expect(issuers).toMatch(/Bộ Chính trị/);
  });

  it('asks a question the documents could not answer again of the place named next, "còn ở lai châu thì sao"', async () => {
    expect((await ask(app, 's34u1', 'bệnh viện đa khoa tỉnh hải phòng sẽ nâng lên bao nhiêu giường')).intent).toBe('fallback');
    expect((await ask(app, 's34u1', 'còn ở lai châu thì sao')).replies[0]!.text).toMatch(/600 giường/);
    // A question of its own after the place is answered as asked, not as the one before.
    expect((await ask(app, 's34u2', 'bệnh viện đa khoa tỉnh hải phòng sẽ nâng lên bao nhiêu giường')).intent).toBe('fallback');
    expect((await ask(app, 's34u2', 'thế cao bằng mục tiêu bao phủ năm 2026 là bao nhiêu')).replies[0]!.text).toMatch(/97%/);
  });

  it('reads "nhóm đó", "trên đó" as pointing back at the answer just given', async () => {
    await ask(app, 's34p1', 'đến 2030 chiều cao trẻ em tăng thêm bao nhiêu');
    expect((await ask(app, 's34p1', 'nhóm đó từ mấy tuổi')).replies[0]!.text).toMatch(/1-18 tuổi/);
    await ask(app, 's34p2', 'thẻ bhyt điện tử dùng trên ứng dụng nào');
    expect((await ask(app, 's34p2', 'tren do lam dc gi')).intent).not.toBe('help');
  });

  it('answers "thời gian thực hiện" after the appendix\'s lead bodies with their times', async () => {
    await ask(app, 's34t1', 'phụ lục kế hoạch lai châu cơ quan nào chủ trì kiểm tra giám sát');
    expect((await ask(app, 's34t1', 'thời gian thực hiện')).replies[0]!.text).toMatch(/định kỳ hoặc đột xuất/);
  });

  it('gives when beside who comes first, "bao giờ người thu nhập thấp ở lai châu được miễn viện phí"', async () => {
    const reply = await ask(app, 's34w1', 'bao giờ người thu nhập thấp ở lai châu được miễn viện phí');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/thu nhập thấp/);
    expect(reply.replies[0]!.text).toMatch(/2028/);
  });

  it('reads "nguồn lực nào" typed plain as which resources, not when', async () => {
    const reply = await ask(app, 's34w2', 'lai chau huy dong nguon luc nao cho nguoi ngheo tham gia bhyt');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/đóng góp tự nguyện/);
  });

  it('greets back a greeting that says the questions come later', async () => {
    expect((await ask(app, 's34g1', 'Chào buổi sáng bot ơi! Vừa đi tập thể dục về, khỏe lắm. Lát nữa mình hỏi chuyện bảo hiểm nhé.')).intent).toBe('greeting');
  });

  it('reads "còn <place> quê tôi thì sao" as the same question for that place', async () => {
    await ask(app, 's10q1', 'hải phòng năm 2026 phấn đấu tỷ lệ tham gia bhyt bao nhiêu');
    expect((await ask(app, 's10q1', 'còn Cao Bằng quê em thì sao')).replies[0]!.text).toMatch(/97%/);
  });

  it('answers a question after a sentence naming another province, which only tells where the person works', async () => {
    const told = await ask(app, 's10p1', 'Em đang làm công nhân ở Đồng Nai, hay để quên thẻ giấy ở quê. Cho em hỏi có dùng thẻ bhyt điện tử trên vneid thay thẻ giấy được không?');
    expect(told.replies[0]!.text).toMatch(/VNeID/);
    expect((await ask(app, 's10p2', 'Đồng Nai có dùng thẻ bhyt điện tử trên vneid được không?')).intent).toBe('fallback');
  });

  it('answers "văn bản nào quy định vậy" with the answer just given when it names the documents', async () => {
    await ask(app, 's10v1', 'tỉnh cao bằng phấn đấu năm 2026 bao phủ bhyt bao nhiêu phần trăm');
    expect((await ask(app, 's10v1', 'văn bản nào quy định vậy')).replies[0]!.text).toMatch(/69-KH\/TU/);
  });

  it('answers "văn bản nào quy định" with the answer just given, whose source line names the document, when its text names none', async () => {
    await ask(app, 's16v', 'thành phố Hải Phòng hỗ trợ gia đình cận nghèo đóng bảo hiểm ra sao');
    const told = await ask(app, 's16v', 'cai nay van ban nao quy dinh vay');
    expect(told.intent).toBe('faq');
    expect(told.replies.map((r) => r.text).join(' ')).toMatch(/Chỉ thị số 52-CT\/TW \(Ban Thường vụ Thành uỷ Hải Phòng\)/);
  });

  it('notes where a person lives when they say who they are, then the place ("tôi là ngư dân ven biển …, Hải Phòng")', async () => {
    expect((await ask(app, 's10l1', 'tôi là giáo viên mầm non Thủy Nguyên, Hải Phòng')).intent).toBe('locality');
    expect((await ask(app, 's10l1', 'năm 2026 phấn đấu tỷ lệ tham gia bao nhiêu')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('notes the place a person moved to, not the one they moved from', async () => {
    expect((await ask(app, 's10m1', 'nhà em vừa chuyển từ Cao Bằng về Hải Phòng ạ')).replies[0]!.text).toMatch(/ghi nhận bạn ở Hải Phòng/);
    expect((await ask(app, 's10m1', 'tỉnh em mục tiêu năm 2026 bao nhiêu')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('says which is higher when a place\'s target is compared with the nation\'s right after it', async () => {
    await ask(app, 's10k1', 'hải phòng phấn đấu năm 2026 bao nhiêu phần trăm dân tham gia bhyt');
    expect((await ask(app, 's10k1', 'vậy là cao hơn cả nước hả')).replies[0]!.text).toMatch(/Hải Phòng 95,5%, cả nước 95%: Hải Phòng đặt mức cao hơn/);
    await ask(app, 's10k2', 'tuổi thọ trung bình cao bằng phấn đấu bao nhiêu');
    expect((await ask(app, 's10k2', 'so với cả nước thì sao')).replies[0]!.text).toMatch(/thấp hơn cả nước/);
  });

  it('falls back on a deadline to pay, which is no health day', async () => {
    expect((await ask(app, 's10c5c', 'hạn chót đóng bhyt theo hộ gia đình năm nay là ngày nào')).intent).toBe('fallback');
  });

  it('asks what was asked before of the place a bare follow-up names, not that place\'s version of the answer given', async () => {
    await ask(app, 's11a', 'Hải Phòng ưu tiên những ai khi hỗ trợ mua bảo hiểm y tế');
    const reply = await ask(app, 's11a', 'thế Lai Châu thì sao');
    expect(reply.replies[0]!.text).toMatch(/cận nghèo/);
    expect(reply.replies[0]!.text).toMatch(/dân tộc thiểu số/);
    // Who signed, asked of one place after another: the question stays who signed.
    await ask(app, 's11a2', 'hải phòng ưu tiên hỗ trợ bhyt cho nhóm nào');
    expect((await ask(app, 's11a2', 'thế lai châu thì hỗ trợ ai')).replies[0]!.text).toMatch(/3 nhóm/);
    await ask(app, 's11b', 'ai ký kế hoạch triển khai của hải phòng');
    expect((await ask(app, 's11b', 'Cao Bằng nữa')).replies[0]!.text).toMatch(/Nông Thanh Tùng/);
  });

  it('reads a place told of before the sentence that asks as where the person lives, not what is asked about', async () => {
    const told = await ask(app, 's11c', 'Em là học sinh ở Hà Nội, đang làm bài tập về sức khỏe. Mục tiêu năm 2030 về tuổi thọ trung bình là bao nhiêu ạ?');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/75,5 tuổi/);
  });

  it('says a figure asked of a place is not given for it, with the national figure, as a fallback staff see', async () => {
    const asked = await ask(app, 's11d', 'Hà Nội đặt mục tiêu bao phủ bhyt năm 2026 bao nhiêu phần trăm');
    expect(asked.intent).toBe('fallback');
    expect(asked.replies[0]!.text).toMatch(/không nêu riêng cho Hà Nội[\s\S]*95%/);
    await ask(app, 's11e', 'tuổi thọ trung bình ở Cao Bằng đến 2030 là bao nhiêu');
    const other = await ask(app, 's11e', 'thế Hải Phòng?');
    expect(other.intent).toBe('fallback');
    expect(other.replies[0]!.text).toMatch(/chưa nêu riêng nội dung này cho Hải Phòng[\s\S]*75,5 tuổi/);
  });

  it('takes a fine, or when a rule on cards starts, for what the documents do not say', async () => {
    expect((await ask(app, 's11f', 'công ty nợ bhyt của công nhân thì mức phạt thế nào')).intent).toBe('fallback');
    expect((await ask(app, 's11g', 'dùng thẻ bhyt trên vneid bắt buộc từ ngày nào')).intent).toBe('fallback');
  });

  it('reads "bh hoàn thành" as when it is done, and "hướng dẫn dùng" as asking how to use the bot', async () => {
    expect((await ask(app, 's11h', 'kế hoạch miễn viện phí của lai châu bh hoàn thành')).replies[0]!.text).toMatch(/2028/);
    expect((await ask(app, 's11i', 'hướng dẫn dùng')).intent).toBe('help');
    expect((await ask(app, 's11i2', 'hướng dẫn em dùng đi ad')).intent).toBe('help');
    const told = 'Tôi là giáo viên về hưu, mới dùng điện thoại thông minh. Bạn hướng dẫn tôi cách sử dụng với, hỏi những gì thì được?';
    expect((await ask(app, 's11i3', told)).intent).toBe('help');
  });

  it('takes "chương trình đó" after who signed a plan for the programme the plan carries out', async () => {
    await ask(app, 's11j', 'ai ký kế hoạch của lai châu');
    expect((await ask(app, 's11j', 'thế chương trình đó ban hành ngày nào')).replies[0]!.text).toMatch(/10-CTr\/TU ngày 30\/12\/2025/);
  });

  it('answers a claim about who signed with who did, and says the documents give no signer\'s birth year', async () => {
    const claim = await ask(app, 's11k', 'có phải trưởng ban tuyên giáo thành ủy hà nội ký kế hoạch tuyên truyền nghị quyết 72 không');
    expect(claim.replies[0]!.text).toMatch(/Vũ Hà, Phó Trưởng ban/);
    expect((await ask(app, 's11l', 'ông tổng thanh hải sinh năm nào')).intent).toBe('fallback');
  });

  it('takes a follow-up naming no place after a province\'s programme for that programme\'s close answer', async () => {
    await ask(app, 's11m', 'chương trình hành động 06 của hà nội ban hành ngày nào');
    expect((await ask(app, 's11m', 'co bao nhieu nhom nhiem vu giai phap')).replies[0]!.text).toMatch(/^Chương trình 06-CTr\/TU của Hà Nội có 09 nhóm/);
  });

  it('answers the question a long message asks before a second one the documents do not answer', async () => {
    const reply = await ask(
      app,
      's11n',
      'Cháu là sinh viên. Thầy cô bảo năm 2026 cả nước phải đạt trên bao nhiêu phần trăm dân số có bảo hiểm y tế, cháu muốn biết. Nhân tiện cho cháu hỏi nếu trường nộp chậm thì thẻ có bị ngưng không?',
    );
    expect(reply.replies[0]!.text).toMatch(/trên 95% dân số/);
    const told = await ask(app, 's11o', 'Tôi là giáo viên ở Lai Châu. Nghe nói tỉnh đặt mục tiêu tỷ lệ người có bảo hiểm y tế năm 2026. Cụ thể là trên bao nhiêu phần trăm ạ, và thẻ bị mất thì làm lại mất mấy ngày?');
    expect(told.replies[0]!.text).toMatch(/Lai Châu[\s\S]*trên 95% dân số/);
  });

  it('answers who, as a list, with the answer that lists the groups, over one about the group the person is in', async () => {
    const reply = await ask(app, 's11p', 'ở Lai Châu nhóm nào được hỗ trợ tiền đóng bảo hiểm y tế, nhà tôi là hộ cận nghèo');
    expect(reply.replies[0]!.text).toMatch(/\(1\) người thuộc hộ gia đình cận nghèo; \(2\) học sinh, sinh viên/);
    const only = await ask(app, 's11q', 'có phải lai châu chỉ hỗ trợ tiền bhyt cho người cận nghèo thôi không');
    expect(only.replies[0]!.text).toMatch(/3 nhóm/);
  });

  it('answers a date claimed for a document, or which of two came first, with each document\'s own date', async () => {
    const claim = await ask(app, 's11r', 'chỉ thị 52 ban hành ngày 9/9/2025 phải không');
    expect(claim.replies[0]!.text).toMatch(/Chỉ thị số 52-CT\/TW[^.]*ngày 03\/10\/2025/);
    const first = (await ask(app, 's11s', 'kế hoạch 40 với nghị quyết 72 cái nào có trước')).replies[0]!.text;
    expect(first).toMatch(/40-KH\/TU ngày 15\/12\/2025/);
    expect(first).toMatch(/ban hành ngày 09\/9\/2025/);
  });

  it('takes another place and a year together to that place\'s answer that gives the year', async () => {
    await ask(app, 's11t', 'mục tiêu bao phủ bảo hiểm y tế của lai châu');
    await ask(app, 's11t', 'vậy năm 2030');
    expect((await ask(app, 's11t', 'thế cao bằng năm 2026 thì sao')).replies[0]!.text).toMatch(/Cao Bằng[^.]*97%/);
  });

  it('answers what is asked of each of two documents with each one\'s answer', async () => {
    const reply = (await ask(app, 's11ab', 'chỉ thị 52 và kế hoạch 69 của cao bằng lần lượt đặt mục tiêu bao phủ năm 2026 bao nhiêu')).replies[0]!.text;
    expect(reply).toMatch(/trên 95% dân số/);
    expect(reply).toMatch(/trên 97% dân số/);
  });

  it('gives the item of the last answer\'s numbered list that a follow-up asks for', async () => {
    await ask(app, 's11u', 'chương trình 06 của hà nội gồm bao nhiêu nhóm nhiệm vụ');
    const reply = (await ask(app, 's11u', 'nhóm thứ sáu là gì vậy')).replies[0]!.text;
    expect(reply).toMatch(/^Chương trình 06-CTr\/TU của Hà Nội có 09 nhóm nhiệm vụ, giải pháp: \(6\) tập trung nâng cao thể lực, tầm vóc trẻ em Thủ đô\./);
    expect(reply).not.toMatch(/\(7\)/);
  });

  it('gives the item of the numbered list its document has after an answer that has none', async () => {
    await ask(app, 's11af', 'chương trình hành động 06 của hà nội là gì');
    expect((await ask(app, 's11af', 'nhóm thứ tám là gì')).replies[0]!.text).toMatch(/^Chương trình 06-CTr\/TU của Hà Nội có 09 nhóm nhiệm vụ, giải pháp: \(8\) phát triển nhân lực y tế chất lượng cao, đồng bộ ngang tầm thế giới\./);
  });

  it('does not answer a question about one directive, titled by a province\'s plan, with another document\'s answer', async () => {
    const reply = await ask(app, 's11v', 'kế hoạch của hải phòng về chỉ thị 52 gồm bao nhiêu nhóm nhiệm vụ giải pháp');
    expect(reply.replies[0]!.text).toMatch(/Chỉ thị 52-CT\/TW của Hải Phòng có 6 nhóm/);
    expect(reply.replies[0]!.text).not.toMatch(/72-NQ/);
  });

  it('does not take the place of the last answer, named again, for another version of that answer', async () => {
    await ask(app, 's11w', 'tầm nhìn y tế của hà nội đến 2045');
    expect((await ask(app, 's11w', 'thế tuổi thọ của người hà nội thì sao')).replies[0]!.text).toMatch(/tiệm cận/);
  });

  it('reads "còn theo kế hoạch của <place> thì sao" as the question before, asked of that place', async () => {
    await ask(app, 's11aa', 'theo chỉ thị 52 năm 2026 cả nước phải đạt tỷ lệ bao phủ bhyt bao nhiêu');
    expect((await ask(app, 's11aa', 'thế theo kế hoạch của hải phòng thì sao')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('acknowledges a province the documents have no plan for as where the person lives, and forgets the place before', async () => {
    await ask(app, 's11ac', 'mình ở lai châu');
    const moved = await ask(app, 's11ac', 'giờ nhà mình ở Thanh Hóa rồi');
    expect(moved.intent).toBe('locality');
    expect(moved.replies[0]!.text).toMatch(/chưa có kế hoạch riêng của Thanh Hóa/);
    expect((await ask(app, 's11ac', 'tỷ lệ bao phủ năm 2026 phải đạt bao nhiêu')).replies[0]!.text).toMatch(/cả nước phải đạt trên 95%/);
  });

  it('takes "cả nước" as where a question asks about, not as words of the nation\'s coverage target', async () => {
    const reply = await ask(app, 's11ad', 'cả nước đặt mục tiêu tỷ lệ khám bảo hiểm y tế ở trạm y tế xã là bao nhiêu');
    expect(reply.replies[0]!.text).toMatch(/20%/);
  });

  it('takes a follow-up naming another document by its number for a question of its own', async () => {
    await ask(app, 's11ae', 'kế hoạch thực hiện chỉ thị 52 của cao bằng là kế hoạch nào');
    expect((await ask(app, 's11ae', 'thế còn nghị quyết 72 thì cao bằng có kế hoạch số mấy')).replies[0]!.text).toMatch(/40-KH\/TU/);
  });

  it('takes "ngoài ra …" asking what the last answer also says for that answer', async () => {
    await ask(app, 's11x', 'người dân có được khám sức khỏe miễn phí hằng năm không');
    expect((await ask(app, 's11x', 'ngoài ra người dân còn được lập gì')).replies[0]!.text).toMatch(/sổ sức khỏe điện tử/);
  });

  it('keeps the answer just given when a question about the person ties it with another', async () => {
    await ask(app, 's12a', 'nhà tôi làm nương rẫy ở lai châu');
    expect((await ask(app, 's12a', 'nha minh co dc ho tro mua bhyt ko')).replies[0]!.text).toMatch(/làm nông nghiệp, lâm nghiệp, ngư nghiệp/);
  });

  it('gives the first sentence of the answer just given when asked to say it shorter, and all of it again when asked to repeat', async () => {
    await ask(app, 's12c', 'bảo hiểm y tế toàn dân nghĩa là gì');
    const shorter = (await ask(app, 's12c', 'tóm tắt ngắn gọn giúp mình')).replies[0]!.text;
    expect(shorter).toMatch(/mọi người dân/);
    expect(shorter).not.toMatch(/\. \S/);
    expect((await ask(app, 's12c', 'nói gọn lại')).replies[0]!.text).toBe(shorter);
    expect((await ask(app, 's12c', 'trả lời một câu thôi')).replies[0]!.text).toBe(shorter);
    const again = (await ask(app, 's12c', 'nhắc lại đi ad')).replies[0]!.text;
    expect(again.length).toBeGreaterThan(shorter.length);
  });

  it('answers "why" right after a target with the reason its topic gives, and asks no place of it', async () => {
    await ask(app, 's12d', 'cả nước bao giờ phủ kín bảo hiểm y tế cho toàn dân');
    expect((await ask(app, 's12d', 'vì sao phải thế')).replies[0]!.text).toMatch(/an sinh xã hội/);
    await ask(app, 's12e', 'phòng chống trục lợi bhyt thế nào');
    expect((await ask(app, 's12e', 'còn lai châu làm gì')).replies[0]!.text).toMatch(/Lai Châu/);
  });

  it('reads "nhắc lại …" as asking again for a detail of the answer just given', async () => {
    await ask(app, 's12f', 'bao giờ cả nước bao phủ bhyt toàn dân');
    expect((await ask(app, 's12f', 'nhắc lại con số năm 2026 với')).replies[0]!.text).toMatch(/95%/);
  });

  it('reads "còn riêng tỉnh" after a province\'s answer as that province, asking nothing else', async () => {
    await ask(app, 's12g', 'tỉnh cao bằng phấn đấu bao phủ bhyt bao nhiêu phần trăm');
    expect((await ask(app, 's12g', 'còn riêng tỉnh thì sao')).replies[0]!.text).toMatch(/97%/);
  });

  it('does not answer a year the nation\'s answer lacks with another place\'s goals for it', async () => {
    await ask(app, 's12h', 'đến 2030 tuổi thọ người việt nam phải đạt bao nhiêu');
    expect((await ask(app, 's12h', 'thế còn năm 2035')).replies[0]!.text).not.toMatch(/Hà Nội/);
  });

  it('goes back to the document asked about before the last answer on "quay lại chỉ thị đó, …"', async () => {
    await ask(app, 's12i', 'chỉ thị về bảo hiểm y tế toàn dân là chỉ thị số mấy');
    await ask(app, 's12i', 'thế nghị quyết về chăm sóc sức khỏe nhân dân số mấy');
    expect((await ask(app, 's12i', 'quay lại chỉ thị đó nhé, năm 2026 mục tiêu bao nhiêu')).replies[0]!.text).toMatch(/95%/);
  });

  it('reads "chinh sach do" typed plain as "chính sách đó", the policy just answered', async () => {
    await ask(app, 's12j', 'lai châu hỗ trợ đóng bhyt cho những nhóm nào');
    expect((await ask(app, 's12j', 'chinh sach do co quan nao quy dinh')).replies[0]!.text).toMatch(/Hội đồng nhân dân/);
  });

  it('falls back on the price of what the answer just given names, which no document gives', async () => {
    await ask(app, 's12k', 'có gói bảo hiểm y tế bổ sung không');
    expect((await ask(app, 's12k', 'giá gói ấy bao nhiêu')).intent).toBe('fallback');
    expect((await ask(app, 's12l', 'gia dinh toi duoc kham mien phi bao nhieu lan')).intent).toBe('faq');
  });

  it('finds what a long story asks about by the words it shares with the content, not by the story\'s rarer words', async () => {
    const reply = await ask(
      app,
      's12r',
      'ông bác ở xóm trên kể là phải đợi 5 năm mới được khám sức khỏe định kỳ miễn phí một lần, con gái tôi đọc trên mạng lại thấy khác hẳn. vậy rốt cuộc bao lâu thì được khám một lần hả cháu',
    );
    expect(reply.replies[0]!.text).toMatch(/mỗi năm 1 lần/);
  });

  it('does not read a last sentence pointing back ("kế hoạch đó số mấy") apart from the sentence it points at', async () => {
    const reply = await ask(
      app,
      's12s',
      'Mình là đảng viên ở Cao Bằng, cần biết kế hoạch của Tỉnh ủy thực hiện Chỉ thị 52 để viết bài thu hoạch. Kế hoạch đó số mấy, ngày nào?',
    );
    expect(reply.replies[0]!.text).toMatch(/69-KH\/TU/);
  });

  it('does not answer the last clause of a long message with an answer that leaves what the rest of it is about', async () => {
    const reply = await ask(
      app,
      's12t',
      'Công ty tôi ở Lai Châu muốn góp tiền mua thẻ bhyt tặng bà con nghèo vùng biên giới. Tỉnh có vận động đóng góp như vậy không, ưu tiên ai?',
    );
    expect(reply.replies[0]!.text).toMatch(/đóng góp tự nguyện/);
  });

  it('reads "họ làm gì" after an answer as about those it names, and "còn … nào khác" as more of what it names', async () => {
    await ask(app, 's12u', 'ở cao bằng sở nào phụ trách đưa giáo dục sức khỏe vào trường học');
    expect((await ask(app, 's12u', 'họ làm gì cụ thể')).intent).toBe('faq');
    await ask(app, 's12v', 'thẻ bhyt điện tử dùng trên ứng dụng nào');
    expect((await ask(app, 's12v', 'còn cổng nào khác không')).replies[0]!.text).toMatch(/Cổng Dịch vụ công quốc gia/);
  });

  it('reads "ct đó" after an answer about a programme as that programme, not a directive', async () => {
    await ask(app, 's12w', 'chương trình 06 của hà nội gồm mấy nhóm nhiệm vụ');
    await ask(app, 's12w', 'nhóm thứ 3 là gì');
    expect((await ask(app, 's12w', 'ct đó ký ngày nào')).replies[0]!.text).toMatch(/12\/01\/2026/);
  });

  it('falls back on a province with no plan asked after an answer only one province has', async () => {
    await ask(app, 's12x', 'lai châu nâng cấp bệnh viện đa khoa tỉnh bao nhiêu giường');
    expect((await ask(app, 's12x', 'thế còn cần thơ có nâng cấp bệnh viện không')).intent).toBe('fallback');
  });

  it('gives the day of a month named as a follow-up right after a health day', async () => {
    await ask(app, 's12y', 'ngày bảo hiểm y tế việt nam là ngày nào');
    expect((await ask(app, 's12y', 'thế còn tháng 4')).replies[0]!.text).toMatch(/7\/4/);
  });

  it('finds when a plan the last answer points to is due, from the same place\'s answer that gives the year', async () => {
    await ask(app, 's12z', 'mình ở lai châu, nghe nói người thu nhập thấp sắp được miễn viện phí');
    expect((await ask(app, 's12z', 'kế hoạch đó khi nào mới có')).replies[0]!.text).toMatch(/2028/);
  });

  it('does not take a year asked after a place\'s answer, from someone living there, to another place\'s answer', async () => {
    await ask(app, 's12b', 'tôi ở hải phòng, nhà thuộc hộ cận nghèo');
    await ask(app, 's12b', 'tôi có được hỗ trợ không');
    const reply = (await ask(app, 's12b', 'năm 2030 thì sao')).replies[0]!.text;
    expect(reply).toMatch(/2030/);
    expect(reply).not.toMatch(/Lai Châu/);
  });

  it('does not take "chưa bao giờ" (never) for asking when a health day is', async () => {
    const reply = await ask(app, 'c4g-2', 'nhà tôi chưa bao giờ có thẻ bảo hiểm y tế, cho hỏi đến năm nào cả nước đạt bao phủ bhyt toàn dân');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/2030/);
  });

  it('answers who issued a guidance named as carrying out a directive, not who issued the directive', async () => {
    const reply = (await ask(app, 's13a', 'Hướng dẫn số 33-HD/BTGDVTW về triển khai Chỉ thị 52-CT/TW do ai ban hành, ban hành ngày nào?')).replies[0]!.text;
    expect(reply).toMatch(/28\/10\/2025 của Ban Tuyên giáo và Dân vận Trung ương/);
  });

  it('takes "mình muốn hỏi về Hải Phòng" as the place asked about, without saying the person lives there', async () => {
    const reply = await ask(app, 's13b', 'em muốn hỏi về hải phòng');
    expect(reply.intent).toBe('locality');
    expect(reply.replies[0]!.text).toMatch(/^Các câu trả lời[^]*Hải Phòng/);
    expect((await ask(app, 's13b', 'mục tiêu bao phủ năm 2026')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('reads "cho xin 1 câu về …" as asking for one of the slogans on that, not for a figure 1', async () => {
    await ask(app, 's13c', 'cao bằng có những thông điệp tuyên truyền nào');
    expect((await ask(app, 's13c', 'cho mình xin 1 câu về ăn sạch')).replies[0]!.text).toMatch(/Ăn sạch, sống xanh/);
  });

  it('answers "tại sao phải …" with the answer giving the reason, over a close one about the rest of its words', async () => {
    expect((await ask(app, 's13d', 'tại sao phải tham gia bảo hiểm y tế vậy')).replies[0]!.text).toMatch(/^Tham gia BHYT giúp chia sẻ rủi ro/);
  });

  it('answers "còn ai … nữa" after one group\'s support with the answer listing every group of that place', async () => {
    await ask(app, 's13e', 'ở lai châu hộ cận nghèo có được hỗ trợ đóng bảo hiểm y tế không');
    expect((await ask(app, 's13e', 'ngoài hộ cận nghèo còn ai nữa')).replies[0]!.text).toMatch(/3 nhóm[^]*dân tộc thiểu số/);
  });

  it('goes back to an earlier topic on "về lại vụ …" and gives a figure asked again ("hỏi lại con số …")', async () => {
    await ask(app, 's13f', 'lai châu mở rộng bệnh viện đa khoa lên bao nhiêu giường');
    await ask(app, 's13f', 'hà nội có mục tiêu gì năm 2035');
    expect((await ask(app, 's13f', 'về lại vụ bệnh viện, hạng mấy')).replies[0]!.text).toMatch(/600 giường/);
    await ask(app, 's13f', 'đến năm 2030 cả nước bao phủ bhyt thế nào');
    expect((await ask(app, 's13f', 'mình hỏi lại con số năm 2026 là bao nhiêu')).replies[0]!.text).toMatch(/95%/);
    expect((await ask(app, 's13f', 'nhắc lại con số giúp mình')).replies[0]!.text).toMatch(/95%/);
  });

  it('does not read "bao nhiêu năm 2026" as asking how many years', async () => {
    const reply = await ask(app, 's13g', 'hải phòng đặt mục tiêu bao phủ bao nhiêu năm 2026');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/95,5%/);
  });

  it('gives the nation\'s figure when the place the conversation is about has none for what is asked', async () => {
    await ask(app, 's13h', 'nhà mình ở hà nội');
    await ask(app, 's13h', 'thành phố làm gì để nâng cao tầm vóc trẻ em');
    const reply = (await ask(app, 's13h', 'chiều cao phải tăng thêm bao nhiêu')).replies[0]!.text;
    expect(reply).toMatch(/không nêu riêng cho Hà Nội[^]*1,5 cm/);
  });

  it('answers "X với Y chỗ nào cao hơn" after X\'s target with both places\' targets', async () => {
    await ask(app, 's13i', 'hải phòng mục tiêu bao phủ năm 2026 là bao nhiêu');
    const reply = (await ask(app, 's13i', 'hải phòng với lai châu chỗ nào cao hơn')).replies.map((r) => r.text).join('\n');
    expect(reply).toMatch(/95,5%[^]*Lai Châu[^]*95%/);
  });

  it('reads "thế trung ương thì sao" after a province\'s target as asking the nation\'s', async () => {
    await ask(app, 's13j', 'cao bằng đặt mục tiêu tuổi thọ trung bình bao nhiêu');
    expect((await ask(app, 's13j', 'thế trung ương thì sao')).replies[0]!.text).toMatch(/75,5/);
  });

  it('remembers a province without a plan as where the person lives, and answers "tỉnh mình" for it, not another', async () => {
    await ask(app, 's13k', 'mình ở cần thơ. tuổi thọ trung bình cả nước đến 2030 là bao nhiêu');
    expect((await ask(app, 's13k', 'còn tỉnh mình thì sao')).replies[0]!.text).toMatch(/không nêu riêng cho Cần Thơ/);
    await ask(app, 's13k', 'giờ mình chuyển về hải phòng rồi');
    expect((await ask(app, 's13k', 'tỉnh mình mục tiêu bao phủ năm 2026 bao nhiêu')).replies[0]!.text).toMatch(/Hải Phòng[^]*95,5%/);
  });

  it('gives the item of the list just answered that "có nhóm nào về …" names', async () => {
    await ask(app, 's13l', 'chương trình 06 hà nội có mấy nhóm nhiệm vụ');
    expect((await ask(app, 's13l', 'có nhóm nào về trẻ em không')).replies[0]!.text).toMatch(/^Chương trình 06-CTr\/TU của Hà Nội có 09 nhóm nhiệm vụ, giải pháp: \(6\) tập trung nâng cao thể lực, tầm vóc trẻ em Thủ đô\./);
  });

  it('answers a target asked of two places named, for each, where the words alone would ask which target', async () => {
    const reply = (await ask(app, 's13m', 'hải phòng với lai châu mục tiêu 2026 mỗi nơi bao nhiêu')).replies.map((r) => r.text).join('\n');
    expect(reply).toMatch(/95,5%[^]*Lai Châu[^]*95%/);
  });

  it('answers two questions in one message when only the second answer gives the percentage asked', async () => {
    const reply = await ask(app, 's13n', 'nguyên tắc 6 rõ của hải phòng là gì, hải phòng phấn đấu năm 2026 bao nhiêu %');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/rõ người[^]*95,5%/);
  });

  it('reads "nhà tôi ở X, tỉnh tôi đặt mục tiêu bao nhiêu" after a national target as the same target for X', async () => {
    await ask(app, 's13o', 'số năm sống khỏe mạnh cả nước đến 2030 là bao nhiêu');
    expect((await ask(app, 's13o', 'nhà tôi ở cao bằng, tỉnh tôi đặt mục tiêu bao nhiêu')).replies[0]!.text).toMatch(/Cao Bằng, tuổi thọ trung bình của tỉnh đạt 75 tuổi/);
  });

  it('reads a year asked as a year something is due by, not the end of a period ("giai đoạn 2026 - 2030")', async () => {
    expect((await ask(app, 's13p', '2030 lai châu bhyt ra sao')).replies[0]!.text).toMatch(/Lai Châu[^]*2030 đạt bao phủ BHYT toàn dân/);
  });

  it('answers of the national document a follow-up names, not of the place\'s own document carrying it out', async () => {
    await ask(app, 's14a', 'chương trình 06 của thủ đô gồm những nhóm nhiệm vụ nào');
    expect((await ask(app, 's14a', 'thế nghị quyết 72 gồm mấy nhóm')).replies[0]!.text).toMatch(/^Nghị quyết 72-NQ\/TW có 06 nhóm/);
  });

  it('reads "sai rồi, …" as a correction of the question just answered', async () => {
    await ask(app, 's14b', 'tuổi thọ người việt mục tiêu bao nhiêu');
    expect((await ask(app, 's14b', 'sai rồi, em hỏi năm 2045 cơ')).replies[0]!.text).toMatch(/2045[^]*trên 80 tuổi/);
  });

  it('keeps to the answer for the year asked when the answer for another year mentions it too', async () => {
    await ask(app, 's14c', 'đến 2045 người dân sống thọ bao nhiêu tuổi');
    expect((await ask(app, 's14c', 'vậy năm 2045 thì sao')).replies[0]!.text).not.toMatch(/75,5/);
  });

  it('corrects a percentage claimed for a place with the place\'s own figure, not the nation\'s equal one', async () => {
    const reply = (await ask(app, 's14d', 'hải phòng phấn đấu 95% phải không')).replies[0]!.text;
    expect(reply).toMatch(/Hải Phòng[^]*95,5%/);
    expect(reply).not.toMatch(/không nêu riêng/);
  });

  it('reads "chỉ … thôi à" and "nghe nói …" as claims to check', async () => {
    expect((await ask(app, 's14e', 'tiêm chủng chỉ 90% thôi à')).replies[0]!.text).toMatch(/95%/);
    expect((await ask(app, 's14e', 'nghe nói hải phòng phấn đấu 95%')).replies[0]!.text).toMatch(/Hải Phòng[^]*95,5%/);
  });

  it('takes "chuyển lên"/"dọn về" as where the person now lives, also after "à nhầm"', async () => {
    await ask(app, 's14f', 'tôi ở hải phòng');
    await ask(app, 's14f', 'thành phố mình phấn đấu bao phủ bao nhiêu');
    expect((await ask(app, 's14f', 'à nhầm, nhà tôi mới dọn lên lai châu')).replies[0]!.text).toMatch(/Lai Châu[^]*95%/);
    const moved = await ask(app, 's14f', 'em mới chuyển lên cao bằng');
    expect(moved.intent).toBe('locality');
    expect(moved.replies[0]!.text).toMatch(/ghi nhận bạn ở Cao Bằng[^]*97%/);
  });

  it('answers what follows a request for a shorter answer ("dài quá, nói gọn thôi: …")', async () => {
    await ask(app, 's14g', 'nghị quyết 72 đặt những mục tiêu gì đến 2030');
    expect((await ask(app, 's14g', 'dài quá bot ơi, tóm lại: tuổi thọ bao nhiêu')).replies[0]!.text).toMatch(/75,5 tuổi/);
  });

  it('checks a figure claimed right after an answer against that answer', async () => {
    await ask(app, 's14h', 'mục tiêu bao phủ bhyt của cao bằng');
    expect((await ask(app, 's14h', 'sai rồi, nghe nói cao bằng 96% thôi')).replies[0]!.text).toMatch(/Cao Bằng[^]*97%/);
  });

  it('answers "tại sao …" after an answer that gives no reason with the answer that does', async () => {
    await ask(app, 's14i', 'bhyt toàn dân đến năm nào đạt');
    expect((await ask(app, 's14i', 'tại sao phải có bhyt toàn dân')).replies[0]!.text).toMatch(/^BHYT toàn dân là mục tiêu/);
  });

  it('reads "ban hành ra để làm gì" after a document\'s answer as asking that document\'s purpose', async () => {
    await ask(app, 's14j', 'nghị quyết 72 là gì');
    expect((await ask(app, 's14j', 'ban hành ra để làm gì vậy')).replies[0]!.text).toMatch(/^Nghị quyết số 72-NQ\/TW/);
  });

  it('gives the nation\'s figure for a year the person\'s place gives none for', async () => {
    await ask(app, 's14k', 'tôi sống ở hà nội');
    expect((await ask(app, 's14k', 'mục tiêu về tuổi thọ trung bình đến 2030 bao nhiêu')).replies[0]!.text).toMatch(/75,5 tuổi/);
  });

  it('says which of the two places just answered for sets the higher figure ("vậy bên nào cao hơn")', async () => {
    await ask(app, 's14l', 'năm 2026 hải phòng phấn đấu bao phủ bao nhiêu');
    await ask(app, 's14l', 'thế còn cao bằng');
    const reply = (await ask(app, 's14l', 'vậy bên nào cao hơn')).replies[0]!.text;
    expect(reply).toMatch(/Cao Bằng 97%, Hải Phòng 95,5%: Cao Bằng đặt mức cao hơn Hải Phòng/);
  });

  it('answers "ở đây … hỏi được những gì" after the person says who they are with help', async () => {
    const reply = await ask(app, 's14m', 'Tôi làm rẫy ở Sìn Hồ, mắt kém. Ở đây tôi hỏi được những gì');
    expect(reply.intent).toBe('help');
  });

  it('greets back a greeting with an introduction that ends with the place, remembering it', async () => {
    const reply = await ask(app, 's14n', 'chào ad, em là sinh viên ở Hải Phòng');
    expect(reply.intent).toBe('greeting');
    expect(reply.replies[0]!.text).toMatch(/ghi nhận bạn ở Hải Phòng/);
  });

  it('says the documents give no population ("95% dân số" is a share of it) and no weight (heights are in cm)', async () => {
    expect((await ask(app, 's14o', 'dân số hải phòng là bao nhiêu')).intent).toBe('fallback');
    expect((await ask(app, 's14o', 'đến 2030 cân nặng trẻ em tăng bao nhiêu')).intent).toBe('fallback');
  });

  it('shortens the answer just given to the sentences that have what the request names ("nói gọn … thôi")', async () => {
    await ask(app, 's14p', 'năm 2026 cả nước phải đạt tỷ lệ bao phủ bao nhiêu');
    const reply = (await ask(app, 's14p', 'nói gọn phần bước tiến thôi')).replies[0]!.text;
    expect(reply).toMatch(/^Đây là bước tiến tới mục tiêu bao phủ BHYT toàn dân vào năm 2030\./);
    expect(reply).not.toMatch(/95%/);
  });

  it('repeats the answer just given on "không đọc rõ, nhắc lại đi", also for a health day', async () => {
    await ask(app, 's14q', 'mình ở cao bằng, mục tiêu bao phủ của tỉnh');
    expect((await ask(app, 's14q', 'không đọc rõ, nhắc lại đi')).replies[0]!.text).toMatch(/97%/);
    await ask(app, 's14q', 'bot ơi cho hỏi ngày sức khỏe toàn dân vn');
    const again = await ask(app, 's14q', 'chưa đọc được, nói lại giúp');
    expect(again.intent).toBe('health-day');
    expect(again.replies[0]!.text).toMatch(/7\/4/);
  });

  it('answers a request to repeat or shorten that asks of something else as that question', async () => {
    await ask(app, 's14r', 'hải phòng đặt mục tiêu bao phủ bao nhiêu');
    expect((await ask(app, 's14r', 'tóm tắt giúp mục tiêu bao phủ của cao bằng')).replies[0]!.text).toMatch(/Cao Bằng[^]*97%/);
    expect((await ask(app, 's14r', 'nhắc lại nghị quyết 72 là gì')).replies[0]!.text).toMatch(/^Nghị quyết số 72-NQ\/TW/);
  });

  it('repeats the answer just given for the nation when asked "nhắc lại số của cả nước"', async () => {
    await ask(app, 's14t', 'cao bằng đến 2027 mỗi trạm y tế mấy bác sĩ');
    expect((await ask(app, 's14t', 'nhắc lại con số cả nước giúp em')).replies[0]!.text).toMatch(/^Theo Nghị quyết 72-NQ\/TW, đến năm 2027 mỗi trạm y tế có ít nhất từ 4-5 bác sĩ/);
  });

  it('compares figures, never a year: "đến năm 2030 tuổi thọ" gives no "2030 tuổi"', async () => {
    await ask(app, 's14s', 'tuổi thọ trung bình của cả nước tới năm 2030');
    expect((await ask(app, 's14s', 'cao bằng thì sao')).replies[0]!.text).toMatch(/^Cao Bằng 75 tuổi, cả nước 75,5 tuổi: Cao Bằng đặt mức thấp hơn cả nước/);
  });

  it('answers "97% là của tỉnh nào" after another province\'s target with the province that sets it', async () => {
    await ask(app, 's14u', 'lai châu phấn đấu bao phủ bhyt năm 2026 bao nhiêu');
    expect((await ask(app, 's14u', 'thế 97% là của tỉnh nào')).replies[0]!.text).toMatch(/Cao Bằng[^]*97%/);
  });

  it('answers who issued the national document a province\'s answer carries out ("nghị quyết đó của ai")', async () => {
    await ask(app, 's14v', 'chương trình hành động 06 của hà nội là gì');
    expect((await ask(app, 's14v', 'nghị quyết đó của ai')).replies[0]!.text).toMatch(/Bộ Chính trị/);
  });

  it('keeps to the answer just given when it gives the figure a follow-up asks and the answer found does not', async () => {
    await ask(app, 's14w', 'hải phòng muốn vào nhóm nào của cả nước về tỷ lệ tham gia bhyt');
    expect((await ask(app, 's14w', 'cu the bao nhieu % vay')).replies[0]!.text).toMatch(/Hải Phòng[^]*95,5%/);
  });

  it('reads "chương trình hành động số mấy" as asking a programme\'s number', async () => {
    const reply = (await ask(app, 's14x', 'kế hoạch chỉ thị 52 ở hải phòng đi cùng chương trình hành động số mấy')).replies[0]!.text;
    expect(reply).toMatch(/03-CTr\/TU/);
  });

  it('names who signed a province\'s guidance on a national directive, however long the directive\'s title', async () => {
    const reply = (await ask(app, 's14y', 'hướng dẫn tuyên truyền chỉ thị 52 về thực hiện bảo hiểm y tế toàn dân của tỉnh cao bằng do ai ký')).replies[0]!.text;
    expect(reply).toMatch(/Nông Thanh Tùng/);
  });

  it('answers of the document a question names, not of another one the same body has tasks in', async () => {
    const tasks = (await ask(app, 's14z', 'mặt trận tổ quốc cao bằng vận động dân làm gì để thực hiện nghị quyết 72')).replies[0]!.text;
    expect(tasks).toMatch(/dinh dưỡng hợp lý/);
    const forms = await ask(app, 's14z', 'quan triet chi thi 52 toi nhan dan bang nhung hinh thuc nao');
    expect(forms.replies[0]!.text).toMatch(/sinh hoạt chi bộ/);
  });

  it('answers of another document named alone after an answer ("à nhầm, ý mình là nghị quyết 72 của trung ương")', async () => {
    await ask(app, 's14aa', 'mình ở hà nội');
    await ask(app, 's14aa', 'chương trình hành động của thành phố thực hiện nq72 có mấy nhóm nhiệm vụ');
    expect((await ask(app, 's14aa', 'à nhầm, ý mình là nghị quyết 72 của trung ương')).replies[0]!.text).toMatch(/^Nghị quyết (?:số )?72-NQ\/TW[^]*06 nhóm/);
  });

  it('answers a place alone after a national answer it has no version of with the nation\'s, saying so', async () => {
    await ask(app, 's14ab', 'năm 2027 trạm y tế xã có mấy bác sĩ');
    const reply = await ask(app, 's14ab', 'hải phòng');
    expect(reply.replies[0]!.text).toMatch(/^Tài liệu tôi có không nêu riêng cho Hải Phòng\. Thông tin chung cả nước:\n[^]*4-5 bác sĩ/);
  });

  it('falls back, showing what it has, when a place asked about has nothing and only another province\'s answer is there', async () => {
    await ask(app, 's14ac', 'lai châu có thanh toán không dùng tiền mặt không');
    const reply = await ask(app, 's14ac', 'còn cao bằng');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies.map((r) => r.text).join('\n')).toMatch(/chưa nêu riêng nội dung này cho Cao Bằng\. Thông tin của Lai Châu/);
  });

  it('gives the nation\'s figure for a year a place\'s answer has nothing for, saying so, unless the year is claimed', async () => {
    expect((await ask(app, 's14ad', 'hà nội năm 2026 tỷ lệ tham gia bhyt')).replies[0]!.text).toMatch(/^Tài liệu tôi có không nêu riêng cho Hà Nội[^]*95%/);
    expect((await ask(app, 's14ad', 'lai châu lập kế hoạch miễn viện phí xong năm 2030 đúng ko')).replies[0]!.text).toMatch(/Lai Châu[^]*2028/);
  });

  it('reads "dùng được những việc gì" right after an answer about an app as asking about the app, not the bot', async () => {
    await ask(app, 's14ae', 'thẻ bhyt điện tử trên vneid');
    expect((await ask(app, 's14ae', 'sử dụng được những việc gì')).intent).toBe('faq');
  });

  it('reads "ky" typed plain before "dung ko" as signing checked, not the "kỳ" of "định kỳ"', async () => {
    expect((await ask(app, 's14af', 'kh thuc hien ct 10 cua lai chau la bi thu tinh uy ky dung ko')).replies[0]!.text).toMatch(/Tổng Thanh Hải/);
  });

  it('answers which place sets the highest or lowest figure with every place\'s beside it', async () => {
    expect((await ask(app, 's14ag', 'tỉnh nào đặt mục tiêu bao phủ bhyt cao nhất')).replies[0]!.text).toMatch(/^Cao Bằng 97%, Hải Phòng 95,5%, Lai Châu 95%: Cao Bằng đặt mức cao nhất\./);
    expect((await ask(app, 's14ag', 'tỉnh nào có mục tiêu bao phủ bhyt thấp nhất')).replies[0]!.text).toMatch(/Lai Châu đặt mức thấp nhất/);
  });

  it('compares a place named with how it compares ("… có thấp hơn không", "so với …") with the place just answered', async () => {
    await ask(app, 's15a', 'lai châu đặt chỉ tiêu người tham gia bhyt 2026 là mấy phần trăm');
    expect((await ask(app, 's15a', 'hải phòng có thấp hơn không')).replies[0]!.text).toMatch(/^Hải Phòng 95,5%, Lai Châu 95%: Hải Phòng đặt mức cao hơn Lai Châu\./);
    expect((await ask(app, 's15a', 'thế so với cao bằng')).replies[0]!.text).toMatch(/^Cao Bằng 97%, Hải Phòng 95,5%/);
  });

  it('reads a province without a plan after "thành phố" or "tỉnh", or typed plain, as that province, not the one just answered', async () => {
    await ask(app, 's15b', 'thủ đô có mục tiêu gì về bhyt toàn dân');
    const city = await ask(app, 's15b', 'vậy thành phố hồ chí minh');
    expect(city.intent).toBe('fallback');
    expect(city.replies[0]!.text).toMatch(/không nêu riêng cho Thành phố Hồ Chí Minh/);
    // "gòn", typed plain, is also "gọn": no request for a shorter answer.
    expect((await ask(app, 's15b', 'thế còn sai gon')).replies[0]!.text).toMatch(/không nêu riêng cho Sài Gòn/);
  });

  it('reads "quay lại X, …" after talk of something else as asking of X, not as a card reissued', async () => {
    await ask(app, 's15c', 'năm 2026 toàn quốc phải có bao nhiêu phần trăm dân tham gia bhyt');
    expect((await ask(app, 's15c', 'dự báo thời tiết hà nội cuối tuần này ra sao')).intent).toBe('fallback');
    expect((await ask(app, 's15c', 'thôi quay lại bảo hiểm y tế, vậy năm 2030 thì sao')).replies[0]!.text).toMatch(/2030[^.]*toàn dân/);
    await ask(app, 's15c', 'cách đổi bằng lái xe');
    expect((await ask(app, 's15c', 'trở lại nghị quyết 72 nhé, nhóm giải pháp thứ tư là gì')).replies[0]!.text).toMatch(/cải cách hành chính y tế/);
  });

  it('greets back a greeting that asks how the bot is, and offers help to a question announced but not asked', async () => {
    expect((await ask(app, 's15d', 'xin chào, dạo này bạn có khỏe không')).intent).toBe('greeting');
    expect((await ask(app, 's15d', 'chào ad, em muốn hỏi một chút về bảo hiểm y tế')).intent).toBe('help');
    expect((await ask(app, 's15d', 'em muốn hỏi về bảo hiểm y tế cho học sinh')).intent).toBe('faq');
  });

  it('gives the nation\'s version for the year a place\'s answer names beside its own figure, compared', async () => {
    await ask(app, 's15e', 'người cao bằng phấn đấu sống khỏe mạnh được bao nhiêu năm');
    expect((await ask(app, 's15e', 'thế cả nước có cao hơn không')).replies.at(-1)!.text).toMatch(/2030[^.]*tối thiểu 68 năm/);
  });

  it('compares the last two places\' answers when asked which place is higher, and a place with the nation by how much', async () => {
    await ask(app, 's15f', 'kế hoạch lai châu muốn mấy phần trăm người dân có thẻ bhyt trong năm 2026');
    await ask(app, 's15f', 'vậy ở hải phòng');
    expect((await ask(app, 's15f', 'thế địa phương nào đặt cao hơn')).replies[0]!.text).toMatch(/^Hải Phòng 95,5%, Lai Châu 95%: Hải Phòng đặt mức cao hơn Lai Châu\./);
    expect((await ask(app, 's15f', 'vậy bên nào có chỉ tiêu thấp hơn')).replies[0]!.text).toMatch(/^Hải Phòng 95,5%, Lai Châu 95%/);
    await ask(app, 's15g', 'tỉnh cao bằng phấn đấu tỷ lệ bao phủ bhyt năm 2026 là mấy');
    expect((await ask(app, 's15g', 'so với cả nước thì cao hơn bao nhiêu')).replies[0]!.text).toMatch(/^Cao Bằng 97%, cả nước 95%/);
  });

  it('reads a message stating a figure and then asking "còn <place> …" as that follow-up of what it states', async () => {
    const reply = await ask(app, 's15h', 'nghị quyết 72 thì miễn viện phí cơ bản vào năm 2030, còn lai châu xong đề án năm nào');
    expect(reply.replies[0]!.text).toMatch(/Lai Châu[^.]*2028/);
  });

  it('answers a question naming two years with the answer that gives both', async () => {
    expect((await ask(app, 's15i', 'tuổi thọ bình quân 2045 nhiều hơn 2030 bao nhiêu tuổi')).replies[0]!.text).toMatch(/75,5 tuổi[\s\S]*80 tuổi/);
  });

  it('keeps to the place just answered when a question naming no place finds another place\'s version of that answer', async () => {
    await ask(app, 's15j', 'thành phố hải phòng tính năm nào thì mọi người dân đều có thẻ bhyt');
    expect((await ask(app, 's15j', 'chỉ tiêu năm 2026 là bao nhiêu phần trăm')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('reads "… có đúng vậy không bạn?" after a story as a claim checked, not as a request for help ("đúng", folded, is "dùng")', async () => {
    const reply = await ask(app, 's15k', 'Tôi ở Cao Bằng. Có người bảo tỉnh mình phấn đấu 97% dân số có thẻ bhyt năm 2026. Có đúng vậy không bạn?');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/97%/);
  });

  it('offers help when a story ends by asking how to ask, and takes thanks after "ok" ending with a goodbye as thanks', async () => {
    const help = await ask(app, 's15l', 'cháu ơi, bà mới được con trai cài cho cái zalo này, bà không biết dùng ra sao. cháu chỉ bà cách hỏi nhé');
    expect(help.intent).toBe('help');
    expect((await ask(app, 's15l', 'dạ cảm ơn cháu đã chỉ bảo kỹ, bà tạm biệt nhé, có gì bà hỏi thêm sau')).intent).toBe('thanks');
  });

  it('answers a date claimed right after a document\'s answer with that document\'s own date', async () => {
    await ask(app, 's15m', 'chỉ thị số 52 của ban bí thư là văn bản gì vậy');
    expect((await ask(app, 's15m', 'ký ban hành ngày 09/9/2025 phải không nhỉ')).replies[0]!.text).toMatch(/Chỉ thị số 52-CT\/TW[^.]*03\/10\/2025/);
  });

  it('corrects a year claimed for a figure with the answer that gives the figure, not the one for that year', async () => {
    expect((await ask(app, 's15n', 'có phải tuổi thọ bình quân 75,5 tuổi là mục tiêu tới năm 2045')).replies[0]!.text).toMatch(/2030[^.]*75,5 tuổi/);
    expect((await ask(app, 's15n', 'mục tiêu năm 2030 tuổi thọ bình quân trên 80 tuổi phải không')).replies[0]!.text).toMatch(/2030[^.]*75,5 tuổi/);
  });

  it('answers a central document named by a wrong number with the one whose subject was given, saying so', async () => {
    const reply = await ask(app, 's15o', 'cho hỏi nghị quyết 62 về tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân');
    expect(reply.replies[0]!.text).toMatch(/^Tài liệu tôi có không có Nghị quyết số 62; văn bản về nội dung này là Nghị quyết số 72-NQ\/TW\./);
    expect((await ask(app, 's15o', 'nghị quyết 20 về y tế cơ sở')).replies[0]!.text).not.toMatch(/Nghị quyết số 72-NQ\/TW\./);
  });

  it('offers help to a request to the bot about what it answers on health insurance, or what to ask it', async () => {
    expect((await ask(app, 's15p', 'ad trả lời được những câu hỏi gì về bhyt')).intent).toBe('help');
    expect((await ask(app, 's15p', 'em nên hỏi ad những gì nhỉ')).intent).toBe('help');
  });

  it('asks who signed another place\'s document when a place is named with "ai ký" after a signer\'s answer', async () => {
    await ask(app, 's15q', 'kế hoạch của cao bằng do ai ký vậy');
    expect((await ask(app, 's15q', 'hải phòng thì ai ký')).replies[0]!.text).toMatch(/Đỗ Mạnh Hiến/);
  });

  it('keeps to the place just answered for a year follow-up that names what it asks but no place', async () => {
    await ask(app, 's15r', 'thủ đô đặt mục tiêu gì cho năm 2045 về y tế');
    expect((await ask(app, 's15r', 'vậy mục tiêu năm 2030 thì sao')).replies[0]!.text).toMatch(/^Đến năm 2030, Hà Nội/);
  });

  it('reads "ngoài X còn … gì nữa" right after an answer naming X as asking what else that answer says', async () => {
    await ask(app, 's15s', 'có thể làm thủ tục bhyt qua mạng không');
    const reply = await ask(app, 's15s', 'ngoài đăng ký ra thì còn dùng vào việc gì khác');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/gia hạn/);
  });

  it('reads "hướng dẫn số mấy" as asking a guidance\'s number, not a population ("dân số")', async () => {
    const reply = await ask(app, 's15t', 'cho mình hỏi, trung ương đã có hướng dẫn số mấy làm căn cứ để tỉnh cao bằng tuyên truyền chỉ thị 52 vậy');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/33-HD/);
  });

  it('answers a later year claimed for what was just answered ("… mới có à") with that answer, which gives the year', async () => {
    await ask(app, 's15u', 'theo trung ương thì mỗi trạm y tế cấp xã cần tối thiểu mấy bác sĩ');
    expect((await ask(app, 's15u', 'thế tới năm 2035 mới có đủ à')).replies[0]!.text).toMatch(/2027[^.]*4-5 bác sĩ/);
  });

  it('gives the nation\'s version asked before for a year the place\'s answer also gives ("cả nước" after "bao giờ … toàn dân")', async () => {
    await ask(app, 's15v', 'bao giờ thì hải phòng mới phủ kín bảo hiểm y tế cho toàn dân');
    expect((await ask(app, 's15v', 'thế còn toàn quốc')).replies[0]!.text).toMatch(/^Mục tiêu là đến năm 2030 đạt bao phủ BHYT toàn dân/);
  });

  it('reads a follow-up naming a place\'s document by its formal title as the same question of that place', async () => {
    await ask(app, 's15w', 'ai là người ký kế hoạch bhyt toàn dân của hải phòng');
    expect((await ask(app, 's15w', 'vâng, thế còn với bản Kế hoạch của Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu thì thế nào ạ')).replies[0]!.text).toMatch(/Tổng Thanh Hải/);
  });

  it('reads "kế hoạch đó do cơ quan nào ban hành vậy", typed plain, as asked of the document just answered from', async () => {
    await ask(app, 's15x', 'tỷ lệ người dân hải phòng tham gia bhyt theo kế hoạch năm 2026 là mấy');
    expect((await ask(app, 's15x', 'ke hoach nay do co quan nao ban hanh nhi ad')).replies[0]!.text).toMatch(/Thành uỷ Hải Phòng/);
  });

  it('reads "năm sau" right after a question about a year as the year after it', async () => {
    await ask(app, 's15y', 'những mục tiêu trước mắt năm 2026 của nghị quyết 72 gồm gì');
    expect((await ask(app, 's15y', 'ok, vậy sang năm thì thế nào ad')).replies[0]!.text).toMatch(/2027 mỗi trạm y tế có ít nhất từ 4-5 bác sĩ/);
  });

  it('reads "sau đó thì sao" right after a goal for a year as the next year its answer gives', async () => {
    await ask(app, 's15y2', 'tuổi thọ trung bình năm 2030 của cả nước là bao nhiêu');
    expect((await ask(app, 's15y2', 'thế còn sau đó thì sao')).replies[0]!.text).toMatch(/2045/);
    // "sau đó" of a procedure asks its next step, not a year.
    const steps = await ask(app, 's15y3', 'đăng ký bhyt thế nào');
    expect((await ask(app, 's15y3', 'đăng ký xong sau đó làm gì')).replies[0]!.text).toBe(steps.replies[0]!.text);
  });

  it('spells out an abbreviation asked, unless an answer is about the thing itself', async () => {
    const council = await ask(app, 's15ab', 'cho mình hỏi HĐND là viết tắt của gì');
    expect(council.intent).toBe('abbreviation');
    expect(council.replies[0]!.text).toBe('HĐND là viết tắt của “hội đồng nhân dân”.');
    expect((await ask(app, 's15ac', 'KH-UBND nghĩa là gì')).replies[0]!.text).toMatch(/KH là viết tắt của “kế hoạch”; UBND là viết tắt của “ủy ban nhân dân”/);
    expect((await ask(app, 's15ad', 'bhyt là gì vậy')).intent).toBe('faq');
    // Teencode and places are no abbreviations to spell out.
    expect((await ask(app, 's15ae', 'hp là gì')).intent).not.toBe('abbreviation');
  });

  it('reads a short follow-up ending with thanks as the follow-up, without the thanks', async () => {
    await ask(app, 's16t', 'ai ban hành nghị quyết số 72 vậy bạn');
    const told = await ask(app, 's16t', 'ký ngày mấy vậy ad, mình cảm ơn nhiều');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/09\/9\/2025/);
  });

  it('reads "có tất cả bao nhiêu câu" as the count of what the last answer lists, whatever it calls them', async () => {
    await ask(app, 's16c', 'gợi ý giúp vài câu khẩu hiệu về sức khỏe để viết pano');
    const told = await ask(app, 's16c', 'vậy tất cả là mấy câu');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/12 thông điệp/);
  });

  it('reads "còn câu hỏi lúc nãy …" as the question before the last one, asked of that place', async () => {
    await ask(app, 's16e', 'bao nhiêu phần trăm người bệnh có thẻ sẽ khám ở trạm xã');
    await ask(app, 's16e', 'vậy bác sĩ ở mỗi trạm thì sao');
    expect((await ask(app, 's16e', 'ừ, còn câu hỏi lúc nãy thì tỉnh Lai Châu sao')).replies[0]!.text).toMatch(/^Lai Châu.*trên 20%/);
  });

  it('reads "ý em hỏi ở <place>" after an answer as the same question of that place', async () => {
    await ask(app, 's16y', 'định biên bác sĩ cho trạm y tế xã ra sao');
    expect((await ask(app, 's16y', 'à không, ý em hỏi riêng tỉnh cao bằng ạ')).replies[0]!.text).toMatch(/Cao Bằng.*4 bác sĩ/);
  });

  it('keeps to the answer just given for a short question naming the place that answer was about already', async () => {
    await ask(app, 's16p', 'làm sao tra cứu thẻ bhyt trên mạng');
    const told = await ask(app, 's16p', 'tỉnh lai châu thì dùng được những nền tảng nào nữa');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/Cổng Dịch vụ công quốc gia/);
  });

  it('reads "hệ thống đó", "ứng dụng đó" as pointing back at what was just answered, asked of the place named', async () => {
    await ask(app, 's16h', 'có khám chữa bệnh qua mạng không');
    expect((await ask(app, 's16h', 'hệ thống đó ở lai châu tên là gì')).replies[0]!.text).toMatch(/Telehealth/);
  });

  it('gives the figure just answered for "con số chính xác là bao nhiêu", and reads "khoảng" as saying nothing', async () => {
    expect((await ask(app, 's16k', 'Hải Phòng năm 2026 phấn đấu khoảng 95% dân có bhyt à')).replies[0]!.text).toMatch(/95,5%/);
    const told = await ask(app, 's16k', 'ủa vậy con số chính xác là mấy');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/95,5%/);
  });

  it('answers a central document named by the number of one of the other kind as that one, saying so', async () => {
    const told = await ask(app, 's16n', 'nghị quyết 52 về bảo hiểm y tế toàn dân nói gì');
    expect(told.replies[0]!.text).toMatch(/không có Nghị quyết số 52; số 52 là Chỉ thị số 52-CT\/TW/);
    expect(told.replies[0]!.text).toMatch(/Ban Bí thư/);
  });

  it('takes "ngày sức khỏe" for the health day of all people, after another day was answered', async () => {
    await ask(app, 's16d', 'cho chị hỏi về ngày truyền thống bảo hiểm y tế');
    const told = await ask(app, 's16d', 'không, ngày sức khỏe cơ');
    expect(told.intent).toBe('health-day');
    expect(told.replies[0]!.text).toMatch(/7\/4/);
  });

  it('reads "thế còn số 72" after what a central document is as the same question of the one numbered so', async () => {
    await ask(app, 's16s', 'chỉ thị số 52 là văn bản về cái gì');
    expect((await ask(app, 's16s', 'vậy còn số 72 thì sao')).replies[0]!.text).toMatch(/^Nghị quyết số 72-NQ\/TW do Bộ Chính trị ban hành/);
  });

  it('says the documents do not name who signed a province\'s own numbered plan pointed at, rather than another\'s signer', async () => {
    await ask(app, 's16u', 'cao bằng có kế hoạch 69-KH/TU về bảo hiểm y tế đúng không');
    const told = await ask(app, 's16u', 'thế kế hoạch ấy do ai ký vậy');
    expect(told.intent).toBe('fallback');
    expect(told.replies[0]!.text).not.toMatch(/Nông Thanh Tùng/);
    // The plan named in the answer, not its question.
    await ask(app, 's16u2', 'kế hoạch của tỉnh ủy cao bằng đặt tỷ lệ bao phủ năm 2026 ra sao');
    expect((await ask(app, 's16u2', 'người ký kế hoạch đó là ai')).intent).toBe('fallback');
  });

  it('reads "chỉ thị đó …" after a province\'s plan carrying out a directive as asking of the directive', async () => {
    await ask(app, 's16w', 'thành phố hải phòng thực hiện bhyt toàn dân theo kế hoạch gì');
    expect((await ask(app, 's16w', 'vậy chỉ thị đó được ban hành hôm nào')).replies[0]!.text).toMatch(/03\/10\/2025/);
  });

  it('answers "kế hoạch gì" with the plan named by what it carries out, and "mấy khẩu hiệu" with the count of messages', async () => {
    expect((await ask(app, 's16m', 'thành phố hải phòng thực hiện bhyt toàn dân theo kế hoạch gì')).intent).toBe('faq');
    expect((await ask(app, 's16m2', 'ở lai châu có kế hoạch nào thực hiện bảo hiểm y tế toàn dân')).intent).toBe('faq');
    expect((await ask(app, 's16m3', 'tỉnh cao bằng có mấy khẩu hiệu tuyên truyền về sức khỏe')).intent).toBe('faq');
  });

  it('answers "tỉnh nào cao nhất" right after a target with the place setting the highest, beside every place\'s figure', async () => {
    await ask(app, 's16z', 'năm 2026 cả nước phải có bao nhiêu phần trăm dân tham gia bảo hiểm y tế');
    expect((await ask(app, 's16z', 'vậy trong các tỉnh thì tỉnh nào cao nhất')).replies[0]!.text).toMatch(/Cao Bằng 97%, Hải Phòng 95,5%, Lai Châu 95%/);
  });

  it('reads "<place> có chỉ tiêu riêng không", "<place> có không" as asking that place\'s version, and says when there is none', async () => {
    await ask(app, 's16r', 'đến 2030 người dân vận động thể lực tăng bao nhiêu');
    expect((await ask(app, 's16r', 'hải phòng có chỉ tiêu riêng không')).replies[0]!.text).toMatch(/không nêu riêng cho Hải Phòng.*10%/s);
    await ask(app, 's16r2', 'học sinh người dân tộc ở lai châu được hỗ trợ đóng bảo hiểm không');
    expect((await ask(app, 's16r2', 'thế hà nội có không')).replies[0]!.text).toMatch(/chưa nêu riêng nội dung này cho Hà Nội/);
  });

  it('reads "quay lại <year>" or "quay lại <place>" alone as that year or place of what is being talked about', async () => {
    await ask(app, 's16q', 'nghị quyết 72 đặt tuổi thọ bình quân năm 2030 ở mức nào');
    await ask(app, 's16q', 'thế mốc 2045 thì tuổi thọ ra sao');
    expect((await ask(app, 's16q', 'thôi quay lại 2030')).replies[0]!.text).toMatch(/75,5 tuổi/);
    await ask(app, 's16q2', 'hải phòng muốn bao nhiêu phần trăm người dân có thẻ bhyt trong năm 2026');
    await ask(app, 's16q2', 'bên tỉnh cao bằng thì đặt chỉ tiêu mấy phần trăm');
    expect((await ask(app, 's16q2', 'ok quay lại hải phòng')).replies[0]!.text).toMatch(/^Hải Phòng.*95,5%/);
  });

  it('reads a follow-up opening with "ok" as the follow-up, and "toàn quốc?" alone after a place\'s answer as the nation\'s', async () => {
    await ask(app, 's16o', 'tỉnh lai châu đặt chỉ tiêu bao phủ năm 2026 là mấy phần trăm');
    expect((await ask(app, 's16o', 'toàn quốc?')).replies[0]!.text).toMatch(/cả nước phải đạt trên 95%/);
    await ask(app, 's16o', 'tổng đài của bảo hiểm xã hội tỉnh đó số mấy');
    expect((await ask(app, 's16o', 'ok thế cao bằng đặt chỉ tiêu bao nhiêu')).replies[0]!.text).toMatch(/Cao Bằng.*97%/);
  });

  it('does not keep to a year\'s answer for a follow-up asking that year of something the answer does not have', async () => {
    await ask(app, 's16t2', 'nghị quyết 72 muốn chiều cao thanh thiếu niên tăng thêm bao nhiêu đến 2030');
    expect((await ask(app, 's16t2', 'còn về tuổi thọ trung bình năm 2030')).replies[0]!.text).toMatch(/75,5 tuổi/);
  });

  it('answers, rather than offers choices, when only one close choice has the rarest word asked ("lương")', async () => {
    const told = await ask(app, 's16l', 'lương cơ sở năm 2026 được bao nhiêu');
    expect(told.intent).toBe('fallback');
    expect(told.replies[0]!.text).toMatch(/không nêu số tiền đóng BHYT/);
  });

  it('reads "cả nước thì …" after a place\'s answer as the nation\'s version of it', async () => {
    await ask(app, 's16c2', 'đề án bỏ viện phí của tỉnh lai châu làm đến năm nào');
    expect((await ask(app, 's16c2', 'toàn quốc thì áp dụng mức nào')).replies[0]!.text).toMatch(/^Theo Nghị quyết 72-NQ\/TW.*miễn viện phí ở mức cơ bản/);
  });

  it('helps with what the bot is and answers about, apologises for "sai bét rồi", and hands over for staff on duty', async () => {
    expect((await ask(app, 's16b1', 'em hỏi thật, bot là người hay máy thế')).intent).toBe('help');
    expect((await ask(app, 's16b2', 'ad có trả lời về bảo hiểm y tế không')).intent).toBe('help');
    expect((await ask(app, 's16b3', 'sai bét rồi')).replies[0]!.text).toMatch(/^Xin lỗi vì tôi chưa trả lời đúng ý bạn/);
    expect((await ask(app, 's16b4', 'giờ này có cán bộ trực không ạ')).intent).toBe('handoff');
  });

  it('reads "còn ở <place>" right after an answer as a follow-up, not as where the person lives', async () => {
    await ask(app, 's16f', 'tại cao bằng, ai là đơn vị chủ trì tuyên truyền chỉ thị 52');
    const told = await ask(app, 's16f', 'vậy còn ở hải phòng');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/Hải Phòng/);
  });

  it('asks a new question pointing at "kế hoạch ấy" of the place whose plan was just answered from', async () => {
    await ask(app, 's16k2', 'thành phố hải phòng giao đơn vị nào chủ trì việc tuyên truyền chỉ thị 52');
    expect((await ask(app, 's16k2', 'còn ai chủ trì kiểm tra, đôn đốc thực hiện kế hoạch ấy')).replies[0]!.text).toMatch(/Đảng ủy HĐND thành phố/);
  });

  it('helps when asked who made the bot, however the bot is named, and still answers who made a document', async () => {
    expect((await ask(app, 's17h1', 'ai tao ra cai chatbot nay vay')).intent).toBe('help');
    expect((await ask(app, 's17h2', 'ai làm ra chỉ thị 52')).replies[0]!.text).toMatch(/Ban Bí thư/);
  });

  it('reads "ai phụ trách" as who leads, and "còn bên <place>?" as that place\'s answer to what was asked, though the last answer has no version for it', async () => {
    expect((await ask(app, 's17p1', 'hải phòng ai phụ trách việc tuyên truyền')).replies[0]!.text).toMatch(/Ban Tuyên giáo và Dân vận Thành uỷ chủ trì/);
    await ask(app, 's17p2', 'tại cao bằng, tuyên truyền chỉ thị 52 do ai chủ trì vậy');
    expect((await ask(app, 's17p2', 'vậy bên hải phòng?')).replies[0]!.text).toMatch(/^Theo Kế hoạch của Hải Phòng, Ban Tuyên giáo và Dân vận Thành uỷ chủ trì/);
  });

  it('gives the item a question names by its place in the list, and "cụ thể hơn cái đó" the answer on that part of the document', async () => {
    const item = await ask(app, 's17i', 'giải pháp thứ 6 trong kế hoạch của hải phòng là gì');
    expect(item.replies[0]!.text).toMatch(/^Kế hoạch triển khai Chỉ thị 52-CT\/TW của Hải Phòng có 6 nhóm nhiệm vụ, giải pháp: \(6\) [^(]*\.\s+Nguồn/);
    const detail = await ask(app, 's17i', 'cụ thể hơn cái đó');
    expect(detail.intent).toBe('faq');
    expect(detail.replies[0]!.text).toMatch(/^Hải Phòng ứng dụng trí tuệ nhân tạo/);
  });

  it('gives an unnumbered list again for "câu thứ 2", "còn câu số 8", not what "thứ" may match', async () => {
    await ask(app, 's17s', 'bạn gửi mình vài thông điệp về sống khỏe, tập thể dục để kẻ pano nhé');
    expect((await ask(app, 's17s', 'vậy câu thứ 2 là câu nào')).replies[0]!.text).toMatch(/^Một số thông điệp về lối sống/);
    expect((await ask(app, 's17s', 'còn câu số 8')).replies[0]!.text).toMatch(/^Một số thông điệp về lối sống/);
  });

  it('reads "… để thực hiện" or "… thực hiện nó" right after a document\'s answer as carrying out that document', async () => {
    await ask(app, 's17c1', 'chỉ thị 52 ra đời khi nào');
    expect((await ask(app, 's17c1', 'bên cao bằng làm kế hoạch nào để thực hiện')).replies[0]!.text).toMatch(/^Kế hoạch số 69-KH\/TU/);
    await ask(app, 's17c2', 'chỉ thị 52 ra đời khi nào');
    expect((await ask(app, 's17c2', 'ở cao bằng thì có kế hoạch gì thực hiện nó')).replies[0]!.text).toMatch(/^Kế hoạch số 69-KH\/TU/);
  });

  it('does not read a short question with a foreign word the content never has as about the answer just given', async () => {
    await ask(app, 's17o', 'người dân lai châu dùng vneid làm gì với bhyt');
    expect((await ask(app, 's17o', 'otp không tới thì làm thế nào')).intent).toBe('fallback');
  });

  it('helps staff asking formally what the system covers and how to ask, and answers a long formal request for two days\' dates', async () => {
    expect((await ask(app, 's17f1', 'hệ thống có thể hỗ trợ mình về những nội dung nào')).intent).toBe('help');
    expect((await ask(app, 's17f2', 'xin cho biết phạm vi nội dung và cách đặt câu hỏi cho phù hợp')).intent).toBe('help');
    const days = await ask(
      app,
      's17f3',
      'Phòng chúng tôi cần bố trí lịch truyền thông quanh Ngày Bảo hiểm y tế Việt Nam và Ngày Sức khỏe toàn dân. Đề nghị cho biết ngày tháng cụ thể của hai ngày này để lên kế hoạch.',
    );
    expect(days.intent).toBe('health-day');
  });

  it('answers both halves of a message asking of two documents, the second pointing back at the first as well as naming its own', async () => {
    const told = await ask(app, 's17d', 'Cho tôi biết Nghị quyết 72 của Bộ Chính trị ký ngày nào; còn Nghị quyết 282/NQ-CP của Chính phủ để thực hiện nghị quyết đó ký ngày nào');
    expect(told.replies[0]!.text).toMatch(/09\/9\/2025[^]*15\/9\/2025/);
  });

  it('helps with "làm sao để dùng cái bot này" and hands over for "cần người hỗ trợ trực tiếp"', async () => {
    expect((await ask(app, 's17u1', 'cho hỏi làm sao để dùng cái bot này')).intent).toBe('help');
    expect((await ask(app, 's17u2', 'em cần người hỗ trợ trực tiếp ạ')).intent).toBe('handoff');
    expect((await ask(app, 's17u3', 'người hỗ trợ đóng bhyt là ai')).intent).toBe('faq');
  });

  it('reads "thành phố … so với cả nước" after a city\'s target as asked of that city, not of the nation', async () => {
    await ask(app, 's17n', 'mục tiêu bao phủ bhyt của hải phòng là bao nhiêu vậy');
    expect((await ask(app, 's17n', 'thế thành phố muốn xếp ở nhóm nào so với cả nước')).replies[0]!.text).toMatch(/^Hải Phòng phấn đấu/);
  });

  it('answers a plan named with its number\'s digits reversed as that plan, saying so', async () => {
    const told = await ask(app, 's17m', 'theo kế hoạch số 96 thì năm 2026 cao bằng phải có bao nhiêu % dân tham gia bhyt');
    expect(told.replies[0]!.text).toMatch(/^Tài liệu tôi có không có Kế hoạch số 96; có Kế hoạch số 69\.\n[^]*97%/);
  });

  it('reads "công nghệ ai", "ứng dụng ai" typed in lower case as artificial intelligence', async () => {
    expect((await ask(app, 's17a1', 'lai châu có ứng dụng ai vào bảo hiểm y tế không')).replies[0]!.text).toMatch(/AI/);
    expect((await ask(app, 's17a2', 'thanh pho hai phong ap dung cong nghe ai ra sao trong bhyt')).replies[0]!.text).toMatch(/trí tuệ nhân tạo/);
  });

  it('answers a place\'s percentage checked with nothing else said by that place\'s answer giving the nearest one', async () => {
    expect((await ask(app, 's17p', 'lai châu chỉ cần 90% thôi hả')).replies[0]!.text).toMatch(/^Theo Kế hoạch của Đảng ủy UBND tỉnh Lai Châu[^]*95%/);
    expect((await ask(app, 's17q', 'thế hải phòng không phải 96% à')).replies[0]!.text).toMatch(/95,5%/);
  });

  it('reads "còn <place>, ko phải cũng <figure> chứ" as that place\'s answer, not as a correction cut at the decimal comma', async () => {
    await ask(app, 's17k', 'mục tiêu tuổi thọ đến 2030 của cả nước');
    expect((await ask(app, 's17k', 'thế cao bằng, không phải cũng 75,5 tuổi à')).replies[0]!.text).toMatch(/^Cao Bằng|Cao Bằng[^]*75 tuổi/);
  });

  it('reads southern and central words typed with their diacritics: "hông", "dzậy", "rứa", "ni", and greets "bữa ni khỏe hông"', async () => {
    expect((await ask(app, 's17r1', 'bữa ni cận nghèo được hỗ trợ hông')).replies[0]!.text).toMatch(/cận nghèo/);
    expect((await ask(app, 's17r2', 'ở lai châu có trạm y tế nào khám từ xa hông')).replies[0]!.text).toMatch(/^Lai Châu/);
    expect((await ask(app, 's17r3', 'chào ad, bữa ni khỏe hông')).intent).toBe('greeting');
    expect((await ask(app, 's17r4', 'em hỏi được chi hả bot')).intent).toBe('help');
  });

  it('reads "…, không phải năm 2024 chứ" after a document\'s answer as its date checked', async () => {
    await ask(app, 's17v', 'nghị quyết 72 là văn bản gì vậy');
    expect((await ask(app, 's17v', 'ký ngày nào vậy, không phải năm 2024 chứ')).replies[0]!.text).toMatch(/09\/9\/2025/);
  });

  it('answers "có tất cả mấy nhóm" after one group of a programme with the list of them all', async () => {
    await ask(app, 's17g', 'hà nội chăm sóc người yếu thế thế nào');
    expect((await ask(app, 's17g', 'chương trình đó có tất cả mấy nhóm')).replies[0]!.text).toMatch(/^Chương trình 06-CTr\/TU của Hà Nội có 09 nhóm nhiệm vụ, giải pháp: \(1\)/);
  });

  it('falls back on "hôm nay thứ mấy" right after an answer', async () => {
    await ask(app, 's17t', 'chống gian lận quỹ bảo hiểm y tế thế nào');
    expect((await ask(app, 's17t', 'hôm nay là thứ mấy vậy')).intent).toBe('fallback');
  });

  it('reads "cái … hồi nãy" as what was just answered, after a question off the topic', async () => {
    await ask(app, 's17w', 'tỉnh cao bằng có chính sách gì cho người cận nghèo mua thẻ');
    await ask(app, 's17w', 'xổ số miền bắc hôm qua ra con gì');
    const told = await ask(app, 's17w', 'mức hỗ trợ hồi nãy do ai quyết định');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/Cao Bằng/);
  });

  it('gives the item next to the one just shown, or to the one named, when a follow-up asks for it', async () => {
    await ask(app, 's18a', 'nghị quyết 72 có bao nhiêu nhóm giải pháp');
    expect((await ask(app, 's18a', 'cho xem nhóm 4')).replies[0]!.text).toMatch(/: \(4\) cải cách hành chính y tế/);
    expect((await ask(app, 's18a', 'còn nhóm kế tiếp')).replies[0]!.text).toMatch(/: \(5\) đột phá khoa học/);
    expect((await ask(app, 's18a', 'vậy nhóm liền trước')).replies[0]!.text).toMatch(/: \(4\) cải cách hành chính y tế/);
    expect((await ask(app, 's18a', 'nhóm sau nhóm 1')).replies[0]!.text).toMatch(/: \(2\) hoàn thiện thể chế/);
  });

  it('answers "nguồn ở đâu" right after an answer with the documents that answer cites', async () => {
    await ask(app, 's18b', 'cao bằng đặt tuổi thọ bình quân là bao nhiêu');
    const reply = await ask(app, 's18b', 'nguồn ở đâu thế');
    expect(reply.intent).toBe('faq');
    expect(reply.replies.map((r) => r.text).join('\n')).toMatch(/40-KH\/TU/);
  });

  it('falls back when a place with nothing of its own is asked for a figure right after another place\'s answer', async () => {
    await ask(app, 's18c', 'bệnh viện đông y lai châu sẽ được xây à');
    expect((await ask(app, 's18c', 'thế hải phòng xây mấy giường')).intent).toBe('fallback');
  });

  it('says a place\'s answer gives no figure when asked after another place\'s figure, and compares nothing with it', async () => {
    await ask(app, 's18d', 'tỉnh cao bằng muốn người dân sống thọ trung bình mấy tuổi');
    const reply = await ask(app, 's18d', 'vậy còn thủ đô hà nội');
    expect(reply.intent).toBe('fallback');
    const text = reply.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/tiệm cận các đô thị phát triển/);
    expect(text).not.toMatch(/Hà Nội 80 tuổi/);
  });

  it('reads "về nội dung gì" right after an answer about a document as asking what it is about, not for help', async () => {
    await ask(app, 's18e', 'nghị quyết 72 được ban hành khi nào');
    const reply = await ask(app, 's18e', 'về những nội dung nào vậy');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/Nghị quyết số 72/);
    expect((await ask(app, 's18f', 'về những nội dung nào vậy')).intent).toBe('help');
  });

  it('reads "so với trung ương" as the nation compared with', async () => {
    const reply = await ask(app, 's18g', 'cao bằng đặt tỷ lệ bao phủ năm 2026 so với trung ương thế nào');
    const text = reply.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/97%/);
    expect(text).toMatch(/Chỉ thị 52-CT\/TW/);
  });

  it('reads "nguồn vốn ở đâu" as where money comes from, not a place to go', async () => {
    const reply = await ask(app, 's18h', 'thành phố hải phòng lấy nguồn vốn ở đâu để đầu tư cho y tế');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/vốn ODA/);
  });

  it('gives the answer just given again for "ngoài ra còn gì nữa", whatever else the person\'s province has', async () => {
    await ask(app, 's18i', 'em ở lai châu');
    await ask(app, 's18i', 'muốn xuất trình thẻ bảo hiểm y tế bằng điện thoại thì mở ứng dụng gì');
    const reply = await ask(app, 's18i', 'ngoài ra còn gì khác không ạ');
    expect(reply.replies[0]!.text).toMatch(/Cổng Dịch vụ công quốc gia/);
  });

  it('gives a province\'s plan for "còn kế hoạch của <place>", and that plan\'s signer right after another signer', async () => {
    await ask(app, 's18j', 'chỉ thị 52 gồm những nhóm giải pháp nào');
    expect((await ask(app, 's18j', 'thế bên hải phòng thì kế hoạch ra sao')).replies[0]!.text).toMatch(/6 nhóm nhiệm vụ/);
    await ask(app, 's18k', 'đồng chí nào đứng tên ký văn bản hướng dẫn của tỉnh cao bằng');
    expect((await ask(app, 's18k', 'vậy còn kế hoạch của hải phòng thì sao')).replies[0]!.text).toMatch(/Đỗ Mạnh Hiến/);
  });

  it('reads "còn <aspect> thì sao" with the question just answered: the doctors of commune stations after their upgrade', async () => {
    await ask(app, 's18l', 'nhà nước nâng cấp trạm y tế xã ra sao');
    expect((await ask(app, 's18l', 'thế còn bác sĩ')).replies[0]!.text).toMatch(/4-5 bác sĩ/);
  });

  it('gives a slogan\'s place among the 12, the first or last of them, and says there is no 13th, asked with no list before', async () => {
    expect((await ask(app, 's18m2', 'câu "sống xanh - sống lành - sống khỏe" là thông điệp thứ mấy')).replies[0]!.text).toMatch(/\(\d+\) “Sống xanh/);
    expect((await ask(app, 's18m3', 'thông điệp cuối cùng là gì')).replies[0]!.text).toMatch(/\(12\) “/);
    expect((await ask(app, 's18m4', 'thông điệp số 13 là gì')).replies[0]!.text).toMatch(/chỉ có 12 mục/);
  });

  it('gives the item of a list with the words named, and its number, for "… là nhóm thứ mấy"', async () => {
    const reply = await ask(app, 's18m6', 'nhóm chuyển đổi số trong chương trình 06 của hà nội là nhóm thứ mấy');
    expect(reply.replies[0]!.text).toMatch(/09 nhóm nhiệm vụ, giải pháp: \(3\) chuyển đổi số/);
  });

  it('gives the slogan whose first words are quoted for "vế sau là gì"', async () => {
    expect((await ask(app, 's18m5', "khẩu hiệu 'mỗi người dân khỏe mạnh' vế sau là gì")).replies[0]!.text).toMatch(/Cả nước vững mạnh/);
  });

  it('gives one of the 12 slogans by its place, though the answer quotes only some', async () => {
    await ask(app, 's18m', 'cao bằng định hướng những thông điệp tuyên truyền gì');
    expect((await ask(app, 's18m', 'đọc giúp thông điệp số 2')).replies[0]!.text).toMatch(/\(2\) “Y tế dự phòng là then chốt/);
    expect((await ask(app, 's18m', 'vậy câu tiếp theo')).replies[0]!.text).toMatch(/\(3\) “Mỗi người dân khỏe mạnh - Cả nước vững mạnh!”/);
    expect((await ask(app, 's18m', 'còn câu cuối cùng')).replies[0]!.text).toMatch(/\(12\) “Bảo vệ và chăm sóc sức khoẻ/);
  });

  it('reads "dùng trên app nào" as a question of its own, not as pointing at the app above', async () => {
    const reply = await ask(app, 's18n', 'thẻ bảo hiểm y tế điện tử thì dùng trên app nào, còn sổ sức khỏe điện tử để làm gì');
    const text = reply.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/VNeID/);
    expect(text).toMatch(/vòng đời/);
  });

  it('reads "hồi nãy bạn nói <figure>" as pointing at the last answer, not as a claim to check', async () => {
    await ask(app, 's19a', 'theo chỉ thị 52 thì đến 2026 độ bao phủ cả nước phải đạt mức nào');
    const reply = await ask(app, 's19a', 'vừa nãy bạn nói 95% là của ai quy định thế');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/Ban Bí thư/);
  });

  it('gives the item of a list named by its number when nothing else is sure to answer ("thông điệp số 6")', async () => {
    const reply = await ask(app, 's19b', 'cho tôi đọc thông điệp số 4 với');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/Sức khỏe là vốn quý/);
    expect(reply.replies[0]!.text).not.toMatch(/Tập thể dục/);
  });

  it('gives the one item of the list found that a question is about ("nhóm nào về …"), not the whole list', async () => {
    const text = (await ask(app, 's19c', 'hải phòng có nhóm nhiệm vụ nào về tuyên truyền')).replies[0]!.text;
    expect(text).toMatch(/\(3\) đổi mới nội dung, hình thức/);
    expect(text).not.toMatch(/\(1\)/);
  });

  it('hands over for a person to answer the phone ("cán bộ nghe máy") even after a formal greeting', async () => {
    expect((await ask(app, 's19d1', 'Kính gửi ban quản trị, cho tôi xin một nhân viên trực tiếp hướng dẫn')).intent).toBe('handoff');
    expect((await ask(app, 's19d2', 'có người nghe máy không ạ')).intent).toBe('handoff');
  });

  it('does not take "dẫn đầu cả nước" for the nation asked about: the place named is ranked in it', async () => {
    const reply = await ask(app, 's19e', 'Hải Phòng đặt mục tiêu vào nhóm dẫn đầu cả nước về bảo hiểm y tế. Thế năm 2026 chỉ tiêu cụ thể là bao nhiêu');
    expect(reply.replies[0]!.text).toMatch(/95,5%/);
  });

  it('keeps a national answer that opens on the place named over that place\'s closer-scoped rival', async () => {
    const reply = await ask(app, 's19f', 'các thông điệp dùng để tuyên truyền nghị quyết 72 ở cao bằng là gì');
    expect(reply.replies[0]!.text).toMatch(/12 thông điệp/);
  });

  it('says how often Lai Châu shares the common health, insurance and population data', async () => {
    const reply = await ask(app, 's20a', 'lai châu chia sẻ dữ liệu dùng chung về y tế và dân cư vào thời gian nào');
    expect(reply.replies[0]!.text).toMatch(/dữ liệu dùng chung[^.]*thường xuyên/);
  });

  it('gives the part of the document one item heads when the same message asks for it in detail', async () => {
    await ask(app, 's20b', 'hải phòng chia kế hoạch bảo hiểm y tế thành những nhóm giải pháp gì');
    const reply = await ask(app, 's20b', 'cụ thể nhóm thứ ba ra sao');
    expect(reply.sources.map((s) => s.section)).toEqual(['III.3']);
  });

  it('keeps the place\'s own answer when the question asks which province or city', async () => {
    const reply = await ask(app, 's20c', 'địa phương nào đặt mục tiêu đứng trong nhóm dẫn đầu cả nước về người tham gia bảo hiểm y tế');
    expect(reply.replies[0]!.text).toMatch(/^Hải Phòng/);
  });

  it('answers which document names the day just given with that day, whose answer cites it', async () => {
    await ask(app, 's20d', 'hôm nào được chọn làm ngày sức khỏe cho toàn dân');
    const reply = await ask(app, 's20d', 'tài liệu nào có nói về ngày này');
    expect(reply.intent).toBe('health-day');
    expect(reply.replies[0]!.text).toMatch(/Ban Tuyên giáo và Dân vận Tỉnh uỷ Cao Bằng/);
  });

  it('gives every health day when asked which days the guidance mentions', async () => {
    const reply = await ask(app, 's20e', 'hướng dẫn tuyên truyền có đề cập ngày nào trong năm');
    expect(reply.intent).toBe('health-day');
    expect(reply.replies[0]!.text).toMatch(/7\/4[^]*1\/7/);
  });

  it('gives the version for the place just answered about of a national answer to a follow-up naming no place', async () => {
    await ask(app, 's20f', 'ở hải phòng đi khám bệnh bhyt có được hỗ trợ thêm không');
    const reply = await ask(app, 's20f', 'chỉ tiêu năm 2026 đặt ra bao nhiêu');
    expect(reply.replies[0]!.text).toMatch(/^Hải Phòng[^.]*95,5%/);
  });

  it('gives one milestone of the targets by its place among them', async () => {
    await ask(app, 's20g', 'các mục tiêu của nghị quyết 72 chia thành mấy mốc thời gian');
    const reply = await ask(app, 's20g', 'còn mốc cuối cùng');
    expect(reply.replies[0]!.text).toMatch(/\(3\) tầm nhìn đến năm 2045/);
    expect(reply.replies[0]!.text).not.toMatch(/\(1\)/);
  });

  it('reads what an item is about up to the "là" that asks for it, and gives its number when asked next', async () => {
    await ask(app, 's20h', 'cao bằng có những thông điệp nào để tuyên truyền nghị quyết 72');
    const found = await ask(app, 's20h', 'câu về học, làm việc là câu nào');
    expect(found.replies[0]!.text).toMatch(/\(6\) “Khỏe để học/);
    const place = await ask(app, 's20h', 'nó đứng thứ mấy');
    expect(place.replies[0]!.text).toMatch(/\(6\) “Khỏe để học/);
  });

  it('reads an item asked for with the words that ask about it as a short follow-up', async () => {
    await ask(app, 's20i', 'hải phòng nhân rộng các mô hình gì về bảo hiểm y tế');
    const reply = await ask(app, 's20i', 'cai mo hinh thu hai ten day du la gi the');
    expect(reply.replies[0]!.text).toMatch(/“Gia đình tham gia bảo hiểm y tế đầy đủ”/);
  });

  it('says whom Cao Bằng\'s propaganda board works with to guide the press, asked right after the province\'s target', async () => {
    await ask(app, 's20j', 'mục tiêu bao phủ của tỉnh cao bằng đến năm 2026 là mấy phần trăm');
    const reply = await ask(app, 's20j', 'để làm được thì phối hợp với ai');
    expect(reply.replies[0]!.text).toMatch(/^Theo các Hướng dẫn của Cao Bằng, Ban Tuyên giáo[^.]*Hội Nhà báo tỉnh/);
  });

  it('keeps a follow-up naming no place on the place the conversation is about over another province\'s answer', async () => {
    await ask(app, 's20k', 'thành phố hải phòng muốn bao nhiêu phần trăm dân có bảo hiểm y tế');
    const reply = await ask(app, 's20k', 'vậy ai kiểm tra giám sát');
    expect(reply.replies[0]!.text).toMatch(/^Theo Kế hoạch của Ban Thường vụ Thành uỷ Hải Phòng/);
  });

  it('says a place\'s documents do not give a year\'s target and gives the nation\'s, asked right after the place\'s plan', async () => {
    await ask(app, 's20l', 'kế hoạch 40-KH/TU của tỉnh cao bằng có những mục tiêu gì');
    const reply = await ask(app, 's20l', 'vậy mốc 2045 tuổi thọ trung bình được đặt bao nhiêu');
    expect(reply.replies[0]!.text).toMatch(/không nêu riêng cho Cao Bằng[^]*trên 80 tuổi/);
  });

  it('reads how two places named differ as asking each one\'s answer', async () => {
    const reply = await ask(app, 's20m', 'chỉ tiêu 2026 hải phòng và lai châu giống nhau không');
    expect(reply.replies[0]!.text).toMatch(/95,5%[^]*Lai Châu[^]*95%/);
  });

  it('says the documents rank no province in the country when asked which is highest in the whole country', async () => {
    const reply = await ask(app, 's20n', 'nơi nào tỷ lệ người tham gia bảo hiểm y tế cao nhất trên cả nước');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/không xếp hạng các tỉnh trong cả nước[^]*Cao Bằng 97%/);
  });

  it('says what Hà Nội\'s goal makes of the silver economy, in the programme\'s words', async () => {
    await ask(app, 's20o', 'mục tiêu tổng quát về y tế của thủ đô hà nội');
    const reply = await ask(app, 's20o', 'còn kinh tế bạc nhằm mục đích gì');
    expect(reply.replies[0]!.text).toMatch(/“kinh tế bạc” thành động lực tăng trưởng mới/);
  });

  it('gives how many forms Hà Nội\'s plan lists when asked for their number', async () => {
    const reply = await ask(app, 's20p', 'để quán triệt nq72 thành phố hà nội dùng tất cả mấy hình thức');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/có 4 hình thức: \(1\)/);
  });

  it('gives the part of the document an item heads when asked how, in detail, right after the item', async () => {
    await ask(app, 's20q', 'hải phòng chia kế hoạch bảo hiểm y tế thành những nhóm giải pháp gì');
    await ask(app, 's20q', 'nhóm thứ ba');
    const reply = await ask(app, 's20q', 'vậy cụ thể ra sao');
    expect(reply.sources.map((s) => s.section)).toEqual(['III.3']);
  });

  it('gives the item of its plan\'s list an answer comes under when asked which group it belongs to', async () => {
    await ask(app, 's20r', 'hải phòng tăng chi trả bhyt cho phòng bệnh, chẩn đoán sớm thế nào');
    const reply = await ask(app, 's20r', 'việc đó thuộc nhóm giải pháp nào');
    expect(reply.replies[0]!.text).toMatch(/6 nhóm nhiệm vụ, giải pháp: \(2\) tham mưu sửa đổi/);
  });

  it('gives the other day when asked for the second of the days just given', async () => {
    await ask(app, 's20s', 'hằng năm hưởng ứng những ngày nào về sức khỏe và bảo hiểm y tế');
    const reply = await ask(app, 's20s', 'còn ngày thứ 2 thì sao');
    expect(reply.intent).toBe('health-day');
    expect(reply.replies[0]!.text).toMatch(/^Ngày Bảo hiểm y tế Việt Nam là ngày 1\/7/);
  });

  it('gives one item of a list written into the sentence just answered, not of another list of the document', async () => {
    await ask(app, 's20t', 'hải phòng chú trọng mở rộng bao phủ bảo hiểm y tế cho những nhóm nào');
    const reply = await ask(app, 's20t', 'thế còn nhóm số 4 gồm những người nào');
    expect(reply.replies[0]!.text).toMatch(/^Kế hoạch của Hải Phòng[^]*\(4\) người cao tuổi\./);
  });

  it('reads a document named after "theo" as where the answer is from, not what is asked about', async () => {
    const reply = await ask(app, 's20u', 'theo chỉ thị 52 từng cán bộ đảng viên có trách nhiệm gì về bảo hiểm y tế');
    expect(reply.replies[0]!.text).toMatch(/tuyên truyền viên/);
  });

  it('answers a place\'s target asked as "bao nhiêu % dân số" or "bao nhiêu vào năm …", the "%" or "vào" being no count asked', async () => {
    const percent = await ask(app, 's21a', 'tp hải phòng muốn bao nhiêu % dân số tham gia bảo hiểm y tế năm 2026');
    expect(percent.intent).toBe('faq');
    expect(percent.replies[0]!.text).toMatch(/95,5%/);
    const byYear = await ask(app, 's21b', 'tỷ lệ dân tham gia bhyt của lai châu phải đạt bao nhiêu vào năm 2026');
    expect(byYear.intent).toBe('faq');
    expect(byYear.replies[0]!.text).toMatch(/95%/);
    const twoAsked = await ask(app, 's21c', 'kế hoạch 40 của cao bằng: tuổi thọ bn, số năm khỏe mạnh bn');
    expect(twoAsked.intent).toBe('faq');
    expect(twoAsked.replies[0]!.text).toMatch(/75 tuổi[\s\S]*65 năm/);
  });

  it('answers from the nation\'s documents a person telling of a province they do not cover, unless asked of "tỉnh mình"', async () => {
    const told = await ask(app, 's21d', 'Nhà tôi ở Quảng Ngãi, bố tôi bị bệnh tim. Nghị quyết 72 nói người dân được khám sàng lọc miễn phí mấy lần một năm?');
    expect(told.intent).toBe('faq');
    expect(told.replies[0]!.text).toMatch(/Quảng Ngãi[\s\S]*mỗi năm 1 lần/);
    const ofPlace = await ask(app, 's21e', 'Tôi ở Quảng Ngãi. Tỉnh mình đặt mục tiêu bao phủ bhyt năm 2026 bao nhiêu?');
    expect(ofPlace.intent).toBe('fallback');
    expect(ofPlace.replies[0]!.text).toMatch(/không nêu riêng cho Quảng Ngãi[\s\S]*95%/);
  });

  it('reads "nhóm thứ năm cụ thể gồm những việc gì" right after a list as that item, not a question about the bot', async () => {
    await ask(app, 's21f', 'kế hoạch của hải phòng có những nhóm nhiệm vụ giải pháp gì');
    const last = await ask(app, 's21f', 'nhóm thứ năm cụ thể gồm những việc gì');
    expect(last.intent).toBe('faq');
    expect(last.replies[0]!.text).toMatch(/giám định BHYT/);
  });

  it('reads the figures asked in a message\'s question only, not a count in the story told before it', async () => {
    const story = await ask(app, 's21g', 'Chị làm thợ may ở Sìn Hồ, Lai Châu, mấy năm nay toàn đi khám bằng thẻ giấy. Giờ đăng ký thẻ bhyt điện tử ở đâu được?');
    expect(story.intent).toBe('faq');
    expect(story.replies[0]!.text).toMatch(/VNeID/);
    expect(story.replies[0]!.text).not.toMatch(/không nêu cụ thể điều bạn hỏi/);
  });

  it('answers what is asked of one item of a list, in the same message or right after it, from the part of the document the item heads', async () => {
    await ask(app, 's21h', 'các nhóm nhiệm vụ của kế hoạch lai châu');
    expect((await ask(app, 's21h', 'nhóm 4 có đầu tư bệnh viện không')).replies[0]!.text).toMatch(/600 giường/);
    await ask(app, 's21i', 'kế hoạch hải phòng gồm những nhóm giải pháp nào');
    await ask(app, 's21i', 'ý thứ ba là gì');
    expect((await ask(app, 's21i', 'trong ý đó có làm video không')).replies[0]!.text).toMatch(/video ngắn/);
  });

  it('says the documents give no number for "tổng đài … là số mấy", and takes "đồ vô dụng" as a complaint about the bot', async () => {
    const hotline = await ask(app, 's21j', 'tổng đài tiếp nhận phản ánh của hải phòng là số mấy');
    expect(hotline.intent).toBe('fallback');
    expect(hotline.replies[0]!.text).toMatch(/không ghi số tổng đài/);
    expect((await ask(app, 's21k', 'đồ vô dụng')).intent).toBe('help');
  });

  it('reads "bao nhiêu % dân" as a share, not a population, for the place the person lives in', async () => {
    await ask(app, 's21l', 'mình sống ở lai châu');
    const share = await ask(app, 's21l', 'năm 2026 tỉnh mình phấn đấu bao nhiêu % dân có thẻ bảo hiểm');
    expect(share.intent).toBe('faq');
    expect(share.replies[0]!.text).toMatch(/95%/);
    expect((await ask(app, 's21m', 'hải phòng có bao nhiêu dân')).intent).toBe('fallback');
  });

  it('answers "số liệu đó lấy theo …" with the answer just given, which names its document', async () => {
    await ask(app, 's21n', 'bác sĩ ở trạm y tế xã của cao bằng phải có bao nhiêu người');
    expect((await ask(app, 's21n', 'số liệu đó lấy từ kế hoạch nào')).replies[0]!.text).toMatch(/40-KH\/TU/);
  });

  it('answers "nói cụ thể hơn" after an answer that counts items without listing them with the list of them', async () => {
    await ask(app, 's21o', 'chương trình 06 của thành ủy hà nội là gì');
    const more = await ask(app, 's21o', 'nói cụ thể hơn đi');
    expect(more.replies[0]!.text).toMatch(/09 nhóm nhiệm vụ, giải pháp: \(1\)/);
  });

  it('gives the item a question names of a programme\'s list when what it finds is the programme itself', async () => {
    const named = await ask(app, 's21p', 'nhóm thứ tám của chương trình 06 hà nội nói gì');
    expect(named.replies[0]!.text).toMatch(/\(8\) phát triển nhân lực y tế chất lượng cao, đồng bộ ngang tầm thế giới\./);
    const numbered = await ask(app, 's21q', 'nhom 2 trong ctr 06 cua ha noi');
    expect(numbered.replies[0]!.text).toMatch(/\(2\) quy hoạch và tổ chức hệ thống y tế Thủ đô/);
  });

  it('corrects a claimed year with the year the documents give, rather than saying they do not give the one claimed', async () => {
    const year = await ask(app, 's21r', 'có người bảo năm 2026 là cao bằng phải có đủ 4 bác sĩ mỗi trạm y tế rồi, đúng không');
    expect(year.intent).toBe('faq');
    expect(year.replies[0]!.text).toMatch(/năm 2027/);
    const range = await ask(app, 's21s', 'hàng xóm bảo 2028 trạm y tế nào cũng có 4-5 bác sĩ phải không');
    expect(range.intent).toBe('faq');
    expect(range.replies[0]!.text).toMatch(/năm 2027/);
  });

  it('answers a share asked in "percent", and "mấy bữa nay" as lately, not a count asked', async () => {
    const percent = await ask(app, 's21t', 'hải phòng đặt target tham gia bhyt 2026 là bao nhiêu percent');
    expect(percent.intent).toBe('faq');
    expect(percent.replies[0]!.text).toMatch(/95,5%/);
    const lately = await ask(app, 's21u', 'mấy bữa nay nghe nói lai châu hỗ trợ đóng bhyt cho học sinh dân tộc thiểu số, đúng hông');
    expect(lately.intent).toBe('faq');
    expect(lately.replies[0]!.text).toMatch(/Hội đồng nhân dân/);
  });

  it('answers "trong câu đó có chữ …" or "trong đó có nói về …" right after one item from that item or the part it heads', async () => {
    await ask(app, 's21v', 'các khẩu hiệu tuyên truyền nghị quyết 72 của cao bằng');
    await ask(app, 's21v', 'khẩu hiệu thứ 9');
    expect((await ask(app, 's21v', 'trong câu đó có chữ thể dục không')).replies[0]!.text).toMatch(/\(9\) “Tập thể dục mỗi ngày/);
    await ask(app, 's21w', 'kế hoạch lai châu có những nhóm giải pháp gì');
    await ask(app, 's21w', 'nhóm thứ năm');
    expect((await ask(app, 's21w', 'trong đó có nói về bác sĩ không')).replies[0]!.text).toMatch(/nhân lực y tế/);
  });

  it('answers two documents\' dates asked in two halves, each of its own document, not a date the whole message found', async () => {
    const reply = (await ask(app, 's21x', 'chương trình 10 của lai châu ký ngày nào, còn kế hoạch 40 của cao bằng ngày nào')).replies[0]!.text;
    expect(reply).toMatch(/10-CTr\/TU ngày 30\/12\/2025/);
    expect(reply).toMatch(/40-KH\/TU ngày 15\/12\/2025/);
  });

  it('answers "cái nào …" of two documents named side by side with what each one is', async () => {
    const reply = (await ask(app, 's21y', 'nq 72 với ct 52 cái nào do bộ chính trị ra')).replies[0]!.text;
    expect(reply).toMatch(/Nghị quyết số 72-NQ\/TW do Bộ Chính trị/);
    expect(reply).toMatch(/Chỉ thị số 52-CT\/TW do Ban Bí thư/);
  });

  it('reads "thực hiện chỉ thị 52" as a document named in passing, and asks what follows a formal title of that document\'s place', async () => {
    const passing = (await ask(app, 's21z', 'thực hiện chỉ thị 52 thì đặt mục tiêu gì')).replies[0]!.text;
    expect(passing).not.toMatch(/khám sức khỏe định kỳ/);
    const titled = (await ask(app, 's21aa', 'kế hoạch 69 thực hiện chỉ thị 52 đặt ra mục tiêu gì')).replies[0]!.text;
    expect(titled).toMatch(/97%/);
  });

  it('answers "tỉnh nào …" of an answer only places have with every place\'s version', async () => {
    const reply = (await ask(app, 's21ab', 'tỉnh nào hỗ trợ đóng bhyt cho hộ làm nông nghiệp')).replies[0]!.text;
    expect(reply).toMatch(/Lai Châu/);
    expect(reply).toMatch(/Hải Phòng/);
  });

  it('answers "bao nhiêu năm nữa" and "hạn chót là năm mấy" with the year something is due', async () => {
    const until = await ask(app, 's21ac', 'mấy năm nữa thì tuổi thọ người việt được trên 80');
    expect(until.intent).toBe('faq');
    expect(until.replies[0]!.text).toMatch(/2045/);
    const deadline = await ask(app, 's21ad', 'đề án nhân lực y tế của lai châu hạn chót là năm nào');
    expect(deadline.intent).toBe('faq');
    expect(deadline.replies[0]!.text).toMatch(/2026/);
  });

  it('answers a right the nation gives everyone for a province the documents do not cover, noting it, as an answer', async () => {
    await ask(app, 's21ae', 'nhà mình ở Quảng Nam');
    const right = await ask(app, 's21ae', 'ở tỉnh mình trẻ nhỏ có được lập sổ sức khỏe điện tử không');
    expect(right.intent).toBe('faq');
    expect(right.replies[0]!.text).toMatch(/không nêu riêng cho Quảng Nam[\s\S]*sổ sức khỏe điện tử/);
    const target = await ask(app, 's21ae', 'chỉ tiêu người tham gia bhyt của tỉnh mình năm sau ra sao');
    expect(target.intent).toBe('fallback');
  });

  it('gives the list that counts the items a question counts ("… có 6 nhóm … nào"), not a close list of another count', async () => {
    const reply = (await ask(app, 's21af', 'hà nội tuyên truyền nghị quyết 72 có 6 nhóm giải pháp là những nhóm gì')).replies[0]!.text;
    expect(reply).toMatch(/^Nghị quyết 72-NQ\/TW có 06 nhóm nhiệm vụ, giải pháp: \(1\)/);
  });

  it('answers "các thông điệp về … gồm những câu nào" with the slogans, not the one slogan those words are part of', async () => {
    const reply = (await ask(app, 's21ag', 'liệt kê giúp các khẩu hiệu vì một việt nam khỏe mạnh')).replies[0]!.text;
    expect(reply).toMatch(/12 thông điệp/);
    expect(reply).not.toMatch(/^Câu đầy đủ/);
  });

  it('reads "lúc nào cũng" as at any time, not as asking when', async () => {
    const reply = await ask(app, 's21ah', 'gia hạn thẻ bhyt trên vneid thì lúc nào cũng làm được à');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/VNeID/);
  });

  it('gives both places\' answers to a question asked of no place that only two places answer, and the one place\'s when the person lives there', async () => {
    const both = (await ask(app, 's21ai', 'người làm nông nghiệp có được hỗ trợ tham gia bhyt không')).replies[0]!.text;
    expect(both).toMatch(/Lai Châu/);
    expect(both).toMatch(/Hải Phòng/);
    await ask(app, 's21aj', 'mình ở lai châu');
    const own = (await ask(app, 's21aj', 'người làm nông nghiệp có được hỗ trợ tham gia bhyt không')).replies[0]!.text;
    expect(own).toMatch(/Lai Châu/);
    expect(own).not.toMatch(/Hải Phòng/);
  });

  it('opens an answer with "Có." only when the question asks yes or no', async () => {
    expect((await ask(app, 's21ak', 'hộ cận nghèo có được hỗ trợ đóng bhyt không')).replies[0]!.text).toMatch(/^Có\. /);
    expect((await ask(app, 's21al', 'hỗ trợ đóng bhyt cho hộ cận nghèo')).replies[0]!.text).not.toMatch(/^Có\./);
  });

  it('names who set the slogans when asked which body did', async () => {
    const reply = await ask(app, 's21am', 'mấy khẩu hiệu tuyên truyền nghị quyết 72 ở cao bằng là cơ quan nào định hướng');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/Ban Tuyên giáo và Dân vận Tỉnh uỷ Cao Bằng định hướng 12 thông điệp/);
  });

  it('lists the bodies Hải Phòng\'s plan assigns, and gives one of them by its place', async () => {
    const list = (await ask(app, 's21an', 'ở hải phòng những cơ quan nào được giao thực hiện kế hoạch')).replies[0]!.text;
    expect(list).toMatch(/\(5\) Ủy ban Mặt trận Tổ quốc thành phố/);
    expect((await ask(app, 's21an', 'cơ quan thứ 4 là ai')).replies[0]!.text).toMatch(/Ban Tuyên giáo và Dân vận Thành uỷ/);
  });

  it('says a plan\'s own number and date are blank when asked of "kế hoạch đó" after the programme it carries out', async () => {
    await ask(app, 's22a', 'lai châu có kế hoạch gì về bhyt toàn dân');
    expect((await ask(app, 's22a', 'kế hoạch đó ban hành ngày nào')).replies[0]!.text).toMatch(/để trống số/);
    await ask(app, 's22b', 'lai châu có kế hoạch gì về bhyt toàn dân');
    expect((await ask(app, 's22b', 'kế hoạch đó ký ngày mấy trong tháng 1 năm 2026')).replies[0]!.text).toMatch(/để trống số/);
  });

  it.each([
    ['mẹ tôi tháng nào cũng đi lấy thuốc, bao giờ thì được miễn viện phí', /2030/],
    ['trạm y tế xã em chủ nhật là không có ai, bao giờ mỗi trạm có đủ bác sĩ', /2027/],
    ['nhà cách bệnh viện mấy chục cây số, có được khám từ xa không', /từ xa/],
  ])('reads what a story tells apart from what it asks: "%s"', async (text, fact) => {
    const reply = await ask(app, 's22c', text);
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(fact);
  });

  it.each([
    ['người quen bảo năm 2025 là phải có bhyt toàn dân rồi, có phải không', /2030/],
    ['chỉ thị 52 ban hành ngày 3/11/2025, có chính xác không', /03\/10\/2025/],
    ['ông tôi 80 tuổi, nghe nói năm 2026 được khám sức khỏe miễn phí, đúng không', /mỗi năm 1 lần/],
    ['lai châu hoàn thành đề án nhân lực y tế trong quý 2 năm 2026 phải không', /Quý II\/2026/],
  ])('checks what was heard, whoever said it and whatever else the message tells: "%s"', async (text, fact) => {
    const reply = await ask(app, 's22d', text);
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(fact);
  });

  it('does not say "Có." to a count the answer corrects', async () => {
    const reply = (await ask(app, 's22e', 'khám sức khỏe miễn phí được 3 lần 1 năm phải không')).replies[0]!.text;
    expect(reply).toMatch(/1 lần/);
    expect(reply).not.toMatch(/^Có\./);
    expect((await ask(app, 's22f', 'khám sức khỏe miễn phí 1 lần 1 năm phải không')).replies[0]!.text).toMatch(/^Có\. /);
  });

  it('answers of the province whose document is named, when the message also names a national one and another place', async () => {
    const reply = (await ask(app, 's22g', 'kế hoạch 69 thực hiện chỉ thị 52 là của hải phòng hả')).replies[0]!.text;
    expect(reply).toMatch(/Cao Bằng/);
  });

  it('names the body that issued a province\'s plan, and of another place after "còn"', async () => {
    const first = await ask(app, 's22h', 'cơ quan nào ra kế hoạch thực hiện bhyt toàn dân ở lai châu');
    expect(first.intent).toBe('faq');
    expect(first.replies[0]!.text).toMatch(/do Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu ban hành/);
    expect((await ask(app, 's22h', 'thế còn hải phòng')).replies[0]!.text).toMatch(/do Ban Thường vụ Thành uỷ Hải Phòng ban hành/);
  });

  it('gives both documents\' dates when asked which was issued "sớm hơn"', async () => {
    const reply = (await ask(app, 's22i', 'kế hoạch 40 và kế hoạch 69 của cao bằng, văn bản nào sớm hơn')).replies[0]!.text;
    expect(reply).toMatch(/15\/12\/2025/);
    expect(reply).toMatch(/12\/02\/2026/);
  });

  it('reads a period asked "từ năm nào đến năm nào" after an answer that gives it', async () => {
    await ask(app, 's22j', 'lai châu hỗ trợ mua bhyt cho học sinh dân tộc thiểu số không');
    const reply = await ask(app, 's22j', 'thời gian áp dụng từ năm nào đến năm nào');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/2026 - 2030/);
  });

  it('reads "mấy mô hình đó" as pointing back at the models just named, not as asking how many', async () => {
    await ask(app, 's22k', 'ở hải phòng có những mô hình nào vận động người dân mua bhyt');
    const reply = await ask(app, 's22k', 'ai đứng ra nhân rộng mấy mô hình đó');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/Mặt trận Tổ quốc/);
  });

  it('reads "1 năm" before "mấy lần" as what a rate is per, not as a count claimed', async () => {
    const reply = await ask(app, 's22l', 'nghe nói người dân được khám sức khỏe không mất tiền, vậy 1 năm được khám mấy lần');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/mỗi năm 1 lần/);
  });

  it('reads "gia hạn, đóng tiền" as renewing and paying, not as asking a deadline', async () => {
    const reply = await ask(app, 's22m', 'muốn gia hạn, đóng tiền thẻ bhyt trên điện thoại thì dùng cái gì');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/VNeID/);
  });

  it('knows who signed when asked "ai đứng ra ký"', async () => {
    expect((await ask(app, 's22n', 'cho hỏi ai đứng ra ký kế hoạch triển khai chỉ thị 52 của thành phố hải phòng')).replies[0]!.text).toMatch(/Đỗ Mạnh Hiến/);
  });

  it('reads "không còn ai thiếu thẻ" as everyone insured', async () => {
    const reply = await ask(app, 's22o', 'đến khi nào nước mình không còn ai thiếu thẻ bhyt');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/2030/);
  });

  it('prefers the answer to a figure asked over a close answer that is silent on something else', async () => {
    const reply = await ask(app, 's22p', 'đi khám miễn phí thì một năm được mấy lần');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/^Theo Nghị quyết 72-NQ\/TW, từ năm 2026/);
  });

  it('gives the last item of a place\'s list when the follow-up names that place again', async () => {
    await ask(app, 's22q', 'mục tiêu của chương trình 06 hà nội chia theo những mốc nào');
    const reply = await ask(app, 's22q', 'vậy mốc cuối cùng thì hà nội hướng tới điều gì');
    expect(reply.replies[0]!.text).toMatch(/\(3\) tầm nhìn đến năm 2045/);
  });

  it('gives what the document says under an item named with "cụ thể", not only the item\'s title', async () => {
    const reply = (await ask(app, 's22r', 'kế hoạch hải phòng nhóm giải pháp thứ 2 cụ thể ra sao')).replies[0]!.text;
    expect(reply).toMatch(/chính sách đặc thù/);
  });

  it('answers of the place that has an answer when the first of two places named has none of its own', async () => {
    const reply = (await ask(app, 's22s', 'bệnh viện đa khoa tỉnh cao bằng với lai châu quy mô mấy giường')).replies[0]!.text;
    expect(reply).toMatch(/600 giường/);
  });

  it('answers "còn <place> thì sao" with that place\'s own answer to what was asked before, when the answer given has no version of it', async () => {
    await ask(app, 's22t', 'nghi quyet 72 dat so nam song khoe toi thieu bao nhieu');
    expect((await ask(app, 's22t', 'còn cao bằng thì sao')).replies[0]!.text).toMatch(/tối thiểu 65 năm/);
  });

  it('reads a signer checked with "kí" as asking who signed, and "ký ban hành" as issued', async () => {
    expect((await ask(app, 's22u', 'kế hoạch tuyên truyền chương trình 06 của ban tuyên giáo hà nội có phải do trưởng ban ký không')).replies[0]!.text).toMatch(/Vũ Hà/);
    const issued = await ask(app, 's22v', 'có phải chỉ thị 52 do ban bí thư ký ban hành ngày 3/10/2025 không');
    expect(issued.intent).toBe('faq');
  });

  it('reads "đứng ở đâu so với cả nước" as asking a rank, not a place to go', async () => {
    const reply = await ask(app, 's22x', 'thành phố hải phòng muốn đứng ở đâu so với cả nước về bhyt');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/dẫn đầu cả nước/);
  });

  it('does not take a word typed with diacritics for another of the same letters without them ("ăn" is not the "án" of "đề án")', async () => {
    const reply = await ask(app, 's22y', 'cháu nhỏ con, ăn gì để cao nhanh hả ad');
    expect(reply.replies[0]!.text).not.toMatch(/Đề án phát triển nhân lực/);
  });

  it('answers the part of a message about health insurance when the rest is off topic, saying so', async () => {
    const reply = await ask(app, 's22z', 'tỷ lệ bao phủ bhyt cả nước năm 2026 là bao nhiêu với lại cho hỏi giá vàng hôm nay');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/^Tôi chỉ trả lời về bảo hiểm y tế[^]*95%/);
    expect((await ask(app, 's22za', 'Mình làm phóng viên, sắp lập kế hoạch đưa tin. Ngày Thầy thuốc Việt Nam rơi vào hôm nào?')).intent).toBe('fallback');
  });

  it('answers yes or no over a close answer silent on what the question does not name (the rate of support)', async () => {
    const reply = await ask(app, 's22zc', 'nhóm yếu thế có được nhà nước đóng giúp tiền bhyt không');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/^Có\. /);
  });

  it('corrects a year claimed with nothing else by the answer for the right year, not the one for the year claimed', async () => {
    const reply = (await ask(app, 's22zd', 'có người bảo đến năm 2030 hà nội thành trung tâm y tế lớn của cả nước và khu vực, đúng không')).replies[0]!.text;
    expect(reply).toMatch(/^Đến năm 2045, Hà Nội trở thành trung tâm y tế lớn/);
  });

  it('does not say the documents have nothing of a place\'s own when asked by that place\'s document, which the answer cites', async () => {
    const reply = (await ask(app, 's22zf', 'theo hướng dẫn tuyên truyền của tỉnh cao bằng, chỉ thị 52 gồm bao nhiêu nhóm giải pháp')).replies[0]!.text;
    expect(reply).toMatch(/06 nhóm/);
    expect(reply).not.toMatch(/không nêu riêng cho Cao Bằng/);
  });

  it('reads "phần IV có những việc gì" after a plan\'s answer as asking of that part, not about the bot', async () => {
    await ask(app, 's22zg', 'phụ lục nhiệm vụ của kế hoạch lai châu');
    expect((await ask(app, 's22zg', 'mục IV gồm những việc gì')).intent).not.toBe('help');
  });

  it('answers the health-insurance half when the off-topic half asks a figure the answer does not give, saying so', async () => {
    const target = await ask(app, 's23a', 'cao bằng phấn đấu bao phủ bhyt bao nhiêu phần trăm, nhân tiện cho hỏi giá xăng ngày mai tăng mấy đồng');
    expect(target.intent).toBe('faq');
    expect(target.replies[0]!.text).toMatch(/^Tôi chỉ trả lời về bảo hiểm y tế[^]*97%/);
    const day = await ask(app, 's23b', 'ngày bảo hiểm y tế việt nam là ngày nào, tiện hỏi luôn mai trời có mưa không');
    expect(day.intent).toBe('health-day');
    expect(day.replies[0]!.text).toMatch(/^Tôi chỉ trả lời về bảo hiểm y tế[^]*1\/7/);
  });

  it('answers a rank asked as "top mấy" with the answer that gives the place aimed for, not as a count missed', async () => {
    const reply = await ask(app, 's23c', 'hải phòng đặt mục tiêu đứng top mấy toàn quốc về bhyt');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/dẫn đầu/);
  });

  it('takes "chatbot" as the one addressed: how to use it is help, and calling it is a greeting', async () => {
    expect((await ask(app, 's23d', 'chỉ mình cách dùng chatbot với')).intent).toBe('help');
    expect((await ask(app, 's23e', 'chatbot ơi')).intent).toBe('greeting');
  });

  it('asks again of a place named after "còn ở" when the last answer was another place\'s and has no version for it', async () => {
    await ask(app, 's23f', 'lai châu đặt chỉ tiêu người dân khám bhyt ở trạm y tế xã là bao nhiêu phần trăm');
    const reply = await ask(app, 's23f', 'còn ở Hà Nội');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/^Tài liệu tôi có chưa nêu riêng nội dung này cho Hà Nội[^]*20%/);
  });

  it('says a province\'s plan leaves its date blank when asked "ban hành khi nào" right after who signed it', async () => {
    await ask(app, 's23g', 'ai là người ký kế hoạch thực hiện chỉ thị 52 của thành ủy hải phòng');
    const reply = await ask(app, 's23g', 'thế ban hành khi nào');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/không ghi số và ngày ban hành/);
  });

  it('turns to a new subject asked right after an answer that lacks its words, when an answer found, unsure, has them all', async () => {
    await ask(app, 's23h', 'hải phòng có định nâng mức đóng bảo hiểm y tế lên không');
    const reply = await ask(app, 's23h', 'vậy các gói bảo hiểm bổ sung?');
    expect(reply.replies[0]!.text).toMatch(/BHYT bổ sung theo nhu cầu/);
  });

  it('lists a document\'s parts as the original numbers them, then gives a part asked by number', async () => {
    const outline = await ask(app, 's23i', 'kế hoạch của thành ủy hải phòng có bố cục thế nào');
    expect(outline.intent).toBe('document-part');
    expect(outline.replies[0]!.text).toMatch(/I\. Mục đích, yêu cầu\nII\. Lộ trình thực hiện\nIII\. Nhiệm vụ, giải pháp\nIV\. Tổ chức thực hiện/);
    const second = await ask(app, 's23i', 'phần 2 nói gì');
    expect(second.replies[0]!.text).toMatch(/^Phần II của Kế hoạch triển khai Chỉ thị số 52-CT\/TW \(Ban Thường vụ Thành uỷ Hải Phòng\): “Lộ trình thực hiện”\.\n[^]*95,5%/);
  });

  it('asks which document is meant when a part is named of none, and gives it when one is chosen', async () => {
    const which = await ask(app, 's23j', 'phần IV có nội dung gì');
    expect(which.replies[0]!.text).toMatch(/^Bạn hỏi văn bản nào\?/);
    const lines = which.replies[0]!.text.split('\n').slice(1);
    const laiChau = lines.findIndex((line) => line.includes('Lai Châu')) + 1;
    const chosen = await ask(app, 's23j', String(laiChau));
    expect(chosen.replies[0]!.text).toMatch(/^Mục IV của Phụ lục của Kế hoạch thực hiện Chương trình hành động số 10-CTr\/TU[^]*“Lãnh đạo phát triển hệ thống cơ sở y tế/);
  });

  it('leaves a question about what a part holds to the FAQ when it answers it', async () => {
    const reply = await ask(app, 's23k', 'trong phụ lục của lai châu, đề án phát triển nhân lực y tế phải hoàn thành lúc nào');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/Quý II\/2026/i);
  });

  it('asks what was asked before of a place\'s document named with nothing else ("thế còn kế hoạch của lai châu")', async () => {
    await ask(app, 's23l', 'chỉ thị 52 có mấy nhóm giải pháp');
    const reply = await ask(app, 's23l', 'thế còn kế hoạch của lai châu');
    expect(reply.replies[0]!.text).toMatch(/^Kế hoạch của Lai Châu có 7 nhóm nhiệm vụ, giải pháp/);
  });

  it('says the documents give another place nothing of an answer of one place\'s own, when asked "còn …" of it', async () => {
    await ask(app, 's23m', 'kế hoạch hải phòng chia thành mấy nhóm nhiệm vụ giải pháp');
    const reply = await ask(app, 's23m', 'còn cao bằng thì sao');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toBe('Tài liệu tôi có không nêu nội dung này cho Cao Bằng; câu trả lời trước là của Hải Phòng. Bạn có thể hỏi điều khác về Cao Bằng.');
    await ask(app, 's23n', 'hải phòng có đề xuất chi trả khám sức khỏe định kỳ bằng bhyt không');
    expect((await ask(app, 's23n', 'thế ở lai châu')).intent).toBe('fallback');
  });

  it('takes "cái này xài thế nào" for help, and the people insured asked as "bao nhiêu dân" for a share, not a population', async () => {
    expect((await ask(app, 's23o', 'cái này xài thế nào vậy')).intent).toBe('help');
    const share = await ask(app, 's23p', 'năm 2030 bảo hiểm y tế phải phủ được bao nhiêu dân');
    expect(share.intent).toBe('faq');
    expect((await ask(app, 's23q', 'hải phòng có bao nhiêu dân')).intent).toBe('fallback');
  });

  it('takes a request for help after a story of the person, and a question announced after where they live', async () => {
    const request = 'Tôi mới mở cái khung chat này, không biết phải hỏi kiểu gì. Nhà tôi làm ruộng, tôi gõ chậm lắm. Bạn chỉ tôi cách sử dụng cái này với, hỏi những gì được?';
    expect((await ask(app, 's23r', request)).intent).toBe('help');
    const announced = 'Chào em, chị ở Hải Phòng, bán hàng ở chợ, chồng chạy xe ôm. Chị muốn hỏi vài chuyện về bảo hiểm y tế cho gia đình.';
    expect((await ask(app, 's23s', announced)).intent).toBe('help');
  });

  it('checks a figure restated right after an answer ("nghĩa là 96% phải không") against that answer', async () => {
    await ask(app, 's23t', 'mục tiêu bao phủ bhyt lai châu 2026');
    const reply = await ask(app, 's23t', 'nghĩa là 96% phải không');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/95%/);
  });

  it('answers the question that follows a request for more detail, with nothing answered before', async () => {
    const reply = await ask(app, 's23u', 'giải thích kỹ hơn nha, ai được miễn trước');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/miễn viện phí/);
  });

  it('gives an item named of a kind of list from the close list of that kind, and says when the list has no such item', async () => {
    const slogan = await ask(app, 's23v', 'hướng dẫn tuyên truyền nghị quyết 72 của cao bằng, thông điệp thứ 4 là câu gì');
    expect(slogan.replies[0]!.text).toMatch(/12 thông điệp[^]*\(4\)/);
    const beyond = await ask(app, 's23w', 'khẩu hiệu tuyên truyền thứ 15 về sức khỏe là gì');
    expect(beyond.intent).toBe('fallback');
    expect(beyond.replies[0]!.text).toMatch(/^Danh sách này chỉ có 12 mục, không có mục thứ 15\./);
  });

  it('asks the number of the kind of document named right before "số mấy", not of the first named', async () => {
    const reply = await ask(app, 's23x', 'thành ủy hải phòng triển khai chỉ thị 52 thì cao bằng thực hiện chỉ thị đó bằng kế hoạch số mấy');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/69-KH\/TU/);
  });

  it('reads a figure asked of the plan, not of now, when only the story before it tells of last year', async () => {
    const reply = await ask(app, 's23y', 'năm ngoái bố em nằm viện huyện vì trạm xã thiếu máy móc. cao bằng muốn mỗi trạm y tế có mấy bác sĩ');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).not.toMatch(/không nêu số liệu hiện nay/);
  });

  it('lists the parts of a document\'s appendix when the appendix is named, and gives the last when asked next', async () => {
    const reply = await ask(app, 's23z', 'phụ lục của kế hoạch lai châu chia ra những mục lớn nào');
    expect(reply.intent).toBe('document-part');
    expect(reply.replies[0]!.text).toMatch(/^Phụ lục của Kế hoạch thực hiện Chương trình hành động số 10-CTr\/TU [^\n]* gồm 8 mục:\nI\. [^]*\nVIII\. Công tác thanh tra/);
    const last = await ask(app, 's23z', 'còn mục cuối cùng thì sao');
    expect(last.replies[0]!.text).toMatch(/^Mục VIII của Phụ lục/);
    // Right after a list that is no document's parts, the last item of that list.
    await ask(app, 's23z2', 'cao bằng tuyên truyền nghị quyết 72 qua những hình thức nào');
    expect((await ask(app, 's23z2', 'mục cuối là gì')).replies[0]!.text).toMatch(/\(7\)/);
  });

  it('puts first, of two places compared, the one whose own answer gives the figure asked', async () => {
    const reply = await ask(app, 's23aa', 'hà nội và hải phòng đặt chỉ tiêu bao phủ bhyt năm 2026 là bao nhiêu phần trăm');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/^Hải Phòng phấn đấu tỷ lệ người dân tham gia BHYT đạt trên 95,5%[^]*Hà Nội/);
  });

  it('answers a place\'s version that gives the figure the follow-up asks, though not the last answer\'s headline figure', async () => {
    await ask(app, 's23ab', 'hà nội triển khai nghị quyết 72 qua chương trình hành động số bao nhiêu');
    const reply = await ask(app, 's23ab', 'thế hải phòng thì chương trình hành động số mấy');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/03-CTr\/TU/);
  });

  it('says the documents give no rank for a province whose answer does not place it among the leaders', async () => {
    const reply = await ask(app, 's23ac', 'lai châu đứng thứ mấy cả nước về tỉ lệ tham gia bảo hiểm y tế');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/^Tài liệu tôi có không nêu cụ thể điều bạn hỏi/);
  });

  it('takes "phải gõ cái gì vào để nó trả lời" for help, with "tui" for "tôi"', async () => {
    expect((await ask(app, 's23ad', 'vậy tui phải gõ cái gì vào để nó trả lời')).intent).toBe('help');
  });

  it('says a source document leaves out its own number when asked it by what it carries out', async () => {
    const reply = await ask(app, 's23ae', 'kế hoạch tuyên truyền nghị quyết 72 của thành ủy hà nội có số hiệu là gì');
    expect(reply.intent).toBe('fallback');
    expect(reply.replies[0]!.text).toMatch(/không ghi số và ngày ban hành/);
  });

  it('reads the "động" of "chương trình hành động số bao nhiêu" typed plain as no payment asked', async () => {
    const reply = await ask(app, 's23af', 'hai phong thuc hien nghi quyet 72 bang chuong trinh hanh dong so bao nhieu');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/03-CTr\/TU/);
  });

  it('offers help when a one-sentence introduction (who, where) ends by announcing a question', async () => {
    expect((await ask(app, 's24a', 'chào ad, em là người Mông ở xã Sìn Hồ, em muốn hỏi chút về bảo hiểm y tế')).intent).toBe('help');
    expect((await ask(app, 's24a', 'nhà em ở xã Sìn Hồ, muốn hỏi hỗ trợ bhyt cho hộ cận nghèo')).intent).toBe('faq');
  });

  it('answers a request made in passing ("tiện hỏi …") after a clause about something the documents never cover', async () => {
    const day = await ask(app, 's24b', 'đang ngồi xem phim với con, tiện hỏi luôn ngày sức khỏe toàn dân');
    expect(day.replies.at(-1)!.text).toMatch(/7\/4/);
    const target = await ask(app, 's24b', 'chờ mua iphone mới, tiện hỏi tỷ lệ bao phủ bhyt cả nước năm 2026');
    expect(target.replies.at(-1)!.text).toMatch(/95%/);
    // The other half only tells: nothing in it is left unanswered.
    for (const reply of [day, target]) expect(reply.replies[0]!.text).not.toContain('ngoài phạm vi');
  });

  it('answers who leads a task, asked of "việc này", from the answer before the last when only that one says', async () => {
    await ask(app, 's25a', 'ke hoach mien vien phi o lai chau phai xong nam nao');
    await ask(app, 's25a', 'doi tuong nao duoc mien truoc');
    const who = await ask(app, 's25a', 'viec nay ai phu trach');
    expect(who.intent).toBe('faq');
    expect(who.replies.at(-1)!.text).toMatch(/UBND tỉnh xây dựng kế hoạch/);
  });

  it('reads "cái này" at the end of a question as what was just answered', async () => {
    await ask(app, 's25b', 'chuong trinh hanh dong cua ha noi ve nghi quyet 72 la so may');
    const who = await ask(app, 's25b', 'ben nao phu trach tuyen truyen cai nay');
    expect(who.intent).toBe('faq');
    // Not the programme again, which only names the board among much else.
    expect(who.replies.at(-1)!.text).not.toMatch(/^Chương trình hành động số 06/);
    expect(who.replies.at(-1)!.text).toMatch(/Ban Tuyên giáo và Dân vận Thành ủy Hà Nội/);
  });

  it('gives the day asked beside an out-of-scope question that asks where, saying the rest is out of scope', async () => {
    const day = await ask(app, 's25c', 'mình muốn hỏi làm giấy tờ sang bên lào ở đâu, với lại ngày bhyt việt nam là ngày nào');
    expect(day.intent).toBe('health-day');
    expect(day.replies.at(-1)!.text).toMatch(/1\/7/);
    expect(day.replies.at(-1)!.text).toContain('ngoài phạm vi');
    // Where a day is held, asked alone, is what the documents do not say: not the date.
    expect((await ask(app, 's25c', 'ngày bhyt tổ chức ở đâu')).intent).not.toBe('health-day');
  });

  it('greets someone told "hỏi gì thì cứ hỏi ở đây", which asks nothing yet', async () => {
    expect((await ask(app, 's25d', 'chào cháu, ông mới biết dùng zalo, con gái dặn hỏi gì về bhyt thì cứ hỏi ở đây')).intent).toBe('greeting');
  });

  it('answers two things asked of one plan with the answer that gives both, not one found for "bao giờ xong" alone', async () => {
    const both = await ask(app, 's25e', 'lai chau mien vien phi uu tien ai truoc, bao gio xong');
    expect(both.replies.at(-1)!.text).toMatch(/2028/);
    expect(both.replies.at(-1)!.text).not.toMatch(/hồ sơ sức khỏe điện tử/);
  });

  it('reads a question that points back ("kế hoạch đó") at a plan it names itself, after a story', async () => {
    const plan = await ask(
      app,
      's25f',
      'Bà nội tôi bị tai biến, tuần nào cũng đi tái khám, tốn kém lắm. Thấy bảo Lai Châu đang làm kế hoạch thực hiện đề án miễn viện phí, vậy ai được ưu tiên trước, khi nào phải xong kế hoạch đó?',
    );
    expect(plan.intent).toBe('faq');
    expect(plan.replies.at(-1)!.text).toMatch(/2028/);
  });

  it('names who in Cao Bằng carries the message on health insurance to border and remote households', async () => {
    const who = await ask(app, 's25g', 'ở cao bằng ai hướng dẫn tuyên truyền bhyt tới từng hộ vùng biên giới');
    expect(who.replies.at(-1)!.text).toMatch(/Sở Văn hóa, Thể thao và Du lịch/);
  });

  it('says the documents do not say where the money comes from, when the answer found names no funding', async () => {
    expect((await ask(app, 's25h', 'ngân sách cho việc tuyên truyền nghị quyết 72 ở hà nội lấy ở đâu ra')).intent).toBe('fallback');
    // Where an answer does name the budget, it is the answer.
    expect((await ask(app, 's25h', 'hải phòng lấy kinh phí từ đâu để hỗ trợ bhyt')).intent).toBe('faq');
  });

  it('reads "có kế hoạch thực hiện chưa, số mấy" after a directive as asking for the plan of that place carrying it out', async () => {
    await ask(app, 's25i', 'chỉ thị 52 nói gì');
    const plan = await ask(app, 's25i', 'tỉnh cao bằng ra kế hoạch thực hiện chưa, số mấy ạ');
    // Plan 69 carries out Chỉ thị 52; plan 40, Nghị quyết 72.
    expect(plan.replies.at(-1)!.text).toMatch(/^Kế hoạch số 69-KH\/TU/);
  });

  it('gives the examples again when asked to read some out after a count of slogans', async () => {
    await ask(app, 's25j', 'có bao nhiêu thông điệp tuyên truyền nghị quyết 72');
    const read = await ask(app, 's25j', 'đọc lên vài câu cho bác nghe');
    expect(read.intent).toBe('faq');
    expect(read.replies.at(-1)!.text).toMatch(/Một nước Việt Nam khỏe mạnh/);
  });

  it('lists the groups of an appendix and then its last one, but reads "nhóm cuối" after the groups of tasks of a plan as theirs', async () => {
    await ask(app, 's25k', 'kế hoạch bhyt lai châu có phụ lục không');
    const outline = await ask(app, 's25k', 'phụ lục đó gồm mấy nhóm');
    expect(outline.replies[0]!.text).toMatch(/gồm 8 mục/);
    expect((await ask(app, 's25k', 'nhóm cuối là gì')).replies[0]!.text).toMatch(/sơ kết, tổng kết/);
    await ask(app, 's25l', 'chương trình 06 của hà nội có mấy nhóm nhiệm vụ');
    expect((await ask(app, 's25l', 'nhóm cuối cùng của hà nội là gì')).intent).not.toBe('document-part');
  });

  it('answers a question and, in the same message, a follow-up of its answer for another year or place', async () => {
    const years = await ask(app, 's25m', 'thủ đô muốn y tế đạt được gì vào năm 2035, còn năm 2045 thì sao');
    expect(years.replies[0]!.text).toMatch(/Đến năm 2035[^]*Đến năm 2045/);
    const places = await ask(app, 's25n', 'lai châu phấn đấu bao phủ bhyt năm 2026 bao nhiêu, còn hải phòng thì sao');
    expect(places.replies[0]!.text).toMatch(/95%[^]*95,5%/);
  });

  it('takes "công chức của một xã thuộc tỉnh …" as where the person works, and the province as theirs', async () => {
    const told = await ask(app, 's25o', 'Tôi là cán bộ tư pháp của một xã thuộc tỉnh Cao Bằng.');
    expect(told.replies[0]!.text).toMatch(/ghi nhận bạn ở Cao Bằng/);
    expect((await ask(app, 's25o', 'Tỉnh phấn đấu tỷ lệ bao phủ BHYT năm 2026 là bao nhiêu?')).replies[0]!.text).toMatch(/97%/);
  });

  it('keeps to propaganda when the close answers of a place are about something else (donations, support for students)', async () => {
    const reply = await ask(app, 's25p', 'lai châu tuyên truyền bhyt cho bà con dân tộc thiểu số và vùng biên giới ra sao');
    expect(reply.replies[0]!.text).toMatch(/tuyên truyền/);
    expect(reply.replies[0]!.text).not.toMatch(/đóng góp tự nguyện/);
  });

  it('corrects a count claimed of a list with that list, not the close list that has the count claimed', async () => {
    const claim = await ask(app, 's25q', 'chương trình 06 của hà nội có 6 nhóm nhiệm vụ giải pháp giống nghị quyết 72 đúng không');
    expect(claim.replies[0]!.text).toMatch(/09 nhóm/);
  });

  it('gives the version of an answer for each year when two years are compared', async () => {
    const compared = await ask(app, 's25r', 'so sánh mục tiêu của thủ đô năm 2035 và năm 2045');
    expect(compared.replies[0]!.text).toMatch(/Đến năm 2035[^]*Đến năm 2045/);
  });

  it('reads "nhóm cuối về gì" as the last item of the list just given', async () => {
    await ask(app, 's35a', 'chỉ thị 52 có mấy nhóm nhiệm vụ giải pháp');
    expect((await ask(app, 's35a', 'nhom cuoi ve gi')).replies[0]!.text).toMatch(/: \(6\) /);
  });

  it('cites a document once, with every section cited of it, when two answers come from it', async () => {
    const both = await ask(app, 's35b', 'muc tieu tiem chung va ti le tap the duc den 2030');
    const sources = both.replies[0]!.text.split('\nNguồn: ')[1]!;
    expect(both.replies[0]!.text).toMatch(/95%[^]*10%/);
    expect(sources.match(/Hướng dẫn tuyên truyền Nghị quyết số 72-NQ\/TW/g)).toHaveLength(1);
  });

  it('compares the two places just answered when asked "vậy ai cao hơn"', async () => {
    await ask(app, 's35c', 'tuổi thọ trung bình năm 2030 cả nước là bao nhiêu');
    await ask(app, 's35c', 'còn cao bằng');
    expect((await ask(app, 's35c', 'vậy ai cao hơn')).replies[0]!.text).toMatch(/^Cao Bằng 75 tuổi, cả nước 75,5 tuổi: Cao Bằng đặt mức thấp hơn cả nước\./);
  });

  it('gives another place\'s version that has the number asked before in full, not as a partial answer', async () => {
    await ask(app, 's37a', 'hà nội có chương trình hành động số mấy về nghị quyết 72');
    const reply = await ask(app, 's37a', 'còn hải phòng');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/^Kế hoạch triển khai Chỉ thị 52-CT\/TW.*03-CTr\/TU/s);
  });

  it('answers the item asked, whatever the person says after it of what they are doing', async () => {
    const reply = await ask(app, 's37b', 'cho e hoi nhom 1 trong ctr 06 cua ha noi la nhom gi a, e dang lam bai tap');
    expect(reply.replies[0]!.text).toMatch(/^Chương trình 06-CTr\/TU của Hà Nội có 09 nhóm nhiệm vụ, giải pháp: \(1\) tập trung/);
  });

  it('answers "nhóm nào nói về …" with that item of the place\'s list when what is found first is no list', async () => {
    const reply = await ask(app, 's37c', 'hải phòng nhóm nhiệm vụ nào nói về thái độ phục vụ');
    expect(reply.replies[0]!.text).toMatch(/^Kế hoạch triển khai Chỉ thị 52-CT\/TW của Hải Phòng có 6 nhóm nhiệm vụ, giải pháp: \(4\)[^(]*thái độ phục vụ/);
  });

  it('answers "tỉnh khác thì sao" with the other places\' versions of the last answer', async () => {
    await ask(app, 's37d', 'tôi ở lai châu');
    await ask(app, 's37d', 'tỉnh mình mục tiêu bao phủ bhyt 2026');
    const text = (await ask(app, 's37d', 'tỉnh khác thì sao')).replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/97%/);
    expect(text).toMatch(/95,5%/);
    expect(text).not.toMatch(/mức hưởng/);
  });

  it('reads "văn bản nào của trung ương" as whose document is asked, not as asking the nation\'s version', async () => {
    await ask(app, 's37e', 'kế hoạch 69 của cao bằng ban hành ngày nào');
    const reply = await ask(app, 's37e', 'kế hoạch đó thực hiện văn bản nào của trung ương');
    expect(reply.intent).toBe('faq');
    expect(reply.replies[0]!.text).toMatch(/^Kế hoạch số 69-KH\/TU[^]*Chỉ thị 52-CT\/TW/);
  });

  it('lets "1" or a payload pick one of the offered choices', async () => {
    const menu = await app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: 'c5', payload: 'TOPIC:subsidy' } });
    const choices = menu.json().replies[0].quickReplies as Array<{ title: string; payload: string }>;
    expect(choices.length).toBeGreaterThan(1);
    const picked = await ask(app, 'c5', '1');
    expect(picked.intent).toBe('faq');
    expect(picked.replies[0]!.text).toContain('Nguồn:');
  });

  it('deletes the conversation when asked "xóa dữ liệu của tôi" and confirms', async () => {
    await ask(app, 'c6', 'mình ở cao bằng');
    const answer = await ask(app, 'c6', 'xóa dữ liệu của tôi');
    expect(answer.intent).toBe('forget');
    expect(answer.replies[0]!.text).toMatch(/xóa/);
    const { userKey } = await import('../../src/privacy.js');
    expect(await app.services.store.get(`conv:${userKey('test-secret-0123456789', 'webchat', 'c6')}`)).toBeUndefined();
  });

  it('answers politely, once, when a citizen pastes many messages', async () => {
    const intents: string[] = [];
    for (let i = 0; i < 20; i++) intents.push((await ask(app, 'c7', `câu hỏi số ${i} về bhyt`)).intent);
    expect(intents.filter((i) => i === 'rate-limited').length).toBe(12);
    expect(intents.slice(0, 8)).not.toContain('rate-limited');
    expect((await app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: 'c7', text: 'x' } })).json().replies).toEqual([]);
  });
});
