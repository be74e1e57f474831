import type { AsrPiece } from './asr-engine.ts';
import type { ChunkSpan } from './chunk-plan.ts';

/** Pieces of one chunk, with times already made absolute and the chunk's own speaker labels. */
export interface ChunkPieces {
  span: ChunkSpan;
  pieces: AsrPiece[];
}

/**
 * Joins per-chunk results of a diarizing API into one timeline. Chunk-local labels ("A", "B") mean nothing across
 * requests, so each chunk's labels are matched to the global speakers they talk over in the overlap with the
 * previous chunk (largest shared time first); a label with no match becomes a new speaker. The overlap's text is
 * taken from the earlier chunk before its midpoint and from the later chunk after it, so nothing repeats.
 */
export function mergeDiarizedChunks(chunks: ChunkPieces[]): AsrPiece[] {
  const merged: AsrPiece[] = [];
  let next = 1;
  let prev: { span: ChunkSpan; pieces: AsrPiece[] } | undefined;
  for (const chunk of chunks) {
    const map = new Map<string, string>();
    if (prev && prev.span.end > chunk.span.start) {
      const shared = new Map<string, number>();
      for (const a of chunk.pieces) {
        for (const b of prev.pieces) {
          const t = Math.min(a.end, b.end, prev.span.end) - Math.max(a.start, b.start, chunk.span.start);
          if (t > 0)
            shared.set(`${a.speaker}\u0000${b.speaker}`, (shared.get(`${a.speaker}\u0000${b.speaker}`) ?? 0) + t);
        }
      }
      const used = new Set<string>();
      for (const [key] of [...shared].sort((x, y) => y[1] - x[1])) {
        const [local, global] = key.split('\u0000') as [string, string];
        if (map.has(local) || used.has(global)) continue;
        map.set(local, global);
        used.add(global);
      }
    }
    const cut = prev ? (chunk.span.start + prev.span.end) / 2 : -Infinity;
    while (merged.length > 0 && merged[merged.length - 1]!.start >= cut) merged.pop();
    const mapped = chunk.pieces.map((p) => {
      const local = p.speaker ?? '?';
      if (!map.has(local)) map.set(local, `spk${next++}`);
      return { ...p, speaker: map.get(local)! };
    });
    merged.push(...mapped.filter((p) => p.start >= cut));
    prev = { span: chunk.span, pieces: mapped };
  }
  return merged;
}
