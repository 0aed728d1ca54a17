import type { ChannelName } from '../message.js';
import { KeyedSerializer } from '../pipeline/keyed-serializer.js';
import { SendError, type ChannelSender, type Delivered, type OutboundJob } from './types.js';

/** Hands each job to its channel's sender; one person's replies go out one job at a time, in the order taken. */
export class Dispatcher {
  private readonly senders = new Map<ChannelName, ChannelSender>();
  private readonly serializer = new KeyedSerializer();

  register(sender: ChannelSender): void {
    if (this.senders.has(sender.channel)) throw new Error(`a sender for ${sender.channel} is already registered`);
    this.senders.set(sender.channel, sender);
  }

  get size(): number {
    return this.senders.size;
  }

  apiCalls(job: OutboundJob): number {
    return this.senders.get(job.channel)?.apiCalls(job) ?? 1;
  }

  deliver(job: OutboundJob, delivered: Delivered): Promise<void> {
    const sender = this.senders.get(job.channel);
    // A job for a channel this instance does not serve (yet): another attempt may find it mounted.
    if (!sender) return Promise.reject(new SendError({ kind: 'retry', reason: `no sender registered for ${job.channel}` }));
    return this.serializer.run(`${job.channel}:${job.account}:${job.userId}`, () => sender.send(job, delivered));
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.senders.values()].map((sender) => sender.close?.()));
  }
}
