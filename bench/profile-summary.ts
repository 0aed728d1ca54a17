// npx tsx bench/profile-summary.ts <file.cpuprofile> [messages handled while profiling]
// Where the server's CPU time went, from a profile written by `npm run bench:webhook -- --cpu-prof`: the
// functions with the most self time, and the time per part of the message path (each sample is charged to the
// first part, in the order below, that appears anywhere on its stack).
import { readFileSync } from 'node:fs';
import { table } from './report.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const PARTS: Array<[string, RegExp]> = [
  ['answer selection (normalise, search, score)', /\/faq\/|\/language\//],
  ['statistics for the staff tools (insights)', /\/insights\//],
  ['sending: BullMQ worker, sender, HTTP to the platform', /bullmq\/dist\/cjs\/classes\/worker|\/outbound\/dispatcher|\/outbound\/bullmq-queue\.js:1[0-9]{2}|sender\.js|undici/],
  ['enqueueing the reply (BullMQ add)', /bullmq/],
  ['conversation state, de-duplication, per-user limit (Redis)', /ioredis|\/state\//],
  ['signature check', /signature\.js/],
  ['webhook parsing (JSON, zod, events)', /zod|events\.js/],
  ['intents and pipeline', /\/intents\/|\/pipeline\//],
  ['Fastify, logging, load shedding', /fastify|pino|under-pressure|overload/],
  ['Node HTTP and sockets', /node:_http|node:net|node:internal\/stream/],
];

const [file, messagesArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [messages handled]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const messages = Number(messagesArg ?? 0);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const timeOf = new Map<number, number>();
profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...timeOf.values()].reduce((a, b) => a + b, 0);

const frameName = ({ callFrame: f }: ProfileNode) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/dist\//, 'dist/')}:${f.lineNumber + 1}`;
const self = new Map<string, number>();
const parts = new Map<string, number>();
for (const [id, micros] of timeOf) {
  const node = byId.get(id)!;
  self.set(frameName(node), (self.get(frameName(node)) ?? 0) + micros);
  const stack: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) stack.push(`${byId.get(at)!.callFrame.url} ${byId.get(at)!.callFrame.functionName}`);
  // (garbage collector), (idle), (program): V8's own entries, outside any JavaScript stack.
  const leaf = node.callFrame.functionName;
  const part = leaf.startsWith('(') ? leaf : (PARTS.find(([, pattern]) => stack.some((frame) => pattern.test(frame)))?.[0] ?? 'other');
  parts.set(part, (parts.get(part) ?? 0) + micros);
}

const rows = (map: Map<string, number>, limit: number, label: string) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, micros]) => ({
      [label]: name,
      share: `${((100 * micros) / total).toFixed(1)} %`,
      ...(messages > 0 ? { 'µs per message': Math.round(micros / messages) } : {}),
    }));

console.log(`\n${file}: ${(total / 1e6).toFixed(1)} s sampled${messages > 0 ? `, ${messages} messages` : ''}\n`);
console.log(table(rows(parts, PARTS.length + 5, 'part of the path')));
console.log('\n');
console.log(table(rows(self, 25, 'function (self time)')));
