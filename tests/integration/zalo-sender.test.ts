import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZaloAccounts } from '../../src/channels/zalo/accounts.js';
import { ZaloOaApi } from '../../src/channels/zalo/oa-api.js';
import { ZaloOAuth } from '../../src/channels/zalo/oauth.js';
import { ZaloSender } from '../../src/channels/zalo/sender.js';
import { ZaloTokenKeeper } from '../../src/channels/zalo/token-keeper.js';
import { MemoryTokenStore } from '../../src/channels/zalo/token-store.js';
import { SendError, type OutboundJob, type SendFailure } from '../../src/outbound/types.js';
import { zaloJob } from '../fixtures/zalo.js';
import { testConfig } from '../support/app.js';
import { FakeZalo, recordingLogger } from '../support/fake-zalo.js';

describe('Zalo sender', () => {
  let fake: FakeZalo;
  let closers: Array<() => Promise<void>>;

  beforeEach(async () => {
    fake = await FakeZalo.start();
    closers = [];
  });
  afterEach(async () => {
    await Promise.all(closers.map((close) => close()));
    await fake.stop();
  });

  function makeSender(now?: () => Date) {
    const config = testConfig(fake.env()).zalo!;
    const logger = recordingLogger();
    const api = new ZaloOaApi(config.apiUrl, 2_000);
    const oauth = new ZaloOAuth(config.oauthUrl, 2_000);
    const keeper = new ZaloTokenKeeper({ store: new MemoryTokenStore(), oauth, logger });
    const sender = new ZaloSender({ accounts: ZaloAccounts.fromConfig(config), api, keeper, userIdSecret: 'test-secret-0123456789', logger, now });
    closers.push(() => sender.close(), () => oauth.close());
    return { sender, logger };
  }

  /** Sends the job and answers how it failed (undefined when it was delivered) and the delivered counts reported. */
  async function attempt(sender: ZaloSender, job: OutboundJob): Promise<{ failure?: SendFailure; counts: number[] }> {
    const counts: number[] = [];
    try {
      await sender.send(job, async (count) => void counts.push(count));
      return { counts };
    } catch (error) {
      if (!(error instanceof SendError)) throw error;
      return { failure: error.failure, counts };
    }
  }

  it('sends a reply as a consultation message with the access token in the header', async () => {
    const { sender } = makeSender();
    const { failure, counts } = await attempt(sender, zaloJob({ userId: 'u-1', replies: [{ text: 'Xin chào bạn.' }] }));
    expect(failure).toBeUndefined();
    expect(counts).toEqual([1]);
    expect(fake.sends).toEqual([{ accessToken: 'access-0', userId: 'u-1', message: { text: 'Xin chào bạn.' }, answer: 'sent' }]);
  });

  it('offers quick replies as oa.query.hide buttons carrying the marked payload', async () => {
    const { sender } = makeSender();
    await attempt(sender, zaloJob({ replies: [{ text: 'Chọn một chủ đề.', quickReplies: [{ title: 'Hỗ trợ đóng BHYT', payload: 'TOPIC:subsidy' }] }] }));
    expect(fake.delivered[0]!.message.attachment).toEqual({
      type: 'template',
      payload: { buttons: [{ title: 'Hỗ trợ đóng BHYT', type: 'oa.query.hide', payload: '#TOPIC:subsidy' }] },
    });
  });

  it('puts the quick replies beyond five on a follow-up message', async () => {
    const { sender } = makeSender();
    const quickReplies = Array.from({ length: 7 }, (_, i) => ({ title: `Chủ đề ${i + 1}`, payload: `TOPIC:t${i + 1}` }));
    const { counts } = await attempt(sender, zaloJob({ replies: [{ text: 'Chọn một chủ đề.', quickReplies }] }));
    expect(counts).toEqual([1, 2]);
    const [first, second] = fake.delivered.map((s) => s.message);
    expect(first!.attachment!.payload.buttons.map((b) => b.title)).toEqual(['Chủ đề 1', 'Chủ đề 2', 'Chủ đề 3', 'Chủ đề 4', 'Chủ đề 5']);
    expect(second!.text).toBe('Các lựa chọn khác:');
    expect(second!.attachment!.payload.buttons.map((b) => b.payload)).toEqual(['#TOPIC:t6', '#TOPIC:t7']);
  });

  it('splits an answer longer than 2,000 characters at sentence ends', async () => {
    const { sender } = makeSender();
    const sentence = 'Người thuộc hộ cận nghèo được ngân sách nhà nước hỗ trợ một phần mức đóng bảo hiểm y tế. ';
    const text = sentence.repeat(50).trim();
    const { counts } = await attempt(sender, zaloJob({ replies: [{ text }] }));
    const pieces = fake.delivered.map((s) => s.message.text);
    expect(counts).toEqual(pieces.map((_, i) => i + 1));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece.endsWith('bảo hiểm y tế.')).toBe(true);
    }
    expect(pieces.join(' ')).toBe(text);
  });

  it('resumes a retried job after the messages already delivered', async () => {
    const { sender } = makeSender();
    const job = zaloJob({ replies: [{ text: 'Tin thứ nhất.' }, { text: 'Tin thứ hai.' }], sent: 1 });
    const { counts } = await attempt(sender, job);
    expect(counts).toEqual([2]);
    expect(fake.delivered.map((s) => s.message.text)).toEqual(['Tin thứ hai.']);
  });

  it.each([
    ['rate limit (-32), with the throttle back-off', { error: -32 }, true],
    ['unknown server error (-100)', { error: -100 }, false],
    ['HTTP 500', { status: 500 }, false],
    ['HTTP 502', { status: 502 }, false],
    ['a dropped connection', { reset: true as const }, false],
  ])('retries a send that failed with %s', async (_name, answer, throttled) => {
    const { sender } = makeSender();
    fake.scriptSends(answer);
    const { failure } = await attempt(sender, zaloJob());
    expect(failure?.kind).toBe('retry');
    expect(failure?.kind === 'retry' && !!failure.throttled).toBe(throttled);
    expect(fake.sends).toHaveLength(1);
  });

  it.each([-213, -217, -227, -230, -232, -244])('never retries a send refused with code %i', async (code) => {
    const { sender, logger } = makeSender();
    fake.scriptSends({ error: code });
    const { failure } = await attempt(sender, zaloJob());
    expect(failure?.kind).toBe('drop');
    expect(failure?.reason).toContain(String(code));
    expect(fake.sends).toHaveLength(1);
    expect(logger.alerts('zalo-send')).toHaveLength(0);
  });

  it.each([-201, -210, -211, -218, -221, -224, -248])('raises an alert and does not retry on code %i', async (code) => {
    const { sender, logger } = makeSender();
    fake.scriptSends({ error: code });
    const { failure } = await attempt(sender, zaloJob());
    expect(failure?.kind).toBe('drop');
    expect(logger.alerts('zalo-send')).toHaveLength(1);
    expect(logger.alerts('zalo-send')[0]!.details.code).toBe(code);
  });

  it.each([
    ['late in the evening', '2025-10-10T16:30:00Z'],
    ['in the small hours', '2025-10-10T20:00:00Z'],
  ])('reschedules a night-time refusal (-234) to 06:00 Vietnam time, %s', async (_name, now) => {
    const { sender } = makeSender(() => new Date(now));
    fake.scriptSends({ error: -234 });
    const { failure } = await attempt(sender, zaloJob());
    expect(failure).toMatchObject({ kind: 'reschedule' });
    // 06:00 on 11 October in Vietnam (UTC+7) is 23:00 UTC on the 10th.
    expect(failure?.kind === 'reschedule' && failure.at.toISOString()).toBe('2025-10-10T23:00:00.000Z');
  });

  it('refreshes an expired access token once and sends again', async () => {
    const { sender } = makeSender();
    fake.expireAccessTokens();
    const { failure } = await attempt(sender, zaloJob({ userId: 'u-2' }));
    expect(failure).toBeUndefined();
    expect(fake.refreshes).toHaveLength(1);
    expect(fake.refreshes[0]).toMatchObject({ refreshToken: 'refresh-0', grantType: 'refresh_token', secretKey: 'zalo-app-secret-for-tests' });
    expect(fake.sends.map((s) => [s.accessToken, s.answer])).toEqual([['access-0', -216], ['access-1', 'sent']]);
  });

  it.each([-220, -124])('refreshes the token once on code %i and sends again', async (code) => {
    const { sender } = makeSender();
    fake.scriptSends({ error: code });
    const { failure } = await attempt(sender, zaloJob());
    expect(failure).toBeUndefined();
    expect(fake.refreshes).toHaveLength(1);
    expect(fake.delivered[0]!.accessToken).toBe('access-1');
  });

  it('gives up with an alert when the refreshed token is refused as well', async () => {
    const { sender, logger } = makeSender();
    fake.scriptSends({ error: -216 }, { error: -216 });
    const { failure } = await attempt(sender, zaloJob());
    expect(failure?.kind).toBe('drop');
    expect(fake.refreshes).toHaveLength(1);
    expect(logger.alerts('zalo-send')).toHaveLength(1);
  });

  it('raises one re-authorisation alert when the refresh token is rejected, and stops refreshing', async () => {
    const { sender, logger } = makeSender();
    fake.expireAccessTokens();
    fake.scriptRefreshes({ error: -14014 });
    const outcomes = [await attempt(sender, zaloJob()), await attempt(sender, zaloJob()), await attempt(sender, zaloJob())];
    expect(outcomes.map((o) => o.failure?.kind)).toEqual(['drop', 'drop', 'drop']);
    expect(fake.refreshes).toHaveLength(1);
    expect(fake.sends).toHaveLength(1);
    const alerts = logger.alerts('zalo-reauthorise');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.message).toMatch(/re-authorise/);
  });
});
