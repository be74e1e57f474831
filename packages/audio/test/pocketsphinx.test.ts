import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { transcribeAudio } from '../src/index.ts';
import { wordErrorRate } from './support/der.ts';
import { generateConversation, type RefTurn } from './support/generate-conversation.ts';
import { tempDir } from './support/temp-dir.ts';

const run = promisify(execFile);
let dir: string;
let clip: string;
let reference: RefTurn[];

beforeAll(async () => {
  dir = await tempDir();
  const clean = (await generateConversation(dir)).clean;
  // The first six turns (about 30 s) keep the test quick; pocketsphinx runs at about 0.2× real time.
  reference = clean.turns.slice(0, 6);
  clip = path.join(dir, 'clip.wav');
  await run('ffmpeg', ['-v', 'error', '-i', clean.wav, '-t', String(reference[5]!.end + 0.5), clip]);
});

describe('pocketsphinx speech-to-text (offline fallback)', () => {
  it('transcribes both speakers, with word error measured against the script', async () => {
    const t = await transcribeAudio({ path: clip, asr: 'pocketsphinx', speakers: 2, workDir: path.join(dir, 'w') });
    const hypothesis = t.segments.map((s) => s.text).join(' ');
    const wer = wordErrorRate(reference.map((r) => r.text).join(' '), hypothesis);
    console.log(`pocketsphinx WER on generated speech: ${(wer * 100).toFixed(1)}%`);
    expect(wer).toBeLessThan(0.95);
    for (const speaker of ['S1', 'S2']) {
      expect(t.segments.filter((s) => s.speaker === speaker).some((s) => s.text.length > 0)).toBe(true);
    }
    expect(t.engine.asr).toBe('pocketsphinx');
    expect(t.warnings.join(' ')).toMatch(/inaccurate fallback/);
  });
});
