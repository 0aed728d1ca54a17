import type { Redis } from 'ioredis';
import { userKey } from '../privacy.js';
import { LuaScript } from '../state/lua-script.js';
import type { OutboundJob } from './types.js';

/** Where a queued job stands, as BullMQ reports it ('unknown': no such job). */
export type JobStateOf = (jobId: string) => Promise<string>;

// Takes a place in the person's line once per job id; a job already stored (a redelivery of a reply that was
// sent) takes none. Returns 1 when the job is first in its line, else 0. KEYS: the line (job id -> place), its
// details (counter '#' and job id -> queued at), the job's own BullMQ key. ARGV: job id, now (ms), TTL (s).
const JOIN = new LuaScript(`
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
  local place = redis.call('HINCRBY', KEYS[2], '#', 1)
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  redis.call('ZADD', KEYS[1], place, ARGV[1])
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
if redis.call('ZRANGE', KEYS[1], 0, 0)[1] == ARGV[1] then return 1 end
return 0`);

// Leaves the line: one script call (a MULTI costs four commands). KEYS: the line, its details. ARGV: job id.
const LEAVE = new LuaScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])`);

// A sent job leaves the line and its stored data is replaced, in the same call (BullMQ's updateData does the
// same HSET). KEYS: the line, its details, the job's BullMQ key. ARGV: job id, the job's data as JSON.
const LEAVE_SENT = new LuaScript(`
if redis.call('EXISTS', KEYS[3]) == 1 then redis.call('HSET', KEYS[3], 'data', ARGV[2]) end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])`);

// A place taken by an enqueue that never stored its job (the process died between the two, or Redis failed
// the add) is given up after this; far longer than an enqueue takes, and a redelivery fills it in meanwhile.
const DEFAULT_ABANDONED_MS = 10_000;
// How soon a job whose turn has not come looks again: soon while the one ahead is being sent, later while it
// waits for a retry.
const RECHECK_MS = 20;
const RECHECK_RETRYING_MS = 250;

/**
 * A job's place, kept in the job: its line's key (from a keyed hash of the person's id, never the raw id), and
 * whether it was first in the line when it joined. A first job never waits: later jobs only join behind it.
 */
export interface LinePlace {
  line: string;
  first: boolean;
}

export interface UserOrderOptions {
  /** Prefix of the lines' keys (the queue's own prefix). */
  prefix: string;
  /** Keys each line by a keyed hash of the person's id (config.userIdSecret), never the raw id. */
  userIdSecret: string;
  /** How long a line outlives its last change. */
  ttlSeconds: number;
  jobKey: (jobId: string) => string;
  stateOf: JobStateOf;
  /** How long a place whose job was never stored holds the line up (10 s). */
  abandonedMs?: number;
}

/**
 * One person's replies leave in the order they were queued, whichever instance sends them: each job takes a
 * numbered place in its person's line when it is queued (atomically, once per job id), and a worker sends it
 * only when every job ahead of it was sent or dead-lettered; until then the job goes back to wait a moment.
 */
export class UserOrder {
  constructor(
    private readonly redis: Redis,
    private readonly options: UserOrderOptions,
  ) {}

  /** Takes the job's place in its person's line; call before the job is stored. */
  async join(job: OutboundJob, jobId: string): Promise<LinePlace> {
    const line = this.lineOf(job);
    const first = await JOIN.run(this.redis, [line, detailsOf(line), this.options.jobKey(jobId)], [jobId, Date.now(), this.options.ttlSeconds]);
    return { line, first: first === 1 };
  }

  /** 0 when the job may be sent now; otherwise how long to wait before asking again. */
  async wait(job: OutboundJob, jobId: string, place?: LinePlace): Promise<number> {
    if (place?.first) return 0;
    const line = place?.line ?? this.lineOf(job);
    const details = detailsOf(line);
    for (;;) {
      const [ahead] = await this.redis.zrange(line, 0, 0);
      if (ahead === undefined || ahead === jobId) return 0;
      // Not in a line (queued before lines existed, or replayed from the dead letters): no one to wait for.
      if ((await this.redis.zscore(line, jobId)) === null) return 0;
      const state = await this.options.stateOf(ahead);
      if (state === 'completed' || state === 'failed') {
        // Its owner died before leaving the line: it is done, so it leaves now.
        await this.remove(line, details, ahead);
        continue;
      }
      if (state === 'unknown') {
        const queuedAt = Number((await this.redis.hget(details, ahead)) ?? 0);
        if (Date.now() - queuedAt >= (this.options.abandonedMs ?? DEFAULT_ABANDONED_MS)) {
          await this.remove(line, details, ahead);
          continue;
        }
        return RECHECK_MS;
      }
      return state === 'delayed' ? RECHECK_RETRYING_MS : RECHECK_MS;
    }
  }

  /** The job was dead-lettered: the next one in the line may go. */
  async leave(job: OutboundJob, jobId: string, place?: LinePlace): Promise<void> {
    const line = place?.line ?? this.lineOf(job);
    await this.remove(line, detailsOf(line), jobId);
  }

  /**
   * The job was sent: the next one in the line may go, and the job keeps only `stored` (its data without the
   * person's id and the text). One call on `redis`, the connection that should carry it (the worker's).
   */
  async leaveSent(redis: Redis, job: OutboundJob, jobId: string, stored: object, place?: LinePlace): Promise<void> {
    const line = place?.line ?? this.lineOf(job);
    await LEAVE_SENT.run(redis, [line, detailsOf(line), this.options.jobKey(jobId)], [jobId, JSON.stringify(stored)]);
  }

  private async remove(line: string, details: string, jobId: string): Promise<void> {
    await LEAVE.run(this.redis, [line, details], [jobId]);
  }

  private lineOf(job: OutboundJob): string {
    return `${this.options.prefix}:line:${job.channel}:${job.account}:${userKey(this.options.userIdSecret, job.channel, job.userId)}`;
  }
}

const detailsOf = (line: string) => `${line}:details`;
