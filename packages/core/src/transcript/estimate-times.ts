import type { RawSegment } from './raw-segment.ts';

const WORDS_PER_SECOND = 150 / 60;

/** Word count of a turn (whitespace-separated tokens). */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const spokenSeconds = (text: string): number => Math.max(1, countWords(text) / WORDS_PER_SECOND);

/**
 * Completes start/end times. Without any times, everything is estimated at 150 words per minute (flagged).
 * With start stamps only (e.g. `[mm:ss]` lines), each turn ends where the next starts.
 */
export function completeTimes(raw: RawSegment[]): { segments: Required<RawSegment>[]; estimated: boolean } {
  const hasStarts = raw.every((s) => s.start !== undefined);
  if (!hasStarts) {
    let t = 0;
    const segments = raw.map((s) => {
      const start = round(t);
      t += spokenSeconds(s.text);
      return { ...s, start, end: round(t) };
    });
    return { segments, estimated: true };
  }
  const segments = raw.map((s, i) => {
    const start = s.start ?? 0;
    const next = raw[i + 1]?.start;
    const end = s.end ?? (next !== undefined && next > start ? next : start + spokenSeconds(s.text));
    return { ...s, start, end: round(Math.max(end, start)) };
  });
  return { segments, estimated: false };
}

const round = (n: number): number => Math.round(n * 100) / 100;
