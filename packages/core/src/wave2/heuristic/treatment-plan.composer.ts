import type { SessionAnalysis } from '../../contracts/session-analysis.contract.ts';
import type { GoalProgress, TreatmentPlan } from '../contracts/treatment-plan.contract.ts';
import { byDate, type SessionRecord } from '../session-record.ts';

export interface PlanInput {
  sessions: SessionRecord[];
  previous: TreatmentPlan | null;
}

const MAX_PROGRESS = 12;

function topTopics(sessions: SessionRecord[]): { id: string; label: string; n: number }[] {
  const counts = new Map<string, { id: string; label: string; n: number }>();
  for (const s of sessions)
    for (const t of s.analysis.topics) {
      const c = counts.get(t.id) ?? { id: t.id, label: t.label, n: 0 };
      c.n++;
      counts.set(t.id, c);
    }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id)).slice(0, 3);
}

function draftPlan(sessions: SessionRecord[]): TreatmentPlan {
  const topics = topTopics(sessions);
  const techniques = [...new Set(sessions.flatMap((s) => (s.analysis.technique ? [s.analysis.technique.label] : [])))];
  const goals = topics.map((t, i) => ({
    id: `G${i + 1}`,
    problemId: `P${i + 1}`,
    topicId: t.id,
    statement: `Make measurable progress with ${t.label.toLowerCase()} in daily life.`,
    objectives: [
      {
        text: 'Mood rated at or above 6/10 in three consecutive sessions.',
        measure: 'Session mood score (0–10)',
        target: '≥ 6 in 3 consecutive sessions',
      },
      {
        text: 'Complete the homework agreed between sessions.',
        measure: 'Homework items checked off by the client',
        target: '≥ 75 % of items',
      },
    ],
    progress: [] as GoalProgress[],
  }));
  return {
    problems: topics.map((t, i) => ({
      id: `P${i + 1}`,
      statement: `${t.label} (raised in ${t.n} of ${sessions.length} sessions).`,
    })),
    goals,
    interventions: [
      ...techniques
        .slice(0, 4)
        .map((name) => ({ name, goalIds: goals.map((g) => g.id), frequency: 'In session, weekly' })),
      { name: 'Between-session homework review', goalIds: goals.map((g) => g.id), frequency: 'Start of every session' },
    ],
  };
}

function statusOf(current: SessionAnalysis, before: SessionAnalysis | undefined): GoalProgress['status'] {
  const delta = before ? current.mood.score - before.mood.score : 0;
  if (current.mood.score >= 7 && current.risk.level === 'none') return 'achieved';
  if (delta >= 0.5) return 'some_progress';
  if (delta <= -1) return 'setback';
  return 'no_change';
}

/**
 * Drafts a plan from the most frequent topics (problems → goals with measurable objectives → interventions from
 * the techniques used), or keeps the previous plan; then links every later session that touched a goal's topic to
 * that goal as a progress entry (status from the mood change against the session before it).
 */
export function composeTreatmentPlan({ sessions, previous }: PlanInput): TreatmentPlan {
  const sorted = [...sessions].sort(byDate);
  const plan = previous ?? draftPlan(sorted);
  const goals = plan.goals.map((goal) => {
    const seen = new Set(goal.progress.map((p) => p.sessionId));
    const added: GoalProgress[] = [];
    sorted.forEach((s, i) => {
      if (i === 0 && previous === null) return; // the plan is drafted from the first session: progress starts after it
      if (seen.has(s.id) || !s.analysis.topics.some((t) => t.id === goal.topicId)) return;
      const status = statusOf(s.analysis, sorted[i - 1]?.analysis);
      added.push({
        sessionId: s.id,
        date: s.date.slice(0, 10),
        status,
        note: `Mood ${s.analysis.mood.score}/10; ${s.analysis.summary}`.slice(0, 400),
      });
    });
    return { ...goal, progress: [...goal.progress, ...added].slice(-MAX_PROGRESS) };
  });
  return { ...plan, goals };
}
