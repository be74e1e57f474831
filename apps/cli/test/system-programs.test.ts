import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { warnAboutMissingPrograms } from '../src/commands/system-programs.ts';

describe('start-up check of system programs', () => {
  const savedPath = process.env.PATH;
  let dir = '';
  afterEach(() => {
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });

  // A PATH holding only a shell and a stand-in ffmpeg: every other program counts as missing.
  const pathWith = (...bins: string[]) => {
    dir = mkdtempSync(path.join(tmpdir(), 'insession-path-'));
    symlinkSync('/bin/sh', path.join(dir, 'sh'));
    for (const b of bins) writeFileSync(path.join(dir, b), '#!/bin/sh\n', { mode: 0o755 });
    process.env.PATH = dir;
  };

  it('names each missing program with the apt package that provides it, and one install command', () => {
    pathWith('ffmpeg');
    const lines: string[] = [];
    warnAboutMissingPrograms((l) => lines.push(l));
    const out = lines.join('');
    expect(out).not.toMatch(/warning: ffmpeg /);
    expect(out).toContain(
      'warning: ffprobe is not installed (needed for reading audio duration and format); apt package: ffmpeg',
    );
    expect(out).toContain('warning: chromium is not installed');
    expect(out).toContain('apt package: pocketsphinx pocketsphinx-en-us');
    expect(out).toContain(
      'Install them with: sudo apt-get install -y ffmpeg pocketsphinx pocketsphinx-en-us espeak-ng sox chromium',
    );
  });

  it('says nothing when everything is installed', () => {
    pathWith('ffmpeg', 'ffprobe', 'pocketsphinx_continuous', 'espeak-ng', 'sox', 'chromium');
    const lines: string[] = [];
    warnAboutMissingPrograms((l) => lines.push(l));
    expect(lines).toEqual([]);
  });
});
