import { FRAME_SECONDS } from '../audio-constants.ts';
import type { SpeechRegion } from './voice-activity.ts';

/** Hysteresis and duration limits that turn frame probabilities into speech regions. */
export interface RegionOptions {
  threshold?: number;
  negThreshold?: number;
  minSpeechSec?: number;
  minSilenceSec?: number;
  padSec?: number;
}

/** Turns per-frame speech probabilities into padded speech regions (Silero's get_speech_timestamps rules). */
export function speechRegions(probs: ArrayLike<number>, options: RegionOptions = {}): SpeechRegion[] {
  const threshold = options.threshold ?? 0.5;
  const negThreshold = options.negThreshold ?? threshold - 0.15;
  const minSpeech = Math.round((options.minSpeechSec ?? 0.25) / FRAME_SECONDS);
  const minSilence = Math.round((options.minSilenceSec ?? 0.15) / FRAME_SECONDS);
  const pad = options.padSec ?? 0.03;
  const frames: [number, number][] = [];
  let start = -1;
  let silenceFrom = -1;
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i]!;
    if (start < 0) {
      if (p >= threshold) start = i;
      continue;
    }
    if (p >= threshold) silenceFrom = -1;
    else if (p < negThreshold) {
      if (silenceFrom < 0) silenceFrom = i;
      if (i - silenceFrom >= minSilence) {
        if (silenceFrom - start >= minSpeech) frames.push([start, silenceFrom]);
        start = -1;
        silenceFrom = -1;
      }
    }
  }
  if (start >= 0 && probs.length - start >= minSpeech)
    frames.push([start, silenceFrom >= 0 ? silenceFrom : probs.length]);
  const total = probs.length * FRAME_SECONDS;
  return frames.map(([s, e], i) => {
    const prevEnd = i > 0 ? frames[i - 1]![1] * FRAME_SECONDS : 0;
    const nextStart = i + 1 < frames.length ? frames[i + 1]![0] * FRAME_SECONDS : total;
    return {
      start: round3(Math.max(prevEnd, s * FRAME_SECONDS - pad, 0)),
      end: round3(Math.min(nextStart, e * FRAME_SECONDS + pad, total)),
    };
  });
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;
