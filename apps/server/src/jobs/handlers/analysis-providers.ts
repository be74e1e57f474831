import {
  createProviderPool,
  providerSettingsSchema,
  resolveProviderChoices,
  type ProviderPool,
  type ProviderSettings,
} from '@insession/core';
import type { Config } from '../../config/config.ts';
import type { PracticeSettings } from '../../db/schema.ts';

/**
 * Providers for Wave 2 and rollups: the practice's `settings.analysis` (provider/model, per task) first, then
 * the server's ANALYSIS_PROVIDER / ANALYSIS_MODEL. With nothing configured every task uses the offline heuristic.
 */
export function analysisProviders(config: Config, practice: PracticeSettings): ProviderPool {
  const fromPractice = providerSettingsSchema.safeParse(practice.analysis);
  const fromServer: ProviderSettings = {
    provider: config.ANALYSIS_PROVIDER,
    ...(config.ANALYSIS_MODEL ? { model: config.ANALYSIS_MODEL } : {}),
  };
  const choices = resolveProviderChoices([fromPractice.success ? fromPractice.data : undefined, fromServer]);
  return createProviderPool(choices, {
    ...(config.OPENAI_API_KEY
      ? {
          openai: {
            apiKey: config.OPENAI_API_KEY,
            ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
          },
        }
      : {}),
    ...(config.LLAMA_MODEL_PATH ? { llama: { modelPath: config.LLAMA_MODEL_PATH } } : {}),
  });
}
