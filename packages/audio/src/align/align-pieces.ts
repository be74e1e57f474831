import type { SpeakerTurn } from '../diarize/speaker-turn.ts';
import type { AsrPiece } from '../asr/asr-engine.ts';

/** A speaker turn with the recognised text that falls in it. */
export interface AlignedTurn extends SpeakerTurn {
  text: string;
}

/**
 * Gives each ASR word or segment to the speaker turn it overlaps most, or to the nearest turn when it overlaps
 * none (so no text is left without a speaker). Turns keep their times; text is joined in time order.
 */
export function alignPieces(turns: SpeakerTurn[], pieces: AsrPiece[]): AlignedTurn[] {
  const texts = turns.map(() => [] as string[]);
  let t = 0;
  for (const p of [...pieces].sort((a, b) => a.start - b.start)) {
    if (turns.length === 0 || p.text.trim() === '') break;
    while (t > 0 && turns[t]!.start > p.start) t -= 1;
    while (t + 1 < turns.length && turns[t]!.end <= p.start) t += 1;
    let best = -1;
    let bestScore = -Infinity;
    for (let i = Math.max(0, t - 1); i < turns.length && turns[i]!.start < p.end + 5; i++) {
      const turn = turns[i]!;
      const overlap = Math.min(turn.end, p.end) - Math.max(turn.start, p.start);
      const score = overlap > 0 ? overlap : -Math.min(Math.abs(turn.start - p.end), Math.abs(p.start - turn.end));
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (best < 0) best = nearestTurn(turns, p);
    texts[best]!.push(p.text.trim());
  }
  return turns.map((turn, i) => ({ ...turn, text: texts[i]!.join(' ') }));
}

function nearestTurn(turns: SpeakerTurn[], p: AsrPiece): number {
  let best = 0;
  let bestGap = Infinity;
  turns.forEach((turn, i) => {
    const gap = Math.max(turn.start - p.end, p.start - turn.end, 0);
    if (gap < bestGap) [best, bestGap] = [i, gap];
  });
  return best;
}

/** Turns from an engine that diarizes itself (pieces carry speaker labels), joining consecutive same-speaker pieces. */
export function turnsFromDiarizedPieces(pieces: AsrPiece[], gapSec = 1): AlignedTurn[] {
  const turns: AlignedTurn[] = [];
  for (const p of [...pieces].sort((a, b) => a.start - b.start)) {
    const last = turns[turns.length - 1];
    const speaker = p.speaker ?? 'S1';
    if (last && last.speaker === speaker && p.start - last.end <= gapSec) {
      last.end = Math.max(last.end, p.end);
      last.text = `${last.text} ${p.text.trim()}`.trim();
    } else turns.push({ start: p.start, end: p.end, speaker, text: p.text.trim() });
  }
  return turns;
}
