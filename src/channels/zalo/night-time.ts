// Vietnam keeps UTC+7 all year (no daylight saving time).
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const MORNING_HOUR = 6;

/** The next 06:00 in Vietnam after `now`: when messages held back by the night-time limit may go out. */
export function nextVietnamMorning(now: Date): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const morning = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), MORNING_HOUR) - VIETNAM_OFFSET_MS;
  return new Date(morning > now.getTime() ? morning : morning + 86_400_000);
}
