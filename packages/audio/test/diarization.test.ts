import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { transcribeAudio, type AudioTranscript } from '../src/index.ts';
import { diarizationErrorRate } from './support/der.ts';
import { generateConversation, type GeneratedAudio, type Variant } from './support/generate-conversation.ts';
import { tempDir } from './support/temp-dir.ts';

let dir: string;
let audio: Record<Variant, GeneratedAudio>;

beforeAll(async () => {
  dir = await tempDir();
  audio = await generateConversation(dir, ['clean', 'noisy', 'overlap']);
});

const run = (variant: Variant, speakers?: number): Promise<AudioTranscript> =>
  transcribeAudio({
    path: audio[variant].wav,
    asr: 'none',
    speakers,
    workDir: path.join(dir, `work-${variant}-${speakers ?? 'auto'}`),
  });

describe('offline diarization on generated two-voice audio', () => {
  it.each(['clean', 'noisy'] as const)(
    'finds who spoke when in the %s recording, DER at most 5 percent',
    async (variant) => {
      const t = await run(variant, 2);
      const der = diarizationErrorRate(audio[variant].turns, t.segments);
      console.log(`DER ${variant}: ${(der * 100).toFixed(2)}%`);
      expect(der).toBeLessThanOrEqual(0.05);
      expect(t.segments.every((s) => s.text === '')).toBe(true);
      expect(t.engine).toMatchObject({ asr: 'none', diarization: 'mfcc-pitch-kmeans', vad: 'silero-vad' });
    },
  );

  it('estimates two speakers when the count is not given', async () => {
    const t = await run('clean');
    expect(t.speakers.map((s) => s.id).sort()).toEqual(['S1', 'S2']);
    expect(diarizationErrorRate(audio.clean.turns, t.segments)).toBeLessThanOrEqual(0.05);
  });

  it('gives overlapping talk a speaker instead of dropping it', async () => {
    const t = await run('overlap', 2);
    const der = diarizationErrorRate(audio.overlap.turns, t.segments);
    console.log(`DER overlap: ${(der * 100).toFixed(2)}%`);
    // Overlapped stretches can only be given one speaker, so the second speaker's share there counts as missed.
    expect(der).toBeLessThanOrEqual(0.1);
    for (const ref of audio.overlap.turns) {
      const covered = t.segments.some((s) => s.start < ref.end && s.end > ref.start);
      expect(covered).toBe(true);
    }
  });

  it('reports talk time per speaker, roles, duration and stage timings', async () => {
    const t = await run('clean', 2);
    const talk = t.speakers.reduce((a, s) => a + s.talkSeconds, 0);
    const refTalk = audio.clean.turns.reduce((a, s) => a + s.end - s.start, 0);
    expect(Math.abs(talk - refTalk) / refTalk).toBeLessThan(0.1);
    expect(new Set(t.speakers.map((s) => s.role))).toEqual(new Set(['therapist', 'client']));
    expect(t.durationSec).toBeCloseTo(audio.clean.durationSec, 1);
    expect(Object.keys(t.timings)).toEqual(['probe', 'analyse', 'diarize', 'asr', 'align']);
  });
});
