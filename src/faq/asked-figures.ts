import { foldDiacritics } from '../language/fold.js';
import type { NormalizedText } from '../language/normalizer.js';
import type { Candidate } from './search-index.js';
import { ANY_DOCUMENT_NUMBER, CARRYING_OUT_VERBS, DOCUMENT_KINDS, NOT_CENTRAL, YEAR } from './document-numbers.js';

// What a question asks for that an answer must give (a percentage, a sum, a year, a date, a signer, a count, an
// official, a document's number) and what it claims to check ("… đúng không"), read on the folded original; and how
// an answer that gives each writes it.

// An office asked by name ("bí thư … là ai"), folded, and as an answer that names who holds it writes it.
const OFFICES: Record<string, string> = {
  'giam doc': 'Giám đốc', 'chu tich': 'Chủ tịch', 'bi thu': 'Bí thư', 'truong ban': 'Trưởng ban', 'truong phong': 'Trưởng phòng',
};
const ASKS_OFFICIAL = /\b(giam doc|chu tich|bi thu|truong ban|truong phong)\b.*\b(?:la ai|ten (?:la )?gi|ten ai)\b|\bho (?:va )?ten\b.*\b(giam doc|chu tich|bi thu|truong ban|truong phong)\b/;

// "kế hoạch đó số mấy", "hướng dẫn tuyên truyền NQ72 của Cao Bằng số bao nhiêu?": the number of the document of the
// kind named first, asked at the end; "… thực hiện chỉ thị 52 là kế hoạch số mấy": of the kind right before it.
const DOCUMENT_NUMBER_END = String.raw`so (?:may|bao nhieu)(?: (?:vay|a|ha|nhi|the|nhe|ak|z))*\W*$`;
const DOCUMENT_KIND_WORDS = 'van ban|ke hoach|nghi quyet|chi thi|chuong trinh|huong dan';
const ASKS_DOCUMENT_NUMBER = new RegExp(String.raw`\b(${DOCUMENT_KIND_WORDS})\b(?: [\p{L}\d]+){0,10} ${DOCUMENT_NUMBER_END}`, 'u');
const ASKS_NUMBER_OF_KIND_BEFORE = new RegExp(String.raw`\b(${DOCUMENT_KIND_WORDS})(?: hanh dong)? ${DOCUMENT_NUMBER_END}`, 'u');

// "97%", "95,5 %", "97 phần trăm": the normaliser has dropped the sign, so it is read from the original text.
const PERCENTAGE = /(\d+(?:[.,]\d+)?)\s*(?:%|ph[aầ]n tr[aă]m)/giu;

export const GIVES_PERCENTAGE = /\d\s*%/;

// "Nghị quyết của Hội đồng nhân dân tỉnh quy định mức hỗ trợ …": a rate of support the documents leave to the resolution
// that sets it: the answer that says so is the one to give for "mấy %", as a partial answer.
export const NAMES_RATE_SETTER = /quy định mức hỗ trợ/;

// A sum of money ("500 nghìn đồng"), not the "2026 tỷ lệ" of "năm 2026 tỷ lệ bao phủ".
const GIVES_SUM = /\d\s*(?:đồng|nghìn|triệu|tỷ(?! lệ))/;
// "tăng lên bao nhiêu", "giảm bn", "nâng lên mức bao nhiêu": by how much, which only an answer with a figure (not a
// year, date or document's number) gives.
const ASKS_HOW_MUCH = /\b(?:tang|giam|nang)(?: (?:len|them|xuong))?(?: muc)? (?:bao nhieu|bn)\b/;
const GIVES_FIGURE = /(?<![\d/.,-])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\d/]|-[A-Za-zĐđ])/;
// "ký" as in signing, not the "đăng ký" (registering) of so many answers.
export const GIVES_SIGNER = /(?<!\p{L})(?<!đăng )ký(?!\p{L})/iu;

// "… mấy %", "… bao nhiêu phần trăm" (or "percent"), "… hết bao nhiêu tiền", on the folded original: the normaliser
// drops "%".
// "70% hay 100%", "95 hay 96 phần trăm", "100% hay phải đồng chi trả": offering a percentage to choose asks for one
// too; so do "tỷ lệ phần trăm", "tỷ lệ … (là) bao nhiêu" and "bao phủ (đạt) bao nhiêu".
const ASKS_PERCENTAGE =
  /\b(?:bao nhieu|bn|may)\s*(?:%|phan tram|percent)|\d\s*(?:%|phan tram)\s+(?:hay|hoac)\b|\d\s+(?:hay|hoac)\s+\d+(?:[.,]\d+)?\s*(?:%|phan tram)|\bty le phan tram\b|\b(?:ty le|bao phu) (?:[\p{L}\d]+ ){0,12}(?:bao nhieu|bn)\b(?!\s*(?:nam|nguoi|lan|ngay|thang)\b)/u;
// "giá bao nhiêu", "giá gói đó bao nhiêu", "giá 1 ngày giường … bao nhiêu", "giá thẻ bhyt học sinh 2027" (as a search
// is typed), "hết bao nhiêu",
// "tiền tàu xe bao nhiêu", "tổng kinh phí" and "mức phạt" too, but not the "tham gia bao nhiêu" of a share, nor "quốc
// gia", "gia đình", "gia hạn" typed plain; "phí vào viện dưỡng lão 1 tháng bao nhiêu", but not "chi phí giảm bao nhiêu
// %" nor "miễn phí bao nhiêu lần".
const ASKS_SUM = /\b(?:bao nhieu|bn|may)\s*(?:tien|dong|nghin|trieu|ty(?! le))\b|^(?:\p{L}+ ){0,3}(?<!(?:tham|quoc|chuyen) )gia (?:the|mua)\b|\btong kinh phi\b|\btinh bang (?:ty|trieu|nghin) dong\b|(?<!(?:tham|quoc|chuyen) )\bgia\s+(?!(?:dinh|han|tang|nhap|tri)\b)(?:[\p{L}\d]+ ){0,12}(?:bao nhieu|bn)\b|\bhet\s+(?:bao nhieu|bn)\b|\btien (?:\p{L}+ ){0,3}(?:bao nhieu|bn)\b|\b(?:muc|tien) phat\b|\bphat (?:bao nhieu|bn)\b|(?<!(?:chi|mien) )\bphi (?:[\p{L}\d]+ ){0,6}(?:bao nhieu|bn)\b(?!\s*(?:lan|nam|thang|ngay|nguoi|%|phan tram)\b)/u;
// "1,2 triệu", "500 nghìn", "800k": a sum stated.
const CLAIMS_SUM = /\d(?:[.,]\d+)?\s*(?:trieu|nghin|ngan|dong|k)\b/;
// "sinh viên đóng bhyt bao nhiêu", "mức đóng bhyt học sinh năm 2026 là bao nhiêu", "mức hỗ trợ cụ thể bn", "được hỗ
// trợ bao nhiêu": what is paid, a sum or a share of something, but not "đóng bao nhiêu năm", "hỗ trợ bao nhiêu người",
// nor the "động" of "chương trình hành động số bao nhiêu", "lao động", typed plain.
const ASKS_PAYMENT =
  /(?<!\b(?:hanh|lao|hoat|van|tac|chu|cong|bien) )\bdong (?:\p{L}+ ){0,4}(?:bao nhieu|bn)\b(?!\s*(?:nam|thang|ngay|lan|nguoi|ho)\b)|\bmuc (?:dong|ho tro) (?:[\p{L}\d]+ ){0,10}(?:bao nhieu|bn)\b|\bho tro (?:\p{L}+ ){0,2}(?:bao nhieu|bn)\b(?!\s*(?:nam|thang|ngay|lan|nguoi|ho|nhom|doi tuong|truong hop)\b)/u;
// "được hỗ trợ bao nhiêu", "mức hỗ trợ cụ thể bn": of those, the support, not what one pays.
const ASKS_SUPPORT = /\b(?:muc )?ho tro (?:[\p{L}\d]+ ){0,10}(?:bao nhieu|bn)\b/u;
// "đến năm nào", "bao giờ xong", "khi nào": when, which an answer gives by a year. Not "lúc nào cũng", "khi nào cũng"
// (at any time), as "tháng nào cũng" is every month, not which; nor "nguồn lực nào", "nhân lực nào" (which resources,
// which staff), typed plain.
const AT_WHAT_TIME = String.raw`(?<!\b(?:nguon|nhan|nang|no|dong|hieu|ap|suc|quyen|chu|vat) )luc nao`;
// "năm nào", "năm mấy", "bao lâu nữa" ask a year; "khi nào", "bao giờ", "vào thời gian nào", "thời hạn" may be
// answered in words.
const YEAR_ASKED = 'nam nao|nam may|bao lau nua|moc nao';
const WHEN_ASKED = `khi nao|bao gio|bao h|${AT_WHAT_TIME}|thoi gian nao|thoi han`;
const asking = (alternatives: string) => new RegExp(String.raw`\b(?:${alternatives})\b(?! cung\b)`);
export const ASKS_WHEN = asking(`${YEAR_ASKED}|${WHEN_ASKED}`);
const ASKS_YEAR = asking(YEAR_ASKED);
const ASKS_WHEN_IN_WORDS = asking(WHEN_ASKED);
export const GIVES_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
// "12/02/2026", "01/2026", "7/4".
export const GIVES_DATE = /\d{1,2}\/\d{1,4}/;
// When, said as a year or in words: "hằng năm", "định kỳ hoặc đột xuất", "theo Kế hoạch của Trung ương" (deadlines of
// Lai Châu's appendix).
export const GIVES_WHEN = new RegExp(`${GIVES_YEAR.source}|hằng năm|hàng năm|định kỳ hoặc đột xuất|theo Kế hoạch của Trung ương`, 'i');

export const YEARS_GIVEN = new RegExp(GIVES_YEAR.source, 'g');

// A street and house number ("số 12 đường …"), not a document's ("Kế hoạch số 69-KH/TU").
const STREET_ADDRESS = /(?:số|đường|phố)\s+\d+(?![\d-])|\d+\s+(?:đường|phố)/;
// A body that decides, issues or leads: "Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Sở Y tế".
const GIVES_BODY = /Hội đồng nhân dân|HĐND|Ban Bí thư|Bộ Chính trị|Ban Thường vụ|Chính phủ|Ủy ban|Uỷ ban|UBND|Tỉnh (?:ủ|u)y|Thành (?:ủ|u)y|Sở |Ban Tuyên giáo|Bảo hiểm xã hội|Mặt trận|Công an|Quốc hội|Bộ Y tế/;

/** Who holds an office (folded, as asked; as the answers write it), asked: "ai là (phó) trưởng ban", "… bí thư … tên gì". */
function holderOf(asked: string, written: string): { asks: RegExp; gives: RegExp } {
  return {
    asks: new RegExp(String.raw`\bai (?:la|lam) (?:pho )?(?:${asked})\b|\b(?:${asked})(?: \p{L}+){0,8} (?:la ai|ten (?:la )?(?:gi|ai))\b`, 'u'),
    gives: new RegExp(`Đồng chí [^,]+, (?:Phó )?(?:${written})`, 'u'),
  };
}

/**
 * What a question may ask for besides a percentage, a signer or a count (on the folded original), and what an answer
 * that gives it has.
 */
export const ASKED_DETAILS: ReadonlyArray<{ asks: RegExp; gives: RegExp; asTyped?: true }> = [
  // "đến năm nào", "bao giờ xong", "khi nào": a year, or when in words.
  { asks: ASKS_YEAR, gives: GIVES_YEAR },
  { asks: ASKS_WHEN_IN_WORDS, gives: GIVES_WHEN },
  // "bác sĩ trạm y tế xã mình tên gì": a person's name, which the documents give only of signers.
  { asks: /\b(?:bac si|y ta|y si|nhan vien)\b(?: \p{L}+){0,6} ten (?:la )?(?:gi|ai)\b/u, gives: /[Bb]ác sĩ [A-ZĐ]\p{Ll}* [A-ZĐ]/u },
  // "ai là trưởng ban tuyên giáo …", "giám đốc sở y tế tên gì": who holds an office, which the documents give only of
  // signers, with their office.
  holderOf('truong ban', 'Trưởng ban'),
  holderOf('bi thu', 'Bí thư'),
  holderOf('giam doc|chu tich', 'Giám đốc|Chủ tịch'),
  // "chỉ thị đó thay thế chỉ thị nào": the one it replaces, which an answer that gives it says.
  { asks: /\bthay (?:the|cho)\b(?: \p{L}+){0,3} (?:chi thi|nghi quyet|van ban|ke hoach)(?: \p{L}+){0,2} nao\b/u, gives: /thay thế/ },
  // "ai sáng tác khẩu hiệu đó": who wrote it, which the documents never say.
  { asks: /\bai (?:sang tac|nghi ra|viet ra|soan ra|dat ra)\b/, gives: /sáng tác|tác giả/ },
  // "bao giờ khởi công": when building starts, which a year something is to be done by is not (nor "không nêu thời gian
  // khởi công").
  { asks: /\b(?:khi nao|bao gio|luc nao|nam nao|ngay nao) (?:\p{L}+ ){0,6}?(?:khoi cong|dong tho)\b|\b(?:khoi cong|dong tho) (?:\p{L}+ ){0,3}?(?:khi nao|bao gio|luc nao|nam nao|chua)\b/u, gives: /(?:khởi công|động thổ)[^.;]{0,30}\d/ },
  // "ban hành ngày nào", "ngày ban hành của kế hoạch đó": a date ("12/02/2026", "01/2026", "7/4").
  { asks: /\bngay (?:nao|may|bao nhieu|ban hanh)\b(?! cung\b)/, gives: GIVES_DATE },
  // "hạn chót đóng bhyt", "hạn cuối nộp tiền": a date (not "gia hạn, đóng tiền"); "hạn chót là năm mấy", a year
  // (`ASKS_WHEN`).
  { asks: /(?<!\bgia )\bhan (?:chot|cuoi|dong|nop)\b(?!(?: \p{L}+){0,2} nam (?:nao|may)\b)/u, gives: GIVES_DATE },
  // "có giá trị trong bao lâu", "bao lâu một lần", "thọ bao lâu": a length of time, how often, or an age.
  { asks: /\bbao lau\b(?! nua\b)/, gives: /\d+\s*(?:ngày|tháng|năm|lần|tuổi)|mỗi năm|hằng năm|hàng năm|định kỳ/ },
  // "ông ấy giữ chức gì", "chức vụ là gì", "chức vụ của người đó": a position.
  { asks: /\bchuc (?:vu\b|gi\b|nao\b|la gi\b)/, gives: /Trưởng|Phó|Bí thư|Chủ tịch|Giám đốc|Tổng/ },
  // "theo nghị quyết của cơ quan nào", "cơ quan nào ban hành": a body that decides or issues.
  { asks: /\bco quan nao\b/, gives: GIVES_BODY },
  // "kinh phí thực hiện lấy từ nguồn nào", "nguồn kinh phí", "tiền hỗ trợ … lấy từ đâu": where the money comes from.
  { asks: /\b(?:kinh phi|ngan sach|nguon von|tien ho tro)\b(?: [a-z0-9]+){0,14} (?:nguon nao|tu dau|o dau|dau ra)\b|\bnguon kinh phi\b/, gives: /kinh phí|ngân sách|nguồn vốn|quỹ|xã hội hóa/i },
  // "việc đó ai chủ trì", "ai phụ trách", "chủ trì là ai": the body that leads a task.
  // "ai thực hiện việc đó" too.
  { asks: /\b(?:ai|don vi nao) (?:chu tri|phu trach|dam nhiem|thuc hien)\b|\b(?:chu tri|phu trach) (?:la )?ai\b/, gives: GIVES_BODY },
  // "sở nào chủ trì", "sở nào được giao": a department ("số nào", folded the same, is not followed by what it does).
  { asks: /\bso nao (?:chu tri|phu trach|duoc giao|co nhiem vu|co trach nhiem|phoi hop|lam)\b/, gives: /Sở / },
  // "có mất phí không", "lệ phí bao nhiêu": a fee, or that there is none; not "có phí tiền không" (is it money wasted).
  { asks: /\b(?:mat|ton) (?:phi|tien)\b|\ble phi\b|\bco phi\b(?! tien\b)/, gives: /lệ phí|miễn phí|mất phí|thu phí|\d\s*(?:đồng|nghìn)|không mất tiền/i },
  // "cần mang giấy tờ gì", "nộp hồ sơ ở đâu": papers and procedures.
  { asks: /\b(?:giay to|ho so|thu tuc) (?:gi|nao|nhu the nao)\b|\bnop ho so\b|\bmang (?:theo )?giay to\b/, gives: /giấy tờ|hồ sơ|thủ tục/ },
  // "mua thẻ ở chỗ nào" (not "chỗ nào đặt cao hơn": which of the places named; nor "nguồn vốn ở đâu": where money
  // comes from; nor "đứng ở đâu so với cả nước": a rank): a place to go, which an answer gives by naming an office, a
  // service or a channel.
  {
    asks: /(?<!\b(?:nguon|nguon von|nguon kinh phi|nguon tien|tien|kinh phi|dung|xep) )\b(?:o dau|o cho nao|o noi nao)\b/,
    // Not where the answer sends the person to ask ("bạn hãy hỏi trạm y tế xã"): that place is not what is asked.
    gives: /(?<!hỏi [^.;]{0,40})(?:trạm y tế|bảo hiểm xã hội|cổng|ứng dụng|VNeID|bưu điện|UBND|ủy ban|tổng đài|cơ sở khám|cơ sở y tế|bệnh viện|trực tuyến|nhà trường|đại lý|kênh)/i,
  },
  // "bệnh viện đa khoa tỉnh ở đâu", "bv y học cổ truyền xây ở chỗ nào": where a building stands (not "bị bệnh viện lạm
  // thu thì phản ánh ở đâu": where to go), a street address.
  {
    asks: /\b(?:benh vien|bv|tram y te|tru so|mit tinh|le ky niem|su kien|hoi nghi)\b(?: (?!(?:thi|phan|kham|mua|dang|nop|gia|lam|hoi|goi|di)\b)[a-z0-9]+){0,6} (?:(?:xay|dat|nam|to chuc) )?(?:o dau|o cho nao)\b/,
    gives: STREET_ADDRESS,
  },
  // "nên đăng ký khám ban đầu ở bệnh viện nào": a hospital by name (not "bệnh viện nào cũng được": any).
  { asks: /\b(?:benh vien|bv) nao\b(?! cung)/, gives: /Bệnh viện [A-ZĐ]/u },
  // "lịch tiêm chủng cho trẻ 2 tháng", "tiêm mấy mũi": a vaccination schedule, which the documents never give.
  { asks: /\blich tiem\b|\b(?:may|bao nhieu|bn) mui\b|\bmui (?:nao|gi)\b/, gives: /(?!)/ },
  // "email gửi phản ánh", "trang web", "link video": an address online, which the documents never give.
  { asks: /\be ?-?mail\b|\bgmail\b|\bthu dien tu\b|\b(?:website|trang web|link|duong link)\b/, gives: /@|www\.|https?:/ },
  // "bác sĩ nào ở Hải Phòng bị xử lý", "ai đã bị phạt vì trục lợi": who was punished, whom the documents never name
  // (not "ai bị xử lý khi trục lợi": what happens to whoever does it).
  {
    asks: /\b(?:(?:bac si|benh vien|bv|co so|nguoi|can bo|truong hop) nao(?: [a-z]+){0,4}|ai da) bi (?:xu ly|xu phat|phat|ky luat|bat|khoi to)\b/,
    gives: /(?!)/,
  },
  // "hết hạn vào tháng mấy": a month, a date or a quarter.
  { asks: /\bthang (?:may|nao)\b(?! cung\b)/, gives: /[Tt]háng\s+\d|\d{1,2}\/\d{1,2}|\d{1,2}\/\d{4}|Quý/ },
  // "đảng viên không tham gia bhyt có bị kỷ luật không": a sanction, which an answer names if it gives one.
  { asks: /\bco bi (?:ky luat|phat|xu phat|xu ly)\b/, gives: /kỷ luật|xử lý|xử phạt|phạt|chế tài/i },
  // "trạm y tế chủ nhật có khám không", "khám bhyt thứ 7 được không" (not "nhóm thứ 7", nor "cuối tuần là không có ai",
  // which tells, nor "… ko nhớ ngày. nghị quyết …"): opening days, which the documents never give.
  {
    asks: /\b(?:chu nhat|cuoi tuan|ngay nghi(?! quyet\b))\b(?! (?:la |thi )?(?:khong|ko|k|hong|hok|chang) co\b)|\b(?:kham|lam viec|mo cua)\b(?: [a-z]+){0,5} thu (?:7|bay)\b|\bthu (?:7|bay) (?:co |nay )?(?:kham|lam viec|mo cua)\b/,
    gives: /chủ nhật|thứ (?:7|bảy)|cuối tuần|ngày nghỉ/i,
  },
  // "mấy giờ bắt đầu", "làm việc đến mấy giờ": an hour of the day, which the documents never give.
  { asks: /\b(?:may gio|gio nao)\b/, gives: /\d{1,2}\s*(?:giờ|h)\b/ },
  // "nằm ở đường nào", "địa chỉ": a street address, which the documents never give.
  { asks: /\b(?:duong nao|dia chi|so nha)\b/, gives: STREET_ADDRESS },
  // "số hiệu văn bản", "văn bản nào quy định", "nguồn ở đâu", "căn cứ vào đâu": a document's number ("40-KH/TU");
  // "kế hoạch đó số mấy" in `documentNumberAsked`.
  {
    asks: /\bso (?:hieu|ky hieu)\b|\b(?:van ban|tai lieu) nao\b|\bnguon (?:o dau|dau|nao|tu dau|goc)\b|\b(?:can cu|dua) (?:vao|tren) (?:dau|gi)\b/,
    gives: ANY_DOCUMENT_NUMBER,
  },
  // "hướng dẫn từng bước", "các bước gia hạn thẻ": steps, which the documents never list ("từng bước" alone is also
  // "step by step", gradually).
  { asks: /\bhuong dan (?:tung|cac) buoc\b|\b(?:cac|nhung) buoc\b/, gives: /[Bb]ước (?:1|một)\b/ },
  // "dân số Lai Châu bao nhiêu người", "tỉnh có bao nhiêu dân": a population, which no document gives ("95% dân số"
  // is a share of it; "hướng dẫn số mấy" a guidance's number, "chương trình về sức khỏe nhân dân số mấy" a programme's).
  // As typed: "bao nhiêu % dân", without its "%", is a share; so is "bhyt phải có bao nhiêu dân", of the people insured.
  { asks: /(?<!huong |nhan )\bdan so (?:\p{L}+ ){0,4}(?:bao nhieu|bn|may)\b|\b(?:bao nhieu|bn|may) (?:nguoi )?dan\b(?! (?:toc|so|cu|tham))(?<!\b(?:bhyt|bao hiem|bao phu)\b.*)/u, gives: /\d[\d.,]*\s*(?:nghìn |triệu )?(?:người|dân)\b/, asTyped: true },
  // "xếp thứ mấy cả nước", "top mấy toàn quốc": a province's rank, which only an answer placing it among the leaders
  // gives (not "nó đứng thứ mấy", an item's place in a list).
  {
    asks: /\b(?:(?:xep|dung|dang) (?:thu|hang)|top|hang) (?:may|bao nhieu|bn)\b(?=.*\b(?:ca nuoc|toan quoc|trong nuoc|cac tinh)\b)/,
    gives: /dẫn đầu|thứ \d+|hạng \d+|top \d+/i,
  },
  // "ngày bhyt năm nay là lần thứ mấy", "kỷ niệm bao nhiêu năm": which anniversary, which no document gives; "đại hội
  // đảng lần thứ mấy": the congress, which answers number in Roman ("lần thứ XIV").
  { asks: /\blan thu (?:may|bao nhieu|bn)\b|\bky niem (?:bao nhieu|bn|may) nam\b/, gives: /lần thứ (?:\d+|[IVXL]+\b)|\d+ năm (?:ngày|thành lập)/ },
  // "cân nặng trẻ em mục tiêu bao nhiêu kg": a weight, which no document gives (heights are in cm).
  { asks: /\bcan nang\b|\b(?:bao nhieu|bn|may) (?:kg|ky|ki lo|can)\b/, gives: /\d\s*(?:kg|ki-?lô)/ },
  // "danh sách hộ cận nghèo ở xã tôi": households by name, which no document lists.
  { asks: /\bdanh sach (?:cac |nhung )?ho\b/, gives: /(?!)/ },
  // "ông ấy sinh năm bao nhiêu", "bao nhiêu tuổi", "quê ở đâu": of a person, which the documents never say.
  { asks: /\bsinh (?:nam|ngay|thang)\b|\b(?:ong|ba|dong chi) (?:\p{L}+ ){0,4}(?:bao nhieu|may) tuoi\b|\bque (?:o|quan)\b/u, gives: /(?!)/ },
  // "số tổng đài là số mấy", "tổng đài phản ánh ở hải phòng số mấy", "hotline": a telephone number (five digits or
  // more: "đến năm 2030" gives none).
  { asks: /\b(?:so dien thoai|sdt|dien thoai so|hotline|duong day nong|so tong dai|tong dai so|tong dai(?: \w+){0,8} so (?:may|bao nhieu|gi))\b/, gives: /\d{5,}|\d{3,4}[ .]\d{3}/ },
];

// "… là bao nhiêu", "đạt bn", "mấy %": an amount asked for, on the folded original.
export const ASKS_AMOUNT = /\b(?:bao nhieu|bn)\b|\bmay\s*(?:%|phan tram)/;

// "… thật không", "… chính xác không", "có đúng là …", "… phải không", "… hả", "chỉ 95% thôi à", "nghe nói …": the
// message checks what it says.
// "… không phải năm 2024 chứ": a figure doubted. "đến năm 2030 mới xây dựng … a", typed plain: a year doubted ("not
// until then?"), whatever the last word's mark.
const CHECKS_CLAIM = /\b(?:that|dung|phai|chinh xac) (?:khong|ko|k|chu)\b|\bco (?:phai|dung|that)\b|\b(?:ha|thoi a|thoi)\s*\??\s*$|\bnghe (?:noi|bao)\b|\b(?:khong|ko|k) phai\b.*\bchu\s*\??\s*$|\b20\d\d moi\b.*\b(?:a|ak)\s*\??\s*$/;

/** True when the text checks a claim: "… đúng không", "có phải …", "nghe nói …", "… thôi à". */
export function checksClaim(text: NormalizedText): boolean {
  let checks = claimsChecked.get(text);
  // As typed, and as the lexicon reads it: "hàng xóm bảo …" says "nghe nói …".
  // "… tăng 20% à": "à", typed with its accent, doubts what was said before it.
  if (checks === undefined) {
    claimsChecked.set(text, (checks = CHECKS_CLAIM.test(foldedOriginal(text)) || CHECKS_CLAIM.test(text.folded.join(' ')) || text.accented.at(-1) === 'à'));
  }
  return checks;
}

// Asked many times a turn, of the same few texts.
const claimsChecked = new WeakMap<NormalizedText, boolean>();

// "không phải … à", "cao bằng ko phải 95% à": a claim doubted.
const IS_IT_NOT = /\b(?:khong|ko|k) phai\b/;

/** True when the text checks a claim, or doubts one ("không phải của Bộ Chính trị à"). */
export function checksOrDoubts(text: NormalizedText): boolean {
  return checksClaim(text) || IS_IT_NOT.test(text.folded.join(' '));
}

const CLAIMED_FIGURES: ReadonlyArray<{ token: RegExp; kind: RegExp }> = [
  { token: /^\d{1,2}\/\d{1,4}(?:\/\d{2,4})?$/, kind: /\d{1,2}\/\d{1,4}/ },
  { token: YEAR, kind: GIVES_YEAR },
];

interface Claim {
  /** Each figure claimed and not confirmed, as an answer that confirms it writes it ("12/1/2026" as "12/01/2026"). */
  values: RegExp[];
  /** Their kinds (a date, a year, a percentage), as an answer that gives one writes it. */
  kinds: RegExp[];
  /** The message without them. */
  unclaimed: NormalizedText;
}

// "chỉ thị 52 nói về …", "nghị quyết 72 là về …", "chỉ thị 52 do ban tuyên giáo ban hành": a claim of what a document
// is about, or of who issued it, on normalised words.
const DOCUMENT_CLAIMED = /^(?:co phai |co dung la )?(nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?) (?:so )?(\d+) (?:(?:la |chi |chu yeu )?(?:noi )?ve|do .+ ban hanh)\b/;

/** For a message checking what a document is about or who issued it, the question of what that document is. */
export function documentClaimed(text: NormalizedText): string | undefined {
  if (!checksClaim(text)) return undefined;
  const claim = DOCUMENT_CLAIMED.exec(text.folded.join(' '));
  return claim ? `${claim[1]} ${claim[2]} là gì, do ai ban hành` : undefined;
}

/**
 * The figures a message checks ("2035", "12/2025", "95%") that are not confirmed; undefined when it checks nothing of
 * the kind.
 */
export function claimIn(text: NormalizedText, confirmed: (value: RegExp) => boolean): Claim | undefined {
  // "nghe nói năm 2026 …, cụ thể bao nhiêu phần trăm" asks, and checks nothing.
  if (!checksClaim(text) || askedFigures(text, () => []).length > 0) return undefined;
  const percentages = new Set(percentagesOf(text.original));
  const kindOf = (token: string) =>
    percentages.has(token.replace(',', '.')) ? GIVES_PERCENTAGE : CLAIMED_FIGURES.find((figure) => figure.token.test(token))?.kind;
  if (!text.folded.some((token) => kindOf(token) !== undefined)) return undefined;
  const doubted = new Set(text.folded.filter((token) => kindOf(token) !== undefined && !confirmed(writtenAs(token))));
  const keep = (token: string) => !doubted.has(token);
  return {
    values: [...doubted].map(writtenAs),
    kinds: [...new Set([...doubted].map((token) => kindOf(token)!))],
    unclaimed: { original: text.original, accented: text.accented.filter((_, i) => keep(text.folded[i]!)), folded: text.folded.filter(keep) },
  };
}

/** How an answer writes a figure: "12/1/2026" also as "12/01/2026", "95.5" as "95,5". */
function writtenAs(token: string): RegExp {
  const parts = token.split(/[/.,]/).map((part) => (token.includes('/') ? `0?${String(Number(part))}` : part));
  return new RegExp(`(?<![\\d/,.])${parts.join(token.includes('/') ? '\\/' : '[.,]')}(?![\\d/]|[.,]\\d)`);
}

/**
 * "giám đốc bảo hiểm xã hội tỉnh là ai", "họ tên bí thư thành ủy hải phòng": a person holding that office by name,
 * which the documents give only for who signed them; a deputy ("Phó Bí thư") is not the office asked.
 */
export function officialAsked(folded: string): RegExp | undefined {
  const asked = folded.match(ASKS_OFFICIAL);
  const office = asked?.[1] ?? asked?.[2];
  return office === undefined ? undefined : new RegExp(`Đồng chí [^,]+, (?!Phó )${OFFICES[office]}`, 'u');
}

/**
 * How the number of the document a text asks the number of is written: "hướng dẫn … số bao nhiêu" → "…-HD". A
 * province's document ("hướng dẫn tuyên truyền … ở Cao Bằng số bao nhiêu") is not numbered as the central ones it
 * carries out ("33-HD/BTGDVTW").
 */
export function documentNumberAsked(folded: string, ofProvince: boolean): RegExp | undefined {
  const kind = (folded.match(ASKS_NUMBER_OF_KIND_BEFORE) ?? folded.match(ASKS_DOCUMENT_NUMBER))?.[1];
  if (kind === undefined) return undefined;
  const number = DOCUMENT_KINDS.find(({ words }) => words.join(' ') === kind)?.number ?? ANY_DOCUMENT_NUMBER;
  return ofProvince ? new RegExp(`${number.source}${NOT_CENTRAL}`) : number;
}

/** The percentages a text gives: "95,5%" → "95.5". */
export function percentagesOf(text: string): string[] {
  return [...text.matchAll(PERCENTAGE)].map((m) => m[1]!.replace(',', '.'));
}

/**
 * "97% là chỉ tiêu tỉnh nào": true when the candidate matched every percentage the question names. The rest of such
 * a question says little; the figure says which answer it is about.
 */
export function asksPercentageOf(text: NormalizedText, candidate: Candidate): boolean {
  const asked = percentagesOf(text.original);
  return asked.length > 0 && asked.every((n) => candidate.matched.includes(n));
}

const CARRIES_OUT = new RegExp(`^(?:${CARRYING_OUT_VERBS})\\b`);

/**
 * What an answer must give for a question that asks for figures, in the order asked: a percentage ("bao nhiêu phần
 * trăm"), who signed ("do ai ký"), a number of the telling word counted ("mấy nhóm": "09 nhóm", "bao nhiêu bác sĩ":
 * "4-5 bác sĩ").
 */
// What the plans themselves are about: a plan asked for on it is asked for by name.
const PLANS_OWN_SUBJECT = /\b(?:bao hiem|suc khoe nhan dan|nghi quyet|chi thi|chuong trinh|ke hoach)\b/;

export function askedFigures(text: NormalizedText, telling: () => readonly string[]): RegExp[] {
  const figures: RegExp[] = [];
  if (ASKS_PERCENTAGE.test(foldedOriginal(text))) figures.push(GIVES_PERCENTAGE);
  const { folded, accented } = text;
  if (asksSigner(text)) figures.push(GIVES_SIGNER);
  // "Cao Bằng có kế hoạch nào (kế hoạch gì) để thực hiện nghị quyết 72", "… là kế hoạch số mấy": a plan's number
  // ("40-KH/TU").
  // Not "Hà Nội có kế hoạch gì để tăng thể lực trẻ em": what is planned for an aim ("… để thực hiện nghị quyết 72" is
  // a document).
  // Nor "Hà Nội có kế hoạch gì về khám chữa bệnh từ xa": what is planned on a subject, unless it is the documents' own
  // ("kế hoạch gì về bảo hiểm y tế" asks which plan).
  const onSubject = (at: number) =>
    folded[at] === 'gi' && (folded[at + 1] === 've' || folded[at + 1] === 'cho') && !PLANS_OWN_SUBJECT.test(folded.slice(at + 2).join(' '));
  const forAim = (at: number) => (folded[at + 1] === 'de' && !CARRIES_OUT.test(folded.slice(at + 2, at + 4).join(' '))) || onSubject(at);
  const asksByName = (at: number) => (folded[at] === 'nao' || folded[at] === 'gi') && !forAim(at);
  const asksWhich = (at: number) => asksByName(at) || (folded[at] === 'so' && (folded[at + 1] === 'may' || folded[at + 1] === 'bao'));
  // "chương trình hành động số mấy": the kind's words may go on.
  const after = (at: number) => (folded[at] === 'hanh' && folded[at + 1] === 'dong' ? at + 2 : at);
  const asked = (words: readonly string[], which: (at: number) => boolean) =>
    folded.some((_, i) => words.every((w, k) => folded[i + k] === w) && which(after(i + words.length)));
  const kind = DOCUMENT_KINDS.find(({ words }) => asked(words, asksWhich));
  // "Hải Phòng có kế hoạch gì …": a plan without a number of its own is named by what it carries out.
  if (kind) figures.push(kind.titled && asked(kind.words, asksByName) ? kind.titled : kind.number);
  // "bao nhiêu % dân số", "tuổi thọ tb bn, số năm …": a sign or a comma after the asking words parts them from the
  // next word, which is then counted only where it is also typed right after them.
  const typed = foldedOriginal(text);
  const parted = PARTED_FROM_ASKING.test(typed);
  for (let i = 0; i < folded.length - 1; i++) {
    // "thứ mấy", "top mấy" ask for a rank, "số mấy" for a document's number: not a count of the next word.
    const asksNumber =
      (folded[i] === 'may' && (accented[i] === 'mấy' || accented[i] === 'may') && !RANK_OR_NUMBER_LEADS.has(folded[i - 1]!) && !TENS_SAID.test(folded[i - 1] ?? '')) ||
      (folded[i] === 'bao' && folded[i + 1] === 'nhieu');
    if (!asksNumber) continue;
    const at = folded[i] === 'bao' ? i + 2 : i + 1;
    // "mấy mô hình đó": those, pointed at, not how many (but "có mấy nhóm đó" may count).
    if (folded[i] === 'may' && folded[i - 1] !== 'co' && folded.slice(at + 1, at + 3).some((w) => POINTERS_AFTER.has(w))) continue;
    const noun = folded[at];
    // "bao nhiêu năm 2026" asks of a year, not how many.
    const named = /^\d/.test(folded[at + 1] ?? '');
    // "bao nhiêu năm nữa thì đạt": how long until a year, which the year it is due gives.
    if (noun === 'nam' && folded[at + 1] === 'nua') {
      figures.push(GIVES_YEAR);
      continue;
    }
    const counted = noun !== undefined && !NOT_COUNTED.has(noun) && !named && (!parted || typedAfterAsking(typed, noun));
    if (counted && telling().includes(noun)) figures.push(countOf(noun));
  }
  // "nq 72 có 5 quan điểm chỉ đạo và 6 nhóm giải pháp đúng ko": counts checked are counts asked.
  for (const { noun } of countsClaimed(text, telling)) figures.push(countOf(noun));
  return figures;
}

/**
 * The counts a message checks ("6 nhóm" of "… 6 nhóm giải pháp đúng ko"): not the number of a document ("nghị quyết
 * 72 là của …"), a percentage ("đạt 97% đúng không"), a date's part ("quý 2 năm 2026") or what a rate is per ("2 lần
 * 1 năm").
 */
export function countsClaimed(text: NormalizedText, telling: () => readonly string[]): Array<{ count: string; noun: string }> {
  if (!checksClaim(text)) return [];
  const { folded } = text;
  const percentages = new Set(percentagesOf(text.original));
  // "bà nội tôi 72 tuổi, nghe nói …": what is heard comes after "nghe nói"; what comes before tells of the person.
  const heard = folded.findIndex((w, i) => w === 'nghe' && folded[i + 1] === 'noi');
  return folded.flatMap((w, i) => {
    const noun = folded[i + 1];
    const counts = i > heard && /^\d{1,2}$/.test(w) && !DOCUMENT_NUMBER_LEADS.has(folded[i - 1]!) && !NOT_COUNT_LEADS.has(folded[i - 1]!) && !percentages.has(w);
    // "4-5 bác sĩ": a range, whose first number counts no "5"; "quý 2 năm 2026": a date, which counts no years; "1 năm
    // được mấy lần": the time a rate is per.
    const dated = /^\d{4}$/.test(folded[i + 2] ?? '');
    const per = w === '1' && TIME_UNITS.has(noun ?? '');
    return counts && noun && !/^\d/.test(noun) && !dated && !per && telling().includes(noun) ? [{ count: w, noun }] : [];
  });
}

// The last word of a document's kind, or "số", before its number.
const DOCUMENT_NUMBER_LEADS = new Set(['quyet', 'thi', 'hoach', 'trinh', 'dong', 'dan', 'so']);
// "quý 2", "tháng 3": a number that is a date's part.
const NOT_COUNT_LEADS = new Set(['qui', 'quy', 'thang']);
const TIME_UNITS = new Set(['nam', 'thang', 'tuan', 'ngay']);

/** How an answer gives a count of the noun: "09 nhóm", "4-5 bác sĩ". */
// "tất cả có bao nhiêu câu", "mấy cái", "bao nhiêu khẩu hiệu": a count of whatever the answer lists, by whatever name
// it gives them ("12 thông điệp"); not "điều", which is also "điều dưỡng".
const ANY_COUNTED = new Set(['cau', 'cai', 'khau']);
const ANY_COUNT = /(?<![\d.,/])\d{1,2}\s+\p{L}/u;

// "bao nhiêu tiền" asks for a sum, which no answer gives; "đạt bao nhiêu vào năm 2030", "bao nhiêu tại trạm" go on
// with when or where; "cách mấy chục cây số" tells of tens, it asks no count.
const NOT_COUNTED = new Set(['tien', 'vao', 'tai', 'trong', 'den', 'toi', 'chuc']);
const POINTERS_AFTER = new Set(['do', 'nay', 'ay', 'kia']);
const RANK_OR_NUMBER_LEADS = new Set(['thu', 'top', 'hang', 'so']);
// "70 mấy tuổi", "hai mươi mấy": some number over the tens said, not a question.
const TENS_SAID = /^(?:\d+0|muoi)$/;
const PARTED_FROM_ASKING = /(?:bao nhieu|\bbnh?|\bmay)\s*[%,.;:!?]/;

function typedAfterAsking(typed: string, noun: string): boolean {
  return new RegExp(`(?:bao nhieu|\\bbnh?|\\bmay)\\s+${noun}(?![\\p{L}\\d])`, 'u').test(typed);
}

function countOf(noun: string): RegExp {
  return ANY_COUNTED.has(noun) ? ANY_COUNT : new RegExp(`\\d(?:[-–]\\d+)?\\s+${noun}(?![\\p{L}\\d])`, 'u');
}

const foldedOriginals = new WeakMap<NormalizedText, string>();

/**
 * The message as typed, folded: "%" and the words around a figure, which the normaliser drops or rewrites. Several
 * questions about the figures asked read it; it is folded once per message.
 */
export function foldedOriginal(text: NormalizedText): string {
  let folded = foldedOriginals.get(text);
  if (folded === undefined) foldedOriginals.set(text, (folded = foldDiacritics(text.original)));
  return folded;
}

// The words before "kỳ" in "đăng ký", "định kỳ", "nhiệm kỳ", "học kỳ", "thời kỳ", "chu kỳ"; those after a "ký" checked.
const NOT_SIGNING = new Set(['dang', 'dinh', 'nhiem', 'hoc', 'thoi', 'chu']);
const CHECK_WORDS = new Set(['phai', 'dung', 'that', 'a', 'ha', 'ak']);
// "ký", as typed or as the normaliser spells it ("kí").
const SIGNED = new Set(['ký', 'kí']);

/**
 * "kế hoạch của Hải Phòng do ai ký" (the lexicon writes "người ký"), "có phải trưởng ban … ký kế hoạch đó không" (who
 * signed, checked): the answer must name who signed.
 */
export function asksSigner(text: NormalizedText): boolean {
  const { folded, accented } = text;
  if (folded.some((w, i) => w === 'nguoi' && folded[i + 1] === 'ki')) return true;
  // Typed plain, "ky" is "ký" before a document ("ky ke hoach") or a check ("… do bí thư ky phai ko"), not the
  // "kỳ" of a period ("định kỳ", "nhiệm kỳ").
  const signs = (i: number) =>
    folded[i] === 'ki' &&
    !NOT_SIGNING.has(folded[i - 1]!) &&
    // "do Ban Bí thư ký ban hành": issued, by a body.
    !(folded[i + 1] === 'ban' && folded[i + 2] === 'hanh') &&
    (SIGNED.has(accented[i]!) || CHECK_WORDS.has(folded[i + 1]!) || DOCUMENT_KINDS.some(({ words }) => words.every((w, k) => folded[i + 1 + k] === w)));
  return folded.some((_, i) => signs(i)) && checksClaim(text);
}

// "hiện nay có bao nhiêu giường", "đạt được bao nhiêu % rồi", "hiện giờ được bn % r": a figure reached so far; the
// documents are plans.
// "bao nhiêu", "mấy", and staff's "đề nghị cho biết tỷ lệ …".
const ASKS_NUMBER = /\b(?:bao nhieu|bn|may|ty le)\b/;
// "còn bao nhiêu người chưa tham gia": those left now.
const SO_FAR = /\b(?:hien nay|hien tai|hien gio|hien dang|hien con|hien co|bay gio|den nay|da dat|nam ngoai|nam truoc|nam 20(?:1\d|2[0-5]))\b|\b(?:roi|r)\W*$|\bcon (?:bao nhieu|bn|may) (?:nguoi|ho)\b/;
// "đã đạt chưa", "đạt được chưa": whether a target is reached yet, with no number asked.
const REACHED_YET = /\bdat (?:duoc )?chua\b/;

/**
 * True when the text asks for a figure as it is now or was reached, or checks one ("năm 2025 cả nước đạt 94,2% rồi
 * đúng ko"), which plans do not give: in the same sentence ("năm ngoái em đi khám …. Lai Châu có kế hoạch tăng tỷ
 * lệ … lên bn" tells of last year, and asks of the plan).
 */
export function asksFigureSoFar(text: NormalizedText): boolean {
  const checksFigure = checksClaim(text) && GIVES_PERCENTAGE.test(text.original);
  return text.original.split(SENTENCE_BREAK).some((sentence) => {
    // "máy móc" (a machine), typed with its diacritics, asks no number.
    const folded = foldDiacritics(sentence.replace(MACHINE, ' '));
    return ((ASKS_NUMBER.test(folded) || checksFigure) && SO_FAR.test(folded)) || REACHED_YET.test(folded);
  });
}
const SENTENCE_BREAK = /[.?!;]\s+|\n+/;
const MACHINE = /(?<!\p{L})máy(?!\p{L})/giu;

/**
 * True when the text asks for a percentage ("Lai Châu hỗ trợ cận nghèo mấy %"), a sum or a payment the answer does not
 * give, or asks by how much ("tăng lên bao nhiêu") and the answer gives no figure at all.
 */
export function lacksAmountAsked(text: NormalizedText, answer: string): boolean {
  const asked = foldedOriginal(text);
  const givesRate = GIVES_PERCENTAGE.test(answer);
  return (
    (ASKS_HOW_MUCH.test(asked) && !GIVES_FIGURE.test(answer)) ||
    // "hộ cận nghèo ở lai châu được hỗ trợ mấy %": naming the resolution that sets the rate gives no rate.
    (ASKS_PERCENTAGE.test(asked) && !givesRate) ||
    (ASKS_SUM.test(asked) && !GIVES_SUM.test(answer)) ||
    (ASKS_PAYMENT.test(asked) && !GIVES_SUM.test(answer) && !(ASKS_SUPPORT.test(asked) ? givesRate : GIVES_PERCENTAGE.test(answer))) ||
    // "mức đóng … là 1,2 triệu/người đúng không", "… được giảm 10% phải không": a sum or a percentage checked, which
    // only an answer giving one confirms.
    (checksClaim(text) && ((CLAIMS_SUM.test(asked) && !GIVES_SUM.test(answer)) || (GIVES_PERCENTAGE.test(text.original) && !GIVES_PERCENTAGE.test(answer))))
  );
}
