// npm run bench:send — the production build draining replies already queued in Redis (BullMQ) to the fake
// Graph and Zalo servers: first with no rate limit, then with the platforms' limits configured.
import { loadavg } from 'node:os';
import { loadConfig } from '../src/config.js';
import { loadContent } from '../src/faq/content.js';
import type { Reply } from '../src/message.js';
import type { OutboundJob, OutboundQueue } from '../src/outbound/types.js';
import { fromRoot } from '../src/paths.js';
import { freePort, RedisServer } from '../tests/support/redis-server.js';
import { MESSENGER, serverEnvironment, ZALO } from './bench-accounts.js';
import { peakPerWindow, ratePerSecond } from './deliveries.js';
import { FakePlatform, type ChannelRecord } from './fake-platform.js';
import { builtScript, NodeServer, serverNodeArgs } from './node-server.js';
import { drained, openOutboundQueue } from './outbound-queue.js';
import { recordResults, table } from './report.js';
import { Teardown } from './teardown.js';

const UNLIMITED_JOBS = 10_000;
const MESSENGER_LIMIT = 300;
const ZALO_LIMIT = 4_000;
/** Six seconds' worth at the Messenger limit. */
const LIMITED_MESSENGER_JOBS = 1_800;
/** A tenth more than one minute allows: the rest must wait for the next minute. */
const LIMITED_ZALO_JOBS = 4_400;
const TARGET_SENDS_PER_SECOND = 1_000;

const content = await loadContent(fromRoot('content'));
/** Real answers with two quick replies: one platform message each (answers are at most 700 characters). */
const replies: Reply[][] = content.entries.map((entry) => [
  { text: entry.answer, quickReplies: [{ title: 'Hỏi câu khác', payload: 'MENU' }, { title: 'Gặp cán bộ tư vấn', payload: 'HANDOFF' }] },
]);
const run = Date.now().toString(36);
/** Other work on this shared machine: the 1-minute load average before and after. */
const loadBefore = loadavg()[0]!;
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function jobs(channel: 'messenger' | 'zalo', count: number, tag: string): OutboundJob[] {
  const account = channel === 'messenger' ? MESSENGER.pageId : ZALO.oaId;
  return Array.from({ length: count }, (_, i) => ({
    channel,
    account,
    userId: String(7_000_000_000 + i),
    messageId: `send-${run}-${tag}-${i}`,
    replies: replies[i % replies.length]!,
  }));
}

/** Enqueues as the webhooks do (same job ids and options), a few hundred at a time. */
async function enqueueAll(queue: OutboundQueue, all: OutboundJob[]): Promise<void> {
  await queue.counts(); // waits until the queue reaches Redis
  for (let i = 0; i < all.length; i += 500) await Promise.all(all.slice(i, i + 500).map((job) => queue.enqueue(job)));
}

/** What was started, stopped in reverse order at the end whatever happens. */
const teardown = new Teardown();

try {
  const redis = await RedisServer.start();
  teardown.defer(() => redis.stop());
  const platform = await FakePlatform.start();
  teardown.defer(() => platform.stop());
  const serverLogs: string[] = [];

  /** Fills the queue, then starts the server (its worker begins at start-up) and hands it to `observe`. */
  async function drainRun<T>(prefix: string, overrides: Record<string, string>, queued: OutboundJob[], observe: (server: NodeServer, queue: OutboundQueue) => Promise<T>) {
    const port = await freePort();
    const env = serverEnvironment({ port, redisUrl: redis.url, platforms: platform.urls, overrides: { REDIS_PREFIX: prefix, ...overrides } });
    const queue = openOutboundQueue(env);
    try {
      await enqueueAll(queue, queued);
      await platform.reset();
      const server = await NodeServer.start({ script: builtScript('src/main.js'), env, port, readyPath: '/readyz', nodeArgs: serverNodeArgs() });
      try {
        const observed = await observe(server, queue);
        return { observed, record: await platform.record(), concurrency: loadConfig(env).outbound.concurrency, serverLog: server.log().trim() };
      } finally {
        await server.stop();
      }
    } finally {
      await queue.close();
    }
  }

  // 1. No rate limit: how fast the queue empties, one channel at a time.
  const unlimitedRows = [];
  for (const channel of ['messenger', 'zalo'] as const) {
    log(`sending ${UNLIMITED_JOBS} queued ${channel} replies, no rate limit…`);
    const drain = await drainRun(`bench-send-${channel}:`, {}, jobs(channel, UNLIMITED_JOBS, 'unlimited'), (_server, queue) => drained(queue, 120_000));
    const record = drain.record[channel];
    unlimitedRows.push({
      run: 'no limit',
      channel,
      'jobs queued': UNLIMITED_JOBS,
      concurrency: drain.concurrency,
      'messages sent': record.messageTimes.length,
      'API calls': record.callTimes.length,
      'messages/s': Math.round(ratePerSecond(record.messageTimes)),
      'API calls/s': Math.round(ratePerSecond(record.callTimes)),
      'queue empty after': drain.observed === undefined ? 'not within 120 s' : `${drain.observed.toFixed(1)} s`,
    });
    serverLogs.push(drain.serverLog);
  }

  // 2. The platforms' limits configured: Messenger per second and per Page, Zalo per minute and per OA.
  //    The Zalo window is a clock minute: start early enough in one that its quota can be used up.
  const secondsLeft = 60 - (Date.now() / 1000) % 60;
  if (secondsLeft < 15) {
    log(`waiting ${secondsLeft.toFixed(0)} s for a fresh clock minute…`);
    await sleep(secondsLeft * 1000 + 100);
  }
  log(`sending ${LIMITED_MESSENGER_JOBS} Messenger and ${LIMITED_ZALO_JOBS} Zalo replies at ${MESSENGER_LIMIT}/s and ${ZALO_LIMIT}/min…`);
  const limited = await drainRun(
    'bench-limited:',
    { MESSENGER_RATE_PER_SECOND: String(MESSENGER_LIMIT), ZALO_RATE_PER_MINUTE: String(ZALO_LIMIT) },
    [...jobs('messenger', LIMITED_MESSENGER_JOBS, 'limited'), ...jobs('zalo', LIMITED_ZALO_JOBS, 'limited')],
    async (_server, queue) => {
      // Until the Messenger replies are out and the Zalo count has stood still for 3 s: the rest wait for the next minute.
      const deadline = Date.now() + 30_000;
      let zaloSeen = -1;
      let stillSince = Date.now();
      for (;;) {
        const record = await platform.record();
        const zaloCount = record.zalo.messageTimes.length;
        if (zaloCount !== zaloSeen) [zaloSeen, stillSince] = [zaloCount, Date.now()];
        const messengerDone = record.messenger.messageTimes.length >= LIMITED_MESSENGER_JOBS;
        const zaloDone = zaloCount >= LIMITED_ZALO_JOBS || Date.now() - stillSince >= 3_000;
        if ((messengerDone && zaloDone) || Date.now() > deadline) return queue.counts();
        await sleep(250);
      }
    },
  );
  const limitedRows = [
    limitedRow('messenger', LIMITED_MESSENGER_JOBS, `${MESSENGER_LIMIT}/s per Page`, MESSENGER_LIMIT, 1_000, limited.record.messenger),
    limitedRow('zalo', LIMITED_ZALO_JOBS, `${ZALO_LIMIT}/min per OA`, ZALO_LIMIT, 60_000, limited.record.zalo),
  ];

  function limitedRow(channel: string, queued: number, limit: string, max: number, windowMs: number, record: ChannelRecord) {
    const messages = peakPerWindow(record.messageTimes, windowMs);
    const calls = peakPerWindow(record.callTimes, windowMs);
    return {
      run: 'limited',
      channel,
      'jobs queued': queued,
      concurrency: limited.concurrency,
      limit,
      'messages sent': record.messageTimes.length,
      'API calls': record.callTimes.length,
      'messages/s': Math.round(ratePerSecond(record.messageTimes)),
      'API calls/s': Math.round(ratePerSecond(record.callTimes)),
      'peak (clock window)': `${messages.aligned} msgs, ${calls.aligned} calls`,
      'peak (sliding window)': `${messages.sliding} msgs, ${calls.sliding} calls`,
      'within limit': calls.aligned <= max ? 'yes' : messages.aligned <= max ? 'messages only' : 'NO',
    };
  }

  serverLogs.push(limited.serverLog);
  const verdicts = [
    ...unlimitedRows.map((row) => ({
      target: `${row.channel}: ≥ ${TARGET_SENDS_PER_SECOND} sends/s with no limit`,
      measured: `${row['messages/s']} messages/s (${row['API calls/s']} API calls/s)`,
      met: row['messages/s'] >= TARGET_SENDS_PER_SECOND ? 'yes' : 'NO',
    })),
    ...limitedRows.map((row) => ({ target: `${row.channel}: ${row.limit} honoured (clock windows)`, measured: row['peak (clock window)'], met: row['within limit'] })),
  ];

  if (serverNodeArgs().length > 0) console.log(`\nthe server ran with: node ${serverNodeArgs().join(' ')}`);
  console.log(`\nSending: replies queued in Redis before the server starts, drained by its BullMQ worker to the fake platform\n`);
  console.log(table(unlimitedRows));
  console.log(`\nWith the platforms' limits configured (both channels at once)\n`);
  console.log(table(limitedRows));
  console.log(`\nleft in the queue when the limited run stopped: ${JSON.stringify(limited.observed)} (Zalo replies over the minute's quota wait for the next minute)`);
  const load = `1-minute load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after (this benchmark included)`;
  console.log(`\nTargets (${load})\n`);
  console.log(table(verdicts));
  for (const serverLog of serverLogs.filter(Boolean)) {
    console.log(`\nthe server logged ${serverLog.split('\n').length} warning/error lines, the first: ${serverLog.split('\n')[0]}`);
  }
  console.log(
    `\nresults: ${recordResults('send', {
      unlimited: unlimitedRows,
      limited: { rows: limitedRows, leftInQueue: limited.observed },
      verdicts,
      load,
      serverNodeArgs: serverNodeArgs(),
    })}`,
  );
} finally {
  await teardown.stopAll();
}
