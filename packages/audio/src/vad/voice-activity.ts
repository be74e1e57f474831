/** A frame-level voice activity detector for 16 kHz audio in 512-sample (32 ms) frames. */
export interface VoiceActivityDetector {
  readonly name: string;
  /** Speech probability (0..1) of each whole frame in `samples`; blocks must be fed in order. */
  frameProbabilities(samples: Float32Array): Promise<Float32Array>;
  /** Forget the recurrent state (at a discontinuity such as a resumed chunk). */
  reset(): void;
  /** Release the model (and its thread, if any). */
  close(): Promise<void>;
}

/** A stretch of speech in seconds. */
export interface SpeechRegion {
  start: number;
  end: number;
}
