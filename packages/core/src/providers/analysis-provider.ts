import type { GenerationTask } from './generation.types.ts';
import type { ModelProvider } from './model-provider.ts';

/** What every heuristic (offline) result says about itself. */
export const HEURISTIC_LABEL = 'automated draft, no language model';

/** The offline provider: templated composition from Wave 1 results and history. */
export interface HeuristicProvider {
  kind: 'heuristic';
}
export const heuristicProvider: HeuristicProvider = { kind: 'heuristic' };

/** Any provider a Wave 1, Wave 2 or rollup task can run with. */
export type AnalysisProvider = HeuristicProvider | ModelProvider;

/** One provider for every task, or a choice per task (see `resolveProviderChoices`). */
export type ProviderSelection = AnalysisProvider | ((task: GenerationTask) => AnalysisProvider);

/** The provider a task runs with. */
export const providerFor = (selection: ProviderSelection, task: GenerationTask): AnalysisProvider =>
  typeof selection === 'function' ? selection(task) : selection;

/** The label stored next to a draft: who wrote it. */
export const draftLabel = (provider: AnalysisProvider, task: GenerationTask): string =>
  provider.kind === 'heuristic' ? HEURISTIC_LABEL : `automated draft by a language model (${provider.idFor(task)})`;
