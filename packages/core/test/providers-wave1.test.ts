import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heuristicProvider } from '../src/providers/analysis-provider.ts';
import { createModelProvider } from '../src/providers/model-provider.ts';
import { createOpenAiBackend } from '../src/providers/openai.backend.ts';
import { analyzeWave1WithModel, wave1Mode } from '../src/providers/wave1-model.analysis.ts';
import { runWave1WithModel } from '../src/providers/wave1-model.runner.ts';
import { reply, startOpenAiServer, type OpenAiTestServer } from './support/openai-server.ts';
import { wave1Answers } from './support/wave1-answers.ts';
import { courseSession } from './support/wave2-fixtures.ts';

const session = courseSession(4);
const a = session.analysis;
const answers = wave1Answers(a);
let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiServer((req) => reply.json(answers[req.schemaName]));
});
afterAll(() => server.close());

describe('Wave 1 through a language model', () => {
  it('runs mood, labels, breakthrough and risk with the Wave 1 contracts, transcript first, small model', async () => {
    const provider = createModelProvider(
      createOpenAiBackend({
        apiKey: 'test',
        baseURL: server.url,
        models: { default: 'big', mood: 'small', session_labels: 'small' },
      }),
    );
    const before = server.requests.length;
    const result = await runWave1WithModel(session.transcript!, provider);
    expect(result.parts.mood).toEqual(a.mood);
    expect(result.parts.topics).toEqual(a.topics);
    expect(result.parts.breakthrough).toEqual(a.breakthrough);
    expect(result.providers).toMatchObject({ mood: 'openai:small', risk: 'openai:big' });
    expect(result.usage.map((u) => u.promptVersion)).toEqual([
      'mood@v1',
      'session-labels@v1',
      'breakthrough@v1',
      'risk@v1',
    ]);
    const sent = server.requests.slice(before);
    expect(sent.map((r) => r.body.messages[0]?.content)).toEqual(Array(4).fill(sent[0]?.body.messages[0]?.content));
    expect(sent[1]?.body.messages[1]?.content).toContain('work_school_stress');
  });

  it('retries a mood score off the 0.5 grid with the validation error', async () => {
    const provider = createModelProvider(createOpenAiBackend({ apiKey: 'test', baseURL: server.url }));
    server.script(reply.json({ mood: { ...a.mood, score: 6.3 } }));
    const result = await runWave1WithModel(session.transcript!, provider);
    expect(result.usage[0]).toMatchObject({ task: 'mood', outcome: 'retried' });
    expect(result.parts.mood.score).toBe(a.mood.score);
  });

  it('puts the model’s judged parts over the engine’s analysis, which keeps its measurements', async () => {
    const provider = createModelProvider(
      createOpenAiBackend({ apiKey: 'test', baseURL: server.url, models: { default: 'big', mood: 'small' } }),
    );
    const engine = { ...a, mood: { ...a.mood, score: a.mood.score === 5 ? 6 : 5 }, summary: 'The engine’s summary.' };
    const { analysis, usage } = await analyzeWave1WithModel(session.transcript!, engine, provider);
    expect(analysis.mood).toEqual(a.mood);
    expect(analysis.summary).toEqual(a.summary);
    expect(analysis.metrics).toEqual(engine.metrics);
    expect(analysis.provider).toBe('openai:small, openai:big');
    expect(usage.map((u) => u.task)).toEqual(['mood', 'session_labels', 'breakthrough', 'risk']);
  });

  it('runs Wave 1 on the engine or a model, never a mix of both', () => {
    const model = createModelProvider(createOpenAiBackend({ apiKey: 'test', baseURL: server.url }));
    expect(wave1Mode(heuristicProvider)).toBe('engine');
    expect(wave1Mode(model)).toBe('model');
    // Tasks outside Wave 1 do not count.
    expect(wave1Mode((task) => (task === 'narrative' ? heuristicProvider : model))).toBe('model');
    expect(() => wave1Mode((task) => (task === 'risk' ? heuristicProvider : model))).toThrow(/not both/);
  });
});
