import { FRAME_SECONDS } from '../audio-constants.ts';
import { FEATURE, FEATURE_DIM } from '../features/frame-features.ts';
import type { FrameTable } from '../pipeline/analyse-audio.ts';
import type { SpeechRegion } from '../vad/voice-activity.ts';
import type { PointSet } from './kmeans.ts';

const WINDOW = Math.round(1.0 / FRAME_SECONDS);
const HOP = Math.round(0.5 / FRAME_SECONDS);
const MFCC_USED = 12; // c1..c12: c0 is loudness, which says more about the microphone than the voice
const PITCH_WEIGHT = 3; // pitch separates voices most reliably, also under noise
export const EMBED_DIM = MFCC_USED + 2;

/** Speaker embeddings of 1 s windows (0.5 s hop) over speech: mean MFCC, mean log pitch, voicing ratio. */
export interface WindowEmbeddings {
  points: PointSet;
  /** Frame index of each window's centre. */
  centres: Int32Array;
}

/** Builds z-scored window embeddings from the frame table inside the given speech regions. */
export function windowEmbeddings(table: FrameTable, regions: SpeechRegion[]): WindowEmbeddings {
  const rows: number[][] = [];
  const centres: number[] = [];
  for (const r of regions) {
    const a = Math.floor(r.start / FRAME_SECONDS);
    const b = Math.min(table.frames, Math.ceil(r.end / FRAME_SECONDS));
    for (let s = a; s < b; s += HOP) {
      const e = Math.min(b, s + WINDOW);
      if (e - s < WINDOW / 2 && s > a) break;
      rows.push(embed(table.rows, s, e));
      centres.push(Math.floor((s + e) / 2));
    }
  }
  const n = rows.length;
  const data = new Float64Array(n * EMBED_DIM);
  rows.forEach((r, i) => data.set(r, i * EMBED_DIM));
  zScore(data, n, EMBED_DIM);
  for (let i = 0; i < n; i++) data[i * EMBED_DIM + MFCC_USED]! *= PITCH_WEIGHT;
  return { points: { data, n, dim: EMBED_DIM }, centres: Int32Array.from(centres) };
}

function embed(rows: Float32Array, from: number, to: number): number[] {
  const v = new Array<number>(EMBED_DIM).fill(0);
  let voiced = 0;
  let logPitch = 0;
  for (let f = from; f < to; f++) {
    const at = f * FEATURE_DIM;
    for (let k = 0; k < MFCC_USED; k++) v[k]! += rows[at + FEATURE.mfcc + 1 + k]!;
    const p = rows[at + FEATURE.pitch]!;
    if (p > 0) {
      voiced += 1;
      logPitch += Math.log(p);
    }
  }
  const n = Math.max(1, to - from);
  for (let k = 0; k < MFCC_USED; k++) v[k]! /= n;
  v[MFCC_USED] = voiced > 0 ? logPitch / voiced : NaN;
  v[MFCC_USED + 1] = voiced / n;
  return v;
}

/** Standardises each column in place; a NaN (no voiced frame) becomes the column mean. */
export function zScore(data: Float64Array, n: number, dim: number): void {
  for (let d = 0; d < dim; d++) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const x = data[i * dim + d]!;
      if (!Number.isNaN(x)) {
        sum += x;
        count += 1;
      }
    }
    const mean = count > 0 ? sum / count : 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const x = data[i * dim + d]!;
      if (!Number.isNaN(x)) sq += (x - mean) ** 2;
    }
    const sd = Math.sqrt(sq / Math.max(1, count)) || 1;
    for (let i = 0; i < n; i++) {
      const x = data[i * dim + d]!;
      data[i * dim + d] = Number.isNaN(x) ? 0 : (x - mean) / sd;
    }
  }
}
