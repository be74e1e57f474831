import path from 'node:path';
import { rm } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseAudio } from '../src/pipeline/analyse-audio.ts';
import { ChunkStore } from '../src/pipeline/chunk-store.ts';
import { createSileroVad } from '../src/vad/silero.vad.ts';
import type { VoiceActivityDetector } from '../src/vad/voice-activity.ts';
import { transcribeAudio } from '../src/index.ts';
import { generateConversation, type GeneratedAudio } from './support/generate-conversation.ts';
import { tempDir } from './support/temp-dir.ts';

let dir: string;
let audio: GeneratedAudio;
beforeAll(async () => {
  dir = await tempDir();
  audio = (await generateConversation(dir)).clean;
});

async function countingVad(): Promise<VoiceActivityDetector & { frames: number }> {
  const inner = await createSileroVad();
  const vad = {
    ...inner,
    frames: 0,
    frameProbabilities: (samples: Float32Array) => {
      vad.frames += samples.length / 512;
      return inner.frameProbabilities(samples);
    },
  };
  return vad;
}

describe('resuming an interrupted transcription', () => {
  it('recomputes only the chunks that were not finished, with the same result', async () => {
    const store = new ChunkStore(path.join(dir, 'work'));
    const opts = { path: audio.wav, durationSec: audio.durationSec, store, keepPcm: true, chunkFrames: 500 };
    const first = await analyseAudio({ ...opts, vad: await countingVad() });
    const chunks = Math.ceil(first.frames / 500);
    expect(chunks).toBeGreaterThan(3);
    // Simulate a crash after the second chunk: the later checkpoints never got written.
    for (let i = 2; i < chunks; i++) await rm(store.file('analysis', i, 'f32'));
    const vad = await countingVad();
    const second = await analyseAudio({ ...opts, vad });
    expect(second.resumedChunks).toBe(2);
    expect(vad.frames).toBe(first.frames - 1000);
    expect(second.frames).toBe(first.frames);
    const vadColumnDiff = Math.max(...Array.from(first.rows, (v, i) => Math.abs(v - second.rows[i]!)));
    expect(vadColumnDiff).toBeLessThan(0.2);
  });

  it('tells the user when a transcript was resumed from checkpoints', async () => {
    const workDir = path.join(dir, 'again');
    const a = await transcribeAudio({ path: audio.wav, asr: 'none', speakers: 2, workDir });
    const b = await transcribeAudio({ path: audio.wav, asr: 'none', speakers: 2, workDir });
    expect(a.warnings).toEqual([]);
    expect(b.warnings).toEqual(['Resumed from 1 finished chunk(s) of an earlier run.']);
    expect(b.segments).toEqual(a.segments);
  });
});
