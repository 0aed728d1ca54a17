// npm run bench:webhook — the production build behind real Redis and a fake Graph/Zalo server, under signed
// Messenger and Zalo webhooks: maximum throughput against a bare Fastify baseline in the same run, then fixed
// rates (100, 300 and 500/s, then the target's 1,000/s for 30 s) with a count of the replies that reached the fake platform.
import { loadavg } from 'node:os';
import { fromRoot } from '../src/paths.js';
import { freePort, RedisServer } from '../tests/support/redis-server.js';
import { serverEnvironment } from './bench-accounts.js';
import { FakePlatform } from './fake-platform.js';
import { builtScript, NodeServer, serverNodeArgs } from './node-server.js';
import { drained, openOutboundQueue } from './outbound-queue.js';
import { fixedRate, type FixedRateRun } from './fixed-rate.js';
import { benchQuestions } from './questions.js';
import { machine, recordResults, table } from './report.js';
import { signedText, type SignedRequest, type WebhookChannel } from './signed-webhooks.js';
import { closedLoop, combine, type LoadSlice, type ThroughputResult } from './throughput.js';
import { Teardown } from './teardown.js';

const CHANNELS: WebhookChannel[] = ['messenger', 'zalo'];
const CONNECTIONS = 16;
const WARM_UP_SECONDS = 2;
const ROUNDS = 2;
const SLICE_SECONDS = 5;
/** [messages per second, seconds]. */
const FIXED_RATES: Array<[number, number]> = [
  [100, 10],
  [300, 10],
  [500, 10],
  [1_000, 30],
];
/** Distinct citizens in the throughput runs; in the fixed-rate run every message comes from a new one. */
const USERS = 10_000;
const TARGETS = { ratio: 0.5, rate: 1_000, p99Ms: 25, rssMiB: 200 };

const questions = await benchQuestions();
/** Other work on this shared machine: the 1-minute load average before and after. */
const loadBefore = loadavg()[0]!;
const run = Date.now().toString(36);
let sequence = 0;

/** A signed text webhook with a fresh message id, from one of USERS citizens, asking one of the real questions. */
function nextWebhook(channel: WebhookChannel): SignedRequest {
  const n = sequence++;
  return signedText[channel]({ messageId: `bench-${run}-${n}`, userId: String(1_000_000_000 + (n % USERS)), text: questions[n % questions.length]! });
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** What was started, stopped in reverse order at the end whatever happens. */
const teardown = new Teardown();

try {
  const redis = await RedisServer.start();
  teardown.defer(() => redis.stop());
  const platform = await FakePlatform.start();
  teardown.defer(() => platform.stop());
  const barePort = await freePort();
  const bare = await NodeServer.start({ script: fromRoot('bench/bare-fastify.mjs'), env: { PORT: String(barePort) }, port: barePort, readyPath: '/healthz' });
  teardown.defer(() => bare.stop());
  const serverPort = await freePort();
  const env = serverEnvironment({ port: serverPort, redisUrl: redis.url, platforms: platform.urls });
  const server = await NodeServer.start({ script: builtScript('src/main.js'), env, port: serverPort, readyPath: '/readyz', nodeArgs: serverNodeArgs() });
  teardown.defer(() => server.stop());
  const queue = openOutboundQueue(env);
  teardown.defer(() => queue.close());

  // 1. Maximum throughput, closed loop. The bare baseline and the real server take turns in short slices, so
  //    that a neighbour's burst on this shared machine falls on both rather than on one.
  /** Webhooks the real server accepted, for a CPU profile's cost per message. */
  let handled = 0;
  const throughputRows: Array<Record<string, string | number>> = [];
  const throughput: Record<string, { bare: ThroughputResult; server: ThroughputResult; ratio: number; drainSeconds?: number; peakRssMiB: number }> = {};
  for (const channel of CHANNELS) {
    const load = (target: NodeServer, seconds: number) => closedLoop(target.url, () => nextWebhook(channel), { connections: CONNECTIONS, seconds });
    log(`${channel}: warming up…`);
    await load(bare, WARM_UP_SECONDS);
    handled += (await load(server, WARM_UP_SECONDS)).ok;
    let drainSeconds: number | undefined = await drained(queue, 120_000);
    bare.takePhasePeakMiB();
    server.takePhasePeakMiB();
    const slices: Record<'bare' | 'server', LoadSlice[]> = { bare: [], server: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      log(`${channel}: round ${round} of ${ROUNDS}, bare Fastify then the real server…`);
      slices.bare.push(await load(bare, SLICE_SECONDS));
      slices.server.push(await load(server, SLICE_SECONDS));
      // The replies queued during the slice are still being sent: let them go before the baseline's turn.
      const seconds = await drained(queue, 120_000);
      drainSeconds = seconds === undefined || drainSeconds === undefined ? undefined : Math.max(drainSeconds, seconds);
    }
    handled += slices.server.reduce((n, slice) => n + slice.ok, 0);
    const [baseline, measured] = [combine(slices.bare), combine(slices.server)];
    const [bareRss, peakRssMiB] = [bare.takePhasePeakMiB(), server.takePhasePeakMiB()];
    const ratio = measured.rps / baseline.rps;
    throughput[channel] = { bare: baseline, server: measured, ratio, drainSeconds, peakRssMiB };
    for (const [target, result, rss] of [['bare Fastify', baseline, bareRss], ['webhook → queue', measured, peakRssMiB]] as const) {
      throughputRows.push({
        channel,
        server: target,
        'req/s': Math.round(result.rps),
        'p50 ms': fixed(result.p50, 2),
        'p99 ms': fixed(result.p99, 2),
        'max ms': fixed(result.max),
        errors: result.errors,
        'ratio to bare': target === 'bare Fastify' ? '1.00' : fixed(ratio, 2),
        'peak RSS MiB': Math.round(rss),
      });
    }
  }

  // 2. Fixed rates, open loop, half Messenger and half Zalo, each message from a new citizen; then a count of the
  //    replies at the fake platform. The lower rates show the latency of a server that is not saturated.
  const fixedRuns: FixedRateRun[] = [];
  for (const [rate, seconds] of FIXED_RATES) {
    log(`fixed rate: ${rate} messages/s for ${seconds} s…`);
    fixedRuns.push(await fixedRate({ server, queue, platform, questions, tag: `fixed-${run}-${rate}`, firstUser: 5_000_000_000 + rate * 1_000_000 }, rate, seconds));
  }
  handled += fixedRuns.reduce((n, r) => n + r.deliveries.expected, 0);
  const target = fixedRuns.find((r) => r.rate === TARGETS.rate)!;

  const peakRssMiB = server.peakRssMiB();
  const worstRatio = Math.min(...CHANNELS.map((c) => throughput[c]!.ratio));
  const missing = fixedRuns.reduce((n, r) => n + r.deliveries.missing + r.deliveries.incomplete, 0);
  const duplicates = fixedRuns.reduce((n, r) => n + r.deliveries.duplicates + r.deliveries.unexpected, 0);
  const expected = fixedRuns.reduce((n, r) => n + r.deliveries.expected, 0);
  const verdicts = [
    { target: `webhook req/s ≥ ${TARGETS.ratio} × bare Fastify`, measured: `${fixed(worstRatio, 2)} × (worst channel)`, met: worstRatio >= TARGETS.ratio ? 'yes' : 'NO' },
    { target: `p99 < ${TARGETS.p99Ms} ms at ${TARGETS.rate} msg/s`, measured: `${fixed(target.p99, 2)} ms`, met: target.p99 < TARGETS.p99Ms ? 'yes' : 'NO' },
    { target: `peak RSS < ${TARGETS.rssMiB} MiB`, measured: `${fixed(peakRssMiB)} MiB (VmHWM)`, met: peakRssMiB < TARGETS.rssMiB ? 'yes' : 'NO' },
    {
      target: 'every queued reply delivered exactly once',
      measured: `${missing} missing or incomplete, ${duplicates} extra of ${expected}`,
      met: missing === 0 && duplicates === 0 ? 'yes' : 'NO',
    },
  ];

  if (serverNodeArgs().length > 0) {
    console.log(`\nthe server ran with: node ${serverNodeArgs().join(' ')}; it accepted ${handled} webhooks in all (for bench/profile-summary.ts)`);
  }
  console.log(`\nWebhook throughput: ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up, then ${ROUNDS} × ${SLICE_SECONDS} s per row taking turns with the baseline, signed text webhooks, fresh message ids, ${USERS} users\n`);
  console.log(table(throughputRows));
  console.log(`\nqueue drained after each slice within: ${CHANNELS.map((c) => `${c} ${fmtSeconds(throughput[c]!.drainSeconds)}`).join(', ')}`);
  console.log(`\nFixed rates, open loop (half Messenger, half Zalo, a new user per message): ${FIXED_RATES.map(([r, t]) => `${r}/s for ${t} s`).join(', ')}\n`);
  console.log(table(fixedRuns.flatMap((r) => r.rows)));
  for (const r of fixedRuns) {
    console.log(`${r.rate}/s: generator behind schedule by at most ${fixed(r.maxGeneratorLagMs)} ms; peak RSS ${fixed(r.peakRssMiB)} MiB; queue empty ${fmtSeconds(r.drainSeconds)} after the last answer`);
  }
  const load = `1-minute load average ${fixed(loadBefore, 2)} before, ${fixed(loadavg()[0]!, 2)} after (this benchmark included)`;
  console.log(`\nTargets (${machine().cores} cores; ${load})\n`);
  console.log(table(verdicts));
  const serverLog = server.log().trim();
  if (serverLog) console.log(`\nthe server logged ${serverLog.split('\n').length} warning/error lines, the first: ${serverLog.split('\n')[0]}`);
  console.log(
    `\nresults: ${recordResults('webhook', {
      settings: { connections: CONNECTIONS, warmUpSeconds: WARM_UP_SECONDS, rounds: ROUNDS, sliceSeconds: SLICE_SECONDS, fixedRates: FIXED_RATES, users: USERS, serverNodeArgs: serverNodeArgs() },
      throughput: throughputRows,
      fixedRate: fixedRuns.map(({ rate, seconds, rows, maxGeneratorLagMs, peakRssMiB, drainSeconds }) => ({ rate, seconds, rows, maxGeneratorLagMs, peakRssMiB, drainSeconds })),
      peakRssMiB,
      verdicts,
      load,
      serverLogLines: serverLog ? serverLog.split('\n').length : 0,
    })}`,
  );
} finally {
  await teardown.stopAll();
}

function fmtSeconds(seconds: number | undefined): string {
  return seconds === undefined ? 'not within 120 s' : `${seconds.toFixed(1)} s`;
}
