import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MemoryStore } from '../../src/state/memory.js';
import { RedisStore } from '../../src/state/redis.js';
import { connectRedis, whenReady } from '../../src/state/redis-connection.js';
import type { StateStore } from '../../src/state/store.js';
import { uniquePrefix } from '../support/app.js';

// One contract, both implementations (like grammY's storage adapters).
const implementations: Array<[string, () => StateStore | Promise<StateStore>]> = [
  ['memory', () => new MemoryStore(uniquePrefix())],
  [
    'redis',
    async () => {
      const redis = connectRedis(inject('redisUrl'));
      await whenReady(redis);
      return new RedisStore(redis, uniquePrefix());
    },
  ],
];

describe.each(implementations)('%s state store', (_name, create) => {
  let store: StateStore;
  beforeAll(async () => {
    store = await create();
  });
  afterAll(() => store.close());

  it('returns undefined for a missing key instead of throwing', async () => {
    expect(await store.get('missing')).toBeUndefined();
  });

  it('keeps a value until its TTL runs out', async () => {
    await store.set('short', { a: 1 }, 1);
    expect(await store.get('short')).toEqual({ a: 1 });
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await store.get('short')).toBeUndefined();
  });

  it('deletes keys', async () => {
    await store.set('gone', 1, 60);
    await store.delete('gone');
    expect(await store.get('gone')).toBeUndefined();
  });

  it('claims a key once (SET NX)', async () => {
    expect(await store.claim('once', 'x', 60)).toBe(true);
    expect(await store.claim('once', 'y', 60)).toBe(false);
    expect(await store.get('once')).toBe('x');
  });

  it('never loses an update when many run at once', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        store.update<{ seen: number[] }>('counter', 60, (current) => ({ seen: [...(current?.seen ?? []), i] })),
      ),
    );
    const final = await store.get<{ seen: number[] }>('counter');
    expect(final?.seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('starts an update from a snapshot read earlier, and from the current value when the key changed since', async () => {
    expect(await store.snapshot('snap-missing')).toEqual({ value: undefined, stored: undefined });
    await store.set('snap', { seen: [1] }, 60);
    const fresh = await store.snapshot<{ seen: number[] }>('snap');
    expect(fresh.value).toEqual({ seen: [1] });
    expect(await store.update<{ seen: number[] }>('snap', 60, (c) => ({ seen: [...(c?.seen ?? []), 2] }), fresh)).toEqual({ seen: [1, 2] });
    // `fresh` is stale now: the change must run on what the key holds, not on the snapshot.
    expect(await store.update<{ seen: number[] }>('snap', 60, (c) => ({ seen: [...(c?.seen ?? []), 3] }), fresh)).toEqual({ seen: [1, 2, 3] });
    expect(await store.get('snap')).toEqual({ seen: [1, 2, 3] });
  });

  it('writes nothing when the change throws', async () => {
    await store.set('kept', { v: 1 }, 60);
    await expect(
      store.update('kept', 60, () => {
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await store.get('kept')).toEqual({ v: 1 });
  });

  it('deletes the key when the change returns undefined', async () => {
    await store.set('to-delete', { v: 1 }, 60);
    await store.update('to-delete', 60, () => undefined);
    expect(await store.get('to-delete')).toBeUndefined();
  });

  it('counts within a window', async () => {
    expect(await store.increment('hits', 60)).toBe(1);
    expect(await store.increment('hits', 60)).toBe(2);
  });
});
