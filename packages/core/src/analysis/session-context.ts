import vader from 'vader-sentiment';
import type { Evidence } from '../contracts/evidence.contract.ts';
import type { SpeakerRole, Transcript } from '../contracts/transcript.contract.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { countWords } from '../transcript/estimate-times.ts';

/** One sentence of one turn, with interpolated times and the signals every analyzer shares. */
export interface Sentence {
  /** Index of the turn in `transcript.segments`. */
  segment: number;
  role: SpeakerRole;
  text: string;
  lower: string;
  start: number;
  end: number;
  words: number;
  /** VADER compound sentiment, −1..1 (client sentences; 0 for others). */
  sentiment: number;
  /** Unit sentence embedding; set only for sentences chosen for the shared embedding pass. */
  vector?: Float32Array;
}

/** One turn with its role and sentences. */
export interface Turn {
  segment: number;
  speaker: string;
  role: SpeakerRole;
  text: string;
  lower: string;
  start: number;
  end: number;
  sentences: Sentence[];
  /** Unit embedding of the whole turn; set only for client turns the risk screen sent to the embedding pass. */
  vector?: Float32Array;
}

/** Everything the analyzers read: built once per session so text is split, scored and embedded once. */
export interface SessionContext {
  transcript: Transcript;
  turns: Turn[];
  sentences: Sentence[];
  clientSentences: Sentence[];
  therapistTurns: Turn[];
  clientTurns: Turn[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Splits turns into sentences, times each sentence by its character position, scores sentiment. */
export function buildContext(transcript: Transcript): SessionContext {
  const roleOf = new Map(transcript.speakers.map((s) => [s.id, s.role]));
  const turns: Turn[] = transcript.segments.map((seg, segment) => {
    const role = roleOf.get(seg.speaker) ?? 'other';
    const span = Math.max(0, seg.end - seg.start);
    let cursor = 0;
    const sentences = splitSentences(seg.text).map((text): Sentence => {
      const at = Math.max(0, seg.text.indexOf(text, cursor));
      cursor = at + text.length;
      const len = Math.max(1, seg.text.length);
      return {
        segment,
        role,
        text,
        lower: text.toLowerCase().replace(/’/g, "'"),
        start: round2(seg.start + (span * at) / len),
        end: round2(seg.start + (span * (at + text.length)) / len),
        words: countWords(text),
        // Only client speech feeds mood and insight, so the therapist's sentences skip the sentiment pass.
        sentiment: role === 'client' ? vader.SentimentIntensityAnalyzer.polarity_scores(text).compound : 0,
      };
    });
    const lower = seg.text.toLowerCase().replace(/’/g, "'");
    return { segment, speaker: seg.speaker, role, text: seg.text, lower, start: seg.start, end: seg.end, sentences };
  });
  const sentences = turns.flatMap((t) => t.sentences);
  return {
    transcript,
    turns,
    sentences,
    clientSentences: sentences.filter((s) => s.role === 'client'),
    therapistTurns: turns.filter((t) => t.role === 'therapist'),
    clientTurns: turns.filter((t) => t.role === 'client'),
  };
}

/** Evidence for a sentence or turn: its times and its verbatim text. */
export const evidenceOf = (s: { start: number; end: number; text: string }): Evidence => ({
  start: s.start,
  end: s.end,
  quote: s.text,
});
