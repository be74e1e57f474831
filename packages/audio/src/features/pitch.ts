import { SAMPLE_RATE } from '../audio-constants.ts';

const DECIMATE = 4; // autocorrelation at 4 kHz: enough for 60–400 Hz voices, 16× cheaper than at 16 kHz
const RATE = SAMPLE_RATE / DECIMATE;
const MIN_LAG = Math.floor(RATE / 400);
const MAX_LAG = Math.ceil(RATE / 60);
const VOICED = 0.45;

/** Fundamental frequency of one frame in Hz by normalised autocorrelation, or 0 when the frame is unvoiced. */
export function framePitch(frame: Float32Array, scratch: Float32Array): number {
  const n = Math.floor(frame.length / DECIMATE);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const j = i * DECIMATE;
    const v = (frame[j]! + frame[j + 1]! + frame[j + 2]! + frame[j + 3]!) / 4;
    scratch[i] = v;
    mean += v;
  }
  mean /= n;
  let energy = 0;
  for (let i = 0; i < n; i++) {
    scratch[i]! -= mean;
    energy += scratch[i]! * scratch[i]!;
  }
  if (energy < 1e-6) return 0;
  let bestLag = 0;
  let best = 0;
  for (let lag = MIN_LAG; lag <= MAX_LAG && lag < n - 8; lag++) {
    let r = 0;
    let e1 = 0;
    let e2 = 0;
    for (let i = 0; i + lag < n; i++) {
      const a = scratch[i]!;
      const b = scratch[i + lag]!;
      r += a * b;
      e1 += a * a;
      e2 += b * b;
    }
    const c = r / Math.sqrt(e1 * e2 + 1e-12);
    if (c > best) {
      best = c;
      bestLag = lag;
    }
  }
  return best >= VOICED && bestLag > 0 ? RATE / bestLag : 0;
}
