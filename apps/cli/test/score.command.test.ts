import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScoreMiss, Scorecard } from '@insession/core';
import { buildProgram } from '../src/main.ts';

let dir: string;
let out: string;

async function run(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await buildProgram().parseAsync(['node', 'insession', ...args]);
  const text = (spy: typeof stdout): string => spy.mock.calls.map((c) => String(c[0])).join('');
  const result = { stdout: text(stdout), stderr: text(stderr) };
  vi.restoreAllMocks();
  return result;
}

async function writeLabels(name: string, labels: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof labels === 'string' ? labels : JSON.stringify(labels));
  return file;
}

// A batch analysed by `insession analyze DIR --out`, as a team would score it: one session with passive
// ideation, one risk-free, one that failed (a single speaker), and one whose analysis never got written.
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'insession-score-'));
  const input = path.join(dir, 'transcripts');
  out = path.join(dir, 'out');
  await mkdir(input);
  await writeFile(
    path.join(input, 'dark.txt'),
    [
      'Therapist: Welcome back. How has your week been?',
      "Client: Pretty awful, I'd say a three out of ten. Sometimes I wish I wasn't here anymore.",
      'Therapist: It sounds like things have felt very dark.',
      "Client: Work is crushing me and I can't sleep.",
    ].join('\n'),
  );
  await writeFile(
    path.join(input, 'walks.txt'),
    [
      'Therapist: How did the walking go?',
      'Client: I walked to work three days out of five and I feel better for it.',
      "Therapist: You're proud of that.",
      'Client: I am. I want to try for all five next week.',
    ].join('\n'),
  );
  await writeFile(path.join(input, 'alone.txt'), 'Client: just me, talking to myself.');
  await run('analyze', input, '--out', out, '--no-embeddings');
  process.exitCode = undefined;
});
afterEach(() => {
  process.exitCode = undefined;
});

const labels = {
  sessions: [
    { name: 'dark', risk: 'low', mood: 'crisis' },
    { name: 'walks', risk: 'moderate' },
    { name: 'alone', risk: 'none' },
    { name: 'lost', risk: 'none' },
  ],
};

describe('insession score', () => {
  it('prints each measure beside its target and lists the misses', async () => {
    const { stdout } = await run('score', out, '--labels', await writeLabels('labels.json', labels));
    expect(stdout).toContain('Scored 4 labelled sessions.');
    expect(stdout).toContain('| risk recall (session) | 2 | 0.500 | ≥ 0.95 | NOT MET |');
    expect(stdout).toContain('| risk precision (session) | 1 | 1.000 | ≥ 0.85 | met |');
    expect(stdout).toContain('| crisis sessions scored crisis | 1 | 1.000 | each ≤ 3.5 | met |');
    expect(stdout).toContain('| schema-valid output | 4 | 0.500 | 1.00 | NOT MET |');
    expect(stdout).toContain('walks: risk: missed: expected moderate, found none');
    expect(stdout).toMatch(
      /alone: schema-valid output: expected a valid session object, found analysis failed: .*speaker/,
    );
    expect(stdout).toContain(
      `lost: schema-valid output: expected a valid session object, found no lost.analysis.json in ${out}`,
    );
    expect(process.exitCode).toBeUndefined();
  });

  it('writes the misses with the quotes behind them, and the whole scorecard with --json', async () => {
    const misses = path.join(dir, 'misses.json');
    const flipped = { sessions: [{ name: 'dark', risk: 'none' }] };
    const { stdout } = await run(
      'score',
      out,
      '-l',
      await writeLabels('flip.json', flipped),
      '--json',
      '--misses',
      misses,
    );
    const card = JSON.parse(stdout) as Scorecard;
    expect(card.rows.find((r) => r.measure === 'risk precision (session)')).toMatchObject({ n: 1, value: 0 });
    const written = JSON.parse(await readFile(misses, 'utf8')) as ScoreMiss[];
    expect(written).toEqual(card.misses);
    expect(written[0]).toMatchObject({ name: 'dark', measure: 'risk: false flag', found: 'low' });
    expect(written[0]?.quotes.map((q) => q.quote)).toContain("Sometimes I wish I wasn't here anymore.");
  });

  it('says which analyses had no labels', async () => {
    const { stderr } = await run('score', out, '-l', await writeLabels('one.json', { sessions: [{ name: 'dark' }] }));
    expect(stderr).toContain(`1 analyses in ${out} have no labels and were not scored`);
  });

  it('rejects malformed JSON, a bad label and a missing directory with a clear error', async () => {
    const broken = await run('score', out, '-l', await writeLabels('broken.json', '{"sessions": ['));
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;

    const bad = { sessions: [{ name: 'dark', risk: 'severe', topics: ['sadness'] }] };
    const invalid = await run('score', out, '-l', await writeLabels('bad.json', bad));
    expect(invalid.stderr).toContain('bad.json is not a labels file');
    expect(invalid.stderr).toMatch(/sessions\.0\.risk: .*"none"/);
    expect(invalid.stderr).toMatch(/sessions\.0\.topics\.0: .*"depression"/);
    expect(invalid.stdout).toBe('');
    const twice = await run(
      'score',
      out,
      '-l',
      await writeLabels('twice.json', { sessions: [{ name: 'dark' }, { name: 'dark' }] }),
    );
    expect(twice.stderr).toContain('sessions.1.name: dark is labelled twice');
    process.exitCode = undefined;

    const missing = await run('score', path.join(dir, 'nowhere'), '-l', await writeLabels('ok.json', labels));
    expect(missing.stderr).toMatch(/nowhere is not a directory of analyses/);
    expect(process.exitCode).toBe(1);
  });
});
