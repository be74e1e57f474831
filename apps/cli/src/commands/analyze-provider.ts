import type { GenerationTask, ProviderKind, ProviderSettings, SessionAnalysis, Transcript } from '@insession/core';
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
  const { providerPoolFromConfig } = await import('@insession/server');
  const pool = providerPoolFromConfig(config, [fromFlags]);
  const selection = (task: GenerationTask) => pool.select(task);
  try {
    if (core.wave1Mode(selection) === 'engine') {
      await pool.dispose();
      return null;
    }
  } catch (err) {
    await pool.dispose();
    throw err;
  }
  return {
    async apply(transcript, engine) {
      return (await core.analyzeWave1WithModel(transcript, engine, selection)).analysis;
    },
    dispose: () => pool.dispose(),
  };
}
