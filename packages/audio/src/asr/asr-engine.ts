import type { AsrEngineName } from '../transcript.types.ts';
import type { ChunkStore } from '../pipeline/chunk-store.ts';
import type { SpeechRegion } from '../vad/voice-activity.ts';

/** A recognised word or segment with absolute times; `speaker` is set by engines that diarize themselves. */
export interface AsrPiece {
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

/** What an engine needs: the source file, the 16 kHz PCM checkpoints, and where speech is. */
export interface AsrContext {
  sourcePath: string;
  store: ChunkStore;
  /** Number of PCM chunks in the store (`pcm/chunk-NNNNN.s16`), each `chunkSec` long. */
  pcmChunks: number;
  chunkSec: number;
  durationSec: number;
  regions: SpeechRegion[];
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Engine output. `diarized` means the pieces carry the engine's own speaker labels. */
export interface AsrResult {
  pieces: AsrPiece[];
  diarized: boolean;
  model?: string;
  warnings: string[];
}

/** One speech-to-text engine. Engines checkpoint per chunk under the store so a crash resumes. */
export interface AsrEngine {
  readonly name: AsrEngineName;
  /** Whether the engine reads the PCM checkpoints (engines that only need the source file skip writing them). */
  readonly needsPcm: boolean;
  transcribe(ctx: AsrContext): Promise<AsrResult>;
}
