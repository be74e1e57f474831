import type { SessionAnalysis } from '../contracts/session-analysis.contract.ts';
import type { Transcript } from '../contracts/transcript.contract.ts';

const clock = (seconds: number): string => {
  const s = Math.floor(seconds);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** The transcript as prompt text, one turn per line with its start time in seconds (evidence cites them). */
export function renderTranscript(transcript: Transcript): string {
  const roles = new Map(transcript.speakers.map((s) => [s.id, s.role]));
  const lines = transcript.segments.map((seg) => {
    const role = roles.get(seg.speaker) ?? 'other';
    const name = role === 'therapist' ? 'Therapist' : role === 'client' ? 'Client' : 'Other';
    return `[${clock(seg.start)} | ${seg.start.toFixed(1)}-${seg.end.toFixed(1)}s] ${name}: ${seg.text}`;
  });
  return `Session transcript:\n${lines.join('\n')}`;
}

/** The Wave 1 results of a session as compact prompt text; client-facing tasks leave risk statements out. */
export function renderFindings(a: SessionAnalysis, options: { risk?: boolean } = {}): string {
  const lines = [
    `Mood: ${a.mood.score}/10 (${a.mood.tone}); indicators: ${a.mood.indicators.join('; ')}.`,
    `Topics: ${a.topics.map((t) => t.label).join(', ')}.`,
    `Summary: ${a.summary}`,
    `Homework: ${a.actionItems.map((i) => i.text).join('; ') || 'none agreed'}.`,
    `Technique: ${a.technique?.label ?? 'none specific'}.`,
    `Breakthrough: ${a.breakthrough ? `${a.breakthrough.label}: ${a.breakthrough.description}` : 'none'}.`,
    ...(options.risk === false
      ? []
      : [`Risk: ${a.risk.level}${a.risk.flags.map((f) => `; ${f.type} (${f.severity}) "${f.quote}"`).join('')}.`]),
    `Therapist skills: ${a.miSkills.reflections} reflections, ${a.miSkills.questions} questions ` +
      `(${a.miSkills.percentOpenQuestions ?? 0}% open); client change talk ${a.miSkills.changeTalk}, sustain talk ${a.miSkills.sustainTalk}.`,
  ];
  return lines.join('\n');
}
