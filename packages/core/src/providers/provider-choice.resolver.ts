import { z } from 'zod';
import { generationTasks, providerKinds, type GenerationTask, type ProviderKind } from './generation.types.ts';

const taskMap = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(generationTasks), value);

/** Provider and model choice from one source (CLI flags, practice settings or server config). */
export const providerSettingsSchema = z.object({
  provider: z.enum(providerKinds).optional(),
  model: z.string().min(1).optional(),
  /** Provider per task, overriding `provider` for that task. */
  tasks: taskMap(z.enum(providerKinds)).optional(),
  /** Model per task, overriding `model` for that task. */
  models: taskMap(z.string().min(1)).optional(),
});
export type ProviderSettings = z.infer<typeof providerSettingsSchema>;

/** The provider (and model, when one was named) a task runs with. */
export interface ProviderChoice {
  provider: ProviderKind;
  model?: string;
}

const providerIn = (s: ProviderSettings, task: GenerationTask): ProviderKind | undefined =>
  s.tasks?.[task] ?? s.provider;
const modelIn = (s: ProviderSettings, task: GenerationTask): string | undefined => s.models?.[task] ?? s.model;

/**
 * Resolves one task's provider and model from sources in precedence order, e.g.
 * `[cliFlags, practiceSettings, serverConfig]`: the first source naming a provider wins, and the model comes from
 * the first source that names a model without naming a different provider. Nothing set means `heuristic`.
 */
export function resolveProviderChoice(
  task: GenerationTask,
  sources: readonly (ProviderSettings | undefined)[],
): ProviderChoice {
  const present = sources.filter((s): s is ProviderSettings => s !== undefined);
  const provider = present.map((s) => providerIn(s, task)).find((p) => p !== undefined) ?? 'heuristic';
  if (provider === 'heuristic') return { provider };
  const model = present
    .filter((s) => {
      const p = providerIn(s, task);
      return p === undefined || p === provider;
    })
    .map((s) => modelIn(s, task))
    .find((m) => m !== undefined);
  return model === undefined ? { provider } : { provider, model };
}

/** Resolves every task at once (see `resolveProviderChoice`). */
export function resolveProviderChoices(
  sources: readonly (ProviderSettings | undefined)[],
): Record<GenerationTask, ProviderChoice> {
  return Object.fromEntries(generationTasks.map((t) => [t, resolveProviderChoice(t, sources)])) as Record<
    GenerationTask,
    ProviderChoice
  >;
}
