import {
  createProviderPool,
  providerSettingsSchema,
  resolveProviderChoices,
  type ProviderPool,
  type ProviderSettings,
} from '@insession/core';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config.ts';
import type { DB, PracticeSettings } from '../../db/schema.ts';

/**
 * Providers for Wave 1's judged parts, Wave 2 and rollups: the practice's `settings.analysis` (provider/model, per
 * task) first, then the server's ANALYSIS_PROVIDER / ANALYSIS_MODEL. With nothing configured every task uses the
 * offline heuristic.
 */
function analysisProviders(config: Config, practice: PracticeSettings): ProviderPool {
  const fromPractice = providerSettingsSchema.safeParse(practice.analysis);
  return providerPoolFromConfig(config, [fromPractice.success ? fromPractice.data : undefined]);
}

/** The settings of the session's practice: provider choices and the clinical-note format. */
export async function practiceSettings(db: Kysely<DB>, practiceId: string): Promise<PracticeSettings> {
  const practice = await db
    .selectFrom('practices')
    .select('settings')
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
  return practice.settings;
}

/** Runs `work` with the practice's providers and releases them afterwards (a llama model holds memory). */
export async function withAnalysisProviders<T>(
  config: Config,
  practice: PracticeSettings,
  work: (pool: ProviderPool) => Promise<T>,
): Promise<T> {
  const pool = analysisProviders(config, practice);
  try {
    return await work(pool);
  } finally {
    await pool.dispose();
  }
}

/** ANALYSIS_PROVIDER / ANALYSIS_MODEL as the last, lowest-priority settings source. */
function serverProviderSettings(config: Config): ProviderSettings {
  return {
    provider: config.ANALYSIS_PROVIDER,
    ...(config.ANALYSIS_MODEL ? { model: config.ANALYSIS_MODEL } : {}),
  };
}

/**
 * A provider pool for the given settings sources (first wins), then the server's own settings, with the OpenAI
 * and llama backends configured from the environment. Shared by the pipeline and `insession analyze`.
 */
export function providerPoolFromConfig(config: Config, sources: (ProviderSettings | undefined)[]): ProviderPool {
  return createProviderPool(resolveProviderChoices([...sources, serverProviderSettings(config)]), {
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
