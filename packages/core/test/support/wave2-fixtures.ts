import { sessionAnalysisSchema, type SessionAnalysis } from '../../src/contracts/session-analysis.contract.ts';
import type { Transcript } from '../../src/contracts/transcript.contract.ts';
import type { SessionRecord } from '../../src/wave2/session-record.ts';

// A synthetic course of therapy: hand-written Wave 1 results (validated by the real contract) and short
// transcripts, so Wave 2 tests do not depend on the Wave 1 engine's exact output.

const topicCycle = [
  [{ id: 'anxiety', label: 'Work anxiety' }],
  [
    { id: 'sleep', label: 'Poor sleep' },
    { id: 'anxiety', label: 'Work anxiety' },
  ],
  [{ id: 'work_school_stress', label: 'Deadline pressure' }],
] as const;

function transcriptFor(i: number): Transcript {
  const lines: [string, string][] = [
    ['T', 'Welcome back. How has the week been since we last met?'],
    [
      'C',
      `Honestly it has been up and down. I feel like the mornings are the hardest part, I wake up already worried about work and the list of things I have not done yet. Session ${i + 1} and I am still figuring it out.`,
    ],
    ['T', 'It sounds like the mornings carry a lot of that worry.'],
    ['C', 'Yes, exactly. That makes sense when you say it like that.'],
    ['T', 'What did you notice when you tried the thought record?'],
    [
      'C',
      'I noticed the thought was always that I am going to fail. When I wrote it down it looked less true. I can try to do it every evening.',
    ],
    ['T', 'So writing it down takes some of the power out of it. Shall we keep that as your practice this week?'],
    ['C', "Okay, I'll try that, and I'll go for a walk at lunch three times."],
  ];
  let t = 0;
  const segments = lines.map(([who, text]) => {
    const start = t;
    t += Math.max(4, text.split(' ').length / 2.5);
    return {
      start: Math.round(start * 10) / 10,
      end: Math.round(t * 10) / 10,
      speaker: who === 'T' ? 'SPEAKER_00' : 'SPEAKER_01',
      text,
    };
  });
  return {
    segments,
    speakers: [
      { id: 'SPEAKER_00', role: 'therapist', roleConfidence: 0.9, talkSeconds: 40, words: 60 },
      { id: 'SPEAKER_01', role: 'client', roleConfidence: 0.9, talkSeconds: 60, words: 110 },
    ],
    timesEstimated: false,
    format: 'json',
    filename: `session-${i + 1}.json`,
  };
}

function analysisFor(i: number, transcript: Transcript): SessionAnalysis {
  const score = Math.min(8, 3 + i * 0.5);
  const client = transcript.segments[1];
  const homework = transcript.segments[7];
  if (!client || !homework) throw new Error('fixture transcript too short');
  return sessionAnalysisSchema.parse({
    schemaVersion: 1,
    provider: 'heuristic',
    speakers: transcript.speakers,
    metrics: {
      durationSeconds: 100,
      therapistTalkShare: 0.4,
      clientTalkShare: 0.6,
      turns: 8,
      wordsPerMinute: { therapist: 120, client: 130 },
      longestClientTurnSeconds: 20,
      silenceSeconds: 0,
      overlapSeconds: 0,
    },
    mood: {
      score,
      confidence: 0.7,
      tone: score < 5 ? 'Anxious and tired' : 'Cautiously hopeful',
      indicators: ['Morning worry', 'Less self-criticism', 'Plans for the week'],
      rationale: 'Client describes worry but also steps taken.',
      evidence: [{ start: client.start, end: client.end, quote: client.text }],
    },
    topics: (topicCycle[i % 3] ?? topicCycle[0]).map((t) => ({ ...t, confidence: 0.8 })),
    actionItems: [{ text: 'Write a thought record every evening', start: homework.start, end: homework.end }],
    actionSummary: 'Evening thought record',
    technique:
      i % 2 === 0
        ? {
            modality: 'CBT',
            name: 'Cognitive Restructuring',
            label: 'CBT - Cognitive Restructuring',
            confidence: 0.8,
            evidence: [{ start: client.start, end: client.end, quote: client.text }],
          }
        : null,
    summary: `Session ${i + 1}: worry about work in the mornings; practised writing thoughts down.`,
    breakthrough:
      i === 4
        ? {
            label: 'Linked fear of failing to school',
            description: 'You connected the fear of failing with how your father reacted to school reports.',
            confidence: 0.7,
            start: client.start,
            end: client.end,
            evidence: [{ start: client.start, end: client.end, quote: client.text }],
          }
        : null,
    risk: { level: 'none', flags: [] },
    miSkills: {
      reflections: 2,
      complexReflections: 1,
      questions: 2,
      openQuestions: 2,
      therapistInput: 0,
      reflectionToQuestionRatio: 1,
      percentOpenQuestions: 100,
      changeTalk: 2,
      sustainTalk: 0,
      utterances: [],
    },
  });
}

/** Session `i` (0-based) of a weekly course starting 2026-01-05, with transcript and Wave 1 analysis. */
export function courseSession(i: number): SessionRecord {
  const transcript = transcriptFor(i);
  const date = new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString();
  return { id: `s${String(i + 1).padStart(2, '0')}`, date, transcript, analysis: analysisFor(i, transcript) };
}

/** The first `n` sessions of the course, oldest first. */
export const course = (n: number): SessionRecord[] => Array.from({ length: n }, (_, i) => courseSession(i));
