import type { OutboundJob } from './types.js';

// BullMQ accepts a custom id with colons only when it has exactly three parts.
const escapePart = (part: string) => part.replaceAll('%', '%25').replaceAll(':', '%3A');

/** `${channel}:${account}:${messageId}`: the same answer enqueued twice is one job. */
export function outboundJobId(job: Pick<OutboundJob, 'channel' | 'account' | 'messageId'>): string {
  return `${job.channel}:${escapePart(job.account)}:${escapePart(job.messageId)}`;
}

/** What a sent job keeps: its id, for idempotency; not the person's id or the text. */
export function withoutPersonalData(job: OutboundJob): OutboundJob {
  return { ...job, userId: '', replies: [] };
}
