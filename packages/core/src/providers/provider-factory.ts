import { heuristicProvider, type AnalysisProvider } from './analysis-provider.ts';
import type { GenerationTask } from './generation.types.ts';
import { createLlamaBackend, type LlamaOptions } from './llama.backend.ts';
import { createModelProvider, type ModelProvider } from './model-provider.ts';
import { createOpenAiBackend, defaultOpenAiModels, type OpenAiOptions } from './openai.backend.ts';
import type { PriceTable } from './price-table.ts';
import type { ProviderChoice } from './provider-choice.resolver.ts';
import { ProviderConfigError } from './provider-config-error.ts';

/** Connection settings for each backend, from the server config (the choice of backend comes separately). */
export interface BackendSettings {
  openai?: OpenAiOptions;
  llama?: LlamaOptions;
  priceTable?: PriceTable;
}

/** A per-task provider selection with its backends created once and shared; call `dispose` when done. */
export interface ProviderPool {
  select(task: GenerationTask): AnalysisProvider;
  dispose(): Promise<void>;
}

/**
 * Builds providers for resolved per-task choices (see `resolveProviderChoices`). A chosen model overrides the
 * task's OpenAI model, or replaces the GGUF path for llama. Fails fast when a backend is chosen but not configured.
 */
export function createProviderPool(
  choices: Record<GenerationTask, ProviderChoice>,
  settings: BackendSettings,
): ProviderPool {
  const made = new Map<string, ModelProvider>();
  const build = (task: GenerationTask, choice: ProviderChoice): AnalysisProvider => {
    switch (choice.provider) {
      case 'heuristic':
        return heuristicProvider;
      case 'openai': {
        if (!settings.openai)
          throw new ProviderConfigError(`${task}: provider "openai" chosen but no OpenAI API key is configured`);
        const base = settings.openai.models ?? defaultOpenAiModels;
        const model = choice.model ?? base[task] ?? base.default;
        const key = `openai:${model}`;
        const hit = made.get(key);
        if (hit) return hit;
        const provider = createModelProvider(createOpenAiBackend({ ...settings.openai, models: { default: model } }), {
          priceTable: settings.priceTable,
        });
        made.set(key, provider);
        return provider;
      }
      case 'llama': {
        const modelPath = choice.model ?? settings.llama?.modelPath;
        if (!modelPath)
          throw new ProviderConfigError(`${task}: provider "llama" chosen but no GGUF model path is configured`);
        const key = `llama:${modelPath}`;
        const hit = made.get(key);
        if (hit) return hit;
        const provider = createModelProvider(createLlamaBackend({ ...settings.llama, modelPath }));
        made.set(key, provider);
        return provider;
      }
    }
  };
  const selected = new Map<GenerationTask, AnalysisProvider>();
  return {
    select(task) {
      const hit = selected.get(task);
      if (hit) return hit;
      const provider = build(task, choices[task]);
      selected.set(task, provider);
      return provider;
    },
    async dispose() {
      await Promise.all([...made.values()].map((p) => p.dispose()));
      made.clear();
      selected.clear();
    },
  };
}
