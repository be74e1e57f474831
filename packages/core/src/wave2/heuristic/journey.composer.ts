import type { Journey } from '../contracts/journey.contract.ts';
import type { TreatmentPlan } from '../contracts/treatment-plan.contract.ts';
import { riskTopicIds } from '../../taxonomy/topic-taxonomy.ts';
import type { SessionRecord } from '../session-record.ts';
import { lowerFirst, noPeriod, rollupFacts } from './rollup-facts.ts';

export interface JourneyInput {
  sessions: SessionRecord[];
  previous: Journey | null;
  plan: TreatmentPlan | null;
}

const trendWords = {
  improving: 'has been lifting',
  declining: 'has dipped recently',
  variable: 'has gone up and down',
  stable: 'has been steady',
  first_session: 'was measured for the first time',
} as const;

/** The client reads the journey: risk topics stay with the clinician (as in the summary, narrative and bridge). */
const shareable = <T extends { id: string }>(topics: readonly T[]): T[] =>
  topics.filter((t) => !riskTopicIds.has(t.id));

/** The journey from rollup facts; achievements carry over from the previous version (newest kept). */
export function composeJourney({ sessions, previous, plan }: JourneyInput): Journey {
  const f = rollupFacts(sessions);
  const n = f.sessions.length;
  const topics = shareable(f.topics);
  const latestTopics = shareable(f.latest.analysis.topics);
  const mainTopics = topics.slice(0, 2).map((t) => lowerFirst(t.label));
  const achievements = [
    ...(previous?.achievements ?? []),
    ...f.breakthroughs.map((b) => `${b.date}: ${noPeriod(b.label)}.`),
    ...(f.best.analysis.mood.score > f.first.analysis.mood.score
      ? [
          `Your mood reached ${f.best.analysis.mood.score}/10 on ${f.best.date.slice(0, 10)}, up from ${f.first.analysis.mood.score}/10 at the start.`,
        ]
      : []),
    ...f.techniques.filter((t) => t.n >= 2).map((t) => `You have practised ${t.label} in ${t.n} sessions.`),
  ];
  const uniqueAchievements = [...new Set(achievements)].slice(-8);
  const focusText = [
    latestTopics.map((t) => t.label).join(' and '),
    f.homework.length ? `this week: ${f.homework.join('; ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const focus = focusText
    ? `${focusText.charAt(0).toUpperCase()}${focusText.slice(1)}`
    : 'The next steps you agree with your therapist';
  const goals = plan?.goals.filter((g) => g.topicId === null || !riskTopicIds.has(g.topicId)) ?? [];
  return {
    summary:
      `Over ${n} session${n === 1 ? '' : 's'} since ${f.first.date.slice(0, 10)}, you have mostly worked on ${mainTopics.join(' and ') || 'what matters most to you'}. ` +
      `Your mood ${trendWords[f.trend]}: ${f.first.analysis.mood.score}/10 at the start and ${f.latest.analysis.mood.score}/10 most recently.`,
    achievements: uniqueAchievements,
    currentFocus: focus.slice(0, 300),
    sections: {
      progress: [
        `Mood: ${f.sessions
          .slice(-5)
          .map((s) => s.analysis.mood.score)
          .join(' → ')} over your latest sessions.`,
        ...f.breakthroughs.slice(-2).map((b) => `Insight on ${b.date}: ${noPeriod(b.label)}.`),
      ],
      strategies: f.techniques.length
        ? f.techniques.map((t) => `${t.label} (${t.n} session${t.n === 1 ? '' : 's'}).`)
        : ['Talking things through and noticing what affects your mood.'],
      patterns: topics.length
        ? topics.map((t) => `${t.label} came up in ${t.n} of ${n} sessions.`)
        : ['Patterns become clearer as more sessions are reviewed.'],
      focus: [...latestTopics.map((t) => `${t.label}.`), ...f.homework.map((h) => `Practice: ${noPeriod(h)}.`)]
        .slice(0, 6)
        .concat(latestTopics.length || f.homework.length ? [] : ['The next steps you agree with your therapist.']),
      longTermGoals: goals.length
        ? goals.map((g) => g.statement)
        : topics.length
          ? topics.slice(0, 3).map((t) => `Make lasting progress with ${lowerFirst(t.label)}.`)
          : ['Feel more like yourself in daily life.'],
    },
  };
}
