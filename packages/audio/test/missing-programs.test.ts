import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFrames } from '../src/decode/pcm-decoder.ts';
import { probeAudio } from '../src/index.ts';

describe('when ffmpeg is not installed', () => {
  const savedPath = process.env.PATH;
  const dir = mkdtempSync(path.join(tmpdir(), 'insession-nopath-'));
  const file = path.join(dir, 'a.wav');
  beforeAll(() => {
    writeFileSync(file, Buffer.alloc(64));
    process.env.PATH = dir; // nothing runnable on it
  });
  afterAll(() => {
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });

  it('probing names the missing program and the apt package', async () => {
    await expect(probeAudio(file)).rejects.toMatchObject({
      name: 'AudioError',
      code: 'engine',
      message: 'ffprobe is not installed; install it with: sudo apt-get install -y ffmpeg',
    });
  });

  it('decoding names the missing program and the apt package', async () => {
    const drain = async () => {
      for await (const block of decodeFrames(file)) void block;
    };
    await expect(drain()).rejects.toThrow('ffmpeg is not installed; install it with: sudo apt-get install -y ffmpeg');
  });
});
