import { describe, expect, it } from 'vitest';
import { daysUntil } from '../../intents/health-day.js';

describe('days until a health day', () => {
  it('counts to this year’s day when it is still ahead', () => {
    expect(daysUntil({ day: 1, month: 7 }, new Date('2026-06-29T10:00:00+07:00'))).toEqual({ days: 2, year: 2026 });
  });

  it('counts to next year’s day once it has passed', () => {
    expect(daysUntil({ day: 7, month: 4 }, new Date('2026-11-25T10:00:00+07:00'))).toEqual({ days: 133, year: 2027 });
  });

  it('is zero on the day itself, in Vietnam time', () => {
    // 17:30 UTC on 30 June is already 1 July in Vietnam.
    expect(daysUntil({ day: 1, month: 7 }, new Date('2026-06-30T17:30:00Z'))).toEqual({ days: 0, year: 2026 });
  });
});
