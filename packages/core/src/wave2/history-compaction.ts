import { byDate, type SessionRecord } from './session-record.ts';

/** What a prompt keeps of one recent session. */
export interface SessionDigest {
  id: string;
  date: string;
  mood: number;
  topics: string[];
  summary: string;
  homework: string;
  technique: string | null;
  breakthrough: string | null;
  risk: string;
  skills: string[];
}

/** Earlier sessions folded into fixed-size statistics. */
export interface OlderSessions {
  count: number;
  firstDate: string;
  lastDate: string;
  mood: { first: number; last: number; min: number; max: number; mean: number };
  topTopics: { label: string; sessions: number }[];
  techniques: { label: string; sessions: number }[];
  breakthroughs: string[];
  homeworkAgreed: number;
  highestRisk: string;
}

/** A client's history in bounded size: the newest sessions as digests, everything older as statistics. */
export interface CompactHistory {
  totalSessions: number;
  recent: SessionDigest[];
  older: OlderSessions | null;
}

export const RECENT_SESSIONS = 4;
const TOP = 5;
const riskOrder = ['none', 'low', 'moderate', 'high'];

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function digest(s: SessionRecord): SessionDigest {
  const a = s.analysis;
  return {
    id: s.id,
    date: s.date.slice(0, 10),
    mood: a.mood.score,
    topics: a.topics.map((t) => clip(t.label, 40)),
    summary: clip(a.summary, 150),
    homework: clip(a.actionSummary, 45),
    technique: a.technique ? clip(a.technique.label, 60) : null,
    breakthrough: a.breakthrough ? clip(a.breakthrough.label, 80) : null,
    risk: a.risk.level,
    skills: (s.deep?.copingSkills ?? []).slice(0, 3).map((c) => `${clip(c.name, 40)} (${c.level})`),
  };
}

function tally(labels: string[]): { label: string; sessions: number }[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([label, sessions]) => ({ label: clip(label, 40), sessions }));
}

function fold(sessions: SessionRecord[]): OlderSessions | null {
  const first = sessions[0];
  const last = sessions.at(-1);
  if (!first || !last) return null;
  const moods = sessions.map((s) => s.analysis.mood.score);
  return {
    count: sessions.length,
    firstDate: first.date.slice(0, 10),
    lastDate: last.date.slice(0, 10),
    mood: {
      first: first.analysis.mood.score,
      last: last.analysis.mood.score,
      min: Math.min(...moods),
      max: Math.max(...moods),
      mean: Math.round((moods.reduce((a, b) => a + b, 0) / moods.length) * 10) / 10,
    },
    topTopics: tally(sessions.flatMap((s) => s.analysis.topics.map((t) => t.id))),
    techniques: tally(sessions.flatMap((s) => (s.analysis.technique ? [s.analysis.technique.label] : []))),
    breakthroughs: sessions
      .flatMap((s) => (s.analysis.breakthrough ? [clip(s.analysis.breakthrough.label, 80)] : []))
      .slice(-3),
    homeworkAgreed: sessions.reduce((n, s) => n + s.analysis.actionItems.length, 0),
    highestRisk: sessions
      .map((s) => s.analysis.risk.level)
      .reduce((a, b) => (riskOrder.indexOf(b) > riskOrder.indexOf(a) ? b : a), 'none'),
  };
}

/**
 * Compacts earlier sessions so prompts stay bounded whatever their number: the newest `recent` sessions become
 * one-line digests with clipped fields, all older ones fold into fixed-size statistics (mood range and mean,
 * top-5 topics and techniques, last 3 breakthroughs, homework count, highest risk).
 */
export function compactHistory(sessions: readonly SessionRecord[], recent = RECENT_SESSIONS): CompactHistory {
  const sorted = [...sessions].sort(byDate);
  const cut = Math.max(0, sorted.length - recent);
  return { totalSessions: sorted.length, recent: sorted.slice(cut).map(digest), older: fold(sorted.slice(0, cut)) };
}

/** The compact history as prompt text. */
export function renderHistory(history: CompactHistory): string {
  if (history.totalSessions === 0) return 'No earlier sessions: this is the first session.';
  const lines = [`Earlier sessions: ${history.totalSessions}.`];
  const o = history.older;
  if (o) {
    const list = (xs: { label: string; sessions: number }[]) =>
      xs.map((x) => `${x.label} ×${x.sessions}`).join(', ') || 'none';
    lines.push(
      `Sessions ${o.firstDate} to ${o.lastDate} (${o.count}, summarised): mood first ${o.mood.first}, last ${o.mood.last}, ` +
        `range ${o.mood.min}–${o.mood.max}, mean ${o.mood.mean}; topics: ${list(o.topTopics)}; techniques: ${list(o.techniques)}; ` +
        `breakthroughs: ${o.breakthroughs.join('; ') || 'none'}; homework items agreed: ${o.homeworkAgreed}; highest risk: ${o.highestRisk}.`,
    );
  }
  for (const d of history.recent) {
    lines.push(
      `- ${d.date} [${d.id}]: mood ${d.mood}/10; topics ${d.topics.join(', ')}; ${d.summary}` +
        `${d.homework ? `; homework: ${d.homework}` : ''}${d.technique ? `; technique: ${d.technique}` : ''}` +
        `${d.breakthrough ? `; breakthrough: ${d.breakthrough}` : ''}${d.risk === 'none' ? '' : `; risk: ${d.risk}`}` +
        `${d.skills.length ? `; skills: ${d.skills.join(', ')}` : ''}`,
    );
  }
  return lines.join('\n');
}
