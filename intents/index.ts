import type { Intent } from '../src/pipeline/intent.js';
import { abbreviation } from './abbreviation.js';
import { attachment } from './attachment.js';
import { fallback } from './fallback.js';
import { documentPart } from './document-part.js';
import { faq } from './faq.js';
import { forget } from './forget.js';
import { greeting } from './greeting.js';
import { handoff } from './handoff.js';
import { healthDay } from './health-day.js';
import { help } from './help.js';
import { locality } from './locality.js';
import { thanks } from './thanks.js';
import { topic } from './topic.js';

/** Every intent the bot knows. On equal confidence the earlier one wins. Adding an intent: a file, and a line here. */
export const intents: readonly Intent[] = [
  forget,
  attachment,
  handoff,
  help,
  topic,
  greeting,
  thanks,
  locality,
  healthDay,
  documentPart,
  abbreviation,
  faq,
  fallback,
];
