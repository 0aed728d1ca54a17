import { describe, expect, it } from 'vitest';
import { sendFailureOf } from '../../src/channels/messenger/send-failure.js';
import { GraphError } from '../../src/channels/messenger/graph-client.js';
import { failureOf, retryDelay, verdictOf } from '../../src/outbound/retry-policy.js';
import { SendError } from '../../src/outbound/types.js';

const settings = { backoffMs: 1_000, throttleBackoffMs: 30_000, maxBackoffMs: 900_000 };

describe('retry delays', () => {
  it('doubles with each attempt, with equal jitter', () => {
    const failure = { kind: 'retry' as const, reason: 'HTTP 500' };
    expect(retryDelay(failure, 1, settings, () => 0)).toBe(500);
    expect(retryDelay(failure, 1, settings, () => 1)).toBe(1_000);
    expect(retryDelay(failure, 4, settings, () => 1)).toBe(8_000);
  });

  it('starts from the throttle base when the platform says to slow down, and stops at the cap', () => {
    const failure = { kind: 'retry' as const, reason: '613', throttled: true };
    expect(retryDelay(failure, 1, settings, () => 0)).toBe(15_000);
    expect(retryDelay(failure, 20, settings, () => 1)).toBe(900_000);
  });

  it('waits what the sender asks when it names a delay', () => {
    expect(retryDelay({ kind: 'retry', reason: 'Retry-After', delayMs: 7_000 }, 3, settings)).toBe(7_000);
  });

  it('dead-letters a drop at once and a retry once the attempts are used', () => {
    expect(verdictOf({ kind: 'drop', reason: '551' }, 1, 8, settings)).toEqual({ action: 'dead', reason: '551' });
    expect(verdictOf({ kind: 'retry', reason: '500' }, 8, 8, settings)).toMatchObject({ action: 'dead' });
    expect(verdictOf({ kind: 'retry', reason: '500' }, 7, 8, settings)).toMatchObject({ action: 'retry' });
  });

  it('treats an error that is not a SendError as transient', () => {
    expect(failureOf(new TypeError('boom'))).toEqual({ kind: 'retry', reason: 'unexpected: boom' });
    expect(failureOf(new SendError({ kind: 'drop', reason: 'x' }))).toEqual({ kind: 'drop', reason: 'x' });
  });
});

describe('Messenger Send API errors', () => {
  const cases: Array<[string, GraphError, string, boolean?]> = [
    ['a network error', new GraphError('ECONNRESET', { network: true }), 'retry'],
    ['HTTP 500', new GraphError('x', { httpStatus: 500 }), 'retry'],
    ['code 1200', new GraphError('x', { code: 1200, httpStatus: 400 }), 'retry'],
    ['code 2', new GraphError('x', { code: 2, httpStatus: 400 }), 'retry'],
    ['code 4', new GraphError('x', { code: 4, httpStatus: 400 }), 'retry', true],
    ['code 32', new GraphError('x', { code: 32, httpStatus: 400 }), 'retry', true],
    ['code 613', new GraphError('x', { code: 613, httpStatus: 400 }), 'retry', true],
    ['HTTP 429', new GraphError('x', { httpStatus: 429 }), 'retry', true],
    ['10/2018278', new GraphError('x', { code: 10, subcode: 2018278, httpStatus: 400 }), 'drop'],
    ['551', new GraphError('x', { code: 551, httpStatus: 400 }), 'drop'],
    ['100/2018001', new GraphError('x', { code: 100, subcode: 2018001, httpStatus: 400 }), 'drop'],
    ['190', new GraphError('x', { code: 190, httpStatus: 400 }), 'drop'],
    ['190 with HTTP 500', new GraphError('x', { code: 190, httpStatus: 500 }), 'drop'],
    ['another refusal (100)', new GraphError('x', { code: 100, httpStatus: 400 }), 'drop'],
  ];
  for (const [what, error, kind, throttled] of cases) {
    it(`maps ${what} to ${kind}${throttled ? ' (throttled)' : ''}`, () => {
      const failure = sendFailureOf(error);
      expect(failure.kind).toBe(kind);
      if (failure.kind === 'retry') expect(failure.throttled ?? false).toBe(throttled ?? false);
    });
  }
});
