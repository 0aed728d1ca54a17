import type { FastifyBaseLogger } from 'fastify';
import { SendError, type ChannelSender, type Delivered, type OutboundJob, type SendFailure } from '../../outbound/types.js';
import { userKey } from '../../privacy.js';
import type { ZaloAccount, ZaloAccounts } from './accounts.js';
import { toZaloMessages, type ZaloMessage } from './message-format.js';
import { nextVietnamMorning } from './night-time.js';
import type { SendOutcome, ZaloOaApi } from './oa-api.js';
import { actionFor, RATE_LIMIT_CODE } from './send-errors.js';
import { TokenUnavailable, type ZaloTokenKeeper } from './token-keeper.js';

export interface ZaloSenderDeps {
  accounts: ZaloAccounts;
  api: ZaloOaApi;
  keeper: ZaloTokenKeeper;
  userIdSecret: string;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  now?: () => Date;
}

type Failed = Exclude<SendOutcome, { kind: 'sent' }>;

/**
 * Delivers a job's replies through the OA API, and turns Zalo's error codes into what the queue
 * should do. The per-OA rate limit (ZALO_RATE_PER_MINUTE) is the queue's to keep.
 */
export class ZaloSender implements ChannelSender {
  readonly channel = 'zalo' as const;
  private readonly now: () => Date;

  constructor(private readonly deps: ZaloSenderDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  close(): Promise<void> {
    return this.deps.api.close();
  }

  apiCalls(job: OutboundJob): number {
    return Math.max(0, toZaloMessages(job.replies).length - (job.sent ?? 0));
  }

  async send(job: OutboundJob, delivered: Delivered): Promise<void> {
    const account = this.deps.accounts.forAccount(job.account);
    if (!account) throw new SendError({ kind: 'drop', reason: `no Zalo OA ${job.account} is configured` });
    const messages = toZaloMessages(job.replies);
    for (let i = job.sent ?? 0; i < messages.length; i++) {
      await this.sendOne(account, job, messages[i]!);
      await delivered(i + 1, i + 1 === messages.length);
    }
  }

  private async sendOne(account: ZaloAccount, job: OutboundJob, message: ZaloMessage): Promise<void> {
    const { api, keeper } = this.deps;
    let token = await this.accessToken(account);
    let outcome = await api.send(token, job.userId, message);
    if (outcome.kind === 'refused' && actionFor(outcome.code) === 'refresh-token') {
      // Once: a token that fails again right after a refresh is not a matter of expiry.
      await keeper.refresh(account, token);
      token = await this.accessToken(account);
      outcome = await api.send(token, job.userId, message);
      if (outcome.kind === 'refused' && actionFor(outcome.code) === 'refresh-token') {
        this.deps.logger.error({ alert: 'zalo-send', oa: account.key, code: outcome.code }, 'ALERT: Zalo refused a freshly refreshed access token');
        throw new SendError({ kind: 'drop', reason: `token refused after a refresh (${outcome.code})` });
      }
    }
    if (outcome.kind !== 'sent') throw new SendError(this.failureOf(outcome, account, job));
  }

  private async accessToken(account: ZaloAccount): Promise<string> {
    try {
      return await this.deps.keeper.accessToken(account);
    } catch (error) {
      if (error instanceof TokenUnavailable) throw new SendError({ kind: 'drop', reason: error.message });
      throw new SendError({ kind: 'retry', reason: `tokens unreadable: ${(error as Error).message}` });
    }
  }

  private failureOf(outcome: Failed, account: ZaloAccount, job: OutboundJob): SendFailure {
    const { logger } = this.deps;
    if (outcome.kind === 'unavailable') return { kind: 'retry', reason: outcome.reason };
    if (outcome.kind === 'bad-request') {
      logger.error({ alert: 'zalo-send', oa: account.key, reason: outcome.reason }, 'ALERT: the Zalo OA API rejected a send request');
      return { kind: 'drop', reason: outcome.reason };
    }
    const reason = `Zalo error ${outcome.code}: ${outcome.message}`;
    switch (actionFor(outcome.code)) {
      case 'retry':
        return { kind: 'retry', reason, throttled: outcome.code === RATE_LIMIT_CODE };
      case 'night':
        return { kind: 'reschedule', reason, at: nextVietnamMorning(this.now()) };
      case 'drop':
        logger.info({ oa: account.key, user: userKey(this.deps.userIdSecret, 'zalo', job.userId), code: outcome.code }, 'Zalo reply cannot be delivered');
        return { kind: 'drop', reason };
      default:
        logger.error({ alert: 'zalo-send', oa: account.key, code: outcome.code, message: outcome.message }, `ALERT: Zalo refused a reply: ${reason}`);
        return { kind: 'drop', reason };
    }
  }
}
