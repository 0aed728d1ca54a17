import type { Turn } from '../pipeline/intent.js';
import type { Scope } from './schema.js';
import { ANSWER_THRESHOLD } from './answer-engine.js';
import { fromDecision } from './decision-answer.js';
import { FOLLOW_UP_WORDS } from './follow-up-cues.js';
import { type Resolution, YEAR, yearAsked } from './resolution.js';

/**
 * "còn ở lai châu thì sao", "vậy lai châu có không", "thế 2028 thì sao" right after a question the documents could not
 * answer (and no answer since): that question asked again of the place or the year named, answered if the documents
 * answer it there, else nothing. Undefined when the turn is no such follow-up.
 */
export function askedAgainAfterUnanswered(turn: Turn, named: Scope | undefined, aboutPlace: boolean, remembered: Scope | undefined): Resolution | undefined {
  const { conversation, knowledge, now, settings } = turn;
  const unanswered = conversation.unanswered;
  if (!unanswered || now.getTime() - unanswered.at >= settings.contextMs || unanswered.at < (conversation.lastTopic?.at ?? 0)) return undefined;
  // Nothing asked of its own besides the place or the year ("thế cao bằng mục tiêu năm 2026" asks anew).
  const own = knowledge.index.tellingWords(turn.text).filter((w) => !FOLLOW_UP_WORDS.has(w));
  const year = yearAsked(turn);
  if (own.some((w) => w !== year) || !((aboutPlace && named) || year)) return undefined;
  const asked = year ? [...unanswered.asked.filter((w) => !YEAR.test(w)), year] : unanswered.asked;
  const decision = knowledge.decide(knowledge.normalize(asked.join(' ')), { locality: named });
  const sure = decision.kind === 'answer' && decision.best.score >= ANSWER_THRESHOLD && [named ?? 'national', 'national'].includes(decision.best.entry.scope);
  return sure ? fromDecision(turn, decision, named, remembered) : { kind: 'none' };
}
