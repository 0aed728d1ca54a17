import type { NormalizedText } from '../language/normalizer.js';
import { questionsAsked } from '../language/clauses.js';
import { foldDiacritics } from '../language/fold.js';
import { checksClaim, foldedOriginal } from './asked-figures.js';
import type { Knowledge } from './answer-engine.js';
import type { FaqEntry, Scope } from './schema.js';

// "95,5%", "97 %", "75 tuổi", "600 giường", "65 năm" (of healthy life): a figure particular enough to tell whose target
// it is (a year is not).
const FIGURE = /(?<![\d.,/-])(\d{1,3}(?:[.,]\d+)?)\s*(%|phan tram|tuoi|giuong|nam)(?![a-z])/;
// "… là của tỉnh nào", "ở đâu đặt mục tiêu …", "của ai": which place.
const ASKS_WHICH_PLACE = /\b(?:(?:tinh|thanh pho|tp|dia phuong|noi) nao|o dau|cua ai)\b/;

// The figure, its unit, then "a" ending the message ("600 giuong a").
const A_AFTER_FIGURE = /^\S+(?:\s+[a-z]+)?\s+a\s*\??\s*$/;

export interface FigureOwner {
  entry: FaqEntry;
  /** Said when the message gave the figure to another place. */
  note?: string;
}

/**
 * "mục tiêu tuổi thọ 75 tuổi là của tỉnh nào", "95,5% là mục tiêu BHYT của Hà Nội đúng không": whose a figure is. When
 * the answers giving it are all one province's, the one of them that best answers the message, saying whose it is
 * when the message gave it to another place.
 */
export function figureOwner(knowledge: Knowledge, text: NormalizedText): FigureOwner | undefined {
  // Most messages name no such figure: what is asked is read only when one does.
  if (!FIGURE.test(foldedOriginal(text))) return undefined;
  // In what is asked: "Bố tôi 75 tuổi, ở Lai Châu …. … có chuyên khoa lão khoa không ạ?" tells an age.
  const asked = questionsAsked(text.original);
  const folded = asked === text.original ? foldedOriginal(text) : foldDiacritics(asked);
  const figure = FIGURE.exec(folded);
  // "bảo hiểm nhân thọ cho người 75 tuổi mua ở đâu": what is out of scope owns no figure of the documents.
  if (!figure || knowledge.namesOutOfScope(text)) return undefined;
  const { text: unplaced, localities } = knowledge.index.splitLocalities(text);
  // "hai phong … 600 giuong a": "a" typed plain right after the figure is "à", which checks it.
  const doubted = checksClaim(text) || A_AFTER_FIGURE.test(folded.slice(figure.index));
  const claimed = localities.length === 1 && doubted ? localities[0] : undefined;
  if (!ASKS_WHICH_PLACE.test(folded) && !claimed) return undefined;
  const [, number, unit] = figure as unknown as [string, string, string];
  // As the answers write it: "95,5%", "75 tuổi".
  const sign = unit === 'phan tram' ? '%' : unit;
  const written = new RegExp(`(?<![\\d.,])${number.replace(/[.,]/, '[.,]')}\\s*${sign}`);
  const giving = knowledge.index.entries.filter((entry) => knowledge.gives(entry, written));
  const owners = new Set(giving.map((entry) => entry.scope));
  const [owner] = owners;
  if (owners.size !== 1 || owner === 'national' || owner === claimed) return undefined;
  const best = knowledge.decide(unplaced, { locality: owner }).candidates.find((c) => giving.includes(c.entry))?.entry ?? giving[0]!;
  // "có phải năm 2026 hải phòng đạt 97% không": a place with a figure of its own for it is corrected by that one.
  const own = claimed && knowledge.variantOf(best, { scope: claimed });
  const ofUnit = new RegExp(`\\d\\s*${sign}`);
  if (own && own.scope === claimed && knowledge.gives(own, ofUnit)) return undefined;
  const name = (scope: Scope) => knowledge.locality(scope)?.name ?? scope;
  const said = asked.slice(figure.index, figure.index + figure[0].length);
  return { entry: best, ...(claimed ? { note: `Con số ${said} là của ${name(owner!)}, không phải của ${name(claimed)}.` } : {}) };
}
