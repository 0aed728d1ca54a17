// npm run soak [-- --minutes 10] [--rate 30]: the production build (npm run build) behind a real redis-server, with
// fake Graph and Zalo servers, under a steady mix of web chat, Messenger and Zalo messages; Redis is stopped and
// started again halfway. Messages refused (503) or cut off are delivered again, as the platforms do. At the end:
// messages in, replies out, duplicates, losses and errors per channel, and the server's resident memory over time.
import { parseArgs } from 'node:util';
import { serverEnvironment } from '../bench/bench-accounts.js';
import { checkDeliveries, type DeliveryCheck } from '../bench/deliveries.js';
import { FakePlatform } from '../bench/fake-platform.js';
import { builtScript, NodeServer, serverNodeArgs } from '../bench/node-server.js';
import { openOutboundQueue, drained } from '../bench/outbound-queue.js';
import { benchQuestions } from '../bench/questions.js';
import { table } from '../bench/report.js';
import { signedText } from '../bench/signed-webhooks.js';
import { freePort, RedisServer } from '../tests/support/redis-server.js';
import { Teardown } from '../bench/teardown.js';

type Channel = 'webchat' | 'messenger' | 'zalo';
const CHANNELS: Channel[] = ['webchat', 'messenger', 'zalo'];
/** Citizens who write again and again on the web chat and Messenger; every Zalo message comes from a new one (see below). */
const RETURNING_USERS = 300;
/** After the load: how long refused messages keep being delivered again and replies may still arrive. */
const DRAIN_MS = 90_000;
// The last third of the run may use this much more memory than the middle third before it counts as growth.
const RSS_TOLERANCE = { ratio: 1.1, MiB: 8 };

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, rate: { type: 'string', default: '30' } } });
const minutes = Number(values.minutes);
const rate = Number(values.rate);
if (!(minutes > 0) || !(rate > 0)) {
  process.stderr.write('usage: npm run soak -- [--minutes 10] [--rate 30]  (messages per second, all channels together)\n');
  process.exit(2);
}
const loadMs = minutes * 60_000;
const sampleMs = Math.max(2_000, Math.round(loadMs / 30));
const outageMs = Math.min(10_000, Math.round(loadMs / 10));
const log = (line: string) => process.stderr.write(`${line}\n`);

interface ChannelCounts {
  /** Deliveries attempted, redeliveries included. */
  requests: number;
  /** Messages accepted with 200. */
  accepted: number;
  /** Answers 503: the server could not take the message then (it is delivered again). */
  unavailable: number;
  /** Connections that failed (delivered again). */
  dropped: number;
  /** Any other status: a bug or a refusal that should not happen. */
  errors: number;
  /** Messages never accepted before the run ended. */
  gaveUp: number;
}

const counts = Object.fromEntries(CHANNELS.map((c) => [c, { requests: 0, accepted: 0, unavailable: 0, dropped: 0, errors: 0, gaveUp: 0 }])) as Record<Channel, ChannelCounts>;
/** Accepted messages by reply id (Messenger: the mid; Zalo: the user, one message each) → the question. */
const accepted = { messenger: new Map<string, string>(), zalo: new Map<string, string>() };
const webchat = { withReply: 0, withoutReply: 0 };
const errorSamples: string[] = [];

/** What was started, stopped in reverse order at the end whatever happens. */
const teardown = new Teardown();

try {
  const questions = await benchQuestions();
  const redis = await RedisServer.start();
  teardown.defer(() => redis.stop());
  const platform = await FakePlatform.start();
  teardown.defer(() => platform.stop());
  const port = await freePort();
  const env = serverEnvironment({ port, redisUrl: redis.url, platforms: platform.urls, overrides: { REDIS_PREFIX: 'soak:' } });
  const server = await NodeServer.start({ script: builtScript('src/main.js'), env, port, readyPath: '/readyz', nodeArgs: serverNodeArgs([]) });
  teardown.defer(() => server.stop());
  const queue = openOutboundQueue(env);
  teardown.defer(() => queue.close());
  log(`soak: ${minutes} min at ${rate} messages/s (web chat, Messenger, Zalo in turn); Redis stopped for ${outageMs / 1000} s halfway`);

  const run = Date.now().toString(36);
  const start = Date.now();
  const giveUpAt = start + loadMs + DRAIN_MS;
  let sequence = 0;

  /** One message, delivered again (with a growing pause) until it is accepted or the run ends, as a platform does. */
  async function send(channel: Channel, n: number): Promise<void> {
    const question = questions[n % questions.length]!;
    const messageId = `soak-${run}-${n}`;
    const userId = channel === 'zalo' ? String(3_000_000_000 + n) : String((channel === 'webchat' ? 1_000_000_000 : 2_000_000_000) + (n % RETURNING_USERS));
    const request =
      channel === 'webchat'
        ? { path: '/webchat/messages', body: JSON.stringify({ userId, text: question, messageId }), headers: { 'content-type': 'application/json' } }
        : signedText[channel]({ messageId, userId, text: question });
    const tally = counts[channel];
    for (let attempt = 0; ; attempt++) {
      tally.requests += 1;
      let status: number | 'dropped';
      let body = '';
      try {
        const response = await fetch(server.url + request.path, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(15_000) });
        status = response.status;
        body = await response.text();
      } catch {
        status = 'dropped';
      }
      if (status === 200) {
        tally.accepted += 1;
        if (channel === 'webchat') {
          if ((JSON.parse(body) as { replies: unknown[] }).replies.length > 0) webchat.withReply += 1;
          else webchat.withoutReply += 1;
        } else {
          accepted[channel].set(channel === 'zalo' ? userId : messageId, question);
        }
        return;
      }
      if (status === 503) tally.unavailable += 1;
      else if (status === 'dropped') tally.dropped += 1;
      else {
        tally.errors += 1;
        if (errorSamples.length < 10) errorSamples.push(`${channel} ${status}: ${body.slice(0, 200)}`);
        return;
      }
      if (Date.now() > giveUpAt) {
        tally.gaveUp += 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 500 * 2 ** attempt)));
    }
  }

  // The load: one message every 1/rate s, channels in turn; each runs on its own until accepted.
  const inFlight = new Set<Promise<void>>();
  const loadDone = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.floor(((Date.now() - start) * rate) / 1000);
      while (sequence < due && Date.now() - start < loadMs) {
        const n = sequence++;
        const message = send(CHANNELS[n % CHANNELS.length]!, n).finally(() => inFlight.delete(message));
        inFlight.add(message);
      }
      if (Date.now() - start >= loadMs) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
  });

  // Redis goes away halfway through, and comes back.
  const notes = new Map<number, string>();
  const outageWindow = { from: Infinity, to: Infinity };
  const outage = (async () => {
    await new Promise((resolve) => setTimeout(resolve, loadMs / 2));
    outageWindow.from = Date.now();
    await redis.stopProcess();
    notes.set(Date.now(), 'Redis stopped');
    log('soak: Redis stopped');
    await new Promise((resolve) => setTimeout(resolve, outageMs));
    await redis.startProcess();
    // The server's connections come back within a few seconds of Redis.
    outageWindow.to = Date.now() + 5_000;
    notes.set(Date.now(), 'Redis started');
    log('soak: Redis started again');
  })();

  // Resident memory, the peak of each interval.
  const samples: Array<{ at: number; rssMiB: number }> = [];
  const rows: Array<Record<string, string | number>> = [];
  let lastSample = start;
  const sampler = setInterval(() => {
    const now = Date.now();
    const rssMiB = server.takePhasePeakMiB();
    samples.push({ at: now, rssMiB });
    const note = [...notes].filter(([at]) => at > lastSample && at <= now).map(([, what]) => what).join(', ');
    lastSample = now;
    const row = {
      's': Math.round((now - start) / 1000),
      'RSS MiB': rssMiB.toFixed(1),
      'messages in': CHANNELS.reduce((sum, c) => sum + counts[c].accepted, 0),
      'refused (503)': CHANNELS.reduce((sum, c) => sum + counts[c].unavailable, 0),
      'dropped': CHANNELS.reduce((sum, c) => sum + counts[c].dropped, 0),
      'errors': CHANNELS.reduce((sum, c) => sum + counts[c].errors, 0),
      'note': note,
    };
    rows.push(row);
    log(`soak: ${Object.entries(row).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  }, sampleMs);

  await Promise.all([loadDone, outage]);
  clearInterval(sampler);
  log(`soak: load over; ${inFlight.size} messages still being delivered again, then draining the queue`);
  await Promise.all(inFlight);
  const drainSeconds = await drained(queue, DRAIN_MS);
  // A reply leaves the queue a moment before the fake platform has counted it.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const record = await platform.record();
  const deliveries: Record<'messenger' | 'zalo', DeliveryCheck> = {
    messenger: checkDeliveries(accepted.messenger, record.messenger),
    zalo: checkDeliveries(accepted.zalo, record.zalo),
  };
  const serverLog = server.log();
  // Errors logged while Redis was away are the refusals themselves (each 503 is logged); any other is a finding.
  const loggedErrors = serverLog.split('\n').filter((line) => /"level":(50|60)/.test(line));
  const timeOf = (line: string) => Number(/"time":(\d+)/.exec(line)?.[1] ?? 0);
  const outsideOutage = loggedErrors.filter((line) => timeOf(line) < outageWindow.from || timeOf(line) > outageWindow.to);

  const summary = CHANNELS.map((channel) => {
    const c = counts[channel];
    const d = channel === 'webchat' ? undefined : deliveries[channel];
    return {
      channel,
      requests: c.requests,
      'messages in': c.accepted,
      'replies out': d ? d.delivered : webchat.withReply,
      duplicates: d ? d.duplicates : 0,
      losses: d ? d.missing + d.incomplete : webchat.withoutReply,
      unexpected: d ? d.unexpected : 0,
      'refused (503)': c.unavailable,
      dropped: c.dropped,
      errors: c.errors,
      'never accepted': c.gaveUp,
    };
  });

  // Memory: compare the last third of the run with the middle third (the first third includes warm-up).
  const third = Math.floor(samples.length / 3);
  const mean = (part: typeof samples) => part.reduce((sum, s) => sum + s.rssMiB, 0) / Math.max(1, part.length);
  const middle = mean(samples.slice(third, 2 * third));
  const last = mean(samples.slice(2 * third));
  const grew = last > middle * RSS_TOLERANCE.ratio + RSS_TOLERANCE.MiB;

  process.stdout.write(`\nResident memory of the server (peak of each ${Math.round(sampleMs / 1000)} s interval)\n${table(rows)}\n`);
  process.stdout.write(`\nMessages and replies (${minutes} min at ${rate}/s; drain ${drainSeconds === undefined ? 'did not finish' : `${drainSeconds.toFixed(1)} s`})\n${table(summary)}\n`);
  process.stdout.write(
    `\nRSS: middle third ${middle.toFixed(1)} MiB, last third ${last.toFixed(1)} MiB (${(((last - middle) / Math.max(middle, 1)) * 100).toFixed(1)}%): ` +
      `${grew ? 'GREW beyond the tolerance: look for a leak' : 'no growth beyond the tolerance, not unbounded'}\n`,
  );
  process.stdout.write(
    `Server log: ${loggedErrors.length - outsideOutage.length} error lines during the Redis outage (the 503s), ${outsideOutage.length} outside it` +
      `${outsideOutage.length > 0 ? `; first: ${outsideOutage[0]!.slice(0, 300)}` : ''}\n`,
  );
  if (errorSamples.length > 0) process.stdout.write(`Unexpected answers:\n  ${errorSamples.join('\n  ')}\n`);

  const failed =
    summary.some((s) => s.duplicates > 0 || s.losses > 0 || s.errors > 0 || s['never accepted'] > 0) || grew || drainSeconds === undefined || outsideOutage.length > 0;
  process.stdout.write(`\nsoak: ${failed ? 'FAILED' : 'passed'}\n`);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  log(`soak failed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
} finally {
  await teardown.stopAll();
}
