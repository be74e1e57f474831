import { TranscriptError } from './transcript-error.ts';
import { cleanText, type RawSegment } from './raw-segment.ts';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/** Reads `{"segments":[...]}` or a bare array of `{start,end,speaker,text}` (also `role`/`content` keys). */
export function parseJsonTranscript(text: string, filename: string): RawSegment[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new TranscriptError('unreadable', `${filename} is not valid JSON (${detail}).`);
  }
  const list = Array.isArray(data) ? data : (data as { segments?: unknown } | null)?.segments;
  if (!Array.isArray(list)) {
    throw new TranscriptError('unreadable', `${filename}: expected {"segments": [...]} or an array of segments.`);
  }
  const out: RawSegment[] = [];
  list.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) {
      throw new TranscriptError('unreadable', `${filename}: segment ${i + 1} is not an object.`);
    }
    const rec = item as Record<string, unknown>;
    const rawText = rec.text ?? rec.content ?? rec.utterance;
    const speaker = rec.speaker ?? rec.role ?? rec.speaker_id ?? rec.name;
    if (typeof rawText !== 'string') return;
    const textClean = cleanText(rawText);
    if (!textClean) return;
    out.push({
      start: num(rec.start),
      end: num(rec.end),
      speaker:
        typeof speaker === 'string' || typeof speaker === 'number' ? String(speaker).trim() || 'unknown' : 'unknown',
      text: textClean,
    });
  });
  return out;
}
