import { fork, type ChildProcess } from 'node:child_process';
import type { PlatformUrls } from './bench-accounts.js';
import { fromRoot } from '../src/paths.js';
import { runTypeScript } from './node-server.js';

/** What the fake received on one channel since the last reset. */
export interface ChannelRecord {
  /** Arrival times (ms since the epoch) of every API call, typing indicators included. */
  callTimes: number[];
  /** Arrival times of message sends only. */
  messageTimes: number[];
  typing: number;
  /** [reply id, distinct parts received, parts received more than once]. */
  received: Array<[string, number, number]>;
}

export type PlatformCommand = { id: number; kind: 'reset' } | { id: number; kind: 'record' };
export type PlatformReply =
  | { id: number; kind: 'ready'; urls: PlatformUrls }
  | { id: number; kind: 'reset' }
  | { id: number; kind: 'record'; messenger: ChannelRecord; zalo: ChannelRecord };

/** The fake Graph and Zalo servers, in their own process (bench/fake-platform-process.ts). */
export class FakePlatform {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: PlatformReply) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly urls: PlatformUrls,
  ) {
    child.on('message', (reply: PlatformReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static async start(): Promise<FakePlatform> {
    const child = fork(fromRoot('bench/fake-platform-process.ts'), [], { execArgv: runTypeScript, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const urls = await new Promise<PlatformUrls>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the fake platform exited with code ${code}`)));
      child.once('message', (reply: PlatformReply) => {
        if (reply.kind === 'ready') resolve(reply.urls);
      });
    });
    child.removeAllListeners('exit');
    return new FakePlatform(child, urls);
  }

  async reset(): Promise<void> {
    await this.ask({ id: this.nextId++, kind: 'reset' });
  }

  async record(): Promise<{ messenger: ChannelRecord; zalo: ChannelRecord }> {
    const reply = await this.ask({ id: this.nextId++, kind: 'record' });
    if (reply.kind !== 'record') throw new Error(`unexpected answer ${reply.kind}`);
    return reply;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill();
    await exited;
  }

  private ask(command: PlatformCommand): Promise<PlatformReply> {
    return new Promise((resolve) => {
      this.pending.set(command.id, resolve);
      this.child.send(command);
    });
  }
}
