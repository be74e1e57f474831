import type { z } from 'zod';
import { draftLabel, type AnalysisProvider } from '../providers/analysis-provider.ts';
import { GenerationError } from '../providers/generation-error.ts';
import type { GenerationTask, GenerationUsage } from '../providers/generation.types.ts';
import { loadPrompt } from '../providers/prompt-template.ts';

/** How one Wave 2 / rollup task is asked of a model, and composed without one. */
export interface TaskSpec<S extends z.ZodType, I> {
  task: GenerationTask;
  template: string;
  schema: (input: I) => S;
  /** Shared material sent first (the transcript), so a prefix cache can reuse it. */
  context?: (input: I) => string;
  vars: (input: I) => Record<string, string>;
  /** The heuristic provider's templated composition. */
  compose: (input: I) => z.input<S>;
}

/** A validated draft with the facts stored next to it. */
export interface Drafted<T> {
  value: T;
  /** `heuristic`, `openai:<model>` or `llama:<file>`. */
  provider: string;
  promptVersion: string | null;
  /** "automated draft, no language model" for the heuristic provider. */
  label: string;
}

export const HEURISTIC_VERSION = 'heuristic@v1';

/** Runs one task with the given provider; the result always passes the task's zod schema. */
export async function runTask<S extends z.ZodType, I>(
  spec: TaskSpec<S, I>,
  input: I,
  provider: AnalysisProvider,
): Promise<{ draft: Drafted<z.infer<S>>; usage: GenerationUsage }> {
  const schema = spec.schema(input);
  const label = draftLabel(provider, spec.task);
  if (provider.kind === 'heuristic') {
    const started = performance.now();
    const parsed = schema.safeParse(spec.compose(input));
    const usage: GenerationUsage = {
      task: spec.task,
      provider: 'heuristic',
      model: null,
      promptVersion: HEURISTIC_VERSION,
      inputTokens: 0,
      cachedInputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      latencyMs: Math.round(performance.now() - started),
      outcome: parsed.success ? 'ok' : 'failed',
      attempts: 1,
    };
    if (!parsed.success)
      throw new GenerationError(`${spec.task}: heuristic draft invalid: ${parsed.error.message}`, usage);
    return { draft: { value: parsed.data, provider: 'heuristic', promptVersion: HEURISTIC_VERSION, label }, usage };
  }
  const template = loadPrompt(spec.template);
  const { system, prompt } = template.render(spec.vars(input));
  const { value, usage } = await provider.generate({
    task: spec.task,
    system,
    context: spec.context?.(input),
    prompt,
    schema,
    promptVersion: template.version,
  });
  return { draft: { value, provider: provider.idFor(spec.task), promptVersion: template.version, label }, usage };
}
