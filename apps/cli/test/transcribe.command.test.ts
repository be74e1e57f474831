import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { segmentSchema } from '@insession/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateConversation } from '../../../packages/audio/test/support/generate-conversation.ts';
import { tempDir } from '../../../packages/audio/test/support/temp-dir.ts';
import { buildProgram } from '../src/main.ts';

let dir: string;
let wav: string;

beforeAll(async () => {
  dir = await tempDir();
  wav = (await generateConversation(dir)).clean.wav;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const cli = (...args: string[]): Promise<unknown> => buildProgram().parseAsync(['node', 'insession', ...args]);

describe('insession transcribe', () => {
  it('writes a WebVTT transcript with speaker roles', async () => {
    const out = path.join(dir, 'out.vtt');
    await cli(
      'transcribe',
      wav,
      '--asr',
      'none',
      '--speakers',
      '2',
      '--format',
      'vtt',
      '--out',
      out,
      '--work-dir',
      path.join(dir, 'w1'),
    );
    const vtt = await readFile(out, 'utf8');
    expect(vtt.startsWith('WEBVTT\n\n00:00:00.')).toBe(true);
    expect(vtt).toMatch(/<v Therapist \(S[12]\)>/);
    expect(vtt).toMatch(/<v Client \(S[12]\)>/);
  });

  it('writes JSON with --json, and the same run resumes from its checkpoints', async () => {
    const out = path.join(dir, 'out.json');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await cli('transcribe', wav, '--asr', 'none', '--json', '--out', out, '--work-dir', path.join(dir, 'w1'));
    const json = JSON.parse(await readFile(out, 'utf8')) as {
      segments: unknown[];
      speakers: { id: string }[];
      engine: { asr: string };
    };
    expect(json.engine.asr).toBe('none');
    expect(json.speakers).toHaveLength(2);
    expect(stderr.mock.calls.join('')).toMatch(/Resumed from 1 finished chunk/);
    // Speaker turns with empty text are valid transcript segments; analysing them names the missing words.
    const segments = segmentSchema.array().parse(json.segments);
    expect(segments.length).toBeGreaterThan(2);
    expect(segments.every((s) => s.text === '')).toBe(true);
    stderr.mockClear();
    await cli('analyze', out);
    expect(stderr.mock.calls.join('')).toBe(
      'error (no_text): out.json contains no transcript text (no speaker turns were found).\n',
    );
    expect(process.exitCode).toBe(1);
  });

  it('explains an unreadable file and exits with status 1', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await cli('transcribe', path.join(dir, 'conversation-clean.rttm'), '--asr', 'none');
    expect(process.exitCode).toBe(1);
    expect(stderr.mock.calls.join('')).toMatch(/error \(corrupt\): The audio file could not be read/);
  });

  it('names the pull command when the whisper model is missing', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await cli(
      'transcribe',
      wav,
      '--asr',
      'whisper',
      '--model',
      path.join(dir, 'nope.bin'),
      '--work-dir',
      path.join(dir, 'w2'),
    );
    expect(process.exitCode).toBe(1);
    expect(stderr.mock.calls.join('')).toMatch(/npx insession models pull base\.en/);
  });
});
