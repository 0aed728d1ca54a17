// A child process standing in for graph.facebook.com and the Zalo OA/OAuth APIs under load: answers every
// call with success and records, per channel, when each call came and which reply part it carried.
// Kept out of the benchmark's own process so that its work does not slow the load generator's clock.
// Started by FakePlatform (bench/fake-platform.ts); talks to it over IPC.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelRecord, PlatformCommand, PlatformReply } from './fake-platform.js';

class ChannelLog {
  callTimes: number[] = [];
  messageTimes: number[] = [];
  typing = 0;
  /** Reply id → part → times received. Messenger: inbound mid → part index. Zalo: recipient → text digest. */
  parts = new Map<string, Map<string, number>>();

  call(): void {
    this.callTimes.push(Date.now());
  }

  message(id: string, part: string): void {
    this.messageTimes.push(Date.now());
    let parts = this.parts.get(id);
    if (!parts) this.parts.set(id, (parts = new Map()));
    parts.set(part, (parts.get(part) ?? 0) + 1);
  }

  record(): ChannelRecord {
    const received: ChannelRecord['received'] = [];
    for (const [id, parts] of this.parts) {
      let duplicates = 0;
      for (const count of parts.values()) duplicates += count - 1;
      received.push([id, parts.size, duplicates]);
    }
    return { callTimes: this.callTimes, messageTimes: this.messageTimes, typing: this.typing, received };
  }
}

let messenger = new ChannelLog();
let zalo = new ChannelLog();
let sent = 0;

async function readJson(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>;
  } catch {
    return {};
  }
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function graph(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (req.method !== 'POST' || !req.url?.endsWith('/me/messages')) return answer(res, 400, { error: { code: 100, message: 'Unsupported request' } });
  messenger.call();
  const recipient = body.recipient?.id as string | undefined;
  if (body.sender_action) {
    messenger.typing += 1;
    return answer(res, 200, { recipient_id: recipient });
  }
  // The sender tags each message `bhyt-bot:<inbound mid>:<part>`.
  const metadata = String(body.message?.metadata ?? '');
  const cut = metadata.lastIndexOf(':');
  messenger.message(metadata.slice('bhyt-bot:'.length, cut), metadata.slice(cut + 1));
  answer(res, 200, { recipient_id: recipient, message_id: `m_bench_${(sent += 1)}` });
}

async function zaloApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (req.method !== 'POST' || req.url !== '/v3.0/oa/message/cs') return answer(res, 404, { error: 404, message: 'not found' });
  zalo.call();
  const userId = String(body.recipient?.user_id ?? '');
  // Zalo messages carry no reply id: one bench user asks one question, so (recipient, text) names a part.
  zalo.message(userId, createHash('sha1').update(String(body.message?.text ?? '')).digest('base64'));
  answer(res, 200, { error: 0, message: 'Success', data: { message_id: `zalo_bench_${(sent += 1)}`, user_id: userId } });
}

async function zaloOAuth(req: IncomingMessage, res: ServerResponse): Promise<void> {
  await readJson(req);
  answer(res, 200, { access_token: 'bench-zalo-access-token', refresh_token: `bench-zalo-refresh-${Date.now()}`, expires_in: '90000' });
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<string> {
  const server = createServer((req, res) => void handler(req, res));
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const urls = { graph: await listen(graph), zaloApi: await listen(zaloApi), zaloOAuth: await listen(zaloOAuth) };

process.on('message', (command: PlatformCommand) => {
  let reply: PlatformReply;
  if (command.kind === 'reset') {
    messenger = new ChannelLog();
    zalo = new ChannelLog();
    reply = { id: command.id, kind: 'reset' };
  } else {
    reply = { id: command.id, kind: 'record', messenger: messenger.record(), zalo: zalo.record() };
  }
  process.send!(reply);
});
process.on('disconnect', () => process.exit(0));
process.send!({ id: 0, kind: 'ready', urls } satisfies PlatformReply);
