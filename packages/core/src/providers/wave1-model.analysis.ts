import { sessionAnalysisSchema, type SessionAnalysis } from '../contracts/session-analysis.contract.ts';
import type { Transcript } from '../contracts/transcript.contract.ts';
import { providerFor, type ProviderSelection } from './analysis-provider.ts';
import type { GenerationUsage } from './generation.types.ts';
import { runWave1WithModel } from './wave1-model.runner.ts';
import { ProviderConfigError } from './provider-config-error.ts';

/** The Wave 1 tasks a language model can judge (the rest of Wave 1 is always measured by the engine). */
export const wave1ModelTasks = ['mood', 'session_labels', 'breakthrough', 'risk'] as const;

/**
 * Whether Wave 1 is the engine alone or the engine plus a model for its judged parts. A mix is refused: the
 * judged parts refer to each other (risk and breakthrough read like the summary), so one writer judges them all.
 * Selecting a model backend that is not configured throws here, before any work starts.
 */
export function wave1Mode(selection: ProviderSelection): 'engine' | 'model' {
  const kinds = new Set(wave1ModelTasks.map((task) => providerFor(selection, task).kind === 'heuristic'));
  if (kinds.size > 1) {
    throw new ProviderConfigError(
      'Wave 1 runs with one kind of provider: the offline engine or a language model, not both',
    );
  }
  return kinds.has(true) ? 'engine' : 'model';
}

/** A session analysis whose judged parts came from a language model, with what the model calls cost. */
export interface ModelWave1Analysis {
  analysis: SessionAnalysis;
  usage: GenerationUsage[];
}

/**
 * Runs mood, labels, breakthrough and risk through the selected model and puts them over the engine's analysis,
 * which keeps its measured parts (speakers, metrics, MI coding). The result is validated against the contract and
 * names the model(s) as its provider. Used by `insession analyze --provider` and the pipeline's Wave 1 stage.
 */
export async function analyzeWave1WithModel(
  transcript: Transcript,
  engine: SessionAnalysis,
  selection: ProviderSelection,
): Promise<ModelWave1Analysis> {
  const { parts, providers, usage } = await runWave1WithModel(transcript, selection);
  const provider = [...new Set(Object.values(providers))].join(', ');
  return { analysis: sessionAnalysisSchema.parse({ ...engine, ...parts, provider }), usage };
}
