import type { Turn } from '../pipeline/intent.js';
import type { Resolution } from './resolution.js';

// "thẻ bhyt của mẹ tôi hết hạn chưa", "thẻ của mình còn hạn không": one person's card looked up, which only the social
// insurance office or its online services can do (folded).
const CARD_STATUS_ASKED =
  /\bthe\b(?: \p{L}+){0,5} (?:cua )?(?:toi|minh|tui|em|e|me|bo|ba|ong|vo|chong|con|chau)\b(?: [\p{L}\d]+){0,6} (?:het han|con han|con hieu luc)(?: \p{L}+){0,2} (?:chua|khong|ko|k)\b/u;

const CARD_LOOKUP_NOTE = 'Tôi không tra cứu được thẻ BHYT của từng người. Thông tin chung:';

/** A resolution for a person's own card looked up: not the answer asked for, so a fallback, with what is known. */
export function cardLookedUp(turn: Turn, resolution: Resolution): Resolution {
  if (resolution.kind !== 'answer' || !CARD_STATUS_ASKED.test(turn.text.folded.join(' '))) return resolution;
  return { ...resolution, note: CARD_LOOKUP_NOTE, partial: true };
}
