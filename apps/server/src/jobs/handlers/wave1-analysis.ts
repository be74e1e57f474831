import {
  analyzeTranscript,
  analyzeWave1WithModel,
  wave1Mode,
  type GenerationTask,
  type GenerationUsage,
  type SessionAnalysis,
  type Transcript,
} from '@insession/core';
import type { PracticeSettings } from '../../db/schema.ts';
import type { JobContext } from '../job-handler.ts';
import { withAnalysisProviders } from './analysis-providers.ts';

export interface Wave1Result {
  analysis: SessionAnalysis;
  /** Empty when the offline engine judged everything (it costs nothing and calls no model). */
  usage: GenerationUsage[];
}

/**
 * Wave 1 of one session: the offline engine, and, when the practice's `settings.analysis` (or the server's
 * ANALYSIS_PROVIDER) picks a language model for mood, labels, breakthrough and risk, the model's judgement of those
 * over the engine's measured parts. The provider choice is checked before the engine runs, so a misconfigured
 * backend or a mixed choice fails the session at once; a model failure (after the provider's own retry) fails it like any error.
 */
export async function analyzeWave1(
  transcript: Transcript,
  practice: PracticeSettings,
  ctx: JobContext,
): Promise<Wave1Result> {
  return withAnalysisProviders(ctx.config, practice, async (pool) => {
    const selection = (task: GenerationTask) => pool.select(task);
    const mode = wave1Mode(selection);
    const engine = await analyzeTranscript(transcript, {
      onTiming: (stage, ms) => ctx.log.debug({ stage, ms: Math.round(ms) }, 'analysis timing'),
    });
    if (mode === 'engine') return { analysis: engine, usage: [] };
    return analyzeWave1WithModel(transcript, engine, selection);
  });
}
