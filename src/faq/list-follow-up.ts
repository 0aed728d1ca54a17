import type { Turn } from '../pipeline/intent.js';
import { withoutPhrases } from '../language/phrases.js';
import type { FaqEntry } from './schema.js';
import { asksForItem, asksForItemByPlace, asksItemPlace, enumeratedItemAsked, hasList, itemAt, itemBeyond, listItemAsked, onlyListOfKindAsked, wordsBesidesItem } from './list-item.js';
import { asksHeading, beyondNote, headingOf, itemDetailOf, listOf } from './list-entries.js';
import { asksItemDetail, namesAny, pointingAtItem } from './follow-up-cues.js';
import { asksShortlyAfter } from './follow-up.js';
import { GUESSED_CONFIDENCE, REFERRED_CONFIDENCE, type Resolution } from './resolution.js';

// Follow-ups that ask for one item of a list: of the list just answered, of the one list of its place's document, or
// of the one list of a kind ("thông điệp số 13" with nothing answered).

// "bao nhiêu nhóm", "mấy giải pháp": how many items of a list.
const ITEMS_COUNTED = /\b(?:bao nhieu|bn|may) (?:nhom|nhiem vu|giai phap|muc|diem|noi dung|hinh thuc|dot pha|quan diem)\b/;

/** The item of a list the turn asks for, or its detail; `last` is the entry just answered, if any. */
export function listItemAnswer(turn: Turn, last: FaqEntry | undefined): Resolution | undefined {
  const { knowledge, conversation } = turn;
  // "nhóm thứ 2 là gì", "còn câu cuối", "nhóm tiếp theo" right after an answer with a numbered list: that item; after
  // one without, the item of the one list of that place's same document ("nhóm thứ 6" after what Hà Nội's programme is).
  // "mốc cuối cùng thì Hà Nội muốn trở thành gì" after Hà Nội's list: the place of that list says no more.
  const placed = knowledge.index.splitLocalities(turn.text);
  const itemText = last && placed.localities.every((place) => place === last.scope) ? placed.text : turn.text;
  const forItemOfList = last && asksForItem(itemText);
  const listed = forItemOfList ? listOf(turn, last) : undefined;
  // "nhóm thứ 2 là ai" right after an answer listing groups in a sentence: that list, not another of its document.
  const enumerated = forItemOfList && !hasList(last) ? enumeratedItemAsked(itemText, last.answer, conversation.lastTopic?.item) : undefined;
  const item = enumerated ?? (listed && listItemAsked(itemText, listed, listed === last ? conversation.lastTopic?.item : undefined));
  const itemList = enumerated ? last : listed;
  if (item && itemList) {
    // "cái thứ 3 nói cụ thể hơn đi": the answer about that item, as "chi tiết hơn cái đó" after it gives. So does
    // "nhóm thứ 4 có xây bệnh viện gì không": what is asked of the item, which that answer gives and the item does not.
    const itemWords = new Set(knowledge.normalize(item.excerpt).folded);
    const besides = wordsBesidesItem(turn.text, knowledge.index.tellingWords(turn.text));
    const askedOfItem = besides.length > 0 && !besides.every((w) => itemWords.has(w)) ? itemDetailOf(turn, itemList, item.item, besides) : undefined;
    const detail = askedOfItem ?? (namesAny(turn.text, asksItemDetail(knowledge.normalize)) ? itemDetailOf(turn, itemList, item.item) : undefined);
    if (detail) return { kind: 'answer', entry: detail, confidence: GUESSED_CONFIDENCE, related: [] };
    return { kind: 'answer', entry: itemList, confidence: REFERRED_CONFIDENCE, related: [], ...item };
  }
  // "thông điệp đầu tiên là gì", "thông điệp số 13", with no list answered: the one list of slogans.
  const onlyList = last ? undefined : onlyListOfKindAsked(turn.text, knowledge.index.entries);
  const onlyItem = onlyList && listItemAsked(turn.text, onlyList);
  if (onlyList && onlyItem) return { kind: 'answer', entry: onlyList, confidence: REFERRED_CONFIDENCE, related: [], ...onlyItem };
  const onlyBeyond = onlyList && itemBeyond(turn.text, onlyList);
  if (onlyList && onlyBeyond) return { kind: 'answer', entry: onlyList, confidence: REFERRED_CONFIDENCE, related: [], partial: true, note: beyondNote(onlyBeyond) };
  // "đó là câu số mấy" right after one item of a list: that item again, which gives its number.
  const shown = conversation.lastTopic?.item;
  const again = last && shown !== undefined && asksItemPlace(turn.text) ? itemAt(last, shown) : undefined;
  if (last && again) return { kind: 'answer', entry: last, confidence: REFERRED_CONFIDENCE, related: [], ...again };
  // "trong nhóm đó có nhân rộng mô hình nào không" right after one item: the answer about it that has what is asked.
  const pointing = last && shown !== undefined ? pointingAtItem(knowledge.normalize) : undefined;
  const askedOfShown = pointing && namesAny(turn.text, pointing) ? wordsBesidesItem(turn.text, knowledge.index.tellingWords(withoutPhrases(turn.text, pointing))) : [];
  // "trong câu đó có chữ hạnh phúc không": the item itself, when it has those words.
  const shownItem = askedOfShown.length > 0 ? itemAt(last!, shown!) : undefined;
  const shownWords = shownItem ? new Set(knowledge.normalize(shownItem.excerpt).folded) : undefined;
  if (shownItem && askedOfShown.every((w) => shownWords!.has(w))) return { kind: 'answer', entry: last!, confidence: REFERRED_CONFIDENCE, related: [], ...shownItem };
  const shownDetail = askedOfShown.length > 0 ? itemDetailOf(turn, last!, shown!, askedOfShown) : undefined;
  if (shownDetail) return { kind: 'answer', entry: shownDetail, confidence: GUESSED_CONFIDENCE, related: [] };
  // "nó nằm trong nhóm nhiệm vụ nào" right after an answer from part "III.2" of a plan: item 2 of the plan's list.
  const heading = last && asksHeading(turn.text) ? headingOf(turn, last) : undefined;
  if (heading) return { kind: 'answer', entry: heading.entry, confidence: GUESSED_CONFIDENCE, related: [], ...heading.item };
  // "tổng cộng có mấy nhóm" after one group of Hà Nội's programme, whose answer gives no count: the list of them all.
  const countsItems = ITEMS_COUNTED.test(turn.text.folded.join(' '));
  const counted = last && countsItems && asksShortlyAfter(turn, last) && knowledge.missesFigureAsked(turn.text, last) ? listOf(turn, last) : undefined;
  if (counted && counted !== last && !knowledge.missesFigureAsked(turn.text, counted)) return { kind: 'answer', entry: counted, confidence: REFERRED_CONFIDENCE, related: [] };
  // "cái thứ hai là gì" after slogans given as examples, unnumbered: that answer again, not whatever "thứ hai" matches.
  if (last && asksForItemByPlace(turn.text)) return { kind: 'answer', entry: listed ?? last, confidence: GUESSED_CONFIDENCE, related: [] };
  return undefined;
}
