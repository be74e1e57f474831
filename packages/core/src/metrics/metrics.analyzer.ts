import type { SessionMetrics } from '../contracts/metrics.contract.ts';
import type { Transcript } from '../contracts/transcript.contract.ts';
import { countWords } from '../transcript/estimate-times.ts';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Talk time, shares, pace, longest client turn, silence and overlap from segment times. */
export function analyzeMetrics(transcript: Transcript): SessionMetrics {
  const role = new Map(transcript.speakers.map((s) => [s.id, s.role]));
  const segs = transcript.segments;
  const first = Math.min(...segs.map((s) => s.start));
  const last = Math.max(...segs.map((s) => s.end));
  const talk = { therapist: 0, client: 0 };
  const words = { therapist: 0, client: 0 };
  let longestClient = 0;
  let silence = 0;
  let overlap = 0;
  let reach = first;
  for (const s of segs) {
    const r = role.get(s.speaker);
    const dur = Math.max(0, s.end - s.start);
    if (r === 'therapist' || r === 'client') {
      talk[r] += dur;
      words[r] += countWords(s.text);
    }
    if (r === 'client') longestClient = Math.max(longestClient, dur);
    if (s.start > reach) silence += s.start - reach;
    else overlap += Math.min(reach, s.end) - s.start;
    reach = Math.max(reach, s.end);
  }
  const both = talk.therapist + talk.client || 1;
  const wpm = (w: number, sec: number): number => (sec > 0 ? round2((w * 60) / sec) : 0);
  return {
    durationSeconds: round2(Math.max(0, last - first)),
    therapistTalkShare: round2(talk.therapist / both),
    clientTalkShare: round2(talk.client / both),
    turns: segs.length,
    wordsPerMinute: { therapist: wpm(words.therapist, talk.therapist), client: wpm(words.client, talk.client) },
    longestClientTurnSeconds: round2(longestClient),
    silenceSeconds: round2(silence),
    overlapSeconds: round2(Math.max(0, overlap)),
  };
}
