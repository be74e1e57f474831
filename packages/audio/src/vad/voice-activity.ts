/** A frame-level voice activity detector: speech probability for each 32 ms frame of 16 kHz audio. */
export interface VoiceActivityDetector {
  readonly name: string;
  /** Probability (0..1) that this 512-sample frame is speech; frames must be fed in order. */
  frameProbability(frame: Float32Array): Promise<number>;
  /** Forget the recurrent state (at a discontinuity such as a resumed chunk). */
  reset(): void;
}

/** A stretch of speech in seconds. */
export interface SpeechRegion {
  start: number;
  end: number;
}
