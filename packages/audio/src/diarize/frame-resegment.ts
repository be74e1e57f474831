import { FRAME_SECONDS } from '../audio-constants.ts';
import { FEATURE, FEATURE_DIM } from '../features/frame-features.ts';
import type { FrameTable } from '../pipeline/analyse-audio.ts';
import type { SpeechRegion } from '../vad/voice-activity.ts';

const DIM = 13; // c1..c12 and log pitch
const SMOOTH = Math.round(0.5 / FRAME_SECONDS); // likelihoods are averaged over ~0.5 s before deciding

/**
 * Refines window-level speaker labels to frame resolution: fits one diagonal Gaussian per speaker on its frames,
 * scores every speech frame, smooths the scores over 0.5 s and picks the best speaker, so turn boundaries land
 * within a frame or two of the real change instead of on the 0.5 s window grid.
 */
export function resegmentFrames(
  table: FrameTable,
  regions: SpeechRegion[],
  initial: Int32Array,
  k: number,
): Int32Array {
  const frameVec = (f: number, out: Float64Array): boolean => {
    const at = f * FEATURE_DIM;
    for (let d = 0; d < 12; d++) out[d] = table.rows[at + FEATURE.mfcc + 1 + d]!;
    const p = table.rows[at + FEATURE.pitch]!;
    out[12] = p > 0 ? Math.log(p) : NaN;
    return p > 0;
  };
  const mean = new Float64Array(k * DIM);
  const sq = new Float64Array(k * DIM);
  const cnt = new Float64Array(k * DIM);
  const v = new Float64Array(DIM);
  forEachSpeechFrame(table, regions, (f) => {
    const c = initial[f]!;
    if (c < 0) return;
    frameVec(f, v);
    for (let d = 0; d < DIM; d++) {
      if (Number.isNaN(v[d]!)) continue;
      mean[c * DIM + d]! += v[d]!;
      sq[c * DIM + d]! += v[d]! * v[d]!;
      cnt[c * DIM + d]! += 1;
    }
  });
  const variance = new Float64Array(k * DIM);
  for (let i = 0; i < k * DIM; i++) {
    const n = Math.max(1, cnt[i]!);
    mean[i]! /= n;
    variance[i] = Math.max(1e-3, sq[i]! / n - mean[i]! ** 2);
  }
  const labels = Int32Array.from(initial);
  for (const r of regions) {
    const a = Math.floor(r.start / FRAME_SECONDS);
    const b = Math.min(table.frames, Math.ceil(r.end / FRAME_SECONDS));
    if (b <= a) continue;
    const ll = new Float64Array((b - a) * k);
    for (let f = a; f < b; f++) {
      frameVec(f, v);
      for (let c = 0; c < k; c++) ll[(f - a) * k + c] = logLikelihood(v, mean, variance, c);
    }
    for (let f = a; f < b; f++) {
      let best = 0;
      let bestScore = -Infinity;
      const lo = Math.max(a, f - SMOOTH / 2);
      const hi = Math.min(b, f + SMOOTH / 2 + 1);
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let g = lo; g < hi; g++) s += ll[(g - a) * k + c]!;
        if (s > bestScore) [best, bestScore] = [c, s];
      }
      labels[f] = best;
    }
  }
  return labels;
}

function logLikelihood(v: Float64Array, mean: Float64Array, variance: Float64Array, c: number): number {
  let s = 0;
  for (let d = 0; d < DIM; d++) {
    const x = v[d]!;
    if (Number.isNaN(x)) continue;
    const m = mean[c * DIM + d]!;
    const va = variance[c * DIM + d]!;
    s -= 0.5 * (Math.log(va) + ((x - m) * (x - m)) / va);
  }
  return s;
}

/** Calls `fn` with every frame index inside a speech region. */
export function forEachSpeechFrame(table: FrameTable, regions: SpeechRegion[], fn: (frame: number) => void): void {
  for (const r of regions) {
    const b = Math.min(table.frames, Math.ceil(r.end / FRAME_SECONDS));
    for (let f = Math.floor(r.start / FRAME_SECONDS); f < b; f++) fn(f);
  }
}
