import type { NormalizedText } from '../language/normalizer.js';

// "nhóm thứ 2 là gì", "câu số 3", "ý thứ nhất", "còn nhóm cuối", "cái đầu tiên": one item of a numbered list, on
// folded words. Not "số năm sống khỏe", nor "thứ tự": a number word only after "thứ", and not "tư".
const ORDINAL = /\b(?:(?:thu|so) (\d{1,2})|thu (nhat|hai|ba|bon|nam|sau|bay|tam|chin|muoi))\b/;
const END = /\b(?:nhom|cau|y|cai|muc|diem|thong diep|khau hieu|quan diem|giai phap|nhiem vu) (cuoi(?: cung)?|dau(?: tien)?)\b/;
const WORDS: Record<string, number> = { nhat: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
// A question about one item says little else.
const MAX_WORDS = 8;
// "(1) …; (2) …": the items of an answer's numbered list.
const ITEM = /\((\d{1,2})\)\s*/g;

/** True when a short message asks for one item of a list, by its place in it. */
export function asksForItem(text: NormalizedText): boolean {
  return itemAsked(text) !== undefined;
}

function itemAsked(text: NormalizedText): { ordinal?: string; end?: string } | undefined {
  if (text.folded.length > MAX_WORDS) return undefined;
  const folded = text.folded.join(' ');
  const found = ORDINAL.exec(folded);
  const ordinal = found?.[1] ?? found?.[2];
  const end = END.exec(folded)?.[1];
  return ordinal === undefined && end === undefined ? undefined : { ordinal, end };
}

/**
 * The item of the last answer's numbered list a short follow-up asks for ("nhóm thứ 2 là gì" after Nghị quyết 72's
 * six groups), written with what the list is of: "Nghị quyết 72-NQ/TW có 06 nhóm nhiệm vụ, giải pháp: (2) hoàn thiện
 * thể chế, …". Undefined when it asks for none, or the answer numbers no such item.
 */
export function listItemAsked(text: NormalizedText, answer: string): string | undefined {
  const asked = itemAsked(text);
  if (!asked) return undefined;
  const { ordinal, end } = asked;
  const marks = [...answer.matchAll(ITEM)];
  if (marks.length < 2 || marks[0]![1] !== '1') return undefined;
  const n = ordinal === undefined ? (end!.startsWith('cuoi') ? marks.length : 1) : (WORDS[ordinal] ?? Number(ordinal));
  const mark = marks[n - 1];
  if (!mark) return undefined;
  const lead = answer.slice(0, marks[0]!.index).trim();
  // The last item ends with its sentence: what follows the list is not part of it.
  const sentenceEnd = answer.indexOf('. ', mark.index);
  const item = answer.slice(mark.index, marks[n]?.index ?? (sentenceEnd < 0 ? answer.length : sentenceEnd)).trim().replace(/[;,.]$/, '');
  return `${lead} ${item}.`;
}
