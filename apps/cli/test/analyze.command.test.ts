import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionAnalysisSchema } from '@insession/core';
import { buildProgram } from '../src/main.ts';

let dir: string;
const transcript = [
  'Therapist: Welcome back. How has your week been?',
  "Client: Pretty awful, I'd say a three out of ten. Sometimes I wish I wasn't here anymore.",
  'Therapist: It sounds like things have felt very dark. Thank you for telling me.',
  "Client: Work is crushing me and I can't sleep. I want to get back to how I was last spring.",
  "Therapist: For this week, I'd like you to keep a sleep diary every morning. Would that work?",
  'Client: Okay, I can do that.',
].join('\n');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'insession-analyze-'));
  await writeFile(path.join(dir, 'session.txt'), transcript);
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await buildProgram().parseAsync(['node', 'insession', 'analyze', ...args]);
  const stdout = out.mock.calls.map((c) => String(c[0])).join('');
  const stderr = err.mock.calls.map((c) => String(c[0])).join('');
  out.mockRestore();
  err.mockRestore();
  return { stdout, stderr };
}

describe('insession analyze', () => {
  it('prints a readable report with risk first, quotes and timestamps', async () => {
    const { stdout } = await run(path.join(dir, 'session.txt'));
    const order = [
      'RISK:',
      'MOOD:',
      'TOPICS:',
      'HOMEWORK:',
      'TECHNIQUE:',
      'SUMMARY:',
      'BREAKTHROUGH:',
      'METRICS:',
      'SKILLS:',
    ].map((h) => stdout.indexOf(h));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
    expect(stdout).toMatch(
      /RISK: LOW\n {2}! passive suicidal ideation \(low\) \[0:\d\d\] "Sometimes I wish I wasn't here anymore\."/,
    );
    // The client's own "three out of ten" leads; a passive wish alone no longer caps the score.
    expect(stdout).toMatch(/MOOD: 3\.5\/10, distressed/);
    expect(stdout).toMatch(/client self-rating 3\/10/);
    expect(stdout).toMatch(/Keep a sleep diary every morning \[0:\d\d\]/);
    expect(stdout).toMatch(/not a language model/);
  });

  it('prints exactly the session object with --json', async () => {
    const { stdout } = await run(path.join(dir, 'session.txt'), '--json', '--no-embeddings');
    const parsed = sessionAnalysisSchema.parse(JSON.parse(stdout));
    expect(parsed.provider).toBe('heuristic');
    expect(Object.keys(JSON.parse(stdout) as object)[0]).toBe('schemaVersion');
  });

  it('analyses a directory into OUTDIR, writes an error file per failure and exits non-zero', async () => {
    const input = path.join(dir, 'batch');
    const out = path.join(dir, 'out');
    await mkdir(input);
    await writeFile(path.join(input, 'good.txt'), transcript);
    await writeFile(path.join(input, 'lonely.txt'), 'Client: just me, talking to myself.');
    await writeFile(path.join(input, 'blank.srt'), '');
    const { stderr } = await run(input, '--json', '--out', out, '--no-embeddings');
    expect((await readdir(out)).sort()).toEqual(['blank.error.json', 'good.analysis.json', 'lonely.error.json']);
    const error = JSON.parse(await readFile(path.join(out, 'lonely.error.json'), 'utf8')) as {
      error: { code: string; message: string };
    };
    expect(error.error.code).toBe('one_speaker');
    expect(
      sessionAnalysisSchema.safeParse(JSON.parse(await readFile(path.join(out, 'good.analysis.json'), 'utf8'))).success,
    ).toBe(true);
    expect(stderr).toMatch(/Analysed 1 of 3 transcripts.*2 failed/);
    expect(process.exitCode).toBe(1);
  });

  it('names the problem for a bad single file', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    const { stderr } = await run(path.join(dir, 'empty.txt'));
    expect(stderr).toBe('error (empty): empty.txt is empty.\n');
    expect(process.exitCode).toBe(1);
  });
});
