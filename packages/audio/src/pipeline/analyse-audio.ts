import { CHUNK_FRAMES, FRAME_SAMPLES, FRAME_SECONDS } from '../audio-constants.ts';
import { decodeFrames } from '../decode/pcm-decoder.ts';
import { FEATURE, FEATURE_DIM, FrameFeatureExtractor } from '../features/frame-features.ts';
import type { VoiceActivityDetector } from '../vad/voice-activity.ts';
import type { ChunkStore } from './chunk-store.ts';

/** Options for {@link analyseAudio}. */
export interface AnalyseOptions {
  path: string;
  durationSec: number;
  vad: VoiceActivityDetector;
  store: ChunkStore;
  /** Also keep 16 kHz s16le PCM per chunk for speech-to-text (not needed with asr 'none'). */
  keepPcm: boolean;
  /** Checkpoint interval in frames (default 9,375 = 300 s). */
  chunkFrames?: number;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Per-frame features for the whole file: `rows[i * FEATURE_DIM + column]`. */
export interface FrameTable {
  rows: Float32Array;
  frames: number;
  /** How many chunks came from checkpoints of an earlier, interrupted run. */
  resumedChunks: number;
  /** RMS level of the loudest 32 ms frame in dBFS (−∞ for digital silence). */
  loudestFrameDb: number;
}

/**
 * One streaming pass: decode → VAD probability, MFCC, pitch per frame, checkpointed every 300 s of audio.
 * Finished chunks of an earlier run are loaded instead of recomputed; decoding restarts after the last one.
 */
export async function analyseAudio(options: AnalyseOptions): Promise<FrameTable> {
  const { store, vad } = options;
  const chunkFrames = options.chunkFrames ?? CHUNK_FRAMES;
  const chunkSec = chunkFrames * FRAME_SECONDS;
  const totalChunks = Math.max(1, Math.ceil(options.durationSec / chunkSec));
  const done: Float32Array[] = [];
  while (done.length < totalChunks && (await isDone(store, done.length, options.keepPcm))) {
    const buf = await store.read('analysis', done.length, 'f32');
    done.push(new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4));
  }
  const resumedChunks = done.length;
  const extractor = new FrameFeatureExtractor();
  let rows = new Float32Array(chunkFrames * FEATURE_DIM);
  let pcm = options.keepPcm ? new Int16Array(chunkFrames * FRAME_SAMPLES) : null;
  let frame = 0;
  const flush = async (): Promise<void> => {
    const index = done.length;
    const chunkRows = rows.slice(0, frame * FEATURE_DIM);
    if (pcm) await store.write('pcm', index, 's16', new Uint8Array(pcm.buffer, 0, frame * FRAME_SAMPLES * 2));
    await store.write('analysis', index, 'f32', new Uint8Array(chunkRows.buffer));
    done.push(chunkRows);
    options.onProgress?.(Math.min(1, done.length / totalChunks));
    vad.reset();
    frame = 0;
  };

  if (resumedChunks < totalChunks) {
    vad.reset();
    for await (const block of decodeFrames(options.path, {
      startSec: resumedChunks * chunkSec,
      framesPerBlock: gcd(chunkFrames, 125),
      signal: options.signal,
    })) {
      // Blocks never straddle a checkpoint (chunkFrames is a multiple of the block size), so VAD runs on the
      // whole block while this thread computes its features.
      const probs = vad.frameProbabilities(block);
      const first = frame;
      for (let off = 0; off < block.length; off += FRAME_SAMPLES) {
        const f = block.subarray(off, off + FRAME_SAMPLES);
        extractor.extract(f, rows, frame * FEATURE_DIM);
        if (pcm) for (let i = 0; i < FRAME_SAMPLES; i++) pcm[frame * FRAME_SAMPLES + i] = toS16(f[i]!);
        frame += 1;
      }
      (await probs).forEach((p, i) => (rows[(first + i) * FEATURE_DIM + FEATURE.vad] = p));
      if (frame === chunkFrames) {
        await flush();
        rows = new Float32Array(chunkFrames * FEATURE_DIM);
        if (pcm) pcm = new Int16Array(chunkFrames * FRAME_SAMPLES);
      }
    }
    if (frame > 0) await flush();
  }
  const all = concat(done);
  const frames = all.length / FEATURE_DIM;
  let loudest = -Infinity;
  for (let f = 0; f < frames; f++) loudest = Math.max(loudest, all[f * FEATURE_DIM + FEATURE.logEnergy]!);
  return { rows: all, frames, resumedChunks, loudestFrameDb: 10 * loudest };
}

async function isDone(store: ChunkStore, index: number, keepPcm: boolean): Promise<boolean> {
  return (await store.has('analysis', index, 'f32')) && (!keepPcm || (await store.has('pcm', index, 's16')));
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const toS16 = (v: number): number => Math.max(-32768, Math.min(32767, Math.round(v * 32767)));

function concat(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
