import type { OutboundQueue } from '../src/outbound/types.js';
import { checkDeliveries, type DeliveryCheck } from './deliveries.js';
import type { FakePlatform } from './fake-platform.js';
import type { NodeServer } from './node-server.js';
import { drained } from './outbound-queue.js';
import { pacedLoad } from './paced-load.js';
import { percentile } from './report.js';
import { signedText, type WebhookChannel } from './signed-webhooks.js';

const CHANNELS: WebhookChannel[] = ['messenger', 'zalo'];

export interface FixedRateRun {
  rate: number;
  seconds: number;
  /** One row per channel and one for both. */
  rows: Array<Record<string, string | number>>;
  p99: number;
  deliveries: DeliveryCheck;
  maxGeneratorLagMs: number;
  peakRssMiB: number;
  drainSeconds?: number;
}

export interface FixedRateSetup {
  server: NodeServer;
  queue: OutboundQueue;
  platform: FakePlatform;
  questions: readonly string[];
  /** Makes this run's message and user ids unique. */
  tag: string;
  /** First user id: every message comes from a new citizen, so that a Zalo reply (which carries no message id) is known by its recipient. */
  firstUser: number;
}

/**
 * `rate` messages per second for `seconds`, alternating Messenger and Zalo, open loop; then, once the queue is
 * empty, a count of the replies at the fake platform against the webhooks the server accepted.
 */
export async function fixedRate(setup: FixedRateSetup, rate: number, seconds: number): Promise<FixedRateRun> {
  const { server, queue, platform, questions, tag, firstUser } = setup;
  await platform.reset();
  server.takePhasePeakMiB();
  const accepted: Record<WebhookChannel, Map<string, string>> = { messenger: new Map(), zalo: new Map() };
  const latencies: Record<WebhookChannel, number[]> = { messenger: [], zalo: [] };
  const errors: Record<WebhookChannel, number> = { messenger: 0, zalo: 0 };
  const replyIds: string[] = [];
  const channelOf = (index: number) => CHANNELS[index % CHANNELS.length]!;

  const paced = await pacedLoad(
    server.url,
    { ratePerSecond: rate, seconds, connections: 256 },
    (index) => {
      const channel = channelOf(index);
      const messageId = `${tag}-${index}`;
      const userId = String(firstUser + index);
      // The fake platform knows a Messenger reply by the inbound mid (in the sender's metadata), a Zalo one by its recipient.
      replyIds[index] = channel === 'messenger' ? messageId : userId;
      return signedText[channel]({ messageId, userId, text: questions[index % questions.length]! });
    },
    (index, status, latencyMs) => {
      const channel = channelOf(index);
      latencies[channel].push(latencyMs);
      if (status !== 'error' && status >= 200 && status < 300) accepted[channel].set(replyIds[index]!, questions[index % questions.length]!);
      else errors[channel] += 1;
    },
  );
  const peakRssMiB = server.takePhasePeakMiB();
  const drainSeconds = await drained(queue, 120_000);
  const record = await platform.record();
  const deliveries = { messenger: checkDeliveries(accepted.messenger, record.messenger), zalo: checkDeliveries(accepted.zalo, record.zalo) };
  const both = [...latencies.messenger, ...latencies.zalo];

  const rows = [...CHANNELS, 'both' as const].map((channel) => {
    const times = channel === 'both' ? both : latencies[channel];
    const delivery = channel === 'both' ? sum(deliveries.messenger, deliveries.zalo) : deliveries[channel];
    return {
      rate: `${rate}/s`,
      channel,
      'msg/s': Math.round(times.length / paced.seconds),
      'p50 ms': percentile(times, 0.5).toFixed(2),
      'p99 ms': percentile(times, 0.99).toFixed(2),
      'max ms': percentile(times, 1).toFixed(1),
      errors: channel === 'both' ? errors.messenger + errors.zalo : errors[channel],
      'replies expected': delivery.expected,
      delivered: delivery.delivered,
      missing: delivery.missing,
      incomplete: delivery.incomplete,
      duplicates: delivery.duplicates,
      unexpected: delivery.unexpected,
    };
  });
  return {
    rate,
    seconds,
    rows,
    p99: percentile(both, 0.99),
    deliveries: sum(deliveries.messenger, deliveries.zalo),
    maxGeneratorLagMs: paced.maxLagMs,
    peakRssMiB,
    drainSeconds,
  };
}

function sum(a: DeliveryCheck, b: DeliveryCheck): DeliveryCheck {
  return {
    expected: a.expected + b.expected,
    delivered: a.delivered + b.delivered,
    missing: a.missing + b.missing,
    incomplete: a.incomplete + b.incomplete,
    duplicates: a.duplicates + b.duplicates,
    unexpected: a.unexpected + b.unexpected,
  };
}
