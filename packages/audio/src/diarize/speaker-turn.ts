/** A stretch of one speaker's speech, in seconds. */
export interface SpeakerTurn {
  start: number;
  end: number;
  speaker: string;
}

/** Drops turns shorter than `minSec` into their longer neighbour and joins same-speaker turns closer than `gapSec`. */
export function tidyTurns(turns: SpeakerTurn[], minSec: number, gapSec: number): SpeakerTurn[] {
  const out = turns.map((t) => ({ ...t }));
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.end - t.start >= minSec) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const touchesPrev = prev !== undefined && t.start - prev.end <= gapSec;
    const touchesNext = next !== undefined && next.start - t.end <= gapSec;
    if (touchesPrev && (!touchesNext || prev.end - prev.start >= next!.end - next!.start)) t.speaker = prev.speaker;
    else if (touchesNext) t.speaker = next!.speaker;
  }
  const merged: SpeakerTurn[] = [];
  for (const t of out) {
    const last = merged[merged.length - 1];
    if (last && last.speaker === t.speaker && t.start - last.end <= gapSec) last.end = Math.max(last.end, t.end);
    else merged.push(t);
  }
  return merged;
}

/** Renames speakers S1, S2, … in order of first appearance. */
export function renameByAppearance(turns: SpeakerTurn[]): SpeakerTurn[] {
  const names = new Map<string, string>();
  return turns.map((t) => {
    if (!names.has(t.speaker)) names.set(t.speaker, `S${names.size + 1}`);
    return { ...t, speaker: names.get(t.speaker)! };
  });
}
