import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AudioError, transcribeAudio } from '../src/index.ts';
import { ChunkStore } from '../src/pipeline/chunk-store.ts';
import { generateConversation, type GeneratedAudio } from './support/generate-conversation.ts';
import { tempDir } from './support/temp-dir.ts';
import { writeTinyWhisperModel } from './support/tiny-whisper-model.ts';

let dir: string;
let audio: GeneratedAudio;
let clip: string;
let model: string;

beforeAll(async () => {
  dir = await tempDir();
  audio = (await generateConversation(dir)).clean;
  // The therapist's first line only: a random model decodes slowly, and the wiring is the same for any length.
  clip = path.join(dir, 'first-turn.wav');
  await promisify(execFile)('ffmpeg', ['-v', 'error', '-i', audio.wav, '-t', String(audio.turns[0]!.end + 0.3), clip]);
  model = path.join(dir, 'ggml-tiny-random.bin');
  await writeTinyWhisperModel(model);
});

describe('whisper.cpp speech-to-text (random-weight model: real wiring, meaningless words)', () => {
  it('runs the model over the PCM chunk and returns a transcript with speaker turns', async () => {
    const workDir = path.join(dir, 'w');
    const t = await transcribeAudio({
      path: clip,
      asr: 'whisper',
      speakers: 1,
      workDir,
      whisper: { modelPath: model },
    });
    expect(t.engine).toMatchObject({
      asr: 'whisper',
      asrModel: 'ggml-tiny-random.bin',
      diarization: 'mfcc-pitch-kmeans',
    });
    expect(new Set(t.segments.map((s) => s.speaker))).toEqual(new Set(['S1']));
    expect(t.segments.at(-1)!.end - t.segments[0]!.start).toBeGreaterThan(2);
    // whisper's own output for this chunk is checkpointed, so a crash after it does not rerun the model.
    const checkpoint = await new ChunkStore(workDir).readJson<unknown[]>('asr-whisper', 0);
    expect(Array.isArray(checkpoint)).toBe(true);
    expect(t.timings.asr).toBeGreaterThan(0);
  });

  it('rejects a file that is not a ggml model with a clear message', async () => {
    const bogus = path.join(dir, 'not-a-model.bin');
    await writeFile(bogus, 'definitely not ggml');
    const err = await transcribeAudio({
      path: audio.wav,
      asr: 'whisper',
      workDir: path.join(dir, 'w2'),
      whisper: { modelPath: bogus },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AudioError);
    expect((err as AudioError).message).toMatch(/not a valid ggml model/);
  });

  it('names the pull command when the model file does not exist', async () => {
    const err = await transcribeAudio({
      path: audio.wav,
      asr: 'whisper',
      workDir: path.join(dir, 'w3'),
      whisper: { modelPath: path.join(dir, 'missing.bin') },
    }).catch((e: unknown) => e);
    expect((err as AudioError).code).toBe('model_missing');
    expect((err as AudioError).message).toMatch(/npx insession models pull base\.en/);
  });
});
