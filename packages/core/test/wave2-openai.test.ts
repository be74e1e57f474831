import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heuristicProvider } from '../src/providers/analysis-provider.ts';
import { createModelProvider } from '../src/providers/model-provider.ts';
import { createOpenAiBackend } from '../src/providers/openai.backend.ts';
import { estimateTokens } from '../src/providers/token-estimate.ts';
import { runClientRollup } from '../src/wave2/run-client-rollup.ts';
import { runWave2 } from '../src/wave2/run-wave2.ts';
import { reply, startOpenAiServer, type OpenAiTestServer, type RecordedRequest } from './support/openai-server.ts';
import { course } from './support/wave2-fixtures.ts';

// The local server answers each task with the heuristic draft for the same input, so these tests exercise the
// model path (prompts, structured output, validation, usage) without a real model.
const sessions = course(40);
const answers = new Map<string, unknown>();
let badNarratives = 0;
let server: OpenAiTestServer;

beforeAll(async () => {
  server = await startOpenAiServer((req) => {
    if (req.schemaName === 'narrative' && badNarratives > 0) {
      badNarratives--;
      return reply.json({ text: 'You came in tired.\n\nYou talked about work.' });
    }
    return reply.json(answers.get(req.schemaName));
  });
});
afterAll(() => server.close());

const openai = () =>
  createModelProvider(
    createOpenAiBackend({
      apiKey: 'test',
      baseURL: server.url,
      models: { default: 'gpt-4.1-mini', mood: 'gpt-4.1-nano' },
    }),
  );
const promptTokens = (r: RecordedRequest) => estimateTokens(r.body.messages.map((m) => m.content).join('\n'));
const userPromptTokens = (r: RecordedRequest) =>
  estimateTokens(
    r.body.messages
      .slice(-2)
      .map((m) => m.content)
      .join('\n'),
  );

async function expectWave2(index: number) {
  const session = sessions[index]!;
  const history = sessions.slice(0, index);
  const offline = await runWave2({ session, history, provider: heuristicProvider });
  answers.set('deep_analysis', offline.deepAnalysis.value);
  answers.set('narrative', offline.narrative.value);
  answers.set('clinical_note', offline.clinicalNote.value);
  return { session, history, offline };
}

describe('Wave 2 through an OpenAI-compatible server', () => {
  it('sends the transcript first, validates each task and records provider, prompt version, tokens and cost', async () => {
    const { session, history, offline } = await expectWave2(3);
    const before = server.requests.length;
    const result = await runWave2({ session, history, provider: openai() });
    expect(result.narrative.value).toEqual(offline.narrative.value);
    expect(result.deepAnalysis.provider).toBe('openai:gpt-4.1-mini');
    expect(result.deepAnalysis.label).toMatch(/language model \(openai:gpt-4.1-mini\)/);
    expect(result.usage.map((u) => u.promptVersion).sort()).toEqual([
      'clinical-note@v1',
      'deep-analysis@v1',
      'narrative@v1',
    ]);
    for (const u of result.usage) {
      expect(u.inputTokens).toBeGreaterThan(0);
      expect(u.costUsd).toBeGreaterThan(0);
    }
    const deep = server.requests.slice(before).find((r) => r.schemaName === 'deep_analysis');
    expect(deep?.body.messages[0]?.content).toMatch(/^Session transcript:\n\[00:00/);
    expect(deep?.body.messages.at(-1)?.content).toMatch(/Earlier sessions: 3\./);
  });

  it('never sends risk statements to the client-facing narrative task', async () => {
    const { session, history } = await expectWave2(1);
    const flagged = session.analysis.actionItems[0]!;
    const quote = 'sometimes I wish I could sleep and not wake up';
    const risky = {
      ...session,
      analysis: {
        ...session.analysis,
        risk: {
          level: 'moderate' as const,
          flags: [
            {
              type: 'passive_suicidal_ideation' as const,
              severity: 'moderate' as const,
              start: flagged.start,
              end: flagged.end,
              quote,
            },
          ],
        },
      },
    };
    const before = server.requests.length;
    await runWave2({ session: risky, history, provider: openai() });
    const sent = server.requests.slice(before);
    const text = (task: string) => JSON.stringify(sent.find((r) => r.schemaName === task)?.body.messages);
    expect(text('clinical_note')).toContain(quote);
    expect(text('narrative')).not.toContain(quote);
  });

  it('retries a narrative outside 500–750 words / 5 paragraphs and keeps the valid second answer', async () => {
    const { session, history, offline } = await expectWave2(2);
    badNarratives = 1;
    const before = server.requests.length;
    const result = await runWave2({ session, history, provider: openai() });
    expect(result.narrative.value).toEqual(offline.narrative.value);
    expect(result.usage.find((u) => u.task === 'narrative')?.outcome).toBe('retried');
    const narrativeCalls = server.requests.slice(before).filter((r) => r.schemaName === 'narrative');
    expect(narrativeCalls).toHaveLength(2);
    expect(narrativeCalls[1]?.body.messages.at(-1)?.content).toMatch(/must be 500–750 words; it has 8/);
  });

  it('fails the stage with the validation error when the narrative is out of range twice', async () => {
    const { session, history } = await expectWave2(2);
    badNarratives = 2;
    await expect(runWave2({ session, history, provider: openai() })).rejects.toThrow(
      /narrative: output failed validation after a retry: .*paragraphs/s,
    );
  });

  it('keeps every prompt of a 12-session course under a fixed budget, and a 40-session course too', async () => {
    const ROLLUP_BUDGET = 2_000; // tokens per rollup request
    const HISTORY_BUDGET = 1_200; // tokens of deep-analysis prompt besides the transcript
    const peaks: Record<number, number> = {};
    for (const n of [12, 40]) {
      let previous = null;
      peaks[n] = 0;
      for (let k = Math.max(1, n - 3); k <= n; k++) {
        const upTo = sessions.slice(0, k);
        const offline = await runClientRollup({ sessions: upTo, previous, provider: heuristicProvider });
        answers.set('treatment_plan', offline.treatmentPlan.value);
        answers.set('journey', offline.journey.value);
        answers.set('bridge', offline.bridge.value);
        const before = server.requests.length;
        const result = await runClientRollup({ sessions: upTo, previous, provider: openai() });
        for (const r of server.requests.slice(before)) {
          expect(promptTokens(r), `${r.schemaName} at session ${k}`).toBeLessThan(ROLLUP_BUDGET);
          peaks[n] = Math.max(peaks[n] ?? 0, promptTokens(r));
        }
        previous = {
          treatmentPlan: result.treatmentPlan.value,
          journey: result.journey.value,
          bridge: result.bridge.value,
        };
      }
      await expectWave2(n - 1);
      const before = server.requests.length;
      await runWave2({ session: sessions[n - 1]!, history: sessions.slice(0, n - 1), provider: openai() });
      const deep = server.requests.slice(before).find((r) => r.schemaName === 'deep_analysis');
      expect(deep && userPromptTokens(deep)).toBeLessThan(HISTORY_BUDGET);
    }
    // Bounded, not merely small: 40 sessions cost about what 12 do.
    expect(peaks[40]).toBeLessThan((peaks[12] ?? 0) * 1.25);
  });
});
