import { moodTrend, type TrendDirection } from '../mood-trend.ts';
import { byDate, type SessionRecord } from '../session-record.ts';

/** Figures across a client's sessions that the journey and bridge compositions share. */
export interface RollupFacts {
  sessions: SessionRecord[];
  first: SessionRecord;
  latest: SessionRecord;
  trend: TrendDirection;
  best: SessionRecord;
  topics: { id: string; label: string; n: number }[];
  techniques: { label: string; name: string; n: number }[];
  breakthroughs: { date: string; label: string }[];
  homework: string[];
}

/** Gathers rollup facts; fixed-size lists so later composition is bounded whatever the number of sessions. */
export function rollupFacts(all: readonly SessionRecord[]): RollupFacts {
  const sessions = [...all].sort(byDate);
  const first = sessions[0];
  const latest = sessions.at(-1);
  if (!first || !latest) throw new Error('a client rollup needs at least one analysed session');
  const topicMap = new Map<string, { id: string; label: string; n: number }>();
  const techMap = new Map<string, { label: string; name: string; n: number }>();
  for (const s of sessions) {
    for (const t of s.analysis.topics) {
      const c = topicMap.get(t.id) ?? { id: t.id, label: t.label, n: 0 };
      c.n++;
      topicMap.set(t.id, c);
    }
    const tq = s.analysis.technique;
    if (tq) {
      const c = techMap.get(tq.label) ?? { label: tq.label, name: tq.name, n: 0 };
      c.n++;
      techMap.set(tq.label, c);
    }
  }
  const byCount = <T extends { n: number }>(xs: Iterable<T>): T[] => [...xs].sort((a, b) => b.n - a.n).slice(0, 5);
  return {
    sessions,
    first,
    latest,
    trend: moodTrend(sessions.slice(-6).map((s) => s.analysis.mood.score)),
    best: sessions.reduce((b, s) => (s.analysis.mood.score > b.analysis.mood.score ? s : b), first),
    topics: byCount(topicMap.values()),
    techniques: byCount(techMap.values()),
    breakthroughs: sessions
      .flatMap((s) =>
        s.analysis.breakthrough ? [{ date: s.date.slice(0, 10), label: s.analysis.breakthrough.label }] : [],
      )
      .slice(-4),
    homework: latest.analysis.actionItems.map((i) => i.text),
  };
}

export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
export const noPeriod = (s: string): string => s.replace(/[.!?]+$/, '');
