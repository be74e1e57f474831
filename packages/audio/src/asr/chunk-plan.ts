/** One slice of the recording sent in a single API request. */
export interface ChunkSpan {
  index: number;
  start: number;
  end: number;
}

/** Splits [0, duration) into spans of at most `chunkSec`, each overlapping the previous one by `overlapSec`. */
export function planChunks(durationSec: number, chunkSec: number, overlapSec: number): ChunkSpan[] {
  const spans: ChunkSpan[] = [];
  const step = Math.max(1, chunkSec - overlapSec);
  for (let start = 0, index = 0; ; start += step, index++) {
    const end = Math.min(durationSec, start + chunkSec);
    spans.push({ index, start, end });
    if (end >= durationSec) return spans;
  }
}
