// Child process for bench/audio.bench.ts: runs decode + VAD + diarization on one file and prints wall time and
// peak RSS as JSON. A separate process per measurement keeps each peak RSS honest.
//   node --import tsx measure-pipeline.worker.ts <streaming|naive> <audio file> <work dir>
import { spawn } from 'node:child_process';
import { FEATURE, FEATURE_DIM, FrameFeatureExtractor } from '../../src/features/frame-features.ts';
import { FRAME_SAMPLES } from '../../src/audio-constants.ts';
import { diarize, vadColumn } from '../../src/diarize/diarizer.ts';
import { transcribeAudio } from '../../src/index.ts';
import { createSileroWorkerVad } from '../../src/vad/silero-worker.vad.ts';
import { speechRegions } from '../../src/vad/speech-regions.ts';

const [mode, file, workDir] = process.argv.slice(2) as [string, string, string];
const t0 = performance.now();
let turns: { start: number; end: number; speaker: string }[];
if (mode === 'streaming') {
  turns = (await transcribeAudio({ path: file, asr: 'none', speakers: 2, workDir })).segments;
} else {
  turns = await naive(file);
}
const ms = performance.now() - t0;
const usage = process.resourceUsage();
const cpuSec = (usage.userCPUTime + usage.systemCPUTime) / 1e6; // this process only; ffmpeg runs beside it
process.stdout.write(JSON.stringify({ ms, cpuSec, peakRssMb: usage.maxRSS / 1024, turns: turns.length }) + '\n');

// The obvious approach: decode the whole recording into one float array, then analyse it.
async function naive(path: string): Promise<typeof turns> {
  const child = spawn('ffmpeg', ['-v', 'error', '-i', path, '-ac', '1', '-ar', '16000', '-f', 'f32le', 'pipe:1']);
  const parts: Buffer[] = [];
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) parts.push(chunk);
  const all = Buffer.concat(parts);
  parts.length = 0;
  const samples = new Float32Array(
    all.buffer,
    all.byteOffset,
    Math.floor(all.length / 4 / FRAME_SAMPLES) * FRAME_SAMPLES,
  );
  const frames = samples.length / FRAME_SAMPLES;
  const rows = new Float32Array(frames * FEATURE_DIM);
  // Same VAD thread and block size as the streaming pipeline, so the only difference is memory.
  const vad = createSileroWorkerVad();
  const extractor = new FrameFeatureExtractor();
  const BLOCK = 125;
  for (let b = 0; b < frames; b += BLOCK) {
    const end = Math.min(frames, b + BLOCK);
    const probs = vad.frameProbabilities(samples.subarray(b * FRAME_SAMPLES, end * FRAME_SAMPLES));
    for (let f = b; f < end; f++)
      extractor.extract(samples.subarray(f * FRAME_SAMPLES, (f + 1) * FRAME_SAMPLES), rows, f * FEATURE_DIM);
    (await probs).forEach((p, i) => (rows[(b + i) * FEATURE_DIM + FEATURE.vad] = p));
  }
  await vad.close();
  const table = { rows, frames, resumedChunks: 0, loudestFrameDb: 0 };
  return diarize(table, speechRegions(vadColumn(table)), { speakers: 2 });
}
