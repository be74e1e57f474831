import type { ProviderKind, ProviderSettings, SessionAnalysis, Transcript } from '@insession/core';
import { configOrExit } from './server-config.ts';

/** `--provider` / `--model` of `insession analyze`. */
export interface ProviderFlags {
  provider?: ProviderKind;
  model?: string;
}

/** Runs the judged Wave 1 parts through a language model on top of the engine's measured ones. */
export interface Wave1Model {
  /** Replaces mood, labels, breakthrough and risk of the engine's analysis with the model's. */
  apply(transcript: Transcript, engine: SessionAnalysis): Promise<SessionAnalysis>;
  dispose(): Promise<void>;
}

const WAVE1_TASKS = ['mood', 'session_labels', 'breakthrough', 'risk'] as const;

/**
 * The language model for Wave 1, or null for the offline engine. Flags come first, then ANALYSIS_PROVIDER and
 * ANALYSIS_MODEL from the environment (packages/core's resolver). Backends use OPENAI_API_KEY / OPENAI_BASE_URL
 * and LLAMA_MODEL_PATH; a chosen backend without its settings fails here, before any file is read.
 */
export async function wave1Model(flags: ProviderFlags): Promise<Wave1Model | null> {
  const core = await import('@insession/core');
  const config = await configOrExit();
  const fromFlags: ProviderSettings = {
    ...(flags.provider ? { provider: flags.provider } : {}),
    ...(flags.model ? { model: flags.model } : {}),
  };
  const { providerPoolFromConfig, serverProviderSettings } = await import('@insession/server');
  const sources = [fromFlags, serverProviderSettings(config)];
  const kinds = new Set(WAVE1_TASKS.map((t) => core.resolveProviderChoice(t, sources).provider));
  if (kinds.size === 1 && kinds.has('heuristic')) return null;
  const pool = providerPoolFromConfig(config, [fromFlags]);
  for (const task of WAVE1_TASKS) {
    if (pool.select(task).kind === 'heuristic') {
      await pool.dispose();
      throw new Error('Wave 1 runs with one kind of provider: the offline engine or a language model, not both');
    }
  }
  return {
    async apply(transcript, engine) {
      const { parts, providers } = await core.runWave1WithModel(transcript, (task) => pool.select(task));
      const provider = [...new Set(Object.values(providers))].join(', ');
      return core.sessionAnalysisSchema.parse({ ...engine, ...parts, provider });
    },
    dispose: () => pool.dispose(),
  };
}
