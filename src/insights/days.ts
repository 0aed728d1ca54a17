const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD: staff read statistics by their own days. */
export function vietnamDay(at: Date | number): string {
  return new Date(new Date(at).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last `count` days ending today, oldest first. */
export function lastDays(count: number, now: Date): string[] {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i--) days.push(vietnamDay(now.getTime() - i * DAY_MS));
  return days;
}
