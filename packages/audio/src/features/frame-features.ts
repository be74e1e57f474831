import { createRequire } from 'node:module';
import { FRAME_SAMPLES, SAMPLE_RATE } from '../audio-constants.ts';
import { framePitch } from './pitch.ts';

interface MeydaApi {
  bufferSize: number;
  sampleRate: number;
  numberOfMFCCCoefficients: number;
  windowingFunction: string;
  /** With a single feature name meyda returns that feature's value. */
  extract(feature: 'mfcc', signal: Float32Array): number[] | null;
}

// meyda's types describe an ESM default export, but its Node build is CommonJS with the API on module.exports.
const Meyda = createRequire(import.meta.url)('meyda') as MeydaApi;

/** Layout of one frame's feature row: VAD probability, log energy, pitch (Hz, 0 = unvoiced), 13 MFCCs. */
export const FEATURE = { vad: 0, logEnergy: 1, pitch: 2, mfcc: 3 } as const;
export const MFCC_COUNT = 13;
export const FEATURE_DIM = FEATURE.mfcc + MFCC_COUNT;

/** Computes MFCC (meyda), log energy and pitch for 512-sample frames into preallocated rows. */
export class FrameFeatureExtractor {
  private readonly scratch = new Float32Array(FRAME_SAMPLES);

  constructor() {
    Meyda.bufferSize = FRAME_SAMPLES;
    Meyda.sampleRate = SAMPLE_RATE;
    Meyda.numberOfMFCCCoefficients = MFCC_COUNT;
    Meyda.windowingFunction = 'hanning';
  }

  /** Writes the features of `frame` into `out` at row offset `at` (the VAD column is filled by the caller). */
  extract(frame: Float32Array, out: Float32Array, at: number): void {
    let energy = 0;
    for (let i = 0; i < frame.length; i++) energy += frame[i]! * frame[i]!;
    out[at + FEATURE.logEnergy] = Math.log10(energy / frame.length + 1e-10);
    out[at + FEATURE.pitch] = framePitch(frame, this.scratch);
    if (energy < 1e-8) return; // silence: MFCCs stay zero, and it is never clustered
    const mfcc = Meyda.extract('mfcc', frame);
    if (mfcc) for (let k = 0; k < MFCC_COUNT; k++) out[at + FEATURE.mfcc + k] = mfcc[k] ?? 0;
  }
}
