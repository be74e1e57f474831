import type { SessionAnalysis } from '../../contracts/session-analysis.contract.ts';
import type { DeepAnalysis } from '../contracts/deep-analysis.contract.ts';
import { moodTrend } from '../mood-trend.ts';
import { byDate, type SessionRecord } from '../session-record.ts';
import { clientEvidence, pickEvidence } from './client-quotes.ts';
import { levelFromSessions } from './skill-level.ts';

const OPEN =
  /\b(i feel|i felt|i'm scared|i'm afraid|i'm worried|honestly|to be honest|i never told|ashamed|i realise|i realize)\b/i;
const AGREE = /\b(yes|yeah|exactly|that makes sense|that helps|i can try|i'll try|i will try|good idea|okay)\b/i;
/** Cuts at a word boundary with an ellipsis, so a skill name never ends mid-word. */
const clipAtWord = (s: string, max: number): string =>
  s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
const rating = (x: number, high: number, moderate: number) => (x >= high ? 'high' : x >= moderate ? 'moderate' : 'low');

const sessionsWith = (all: SessionRecord[], pick: (a: SessionAnalysis) => string | null, value: string): number =>
  all.filter((s) => pick(s.analysis) === value).length;

/** Templated deep analysis from this session's Wave 1 results, its client turns, and earlier sessions. */
export function composeDeepAnalysis({
  session,
  history,
}: {
  session: SessionRecord;
  history: SessionRecord[];
}): DeepAnalysis {
  const a = session.analysis;
  const earlier = [...history].sort(byDate);
  const all = [...earlier, session];
  const turns = session.transcript ? clientEvidence(session.transcript) : [];
  const moods = all.map((s) => s.analysis.mood.score);
  const direction = moodTrend(moods.slice(-6));
  const recent = earlier.slice(-3).map((s) => s.analysis.mood.score);
  const recentMean = recent.length ? Math.round((recent.reduce((x, y) => x + y, 0) / recent.length) * 10) / 10 : null;
  const technique = a.technique;
  const techniqueSessions = technique ? sessionsWith(all, (x) => x.technique?.name ?? null, technique.name) : 0;
  const previous = earlier.at(-1);
  const clientText = turns.map((t) => t.quote.toLowerCase()).join(' ');
  const revisited = (text: string) =>
    text
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 4)
      .some((w) => clientText.includes(w));
  const topicCounts = a.topics.map((t) => ({
    t,
    n: all.filter((s) => s.analysis.topics.some((x) => x.id === t.id)).length,
  }));
  const mi = a.miSkills;
  const clientShare = a.metrics.clientTalkShare;
  const openTurns = turns.filter((t) => OPEN.test(t.quote)).length;

  return {
    progressIndicators: {
      symptomChange: {
        direction,
        description:
          recentMean === null
            ? `First analysed session: mood ${a.mood.score}/10 (${a.mood.tone}) is the baseline for later sessions.`
            : `Mood ${a.mood.score}/10 (${a.mood.tone}) against a mean of ${recentMean}/10 over the previous ${recent.length} session(s); trend ${direction}.`,
      },
      skills: technique
        ? [
            {
              name: technique.name,
              level: levelFromSessions(techniqueSessions),
              description: `${technique.label} practised in ${techniqueSessions} of ${all.length} session(s).`,
            },
          ]
        : [],
      goalProgress: (previous?.analysis.actionItems ?? []).map((item) => ({
        goal: item.text,
        status: revisited(item.text) ? ('in_progress' as const) : ('not_started' as const),
        description: revisited(item.text)
          ? `Homework from ${previous?.date.slice(0, 10)}; the client talked about it again today.`
          : `Homework from ${previous?.date.slice(0, 10)}; not mentioned by the client today.`,
      })),
      behaviourChanges:
        mi.changeTalk + mi.sustainTalk > 0
          ? [
              `Change talk ${mi.changeTalk} vs sustain talk ${mi.sustainTalk} statements (${mi.changeTalk >= mi.sustainTalk ? 'leaning towards change' : 'leaning towards keeping things as they are'}).`,
            ]
          : [],
    },
    insights: {
      realisations: a.breakthrough ? [`${a.breakthrough.label}: ${a.breakthrough.description}`.slice(0, 400)] : [],
      patterns: topicCounts
        .filter(({ n }) => n > 1)
        .map(({ t, n }) => `${t.label} came up in ${n} of ${all.length} sessions.`),
      growthAreas: a.mood.indicators.slice(0, 2).map((i) => `Keep an eye on: ${i}.`),
      strengths: [
        ...(clientShare >= 0.5
          ? [`Carried most of the conversation (${Math.round(clientShare * 100)}% of talk time).`]
          : []),
        ...(a.actionItems.length ? [`Agreed to concrete homework: ${a.actionSummary || a.actionItems[0]?.text}.`] : []),
        ...(mi.changeTalk > mi.sustainTalk ? ['Voiced reasons and plans for change.'] : []),
      ].slice(0, 5),
    },
    copingSkills: [
      ...(technique
        ? [
            {
              name: technique.name,
              level: levelFromSessions(techniqueSessions),
              context: `Practised in session (${technique.label}).`,
            },
          ]
        : []),
      ...a.actionItems.map((i) => ({
        name: clipAtWord(i.text, 80),
        level: 'beginner' as const,
        context: 'Agreed as homework for this week.',
      })),
    ].slice(0, 6),
    therapeuticRelationship: {
      engagement: {
        rating: rating(clientShare, 0.5, 0.3),
        description: `The client spoke ${Math.round(clientShare * 100)}% of the time; longest turn ${Math.round(a.metrics.longestClientTurnSeconds)} s.`,
        evidence: pickEvidence(turns, /.{120,}/, 2),
      },
      openness: {
        rating: rating(openTurns, 3, 1),
        description: `${openTurns} client turn(s) named feelings or personal disclosures.`,
        evidence: pickEvidence(turns, OPEN, 2),
      },
      alliance: {
        rating: rating(turns.filter((t) => AGREE.test(t.quote)).length + (mi.reflections > mi.questions ? 1 : 0), 4, 2),
        description: `${mi.reflections} therapist reflections to ${mi.questions} questions; client agreement shown in ${turns.filter((t) => AGREE.test(t.quote)).length} turn(s).`,
        evidence: pickEvidence(turns, AGREE, 2),
      },
    },
    recommendations: [
      ...a.risk.flags.slice(0, 1).map((f) => ({
        text: `Review the ${f.type.replace(/_/g, ' ')} statement at ${Math.floor(f.start / 60)}:${String(Math.floor(f.start % 60)).padStart(2, '0')} and the safety plan first.`,
        rationale: `Risk detector flagged "${f.quote.slice(0, 200)}" (${f.severity}).`,
      })),
      ...(a.actionItems.length
        ? [
            {
              text: `Open next session by reviewing: ${a.actionSummary || a.actionItems[0]?.text}.`,
              rationale: 'Reviewing homework keeps practice going between sessions.',
            },
          ]
        : [
            {
              text: 'Agree one small, concrete task to practise before next session.',
              rationale: 'No homework was agreed this session.',
            },
          ]),
      ...(technique
        ? [
            {
              text: `Continue ${technique.label}, moving from guided to independent practice.`,
              rationale: `Skill level: ${levelFromSessions(techniqueSessions)}.`,
            },
          ]
        : []),
      ...(direction === 'declining'
        ? [
            {
              text: 'Explore what changed as mood has declined over recent sessions.',
              rationale: `Mood trend over the last sessions is ${direction}.`,
            },
          ]
        : []),
    ].slice(0, 5),
  };
}
