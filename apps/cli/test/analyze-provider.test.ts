import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeTranscript, parseTranscript, sessionAnalysisSchema, type SessionAnalysis } from '@insession/core';
import { reply, startOpenAiServer, type OpenAiTestServer } from '../../../packages/core/test/support/openai-server.ts';
import { wave1Answers } from '../../../packages/core/test/support/wave1-answers.ts';
import { buildProgram } from '../src/main.ts';

// `insession analyze --provider/--model` against the loopback OpenAI-compatible server packages/core tests use.

const transcript = [
  'Therapist: Welcome back. How has your week been?',
  "Client: Pretty awful, I'd say a three out of ten. Work is crushing me and I can't sleep.",
  "Therapist: For this week, I'd like you to keep a sleep diary every morning. Would that work?",
  'Client: Okay, I can do that.',
].join('\n');

let dir: string;
let file: string;
let server: OpenAiTestServer;
let engine: SessionAnalysis;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'insession-analyze-llm-'));
  file = path.join(dir, 'session.txt');
  await writeFile(file, transcript);
  engine = await analyzeTranscript(await parseTranscript({ bytes: Buffer.from(transcript), filename: 'session.txt' }), {
    embeddingWordBudget: 0,
  });
  // The model's answers differ from the engine's where it is visible: mood 2.5 and its own summary.
  const answers = wave1Answers({
    ...engine,
    mood: { ...engine.mood, score: 2.5, rationale: 'Rated by the test model.' },
    summary: 'Summary written by the test model.',
    breakthrough: null,
  });
  server = await startOpenAiServer((req) => reply.json(answers[req.schemaName]));
  // The CLI reads its settings once from the environment, like `insession` in a shell.
  vi.stubEnv('OPENAI_API_KEY', 'test-key');
  vi.stubEnv('OPENAI_BASE_URL', server.url);
  vi.stubEnv('ANALYSIS_PROVIDER', 'heuristic');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await buildProgram().parseAsync(['node', 'insession', 'analyze', ...args]);
  const result = {
    stdout: out.mock.calls.map((c) => String(c[0])).join(''),
    stderr: err.mock.calls.map((c) => String(c[0])).join(''),
  };
  out.mockRestore();
  err.mockRestore();
  return result;
}

describe('insession analyze --provider', () => {
  it('judges mood, labels, breakthrough and risk with the chosen OpenAI-compatible model', async () => {
    const before = server.requests.length;
    const { stdout } = await run(file, '--json', '--no-embeddings', '--provider', 'openai', '--model', 'local-test');
    const analysis = sessionAnalysisSchema.parse(JSON.parse(stdout));
    expect(analysis.provider).toBe('openai:local-test');
    expect(analysis.mood.score).toBe(2.5);
    expect(analysis.summary).toBe('Summary written by the test model.');
    // Measured parts stay the engine's.
    expect(analysis.metrics).toEqual(engine.metrics);
    expect(analysis.speakers).toEqual(engine.speakers);
    const sent = server.requests.slice(before);
    expect(sent.map((r) => r.schemaName)).toEqual(['mood', 'session_labels', 'breakthrough', 'risk']);
    expect(new Set(sent.map((r) => r.body.model))).toEqual(new Set(['local-test']));
  });

  it('names the model in the readable report', async () => {
    const { stdout } = await run(file, '--no-embeddings', '--provider', 'openai', '--model', 'local-test');
    expect(stdout).toContain('Provider: openai:local-test');
    expect(stdout).not.toContain('not a language model');
    expect(stdout).toMatch(/MOOD: 2\.5\/10/);
  });

  it('stays offline with --provider heuristic (and by default)', async () => {
    const before = server.requests.length;
    for (const flags of [['--provider', 'heuristic'], []]) {
      const { stdout } = await run(file, '--json', '--no-embeddings', ...flags);
      expect(sessionAnalysisSchema.parse(JSON.parse(stdout)).provider).toBe('heuristic');
    }
    expect(server.requests.length).toBe(before);
  });

  it('says what is missing when llama has no model file, and refuses an unknown provider', async () => {
    const { stdout, stderr } = await run(file, '--json', '--provider', 'llama');
    expect(stdout).toBe('');
    expect(stderr).toContain('provider "llama" chosen but no GGUF model path is configured');
    expect(process.exitCode).toBe(1);

    const program = buildProgram().exitOverride();
    program.commands.forEach((c) => c.exitOverride());
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await expect(program.parseAsync(['node', 'insession', 'analyze', file, '--provider', 'gpt'])).rejects.toThrow(
      /Allowed choices are heuristic, openai, llama/,
    );
    err.mockRestore();
  });
});
