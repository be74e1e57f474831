import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFrames } from '../src/decode/pcm-decoder.ts';
import { AudioError, probeAudio, transcribeAudio } from '../src/index.ts';
import { generateConversation } from './support/generate-conversation.ts';
import { tempDir } from './support/temp-dir.ts';

const run = promisify(execFile);
let dir: string;
let source: string;

beforeAll(async () => {
  dir = await tempDir();
  const clean = (await generateConversation(dir)).clean;
  source = path.join(dir, 'source.wav');
  await run('ffmpeg', ['-v', 'error', '-i', clean.wav, '-t', '8', source]);
});

// Every accepted container, at different sample rates and channel counts, made with ffmpeg from the same 8 s.
const formats = [
  { name: 'wav 44.1 kHz stereo', file: 'a.wav', args: ['-ar', '44100', '-ac', '2'] },
  { name: 'mp3 22.05 kHz mono', file: 'a.mp3', args: ['-ar', '22050', '-ac', '1', '-c:a', 'libmp3lame'] },
  { name: 'm4a/aac 48 kHz stereo', file: 'a.m4a', args: ['-ar', '48000', '-ac', '2', '-c:a', 'aac'] },
  { name: 'raw aac (adts) 32 kHz', file: 'a.aac', args: ['-ar', '32000', '-c:a', 'aac'] },
  { name: 'ogg/opus 48 kHz stereo', file: 'a.ogg', args: ['-ar', '48000', '-ac', '2', '-c:a', 'libopus'] },
  { name: 'webm/opus 24 kHz mono', file: 'a.webm', args: ['-ar', '24000', '-ac', '1', '-c:a', 'libopus'] },
  { name: 'flac 8 kHz mono', file: 'a.flac', args: ['-ar', '8000', '-ac', '1'] },
];

describe('accepted audio formats', () => {
  it.each(formats)('decodes $name to 16 kHz mono', async ({ file, args }) => {
    const target = path.join(dir, file);
    await run('ffmpeg', ['-v', 'error', '-y', '-i', source, ...args, target]);
    const probe = await probeAudio(target);
    let samples = 0;
    let peak = 0;
    for await (const block of decodeFrames(target)) {
      samples += block.length;
      for (const v of block) peak = Math.max(peak, Math.abs(v));
    }
    expect(samples / 16000).toBeGreaterThan(7.9);
    expect(samples / 16000).toBeLessThan(8.2);
    expect(peak).toBeGreaterThan(0.1);
    // Exact even for raw ADTS, whose container gives only an estimate from the bitrate.
    expect(Math.abs(probe.durationSec - samples / 16000)).toBeLessThan(0.05);
  });
});

describe('unusable files', () => {
  const expectCode = async (promise: Promise<unknown>, code: string, message: RegExp): Promise<void> => {
    const err = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AudioError);
    expect((err as AudioError).code).toBe(code);
    expect((err as AudioError).message).toMatch(message);
  };

  it('rejects a corrupt file', async () => {
    const bad = path.join(dir, 'corrupt.mp3');
    await writeFile(bad, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    await expectCode(probeAudio(bad), 'corrupt', /could not be read|decoded/);
  });

  it('rejects an m4a file cut off halfway', async () => {
    const bad = path.join(dir, 'truncated.m4a');
    await run('ffmpeg', ['-v', 'error', '-y', '-i', source, '-c:a', 'aac', bad]);
    const bytes = await readFile(bad);
    await writeFile(bad, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectCode(probeAudio(bad), 'corrupt', /could not be read|decoded|truncated/);
  });

  it('rejects an empty file', async () => {
    const empty = path.join(dir, 'empty.wav');
    await writeFile(empty, '');
    await expectCode(probeAudio(empty), 'corrupt', /empty/);
  });

  it('rejects a silent recording', async () => {
    const silent = path.join(dir, 'silent.wav');
    await run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '5', silent]);
    await expectCode(probeAudio(silent), 'silent', /silent/);
    await expectCode(
      transcribeAudio({ path: silent, asr: 'none', workDir: path.join(dir, 'w-silent') }),
      'silent',
      /silent/,
    );
  });

  it('rejects a recording that is only noise, with no speech', async () => {
    const noise = path.join(dir, 'noise.wav');
    await run('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'anoisesrc=r=16000:a=0.02:seed=1',
      '-t',
      '5',
      noise,
    ]);
    await expectCode(
      transcribeAudio({ path: noise, asr: 'none', workDir: path.join(dir, 'w-noise') }),
      'silent',
      /No speech/,
    );
  });

  it('rejects a recording over the length limit', async () => {
    await expectCode(probeAudio(source, { maxDurationSec: 5 }), 'too_long', /limit/);
  });

  it('rejects files that are not accepted audio', async () => {
    const text = path.join(dir, 'notes.wav');
    await writeFile(text, 'this is a text file, not audio\n'.repeat(50));
    // ffprobe cannot tell garbage from damaged audio, so a non-audio file is reported as unreadable.
    await expectCode(probeAudio(text), 'corrupt', /could not be read/);
    const image = path.join(dir, 'picture.png');
    await run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=red:s=32x32', '-frames:v', '1', image]);
    await expectCode(probeAudio(image), 'unsupported', /Unsupported/);
  });
});
