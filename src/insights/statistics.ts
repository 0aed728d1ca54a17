import type { ChannelName } from '../message.js';
import type { ChannelCounts, DayCounts } from './repository.js';

export interface DailyStatistics {
  date: string;
  messages: number;
  byChannel: Record<ChannelName, number>;
  answered: number;
  fallback: number;
}

export interface StatisticsSummary {
  days: DailyStatistics[];
  totals: {
    messages: number;
    answered: number;
    fallback: number;
    /** 0..1 of all messages; 0 when there were none. */
    answeredShare: number;
    fallbackShare: number;
    byChannel: Record<ChannelName, ChannelCounts>;
  };
  topEntries: Array<{ id: string; count: number }>;
}

const CHANNELS: readonly ChannelName[] = ['webchat', 'messenger', 'zalo'];

/** Adds the days up: per day and channel, the shares, and the entries answered most. */
export function summarize(days: readonly DayCounts[], topCount = 10): StatisticsSummary {
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, { messages: 0, answered: 0, fallback: 0 }])) as Record<ChannelName, ChannelCounts>;
  const entries = new Map<string, number>();
  const daily = days.map((day) => {
    const row: DailyStatistics = { date: day.date, messages: 0, byChannel: { webchat: 0, messenger: 0, zalo: 0 }, answered: 0, fallback: 0 };
    for (const channel of CHANNELS) {
      const counts = day.channels[channel];
      if (!counts) continue;
      row.byChannel[channel] = counts.messages;
      row.messages += counts.messages;
      row.answered += counts.answered;
      row.fallback += counts.fallback;
      byChannel[channel].messages += counts.messages;
      byChannel[channel].answered += counts.answered;
      byChannel[channel].fallback += counts.fallback;
    }
    for (const [id, n] of Object.entries(day.entries)) entries.set(id, (entries.get(id) ?? 0) + n);
    return row;
  });
  const messages = daily.reduce((n, d) => n + d.messages, 0);
  const answered = daily.reduce((n, d) => n + d.answered, 0);
  const fallback = daily.reduce((n, d) => n + d.fallback, 0);
  return {
    days: daily,
    totals: {
      messages,
      answered,
      fallback,
      answeredShare: messages > 0 ? answered / messages : 0,
      fallbackShare: messages > 0 ? fallback / messages : 0,
      byChannel,
    },
    topEntries: [...entries]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, topCount)
      .map(([id, count]) => ({ id, count })),
  };
}
