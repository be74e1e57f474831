import { z } from 'zod';
import { actionItemsSchema, actionSummarySchema } from '../contracts/action-items.contract.ts';
import { breakthroughSchema } from '../contracts/breakthrough.contract.ts';
import { moodSchema } from '../contracts/mood.contract.ts';
import { riskSchema } from '../contracts/risk.contract.ts';
import type { SessionAnalysis } from '../contracts/session-analysis.contract.ts';
import { summarySchema } from '../contracts/summary.contract.ts';
import { techniqueSchema } from '../contracts/technique.contract.ts';
import type { Transcript } from '../contracts/transcript.contract.ts';
import { topicsSchema } from '../contracts/topics.contract.ts';
import { topicIds } from '../taxonomy/topic-taxonomy.ts';
import { renderTranscript } from '../wave2/session-render.ts';
import { providerFor, type ProviderSelection } from './analysis-provider.ts';
import type { GenerationTask, GenerationUsage } from './generation.types.ts';
import type { ModelProvider } from './model-provider.ts';
import { loadPrompt } from './prompt-template.ts';

// Structured outputs need an object at the root, so each Wave 1 analysis is wrapped in its session-object key.
const wave1Tasks = {
  mood: { template: 'mood', schema: z.object({ mood: moodSchema }) },
  session_labels: {
    template: 'session-labels',
    schema: z.object({
      topics: topicsSchema,
      actionItems: actionItemsSchema,
      actionSummary: actionSummarySchema,
      technique: techniqueSchema,
      summary: summarySchema,
    }),
  },
  breakthrough: { template: 'breakthrough', schema: z.object({ breakthrough: breakthroughSchema }) },
  risk: { template: 'risk', schema: z.object({ risk: riskSchema }) },
} as const satisfies Partial<Record<GenerationTask, { template: string; schema: z.ZodType }>>;

/** The Wave 1 parts a language model judges; speakers, metrics and MI coding stay measured by the engine. */
export type ModelWave1Parts = Pick<
  SessionAnalysis,
  'mood' | 'topics' | 'actionItems' | 'actionSummary' | 'technique' | 'summary' | 'breakthrough' | 'risk'
>;

export interface ModelWave1Result {
  parts: ModelWave1Parts;
  /** Provider id per part group, e.g. `openai:gpt-4.1-nano`. */
  providers: Partial<Record<GenerationTask, string>>;
  usage: GenerationUsage[];
}

/**
 * Runs mood, labels (topics, homework, technique, summary), breakthrough and risk through `generate` with the
 * Wave 1 contracts. The transcript is the shared first message, so servers with prefix caching (and the llama
 * backend's context reuse) pay for it once. Tasks whose selected provider is `heuristic` must be run by the engine.
 */
export async function runWave1WithModel(
  transcript: Transcript,
  selection: ProviderSelection,
): Promise<ModelWave1Result> {
  const context = renderTranscript(transcript);
  const usage: GenerationUsage[] = [];
  const providers: Partial<Record<GenerationTask, string>> = {};
  async function run<K extends keyof typeof wave1Tasks>(task: K): Promise<z.infer<(typeof wave1Tasks)[K]['schema']>> {
    const provider = providerFor(selection, task);
    if (provider.kind === 'heuristic') throw new Error(`${task}: heuristic provider selected; run the Wave 1 engine`);
    const model: ModelProvider = provider;
    const template = loadPrompt(wave1Tasks[task].template);
    const { system, prompt } = template.render({ topicIds: topicIds.join(', ') });
    const { value, usage: u } = await model.generate({
      task,
      system,
      context,
      prompt,
      schema: wave1Tasks[task].schema,
      promptVersion: template.version,
    });
    usage.push(u);
    providers[task] = model.idFor(task);
    return value as z.infer<(typeof wave1Tasks)[K]['schema']>;
  }
  // Sequential on purpose: a local model serves one request at a time and reuses the transcript prefix.
  const { mood } = await run('mood');
  const labels = await run('session_labels');
  const { breakthrough } = await run('breakthrough');
  const { risk } = await run('risk');
  return { parts: { mood, ...labels, breakthrough, risk }, providers, usage };
}
