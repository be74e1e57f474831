import { Worker } from 'node:worker_threads';
import type { VoiceActivityDetector } from './voice-activity.ts';

interface Reply {
  id: number;
  probs?: Float32Array;
  error?: string;
}

/** Silero VAD in a worker thread (same model and results as {@link createSileroVad}), overlapping with feature work. */
export function createSileroWorkerVad(): VoiceActivityDetector {
  const worker = new Worker(new URL('./silero-vad.worker.mjs', import.meta.url));
  const pending = new Map<number, { resolve: (p: Float32Array) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const failAll = (err: Error): void => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.probs) p?.resolve(reply.probs);
    else p?.reject(new Error(`Silero VAD failed: ${reply.error ?? 'unknown error'}`));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`Silero VAD worker exited (${code})`)));
  return {
    name: 'silero-vad',
    frameProbabilities(samples) {
      const id = nextId++;
      const copy = samples.slice(); // the decoder reuses its block buffer; the copy is transferred, not cloned
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, samples: copy }, [copy.buffer]);
      });
    },
    reset: () => worker.postMessage({ type: 'reset' }),
    close: async () => {
      await worker.terminate();
    },
  };
}
