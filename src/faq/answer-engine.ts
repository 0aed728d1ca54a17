import { DocumentSubjects } from './document-subject.js';
import { MisnumberedDocuments } from './misnumbered-document.js';
import type { Content, HealthDay, Locality } from './content.js';
import type { FaqEntry, Scope } from './schema.js';
import { FaqSearchIndex, type Candidate, type SearchOptions } from './search-index.js';
import { foldDiacritics } from '../language/fold.js';
import { createNormalizer, remembering, type Normalize, type NormalizedText } from '../language/normalizer.js';
import { questionsAsked } from '../language/clauses.js';
import { asksYesOrNo, PhraseIndex } from '../language/phrases.js';
import type { SourceRef } from '../message.js';
import { asksWhy, givesReason } from './reason.js';

// An office asked by name ("bí thư … là ai"), folded, and as an answer that names who holds it writes it.
const OFFICES: Record<string, string> = {
  'giam doc': 'Giám đốc', 'chu tich': 'Chủ tịch', 'bi thu': 'Bí thư', 'truong ban': 'Trưởng ban', 'truong phong': 'Trưởng phòng',
};
const ASKS_OFFICIAL = /\b(giam doc|chu tich|bi thu|truong ban|truong phong)\b.*\b(?:la ai|ten (?:la )?gi|ten ai)\b|\bho (?:va )?ten\b.*\b(giam doc|chu tich|bi thu|truong ban|truong phong)\b/;
const ANY_DOCUMENT_NUMBER = /\d+-(?:NQ|CT|KH|CTr|HD)\b/;
// The rest of a number issued by a central body ("/TW", "/BTGDVTW"), which a province's own does not have.
const NOT_CENTRAL = String.raw`(?![^\s,;.]*TW\b)`;
// "kế hoạch đó số mấy", "hướng dẫn tuyên truyền NQ72 của Cao Bằng số bao nhiêu?": the number of the document of the
// kind named first, asked at the end; "… thực hiện chỉ thị 52 là kế hoạch số mấy": of the kind right before it.
const DOCUMENT_NUMBER_END = String.raw`so (?:may|bao nhieu)(?: (?:vay|a|ha|nhi|the|nhe|ak|z))*\W*$`;
const DOCUMENT_KIND_WORDS = 'van ban|ke hoach|nghi quyet|chi thi|chuong trinh|huong dan';
const ASKS_DOCUMENT_NUMBER = new RegExp(String.raw`\b(${DOCUMENT_KIND_WORDS})\b(?: [\p{L}\d]+){0,10} ${DOCUMENT_NUMBER_END}`, 'u');
const ASKS_NUMBER_OF_KIND_BEFORE = new RegExp(String.raw`\b(${DOCUMENT_KIND_WORDS})(?: hanh dong)? ${DOCUMENT_NUMBER_END}`, 'u');

/** Confidence at or above which the best candidate is answered; close rivals are offered as related questions. */
export const ANSWER_THRESHOLD = 0.55;
/**
 * Below the answer threshold but above this, a close race is turned into a question back, and a candidate with no
 * close rival is answered; below it, the bot falls back.
 */
export const CLARIFY_THRESHOLD = 0.48;
/** Candidates within this distance of the best are "close". */
const CLOSE_MARGIN = 0.04;
/** Below the clarify threshold but above this, a candidate at least CLEAR_LEAD ahead of every rival is answered. */
const CLEAR_LEAD_THRESHOLD = 0.4;
const CLEAR_LEAD = 0.08;
/** Below the clarify threshold but above this, a candidate alone in having the figure asked about is answered. */
const FIGURE_THRESHOLD = 0.36;
/** Lower still, a candidate alone in having the full date named ("12/02/2026 là ngày gì"): what happened on it. */
const DATE_THRESHOLD = 0.28;
const FULL_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
// A full date as an answer writes it ("12/02/2026"), read without leading zeros as the normaliser writes it.
const WRITTEN_DATE = /\b0?(\d{1,2})\/0?(\d{1,2})\/(\d{4})\b/g;
// "97%", "95,5 %", "97 phần trăm": the normaliser has dropped the sign, so it is read from the original text.
const PERCENTAGE = /(\d+(?:[.,]\d+)?)\s*(?:%|ph[aầ]n tr[aă]m)/giu;
/** How far below the best a candidate that gives the figure (or signer) asked for may be, and still come first. */
const FIGURE_MARGIN = 0.15;
// A detail asked ("bao giờ", "ai chủ trì") is weaker evidence than a figure: only an answer about as close gives way.
const DETAIL_MARGIN = 0.03;
// How far behind the best a candidate about the document a question names first may be and still come first.
const SUBJECT_MARGIN = 0.1;
/** The words a question for a document's date, number or issuer is made of: nothing in them says which document. */
export const DOCUMENT_DETAIL_WORDS: ReadonlySet<string> = new Set(['ban', 'hanh', 'ky', 'ki', 'ngay', 'thang', 'nam', 'so', 'hieu', 'co', 'quan', 'van', 'chinh', 'thuc', 'nguoi']);
/** Telling words besides a document's name that say what is asked of it. */
const ASKED_OF_DOCUMENT_WORDS = 2;
// How far behind the best an answer for the same place that says all the best matched, and the figure, may be.
const COVERING_MARGIN = 0.2;
// How far behind the best a candidate that gives a reason may be and still come first for a question asking why.
const REASON_MARGIN = 0.05;
// How far before "toàn quốc", "cả nước" the words are read that make it no place asked about: a congress ("Đại hội
// đại biểu toàn quốc") or a ranking ("vào nhóm dẫn đầu cả nước", "cao nhất cả nước").
const BEFORE_NATION_WORDS = 4;
// The ranking words just before the nation.
const RANKED_IN = /\b(?:dan dau|dung dau|top dau|nhat)$/;
// How far behind the best a candidate naming the year asked may be, when the best has it only as a period's end.
const YEAR_MARGIN = 0.05;
// "cho những ai", "đối tượng nào", "nhóm nào": who, asked of a group of people.
const ASKS_WHO = /\b(?:ai|doi tuong nao|nhom nao|nhung nguoi nao)\b/;
// Two candidates this close are tied: what the question tells decides, not the order the content was written in.
const TIE_MARGIN = 0.01;
const GIVES_PERCENTAGE = /\d\s*%/;
// "Nghị quyết của Hội đồng nhân dân tỉnh quy định mức hỗ trợ …": a rate of support the documents leave to the resolution
// that sets it, which answers "mấy %" as well as the documents can (not what one pays).
const NAMES_RATE_SETTER = /quy định mức hỗ trợ/;
// A sum of money ("500 nghìn đồng"), not the "2026 tỷ lệ" of "năm 2026 tỷ lệ bao phủ".
const GIVES_SUM = /\d\s*(?:đồng|nghìn|triệu|tỷ(?! lệ))/;
// "tăng lên bao nhiêu", "giảm bn": by how much, which only an answer with a figure (not a year, date or document's
// number) gives.
const ASKS_HOW_MUCH = /\b(?:tang|giam|nang)(?: (?:len|them|xuong))? (?:bao nhieu|bn)\b/;
const GIVES_FIGURE = /(?<![\d/.,-])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\d/]|-[A-Za-zĐđ])/;
// "ký" as in signing, not the "đăng ký" (registering) of so many answers.
const GIVES_SIGNER = /(?<!\p{L})(?<!đăng )ký(?!\p{L})/iu;
// "… mấy %", "… bao nhiêu phần trăm" (or "percent"), "… hết bao nhiêu tiền", on the folded original: the normaliser
// drops "%".
// "70% hay 100%", "95 hay 96 phần trăm", "100% hay phải đồng chi trả": offering a percentage to choose asks for one
// too; so do "tỷ lệ phần trăm", "tỷ lệ … (là) bao nhiêu" and "bao phủ (đạt) bao nhiêu".
const ASKS_PERCENTAGE =
  /\b(?:bao nhieu|bn|may)\s*(?:%|phan tram|percent)|\d\s*(?:%|phan tram)\s+(?:hay|hoac)\b|\d\s+(?:hay|hoac)\s+\d+(?:[.,]\d+)?\s*(?:%|phan tram)|\bty le phan tram\b|\b(?:ty le|bao phu) (?:[\p{L}\d]+ ){0,12}(?:bao nhieu|bn)\b(?!\s*(?:nam|nguoi|lan|ngay|thang)\b)/u;
// "giá bao nhiêu", "giá gói đó bao nhiêu", "giá thẻ bhyt học sinh 2027" (as a search is typed), "hết bao nhiêu",
// "tiền tàu xe bao nhiêu", "tổng kinh phí" and "mức phạt" too, but not the "tham gia bao nhiêu" of a share, nor "quốc
// gia", "gia đình", "gia hạn" typed plain; "phí vào viện dưỡng lão 1 tháng bao nhiêu", but not "chi phí giảm bao nhiêu
// %" nor "miễn phí bao nhiêu lần".
const ASKS_SUM = /\b(?:bao nhieu|bn|may)\s*(?:tien|dong|nghin|trieu|ty(?! le))\b|^(?:\p{L}+ ){0,3}(?<!(?:tham|quoc|chuyen) )gia (?:the|mua)\b|\btong kinh phi\b|\btinh bang (?:ty|trieu|nghin) dong\b|(?<!(?:tham|quoc|chuyen) )\bgia\s+(?!(?:dinh|han|tang|nhap|tri)\b)(?:\p{L}+ ){0,8}(?:bao nhieu|bn)\b|\bhet\s+(?:bao nhieu|bn)\b|\btien (?:\p{L}+ ){0,3}(?:bao nhieu|bn)\b|\b(?:muc|tien) phat\b|\bphat (?:bao nhieu|bn)\b|(?<!(?:chi|mien) )\bphi (?:[\p{L}\d]+ ){0,6}(?:bao nhieu|bn)\b(?!\s*(?:lan|nam|thang|ngay|nguoi|%|phan tram)\b)/u;
// "1,2 triệu", "500 nghìn", "800k": a sum stated.
const CLAIMS_SUM = /\d(?:[.,]\d+)?\s*(?:trieu|nghin|ngan|dong|k)\b/;
// "sinh viên đóng bhyt bao nhiêu", "mức đóng bhyt học sinh năm 2026 là bao nhiêu", "mức hỗ trợ cụ thể bn", "được hỗ
// trợ bao nhiêu": what is paid, a sum or a share of something, but not "đóng bao nhiêu năm", "hỗ trợ bao nhiêu người",
// nor the "động" of "chương trình hành động số bao nhiêu", "lao động", typed plain.
const ASKS_PAYMENT =
  /(?<!\b(?:hanh|lao|hoat|van|tac|chu|cong|bien) )\bdong (?:\p{L}+ ){0,4}(?:bao nhieu|bn)\b(?!\s*(?:nam|thang|ngay|lan|nguoi|ho)\b)|\bmuc (?:dong|ho tro) (?:[\p{L}\d]+ ){0,10}(?:bao nhieu|bn)\b|\bho tro (?:\p{L}+ ){0,2}(?:bao nhieu|bn)\b(?!\s*(?:nam|thang|ngay|lan|nguoi|ho|nhom|doi tuong|truong hop)\b)/u;
// "được hỗ trợ bao nhiêu", "mức hỗ trợ cụ thể bn": of those, the support, not what one pays.
const ASKS_SUPPORT = /\b(?:muc )?ho tro (?:[\p{L}\d]+ ){0,10}(?:bao nhieu|bn)\b/u;
// "đến năm nào", "bao giờ xong", "khi nào": when, which an answer gives by a year.
// "năm nào", "khi nào", "bao giờ", "bao lâu nữa": when; not "lúc nào cũng", "khi nào cũng" (at any time), as "tháng nào
// cũng" is every month, not which.
export const ASKS_WHEN = /\b(?:nam nao|nam may|khi nao|bao gio|bao h|luc nao|bao lau nua)\b(?! cung\b)/;
export const GIVES_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
// "12/02/2026", "01/2026", "7/4".
const GIVES_DATE = /\d{1,2}\/\d{1,4}/;
const YEARS_GIVEN = new RegExp(GIVES_YEAR.source, 'g');
// A street and house number ("số 12 đường …"), not a document's ("Kế hoạch số 69-KH/TU").
const STREET_ADDRESS = /(?:số|đường|phố)\s+\d+(?![\d-])|\d+\s+(?:đường|phố)/;
// A body that decides, issues or leads: "Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Sở Y tế".
const GIVES_BODY = /Hội đồng nhân dân|HĐND|Ban Bí thư|Bộ Chính trị|Ban Thường vụ|Chính phủ|Ủy ban|Uỷ ban|UBND|Tỉnh (?:ủ|u)y|Thành (?:ủ|u)y|Sở |Ban Tuyên giáo|Bảo hiểm xã hội|Mặt trận|Công an|Quốc hội|Bộ Y tế/;
/**
 * What a question may ask for besides a percentage, a signer or a count (on the folded original), and what an answer
 * that gives it has.
 */
const ASKED_DETAILS: ReadonlyArray<{ asks: RegExp; gives: RegExp; asTyped?: true }> = [
  // "đến năm nào", "bao giờ xong", "khi nào": a year.
  { asks: ASKS_WHEN, gives: GIVES_YEAR },
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
  // which tells): opening days, which the documents never give.
  {
    asks: /\b(?:chu nhat|cuoi tuan|ngay nghi)\b(?! (?:la |thi )?(?:khong|ko|k|hong|hok|chang) co\b)|\b(?:kham|lam viec|mo cua)\b(?: [a-z]+){0,5} thu (?:7|bay)\b|\bthu (?:7|bay) (?:co |nay )?(?:kham|lam viec|mo cua)\b/,
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
  // "ngày bhyt năm nay là lần thứ mấy", "kỷ niệm bao nhiêu năm": which anniversary, which no document gives.
  { asks: /\blan thu (?:may|bao nhieu|bn)\b|\bky niem (?:bao nhieu|bn|may) nam\b/, gives: /lần thứ \d+|\d+ năm (?:ngày|thành lập)/ },
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
// "nghị quyết", "chỉ thị", "kế hoạch", "chương trình (hành động)", "quyết định", "thông tư" and a number, folded.
const NUMBERED_DOCUMENT = /\b(?:nghi quyet|chi thi|ke hoach|chuong trinh|hanh dong|huong dan|quyet dinh|thong tu)\s+(?:so\s+)?(\d+)/g;
// The first document named, with its number if it has one there.
const FIRST_DOCUMENT = /\b(?:nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|quyet dinh|thong tu)\b(?:\s+(?:so\s+)?(\d+))?/;
const YEAR = /^(19|20)\d\d$/;
const UNNUMBERED_KINDS = [' nghi quyet ', ' chi thi '];
// Bodies the plans give tasks to, folded (the normaliser writes "y tế" as "i te").
const BODIES = [
  'so [iy] te', 'so tai chinh', 'so giao duc', 'so noi vu', 'so van hoa', 'so nong nghiep', 'so khoa hoc', 'so cong thuong', 'mat tran',
  '(?:uy ban nhan dan|ubnd)', '(?:hoi dong nhan dan|hdnd)', 'bao hiem xa hoi', 'cong an', 'ban tuyen giao', 'doan thanh nien', 'hoi phu nu',
  'hoi nong dan', 'hoi cuu chien binh', 'lien doan lao dong',
  // The press, by any of its kinds ("đài truyền hình").
  '(?:bao chi|phat thanh|truyen hinh)',
].map((body) => new RegExp(`\\b${body}\\b`));
// A body within a question's first words is what it asks about ("các cơ quan báo chí …" opens on one too).
const BODY_OPENS = 4;
// "… là bao nhiêu", "đạt bn", "mấy %": an amount asked for, on the folded original.
const ASKS_AMOUNT = /\b(?:bao nhieu|bn)\b|\bmay\s*(?:%|phan tram)/;
/** Kinds of document a question may name ("kế hoạch nào", "chương trình đó"), folded, and how their numbers are written. */
export const DOCUMENT_KINDS: ReadonlyArray<{ words: readonly string[]; number: RegExp; titled?: RegExp }> = [
  { words: ['ke', 'hoach'], number: /\d+-KH\b/, titled: /\d+-KH\b|Kế hoạch (?:triển khai|thực hiện|tuyên truyền)[^.;]{0,40}?\d+-(?:CT|NQ|CTr)\b|\d+-(?:CT|NQ|CTr)\b[\s\S]{0,120}?Kế hoạch (?:triển khai|thực hiện)/u },
  { words: ['chuong', 'trinh'], number: /\d+-CTr\b/ },
  { words: ['nghi', 'quyet'], number: /\d+(?:\/\d+)?[-/]NQ\b/ },
  { words: ['chi', 'thi'], number: /\d+-CT\// },
  { words: ['huong', 'dan'], number: /\d+-HD\b/ },
];

// The words of a document's name: its kind, "số", "hành động".
const DOCUMENT_NAME_WORDS = new Set([...DOCUMENT_KINDS.flatMap((k) => k.words), 'so', 'hanh', 'dong']);

// The figures of a document itself, or of when a thing is: what an answer about other documents may give by chance.
const DOCUMENT_FIGURES = new Set<RegExp>([GIVES_YEAR, GIVES_DATE, ANY_DOCUMENT_NUMBER, ...DOCUMENT_KINDS.flatMap((k) => (k.titled ? [k.number, k.titled] : [k.number]))]);

/** Every word the content writes, folded: what a word typed run together may be made of. */
function contentVocabulary(content: Content, active: readonly FaqEntry[]): Set<string> {
  const texts = [
    ...active.flatMap((e) => [e.question, ...e.paraphrases, ...e.keywords, e.answer]),
    ...content.localities.flatMap((l) => [l.name, ...l.aliases]),
    ...content.healthDays.flatMap((d) => [d.name, ...d.aliases, ...d.about]),
  ];
  return new Set(texts.flatMap((text) => foldDiacritics(text).match(/[a-z]+/g) ?? []));
}

/**
 * "kế hoạch 40 của Cao Bằng là thực hiện chỉ thị 52 đúng không": the document named first is what is asked about; a
 * close candidate whose question or keywords name it comes before one about the document named after it. "cái chỉ thị
 * … có mấy nhóm việc": a document of one kind named without a number, a close candidate whose question asks about
 * that kind of document comes before one about another kind (Lai Châu's plan). A body opening the question comes
 * before either.
 */
function subjectFirst(text: NormalizedText, candidates: Candidate[], telling: ReadonlySet<string>): Candidate[] {
  const best = candidates[0];
  if (!best) return candidates;
  const named = documentNumbers(text.folded.join(' '));
  const ofName = (w: string) => DOCUMENT_NAME_WORDS.has(w) || /^\d+$/.test(w);
  const byNameOnly = (c: Candidate) => c.matched.every(ofName);
  const askedOf = (c: Candidate) => c.matched.filter((w) => telling.has(w) && !ofName(w));
  // "Bệnh viện ở Hà Nội sẽ phát triển thế nào theo Chương trình 06?": a best found by the document's name alone gives
  // way to a close answer with what is asked of it (of two documents named, the words between may relate them). Not
  // to one with its date or issuer only, which are asked of the document named ("Hướng dẫn số 33 ban hành ngày nào").
  const asksOfIt = (c: Candidate) => {
    const asked = askedOf(c);
    return asked.length >= ASKED_OF_DOCUMENT_WORDS && !asked.every((w) => DOCUMENT_DETAIL_WORDS.has(w));
  };
  const askedOfDocument =
    byNameOnly(best) && named.length <= 1 && candidates.find((c) => best.score - c.score < SUBJECT_MARGIN && c.score >= ANSWER_THRESHOLD && asksOfIt(c));
  if (askedOfDocument) return [askedOfDocument, ...candidates.filter((c) => c !== askedOfDocument)];
  const body = bodyNamer(text);
  // "Mặt trận Tổ quốc Cao Bằng … để thực hiện nq72": of the body's answers, the one about the document named.
  const bodyOfBest = body?.(best) === true;
  const ofBody = bodyOfBest ? candidates.filter(body!) : candidates;
  const names = bodyOfBest ? documentNamer(text) : (body ?? documentNamer(text));
  if (!names || names(best)) return candidates;
  // Sure enough to answer: a document named in passing does not turn an answer into a fallback. Nor does a candidate
  // found by the document's name alone come before one about that document found by what is asked of it too ("nhóm
  // nào trong chương trình 06 nói về trẻ em": not what the programme is).
  const [first] = named;
  const bestAboutIt = !byNameOnly(best) && first !== undefined && documentsNamed(best.entry).includes(first);
  const subject = ofBody.find((c) => best.score - c.score < SUBJECT_MARGIN && c.score >= ANSWER_THRESHOLD && names(c) && !(bestAboutIt && byNameOnly(c)));
  return subject ? [subject, ...candidates.filter((c) => c !== subject)] : candidates;
}

/**
 * "chỉ thị 52 có mấy quan điểm chỉ đạo": an answer to a question about another central document ("Nghị quyết 72-NQ/TW
 * có những quan điểm chỉ đạo nào?") that never names the one asked about does not answer it. A province's answers
 * carry out central documents without always naming them.
 */
function ofDocumentsNamed(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const named = documentNumbers(text.folded.join(' '));
  if (named.length === 0) return candidates;
  return candidates.filter(({ entry }) => {
    const { questionDocuments: own, documents } = factsOf(entry);
    return own.length === 0 || entry.scope !== 'national' || named.some((n) => own.includes(n) || documents.includes(n));
  });
}

/**
 * "lai chau 2030 bhyt ntn": a year asked is a year something is due by; an answer whose question has it only as the end
 * of a period ("giai đoạn 2026 - 2030") gives way to a close one that names the year itself.
 */
function yearFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const best = candidates[0];
  const year = text.folded.find((w) => YEAR.test(w));
  if (!best) return candidates;
  if (!year) return milestonesFirst(text, candidates);
  const periods = new RegExp(`\\d{4}\\s*[-–]\\s*${year}|${year}\\s*[-–]\\s*\\d{4}`, 'g');
  const inPeriod = (c: Candidate) => askedBy(c.entry).search(periods) >= 0;
  const onlyInPeriod = inPeriod(best) && !askedBy(best.entry).replace(periods, ' ').includes(year);
  const named = onlyInPeriod && candidates.find((c) => best.score - c.score < YEAR_MARGIN && c.matched.includes(year) && !inPeriod(c));
  // "hn đặt mục tiêu gì cho năm 2035 về y tế": a close answer asked of that year, over one found by other words (not
  // when a year is claimed, which the answer found may correct, nor when two are named).
  const oneYear = text.folded.every((w) => !YEAR.test(w) || w === year);
  const ofYear =
    !named && oneYear && !best.matched.includes(year) && !checksClaim(text) && candidates.find((c) => best.score - c.score < YEAR_MARGIN && c.matched.includes(year));
  const first = named || ofYear;
  return first ? [first, ...candidates.filter((c) => c !== first)] : candidates;
}

// "đến những năm nào", "các mốc thời gian", "mục tiêu đến năm nào, tầm nhìn đến năm nào": the years, several of them.
const ASKS_YEARS = /\b(?:nhung (?:nam|moc) nao|cac moc|moc (?:nao|thoi gian)|nam nao\b.*\bnam nao)\b/;
// An answer giving the years of a plan gives at least three ("2026 - 2027", "2030", "2045").
const MILESTONE_YEARS = 3;

/** A question asking for several years wants a close answer that gives them, if the best does not. */
function milestonesFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const best = candidates[0]!;
  if (!ASKS_YEARS.test(text.folded.join(' '))) return candidates;
  const givesYears = (c: Candidate) => new Set(c.entry.answer.match(YEARS_GIVEN)).size >= MILESTONE_YEARS;
  const years = !givesYears(best) && candidates.find((c) => best.score - c.score < FIGURE_MARGIN && givesYears(c));
  return years ? [years, ...candidates.filter((c) => c !== years)] : candidates;
}

/** What an entry says it answers: its question and keywords. */
function askedBy(entry: FaqEntry): string {
  return factsOf(entry).askedBy;
}

/** The numbers of the documents an entry's question names ("Nghị quyết 72-NQ/TW có …" → 72). */
export function questionDocuments(entry: FaqEntry): readonly string[] {
  return factsOf(entry).questionDocuments;
}

/** The numbers of the documents an entry's question and keywords name. */
export function askedDocuments(entry: FaqEntry): readonly string[] {
  return factsOf(entry).askedDocuments;
}

/** The numbers of the documents an entry names anywhere: its question, keywords or answer. */
export function documentsNamed(entry: FaqEntry): readonly string[] {
  return factsOf(entry).documents;
}

interface EntryFacts {
  askedBy: string;
  questionDocuments: string[];
  askedDocuments: string[];
  /** Named anywhere in it: its question, keywords or answer. */
  documents: string[];
}

// Entries do not change within a content version, and several checks read these for every candidate of every message.
const entryFacts = new WeakMap<FaqEntry, EntryFacts>();

function factsOf(entry: FaqEntry): EntryFacts {
  let facts = entryFacts.get(entry);
  if (!facts) {
    const askedBy = `${entry.question} ${entry.keywords.join(' ')}`;
    const fold = (text: string) => foldDiacritics(text).toLowerCase();
    facts = {
      askedBy,
      questionDocuments: documentNumbers(fold(entry.question)),
      askedDocuments: documentNumbers(fold(askedBy)),
      documents: documentNumbers(fold(`${askedBy} ${entry.answer}`)),
    };
    entryFacts.set(entry, facts);
  }
  return facts;
}

/**
 * "Sở Y tế Cao Bằng phải làm gì để triển khai Chỉ thị 52": the body that opens a question is what it asks about, more
 * than the document it carries out; true of a candidate whose question names that body.
 */
function bodyNamer(text: NormalizedText): ((c: Candidate) => boolean) | undefined {
  const body = openingBody(text);
  return body && ((c) => body.test(foldedQuestion(c.entry)));
}

const openingBodies = new WeakMap<NormalizedText, RegExp | null>();

/** The body named within the text's first words (looked for once per text: every decision on it asks). */
function openingBody(text: NormalizedText): RegExp | undefined {
  let body = openingBodies.get(text);
  if (body === undefined) {
    // A body's name is at most four words long.
    const head = text.folded.slice(0, BODY_OPENS + 4).join(' ');
    const opening = text.folded.slice(0, BODY_OPENS).join(' ');
    openingBodies.set(text, (body = BODIES.find((b) => (b.exec(head)?.index ?? Infinity) <= opening.length) ?? null));
  }
  return body ?? undefined;
}

/** "Sở Y tế … có trách nhiệm gì": not what another body must do ("Công an tỉnh … có nhiệm vụ, trách nhiệm gì"). */
function ofBodyNamed(text: NormalizedText, candidates: Candidate[]): Candidate[] {
  const body = openingBody(text);
  if (!body) return candidates;
  return candidates.filter(({ entry }) => {
    const question = foldedQuestion(entry);
    return body.test(question) || !BODIES.some((other) => other.test(question));
  });
}

const foldedQuestions = new WeakMap<FaqEntry, string>();

/** The entry's question, folded, in words between spaces (asked of each candidate, folded once). */
function foldedQuestion(entry: FaqEntry): string {
  let folded = foldedQuestions.get(entry);
  if (folded === undefined) foldedQuestions.set(entry, (folded = ` ${foldDiacritics(entry.question).replace(/[^a-z0-9]+/g, ' ')} `));
  return folded;
}

/** Whether a candidate is about the document a text names first, by number or, without one, by its only kind. */
function documentNamer(text: NormalizedText): ((c: Candidate) => boolean) | undefined {
  const folded = text.folded.join(' ');
  // "theo chỉ thị 52, mỗi cán bộ đảng viên phải làm gì": the document it is according to says where, not what.
  const firstNamed = FIRST_DOCUMENT.exec(folded);
  if (firstNamed && folded.slice(0, firstNamed.index).endsWith('theo ')) return undefined;
  const [first] = documentNumbers(folded);
  if (first !== undefined) {
    const code = new RegExp(`(?<!\\d)0?${first}[-/]`);
    return (c) => code.test(askedBy(c.entry));
  }
  // Only a resolution or a directive: "kế hoạch", "hướng dẫn" are also everyday words.
  const kinds = UNNUMBERED_KINDS.filter((kind) => ` ${folded} `.includes(kind));
  const [kind] = kinds;
  if (kinds.length !== 1 || !kind) return undefined;
  return (c) => foldedQuestion(c.entry).includes(kind);
}

// A kind of document, on folded words (the first a text names, without the g flag).
export const DOCUMENT_KIND = /\b(?:nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|huong dan)\b/;

/** How content writes a document's code by its number: "40" → "40-KH/TU", "06" → "06-CTr/TU". */
function documentCode(number: string): RegExp {
  return new RegExp(`(?<!\\d)0?${number}-`);
}

/** The number of the first document a text names, if it has one ("kế hoạch 40 …"; none: "kế hoạch tuyên truyền …"). */
function subjectNumber(folded: string): string[] {
  const first = FIRST_DOCUMENT.exec(folded);
  return first?.[1] === undefined || YEAR.test(first[1]) ? [] : [String(Number(first[1]))];
}

/** The numbers a folded text gives documents: "nghi quyet 72", "ke hoach so 69" (a year is no document number). */
export function documentNumbers(folded: string): string[] {
  return [...folded.matchAll(NUMBERED_DOCUMENT)].map((m) => m[1]!).filter((n) => !YEAR.test(n)).map((n) => String(Number(n)));
}

export type Decision =
  | { kind: 'answer'; best: Candidate; candidates: Candidate[] }
  | { kind: 'clarify'; options: Candidate[]; candidates: Candidate[] }
  /** `outOfScope`: the message names what the documents never cover (another country, weather, another document). */
  | { kind: 'fallback'; candidates: Candidate[]; outOfScope?: true };

/**
 * One published version of the content with everything derived from it: the normaliser,
 * the search index, the lookup tables. Built once per version and swapped whole.
 */
export class Knowledge {
  readonly normalize: Normalize;
  readonly index: FaqSearchIndex;
  private readonly byId: Map<string, FaqEntry>;
  private readonly citations: Map<string, string>;
  private readonly foreignPlaces: PhraseIndex<string>;
  private readonly offTopics: PhraseIndex<string>;
  private readonly otherProvinces: PhraseIndex<string>;
  private readonly nationwide: PhraseIndex<string>;
  /** placeOfDocument's answers, by document number: asked for most messages that name one. */
  private readonly documentPlaces = new Map<string, Scope | undefined>();
  /** The numbers of the documents the content answers questions about, and of the documents they cite. */
  private readonly documentNumbers: Set<string>;
  private readonly foldedAnswers = new Map<string, string>();
  private readonly answerWordsOf = new WeakMap<FaqEntry, ReadonlySet<string>>();
  /** The central documents by what they are about: "chỉ thị 25 về BHYT toàn dân …" is 52. */
  readonly documentSubjects: DocumentSubjects;
  readonly misnumbered: MisnumberedDocuments;
  private readonly keywordPhrasesOf = new WeakMap<FaqEntry, string[]>();

  constructor(readonly content: Content, readonly version = 1) {
    const active = content.entries.filter((e) => e.status === 'active');
    const normalize = createNormalizer(content.lexicon, contentVocabulary(content, active));
    // The index normalises every text of the content once: nothing to remember there.
    this.index = new FaqSearchIndex(active, normalize, content.localities, content.lexicon);
    this.normalize = remembering(normalize);
    this.byId = new Map(active.map((e) => [e.id, e]));
    const places = (names: readonly string[] = []) => new PhraseIndex(names.map((name) => ({ phrase: this.normalize(name), value: name })));
    this.foreignPlaces = places(content.lexicon.foreignPlaces);
    this.offTopics = places(content.lexicon.offTopics);
    this.otherProvinces = places(content.lexicon.otherProvinces);
    this.nationwide = places(content.lexicon.nationwide);
    // Not from answers: an answer may name a document in passing ("liên thông với Nghị quyết 71-NQ/TW") without
    // saying anything about it.
    const texts = [...content.documents.map((d) => `${d.title} ${d.number}`), ...active.flatMap((e) => [e.question, ...e.paraphrases, ...e.keywords])];
    // Read from the folded text, not normalised again: the index has just normalised every text once.
    this.documentNumbers = new Set(texts.flatMap((t) => documentNumbers(foldDiacritics(t))));
    this.citations = new Map(content.documents.map((d) => [d.id, `${d.number} (${[d.issuer, d.date].filter(Boolean).join(', ')})`]));
    this.documentSubjects = new DocumentSubjects(content.documents, this.normalize);
    this.misnumbered = new MisnumberedDocuments(texts, this.normalize);
  }

  entry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  locality(id: Scope | undefined): Locality | undefined {
    return this.content.localities.find((l) => l.id === id);
  }

  /**
   * True when the entry's answer opens on the place: "Kế hoạch của Hải Phòng nêu …", "Hướng dẫn … của Cao Bằng định
   * hướng 12 thông điệp" is that place's answer, whatever its scope.
   */
  opensOn(entry: FaqEntry, scope: Scope): boolean {
    const name = this.locality(scope)?.name;
    return name !== undefined && entry.answer.split(/(?<=\.)\s/)[0]!.includes(name);
  }

  healthDays(): readonly HealthDay[] {
    return this.content.healthDays;
  }

  sourcesOf(item: Pick<FaqEntry, 'sources'>): SourceRef[] {
    return item.sources.map((s) => ({
      doc: s.doc,
      section: s.section,
      label: `${this.citations.get(s.doc) ?? s.doc}${s.section ? `, ${s.section}` : ''}`,
    }));
  }

  /**
   * Searches and decides three ways: answer, ask which one, or fall back. A message that checks a claim ("có phải
   * bao phủ toàn dân vào năm 2035 không") whose figure no answer confirms is answered by what gives the right one.
   */
  decide(text: NormalizedText, options: SearchOptions = {}): Decision {
    // "chỉ thị 52 nói về khám sức khỏe định kỳ phải ko": what the document is answers what it is claimed to be about.
    const claimed = documentClaimed(text);
    if (claimed) {
      const about = this.decideAsked(this.normalize(claimed), options);
      if (about.kind === 'answer') return about;
    }
    const decision = this.decideAsked(text, options);
    const top = decision.candidates[0]?.entry;
    // "có phải năm 2026 Hải Phòng đạt 97% không": the year is confirmed, so only the percentage is in question.
    // "hải phòng mục tiêu 95% phải ko": the nation's 95% confirms nothing of a place that has its own version.
    const otherPlaces = top !== undefined && options.locality !== undefined && top.scope !== options.locality && this.variantOf(top, { scope: options.locality }) !== undefined;
    const claim = claimIn(text, (value) => top !== undefined && !otherPlaces && this.gives(top, value));
    if (!claim || (decision.kind === 'answer' && claim.values.length === 0)) return decision;
    // Not confirmed: what gives a figure of the kind claimed corrects it.
    const corrected = this.decideAsked(claim.unclaimed, options, claim.kinds[0]);
    const correcting = corrected.kind === 'answer' && claim.kinds.some((kind) => this.gives(corrected.best.entry, kind));
    return correcting ? corrected : decision;
  }

  /** The decision on the words of a question; `claimed`: the kind of figure it claims, asked for instead. */
  private decideAsked(text: NormalizedText, options: SearchOptions, claimed?: RegExp): Decision {
    // "Nhật Bản có bảo hiểm y tế toàn dân không?": shares every word with the FAQ, but the documents are Viet Nam's.
    // "bảo hiểm nhân thọ có bắt buộc không": another kind of insurance, and nothing of this one.
    if (this.namesOutOfScope(text)) {
      return { kind: 'fallback', candidates: [], outOfScope: true };
    }
    const [figure = claimed] = askedFigures(text, () => this.index.tellingWords(text));
    const searched = ofBodyNamed(text, ofDocumentsNamed(text, this.index.search(text, { ...options, limit: 5 })));
    const found = this.reasonFirst(text, subjectFirst(text, this.rarerFirst(text, searched), new Set(this.index.tellingWords(text))));
    // "ưu tiên ai trước, bao giờ phải xong": with no figure asked, a detail asked (a year, a body) puts first an answer
    // about as close that gives it.
    const [given, margin] = figure ? [figure, FIGURE_MARGIN] : [this.detailsAsked(text)[0], DETAIL_MARGIN];
    const candidates = this.silentFirst(text, this.placeFirst(this.figureFirst(text, given, yearFirst(text, found), margin, options.locality), options.locality, figure));
    const best = candidates[0];
    if (!best) return { kind: 'fallback', candidates };
    // Variants of one question for other places or years are not rivals: the scope already chose. Nor, when the
    // question names a document the best is about, are answers about another ("quán triệt chỉ thị 52 … bằng hình thức
    // nào": not the forms for Nghị quyết 72).
    const named = documentNumbers(text.folded.join(' '));
    const aboutAnother = (c: Candidate) => documentsNamed(c.entry).length > 0 && named.some((n) => documentsNamed(best.entry).includes(n) && !documentsNamed(c.entry).includes(n));
    const others = candidates.filter((c) => c !== best && !(c.entry.group && c.entry.group === best.entry.group) && !aboutAnother(c));
    // Nor, when the best gives the figure asked for, are answers that do not.
    const figureGiven = figure !== undefined && this.gives(best.entry, figure);
    const rivals = (margin: number) => others.filter((c) => best.score - c.score < margin && (!figureGiven || this.gives(c.entry, figure)));
    if (best.score < CLARIFY_THRESHOLD) {
      // Unsure, but far ahead of the rest, or alone in having the percentage named or giving the figure asked for:
      // the answer (the faq intent shows staff the less sure ones).
      const alone = (has: (c: Candidate) => boolean) => has(best) && !others.some(has);
      const unrivalled =
        (best.score >= CLEAR_LEAD_THRESHOLD && rivals(CLEAR_LEAD).length === 0) ||
        (best.score >= FIGURE_THRESHOLD &&
          (alone((c) => asksPercentageOf(text, c)) ||
            (figure !== undefined && this.gives(best.entry, figure) && !others.some((c) => this.givesOtherFigure(c.entry, best.entry, figure)))));
      const dated = best.score >= DATE_THRESHOLD && alone((c) => this.givesDatesNamed(text, c.entry));
      return unrivalled || dated ? { kind: 'answer', best, candidates } : { kind: 'fallback', candidates };
    }
    // Nor, when the question names a place and the best is that place's own, are national answers to something else.
    const ownPlace = options.locality !== undefined && best.entry.scope === options.locality;
    const close = rivals(CLOSE_MARGIN).filter((c) => !(ownPlace && c.entry.scope === 'national'));
    // Sure, or less sure with no close rival: the answer.
    if (best.score >= ANSWER_THRESHOLD || close.length === 0) return { kind: 'answer', best, candidates };
    return { kind: 'clarify', options: [best, ...close].slice(0, 3), candidates };
  }

  /**
   * "lai chau kham bhyt o tram y te xa muc tieu bao nhieu phan tram": Lai Châu's coverage target and its share of visits
   * at commune stations tie; the one whose own matches of the question's telling words tell more is what is asked about.
   */
  private rarerFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
    const [best, next] = candidates;
    if (!best || !next || best.score - next.score >= TIE_MARGIN) return candidates;
    const telling = new Set(this.index.tellingWords(text));
    // A document both are about ("nghị quyết 72 nói y tế dự phòng …") tells neither apart, whichever names it.
    const named = documentNumbers(text.folded.join(' '));
    const bothAbout = named.length > 0 && [best, next].every((c) => named.every((n) => documentsNamed(c.entry).includes(n)));
    const ofName = (w: string) => bothAbout && (DOCUMENT_NAME_WORDS.has(w) || named.includes(w));
    const onlyBy = (a: Candidate, b: Candidate) => a.matched.filter((w) => telling.has(w) && !b.matched.includes(w) && !ofName(w));
    const [nextTells, bestTells] = [this.index.weight(onlyBy(next, best)), this.index.weight(onlyBy(best, next))];
    const swapped = [next, best, ...candidates.slice(2)];
    if (nextTells !== bestTells) return nextTells > bestTells ? swapped : candidates;
    // Told apart by nothing of the subject: the one that asks who, when that is asked ("HĐND Lai Châu hỗ trợ ai": the
    // groups supported, not whether the near-poor are).
    return ASKS_WHO.test(text.folded.join(' ')) && ASKS_WHO.test(foldedQuestion(next.entry)) && !ASKS_WHO.test(foldedQuestion(best.entry)) ? swapped : candidates;
  }

  /**
   * "năm nào lai châu bao phủ trên 95%": the place named has a close answer of its own, which comes before a national
   * answer to something else (vaccination above 95%) that has no version for that place.
   */
  private placeFirst(candidates: Candidate[], locality: Scope | undefined, figure: RegExp | undefined): Candidate[] {
    const best = candidates[0];
    if (!best || !locality || best.entry.scope !== 'national' || this.variantOf(best.entry, { scope: locality }) || this.opensOn(best.entry, locality)) {
      return candidates;
    }
    const givesAsked = (c: Candidate) => figure === undefined || this.gives(c.entry, figure) || !this.gives(best.entry, figure);
    const local = candidates.find((c) => c.entry.scope === locality && best.score - c.score < CLOSE_MARGIN && givesAsked(c));
    return local ? [local, ...candidates.filter((c) => c !== local)] : candidates;
  }

  /**
   * "năm 2026 mức đóng bhyt là bao nhiêu": a close answer saying the documents do not give what one of its keyword
   * phrases names ("mức đóng") comes before one about the rest of the words (the 2026 coverage target) that lacks it.
   */
  private silentFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
    const best = candidates[0];
    if (!best) return candidates;
    const folded = ` ${text.folded.join(' ')} `;
    const names = (entry: FaqEntry) => this.keywordPhrases(entry).filter((phrase) => folded.includes(` ${phrase} `));
    if (best.entry.documentsSilent) {
      // "đi khám không mất tiền thì 1 năm được mấy lần": figures asked, which the silent answer gives too, so they are
      // not what that one is silent about (where to go, what to bring), and a close answer gives: that answer. Not a
      // date or a document's number: an answer naming other documents' dates does not give the one left blank.
      const [, next] = candidates;
      const close = next !== undefined && !next.entry.documentsSilent && best.score - next.score < FIGURE_MARGIN;
      const figures = close ? this.figuresAsked(text) : [];
      const givenByBoth = (figure: RegExp) => !DOCUMENT_FIGURES.has(figure) && this.gives(best.entry, figure) && this.gives(next!.entry, figure);
      // Nor, asking yes or no, need "người yếu thế có được hỗ trợ đóng không" be told what the documents leave out of
      // the support (its rate), when it names nothing the silent answer is about.
      const yesOrNo = () => !checksClaim(text) && asksYesOrNo(text);
      const answered = close && (figures.length > 0 ? figures.every(givenByBoth) : names(best.entry).length === 0 && yesOrNo());
      return answered ? [next!, best, ...candidates.slice(2)] : candidates;
    }
    // A phrase with a word the best did not match: "đóng" of "mức đóng", which the target's "mức" is not.
    const unmatched = (phrase: string) => phrase.split(' ').some((w) => !best.matched.includes(w));
    const silent = candidates.find((c) => c.entry.documentsSilent && best.score - c.score < FIGURE_MARGIN && names(c.entry).some(unmatched));
    return silent && names(best.entry).length === 0 ? [silent, ...candidates.filter((c) => c !== silent)] : candidates;
  }

  /** An entry's keywords of more than one word, normalised and folded (worked out once per entry). */
  private keywordPhrases(entry: FaqEntry): string[] {
    let phrases = this.keywordPhrasesOf.get(entry);
    if (!phrases) {
      phrases = entry.keywords.map((k) => this.normalize(k).folded).filter((words) => words.length > 1).map((words) => words.join(' '));
      this.keywordPhrasesOf.set(entry, phrases);
    }
    return phrases;
  }

  /** "tại sao phải tham gia bhyt": a question asking why wants the close answer that gives a reason. */
  private reasonFirst(text: NormalizedText, candidates: Candidate[]): Candidate[] {
    const best = candidates[0];
    if (!best || givesReason(best.entry) || !asksWhy(this.normalize, text)) return candidates;
    const reason = candidates.find((c) => best.score - c.score < REASON_MARGIN && givesReason(c.entry));
    return reason ? [reason, ...candidates.filter((c) => c !== reason)] : candidates;
  }

  /**
   * "Hà Nội chia mấy nhóm nhiệm vụ để chăm sóc sức khỏe cho dân", "bao nhiêu phần trăm trẻ em được tiêm chủng": a
   * question for a figure wants the answer that gives one ("09 nhóm", "95%"), if a close candidate does, rather
   * than one about the rest of its words.
   */
  private figureFirst(text: NormalizedText, figure: RegExp | undefined, candidates: Candidate[], margin: number, locality?: Scope): Candidate[] {
    const best = candidates[0];
    // An entry saying the documents give no such figure answers the question as well as any.
    if (!best || !figure || best.entry.documentsSilent || this.gives(best.entry, figure)) return candidates;
    const giving =
      candidates.find((c) => best.score - c.score < margin && this.gives(c.entry, figure)) ??
      this.covering(text, best, figure, candidates) ??
      this.signerOf(figure, best, text, locality);
    return giving ? [giving, ...candidates.filter((c) => c.entry !== giving.entry)] : candidates;
  }

  /**
   * "Chồng tôi … thu nhập thấp, nhà ở Lai Châu. Bao giờ thì … được miễn viện phí?": who goes first matched more of what
   * was told, but an answer for the same place whose text says every telling word it matched gives the year asked too.
   */
  private covering(text: NormalizedText, best: Candidate, figure: RegExp, candidates: Candidate[]): Candidate | undefined {
    const telling = new Set(this.index.tellingWords(text));
    const matched = best.matched.filter((w) => telling.has(w));
    const covers = candidates.find(
      (c) =>
        c.entry.scope === best.entry.scope &&
        best.score - c.score < COVERING_MARGIN &&
        this.gives(c.entry, figure) &&
        matched.every((w) => this.answerWords(c.entry).has(w)),
    );
    // It answers all the best did, and more: it is as sure an answer.
    return covers && { ...covers, score: best.score };
  }

  /** The folded words of an entry's answer (worked out once per entry). */
  private answerWords(entry: FaqEntry): ReadonlySet<string> {
    let words = this.answerWordsOf.get(entry);
    if (!words) this.answerWordsOf.set(entry, (words = new Set(this.normalize(entry.answer).folded)));
    return words;
  }

  /** The province whose own document has that number, if only one province's entries name it. */
  placeOfDocument(number: string): Scope | undefined {
    if (!this.documentPlaces.has(number)) {
      const code = documentCode(number);
      const scopes = new Set(this.index.entries.filter((e) => code.test(askedBy(e))).map((e) => e.scope));
      const [scope] = scopes;
      this.documentPlaces.set(number, scopes.size === 1 && scope !== 'national' ? scope : undefined);
    }
    return this.documentPlaces.get(number);
  }

  /**
   * "kế hoạch thực hiện chỉ thị 52 của Hải Phòng do ai ký": the document found is the place's, and so is the entry
   * that says who signed it, however far its short question ("Ai ký kế hoạch của Hải Phòng?") is from the long title.
   */
  private signerOf(figure: RegExp, best: Candidate, text: NormalizedText, locality?: Scope): Candidate | undefined {
    // "ai ký hướng dẫn tuyên truyền chỉ thị 52 về bhyt toàn dân ở cao bằng": the province's guidance, whatever the
    // directive's title found; a resolution or a directive itself is issued, not signed.
    const [kind] = text.folded.join(' ').match(DOCUMENT_KIND) ?? [];
    const scope = best.entry.scope !== 'national' ? best.entry.scope : kind === 'huong dan' || kind === 'ke hoach' ? locality : undefined;
    if (figure !== GIVES_SIGNER || scope === undefined || scope === 'national') return undefined;
    const signer = this.signerEntry(scope);
    // Only the document the question is about, the first it names: "Kế hoạch thực hiện Chương trình hành động số
    // 10-CTr/TU … do ai ký" asks who signed the plan, which names the programme it carries out.
    if (subjectNumber(text.folded.join(' ')).some((n) => this.signerUnknown(n, scope))) return undefined;
    // It takes the document's place, with the document's score: the question is as well understood.
    return signer && { ...best, entry: signer };
  }

  private signerEntry(scope: Scope): FaqEntry | undefined {
    return this.index.entries.find((e) => e.scope === scope && this.gives(e, GIVES_SIGNER));
  }

  /**
   * "kế hoạch 40 ai ký": a document of the province's own that its signer's entry does not name (Cao Bằng's plan,
   * where only its guidances say who signed them) was signed by someone the documents do not name.
   */
  signerUnknown(number: string, scope: Scope): boolean {
    const signer = this.signerEntry(scope);
    return this.placeOfDocument(number) === scope && signer !== undefined && !documentCode(number).test(`${signer.question} ${signer.keywords.join(' ')} ${signer.answer}`);
  }

  /**
   * "bao nhiêu quan điểm và bao nhiêu nhóm nhiệm vụ", "ban hành ngày nào và có bao nhiêu nhóm": for each further
   * figure or detail asked that the entry does not give, the candidate that gives it.
   */
  alongsideFigures(text: NormalizedText, entry: FaqEntry, candidates: readonly Candidate[]): FaqEntry[] {
    // "hạn chót … là ngày nào" asks for a date twice: one figure, not two.
    const figures = [...new Map(this.figuresAsked(text).map((figure) => [String(figure), figure])).values()];
    if (figures.length < 2) return [];
    const giving = figures
      .filter((figure) => !this.gives(entry, figure))
      .map((figure) => candidates.find((c) => c.entry !== entry && this.gives(c.entry, figure))?.entry);
    return [...new Set(giving.filter((e): e is FaqEntry => e !== undefined))];
  }

  /**
   * True when the text asks for a figure (a percentage, who signed, a count, a year, a date, a length of time, a
   * telephone number, an official's name) that none of the answers gives: "… năm 2026 tỉnh đặt mục tiêu bao nhiêu
   * %?" is not answered by how the province campaigns.
   */
  missesFigureAsked(text: NormalizedText, ...entries: FaqEntry[]): boolean {
    const figures = this.figuresAsked(text);
    // "2035 thì tuổi thọ mục tiêu là bao nhiêu": a figure for the year named, which an answer without it does not give.
    const year = text.folded.find((t) => YEAR.test(t));
    // "nghe nói năm 2025 mỗi trạm đã phải có 4-5 bác sĩ, đúng ko": a year claimed is checked, not asked for; an answer
    // giving the year it is due corrects it.
    const corrected = checksClaim(text) && entries.some((entry) => GIVES_YEAR.test(entry.answer));
    const wanted = year && this.asksAmount(text) && !corrected ? [...figures, new RegExp(`(?<!\\d)${year}(?!\\d)`)] : figures;
    return wanted.some((figure) => !entries.some((entry) => this.gives(entry, figure)));
  }

  /** "… bao nhiêu", "mấy %", "mấy nhóm": the text asks for an amount or another figure. */
  asksAmount(text: NormalizedText): boolean {
    return ASKS_AMOUNT.test(foldedOriginal(text)) || this.figuresAsked(text).length > 0;
  }

  /**
   * True when the text asks for details ("ông ấy giữ chức gì", "của cơ quan nào") and the entry gives every one. Not
   * a document's number: "chính phủ có nghị quyết nào triển khai nó" wants another resolution than the one answered.
   */
  givesDetailAsked(text: NormalizedText, entry: FaqEntry): boolean {
    const details = this.detailsAsked(text);
    return details.length > 0 && details.every((detail) => this.gives(entry, detail));
  }

  /**
   * True when the text checks a figure the entry's answer does not confirm ("khám miễn phí 3 lần 1 năm phải không",
   * answered "mỗi năm 1 lần"): the answer corrects the claim, it does not say yes to it.
   */
  refutesClaim(text: NormalizedText, entry: FaqEntry): boolean {
    if (claimIn(text, (value) => this.gives(entry, value))?.values.length) return true;
    const written = (count: string, noun: string) => new RegExp(`(?<![\\d.,])0?${Number(count)}\\s+${noun}(?![\\p{L}\\d])`, 'u');
    return countsClaimed(text, () => this.index.tellingWords(text)).some(({ count, noun }) => !this.gives(entry, written(count, noun)));
  }

  /** The figures asked, in the questions of a message only: "đi viện mấy lần là hết tiền" tells, it does not ask. */
  private figuresAsked(text: NormalizedText): RegExp[] {
    let questions = questionsOf.get(text);
    if (questions === undefined) {
      const asked = questionsAsked(text.original);
      questionsOf.set(text, (questions = asked === text.original ? text : this.normalize(asked)));
    }
    const asked = questions;
    return [...askedFigures(asked, () => this.index.tellingWords(asked)), ...this.detailsAsked(asked)];
  }

  /** What the text asks besides percentages, signers and counts (`ASKED_DETAILS`), as an answer that gives it writes it. */
  private detailsAsked(text: NormalizedText): RegExp[] {
    let details = detailsOfText.get(text);
    if (details === undefined) {
      // As typed, and as the lexicon reads it: "chức vụ j" asks as "chức vụ gì" does.
      const asked = [foldedOriginal(text), text.folded.join(' ')];
      const ofProvince = this.index.splitLocalities(text).localities.some((scope) => scope !== 'national');
      const named = [documentNumberAsked(asked[0]!, ofProvince), officialAsked(asked[0]!)].filter((d): d is RegExp => d !== undefined);
      const asks = ({ asks, asTyped }: (typeof ASKED_DETAILS)[number]) => (asTyped ? asks.test(asked[0]!) : asked.some((a) => asks.test(a)));
      detailsOfText.set(text, (details = [...ASKED_DETAILS.filter(asks).map(({ gives }) => gives), ...named]));
    }
    return details;
  }

  /** False when the text asks who signed ("ai ký kế hoạch đó") and the entry does not say. */
  saysSignerAsked(text: NormalizedText, entry: FaqEntry): boolean {
    return !asksSigner(text) || this.gives(entry, GIVES_SIGNER);
  }

  /**
   * True when the entry gives the figure asked for, and not only the percentages the other gives ("hai phong dat 95 hay
   * 96 phan tram": Hải Phòng's plan, which also says 95,5%, is no rival to its coverage target).
   */
  private givesOtherFigure(entry: FaqEntry, other: FaqEntry, figure: RegExp): boolean {
    if (!this.gives(entry, figure)) return false;
    if (figure !== GIVES_PERCENTAGE) return true;
    const given = new Set(percentagesOf(other.answer));
    return percentagesOf(entry.answer).some((p) => !given.has(p));
  }

  /** True when the text names a full date and the entry's answer gives every one it names. */
  private givesDatesNamed(text: NormalizedText, entry: FaqEntry): boolean {
    const named = text.folded.filter((w) => FULL_DATE.test(w));
    if (named.length === 0) return false;
    const given = new Set([...entry.answer.matchAll(WRITTEN_DATE)].map(([, d, m, y]) => `${d}/${m}/${y}`));
    return named.every((date) => given.has(date));
  }

  /** True when the entry's answer, folded or as written, has what is asked for. */
  gives(entry: FaqEntry, asked: RegExp): boolean {
    // Every answer is sent with the documents it cites: "văn bản nào quy định" is answered by them.
    if (asked === ANY_DOCUMENT_NUMBER) return true;
    if (asked === GIVES_PERCENTAGE && NAMES_RATE_SETTER.test(entry.answer)) return true;
    let answer = this.foldedAnswers.get(entry.id);
    if (answer === undefined) this.foldedAnswers.set(entry.id, (answer = foldDiacritics(entry.answer)));
    return asked.test(answer) || asked.test(entry.answer);
  }

  /**
   * "Chỉ thị 38-CT/TW nói gì", "Nghị quyết 71 về giáo dục": a document by a number the content never mentions. The
   * documents are five; a question about another shares words with them all, but they cannot answer it.
   */
  /** True when the text names a document by a number the content has for none ("kế hoạch 45"). */
  namesUnknownDocument(text: NormalizedText): boolean {
    return documentNumbers(text.folded.join(' ')).some((n) => !this.documentNumbers.has(n));
  }

  /** True when the text names a document the content answers about ("chỉ thị 52"). */
  namesKnownDocument(text: NormalizedText): boolean {
    return documentNumbers(text.folded.join(' ')).some((n) => this.documentNumbers.has(n));
  }

  /**
   * A province or city the text names that the documents have no plan for ("Đà Nẵng"), as the lexicon writes
   * it, and the text without it: the name's words are nowhere in the FAQ and would only lower every score.
   */
  otherProvince(text: NormalizedText): { name: string; rest: NormalizedText } | undefined {
    const found = this.otherProvinces.find(text);
    return found && { name: found.value, rest: without(text, found) };
  }

  /** True when the text names what the documents never cover: another country, a subject, a document, another insurance. */
  namesOutOfScope(text: NormalizedText): boolean {
    return this.foreignPlaces.find(text) !== undefined || this.namesOffTopic(text) || this.namesUnknownDocument(text) || this.index.namesOnlyAnotherKind(text);
  }

  /** True when the text names a subject the documents never touch ("thời tiết", "xổ số", "học phí"). */
  namesOffTopic(text: NormalizedText): boolean {
    return this.offTopicNamed(text) !== undefined;
  }

  /** The first subject the documents never touch that the text names, as the lexicon writes it. */
  offTopicNamed(text: NormalizedText): string | undefined {
    return this.offTopics.find(text)?.value;
  }

  /** True when the text names the whole country ("cả nước", "toàn quốc"). */
  namesNation(text: NormalizedText): boolean {
    return this.nationFound(text) !== undefined;
  }

  /** The text without the words that name the whole country. */
  withoutNation(text: NormalizedText): NormalizedText {
    const found = this.nationFound(text);
    return found ? without(text, found) : text;
  }

  /**
   * Where the text names the whole country; not in the name of the Party's national congress ("Đại hội … toàn quốc"),
   * nor as what a place is ranked in ("dẫn đầu cả nước").
   */
  private nationFound(text: NormalizedText): { at: number; length: number } | undefined {
    const found = this.nationwide.find(text);
    const before = found && text.folded.slice(Math.max(0, found.at - BEFORE_NATION_WORDS), found.at).join(' ');
    return before !== undefined && (before.includes('dai hoi') || RANKED_IN.test(before)) ? undefined : found;
  }

  /** The entry of the same group for another scope or year, if the content has one. */
  variantOf(entry: FaqEntry, want: { scope?: Scope; year?: string }): FaqEntry | undefined {
    if (!entry.group) return undefined;
    // Without a place asked for, the same place as the entry comes first.
    const siblings = this.index.entries
      .filter((e) => e.group === entry.group && e !== entry)
      .sort((a, b) => Number(b.scope === entry.scope) - Number(a.scope === entry.scope));
    const ofScope = siblings.filter((e) => !want.scope || e.scope === want.scope);
    // The year in the question or keywords, else, for a place asked for, in the answer ("còn Cao Bằng năm 2026?" after
    // Lai Châu's target).
    const asksYear = ofScope.filter((e) => !want.year || asksAbout(e, want.year));
    const wanted = asksYear.length > 0 || !want.year || !want.scope ? asksYear : ofScope.filter((e) => e.answer.includes(want.year!));
    if (wanted.length < 2) return wanted[0];
    const asked = new Set(this.normalize(entry.question).folded);
    // "còn Hà Nội" after the 2030 targets: Hà Nội's for 2030, not its milestones. "cả nước thì sao" after Cao Bằng's
    // life expectancy, whose answer gives the nation's for 2030 beside its own: the nation's for 2030.
    const mentioned = (e: FaqEntry) => (e.answer.match(YEARS_GIVEN) ?? []).find((y) => wanted.some((w) => asksAbout(w, y)));
    const year = want.year ? undefined : ([...asked].find((w) => YEAR.test(w)) ?? mentioned(entry));
    const sameYear = year ? wanted.filter((e) => asksAbout(e, year)) : [];
    if (sameYear.length === 1) return sameYear[0];
    // Two answers of one place ("hộ cận nghèo ở Lai Châu", "những nhóm Lai Châu hỗ trợ"): the one asked most like the
    // entry's own question; the first listed on a tie.
    const shared = (e: FaqEntry) => new Set(this.normalize(e.question).folded.filter((w) => asked.has(w))).size;
    return wanted.reduce((best, e) => (shared(e) > shared(best) ? e : best));
  }
}

/** The text without the words found at `at`. */
function without(text: NormalizedText, { at, length }: { at: number; length: number }): NormalizedText {
  const keep = (_: string, i: number) => i < at || i >= at + length;
  return { original: text.original, accented: text.accented.filter(keep), folded: text.folded.filter(keep) };
}

// "… thật không", "… chính xác không", "có đúng là …", "… phải không", "… hả", "chỉ 95% thôi à", "nghe nói …": the
// message checks what it says.
// "… không phải năm 2024 chứ": a figure doubted.
const CHECKS_CLAIM = /\b(?:that|dung|phai|chinh xac) (?:khong|ko|k|chu)\b|\bco (?:phai|dung|that)\b|\b(?:ha|thoi a|thoi)\s*\??\s*$|\bnghe (?:noi|bao)\b|\b(?:khong|ko|k) phai\b.*\bchu\s*\??\s*$/;

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
function documentClaimed(text: NormalizedText): string | undefined {
  if (!checksClaim(text)) return undefined;
  const claim = DOCUMENT_CLAIMED.exec(text.folded.join(' '));
  return claim ? `${claim[1]} ${claim[2]} là gì, do ai ban hành` : undefined;
}

/**
 * The figures a message checks ("2035", "12/2025", "95%") that are not confirmed; undefined when it checks nothing of
 * the kind.
 */
function claimIn(text: NormalizedText, confirmed: (value: RegExp) => boolean): Claim | undefined {
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

// Read several times a turn (each answer weighed is checked against them): once per text.
const detailsOfText = new WeakMap<NormalizedText, RegExp[]>();

/**
 * "giám đốc bảo hiểm xã hội tỉnh là ai", "họ tên bí thư thành ủy hải phòng": a person holding that office by name,
 * which the documents give only for who signed them; a deputy ("Phó Bí thư") is not the office asked.
 */
function officialAsked(folded: string): RegExp | undefined {
  const asked = folded.match(ASKS_OFFICIAL);
  const office = asked?.[1] ?? asked?.[2];
  return office === undefined ? undefined : new RegExp(`Đồng chí [^,]+, (?!Phó )${OFFICES[office]}`, 'u');
}

/**
 * How the number of the document a text asks the number of is written: "hướng dẫn … số bao nhiêu" → "…-HD". A
 * province's document ("hướng dẫn tuyên truyền … ở Cao Bằng số bao nhiêu") is not numbered as the central ones it
 * carries out ("33-HD/BTGDVTW").
 */
function documentNumberAsked(folded: string, ofProvince: boolean): RegExp | undefined {
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
function asksPercentageOf(text: NormalizedText, candidate: Candidate): boolean {
  const asked = percentagesOf(text.original);
  return asked.length > 0 && asked.every((n) => candidate.matched.includes(n));
}

/**
 * What an answer must give for a question that asks for figures, in the order asked: a percentage ("bao nhiêu phần
 * trăm"), who signed ("do ai ký"), a number of the telling word counted ("mấy nhóm": "09 nhóm", "bao nhiêu bác sĩ":
 * "4-5 bác sĩ").
 */
function askedFigures(text: NormalizedText, telling: () => readonly string[]): RegExp[] {
  const figures: RegExp[] = [];
  if (ASKS_PERCENTAGE.test(foldedOriginal(text))) figures.push(GIVES_PERCENTAGE);
  const { folded, accented } = text;
  if (asksSigner(text)) figures.push(GIVES_SIGNER);
  // "Cao Bằng có kế hoạch nào (kế hoạch gì) để thực hiện nghị quyết 72", "… là kế hoạch số mấy": a plan's number
  // ("40-KH/TU").
  const asksByName = (at: number) => folded[at] === 'nao' || folded[at] === 'gi';
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
function countsClaimed(text: NormalizedText, telling: () => readonly string[]): Array<{ count: string; noun: string }> {
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
const questionsOf = new WeakMap<NormalizedText, NormalizedText>();

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

// "hiện nay có bao nhiêu giường", "đạt được bao nhiêu % rồi": a figure reached so far; the documents are plans.
// "bao nhiêu", "mấy", and staff's "đề nghị cho biết tỷ lệ …".
const ASKS_NUMBER = /\b(?:bao nhieu|bn|may|ty le)\b/;
// "còn bao nhiêu người chưa tham gia": those left now.
const SO_FAR = /\b(?:hien nay|hien tai|hien con|hien co|bay gio|den nay|da dat|nam ngoai|nam truoc|nam 20(?:1\d|2[0-5]))\b|\broi\W*$|\bcon (?:bao nhieu|bn|may) (?:nguoi|ho)\b/;

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
    return (ASKS_NUMBER.test(folded) || checksFigure) && SO_FAR.test(folded);
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
  const givesRate = GIVES_PERCENTAGE.test(answer) || NAMES_RATE_SETTER.test(answer);
  return (
    (ASKS_HOW_MUCH.test(asked) && !GIVES_FIGURE.test(answer)) ||
    (ASKS_PERCENTAGE.test(asked) && !givesRate) ||
    (ASKS_SUM.test(asked) && !GIVES_SUM.test(answer)) ||
    (ASKS_PAYMENT.test(asked) && !GIVES_SUM.test(answer) && !(ASKS_SUPPORT.test(asked) ? givesRate : GIVES_PERCENTAGE.test(answer))) ||
    // "mức đóng … là 1,2 triệu/người đúng không", "… được giảm 10% phải không": a sum or a percentage checked, which
    // only an answer giving one confirms.
    (checksClaim(text) && ((CLAIMS_SUM.test(asked) && !GIVES_SUM.test(answer)) || (GIVES_PERCENTAGE.test(text.original) && !GIVES_PERCENTAGE.test(answer))))
  );
}

/** True when the entry's question or keywords name the text (a year, say). */
export function asksAbout(entry: FaqEntry, text: string): boolean {
  return askedBy(entry).includes(text);
}
