// Contracts (zod schemas and types shared by every provider, the server and the web app)
export * from './contracts/evidence.contract.ts';
export * from './contracts/transcript.contract.ts';
export * from './contracts/metrics.contract.ts';
export * from './contracts/mood.contract.ts';
export * from './contracts/topics.contract.ts';
export * from './contracts/action-items.contract.ts';
export * from './contracts/technique.contract.ts';
export * from './contracts/summary.contract.ts';
export * from './contracts/breakthrough.contract.ts';
export * from './contracts/risk.contract.ts';
export * from './contracts/mi-skills.contract.ts';
export * from './contracts/session-analysis.contract.ts';
export * from './contracts/analysis-kinds.ts';

// Reference data (the technique library is exported with the engine below)
export { topicTaxonomy, topicIds, riskTopicIds, type TopicEntry } from './taxonomy/topic-taxonomy.ts';

// Transcript import and roles
export { parseTranscript, DEFAULT_MAX_TRANSCRIPT_BYTES } from './transcript/parse-transcript.ts';
export type { TranscriptInput, ParseOptions } from './transcript/parse-transcript.ts';
export { TranscriptError, type TranscriptErrorCode } from './transcript/transcript-error.ts';
export { labelRoles } from './roles/role-labeller.ts';

// Heuristic analysis engine (offline provider "heuristic")
export { analyzeTranscript, type AnalyzeOptions } from './analysis/analyze-transcript.ts';
export { loadEmbeddingModel } from './nlp/embedder.ts';
export { techniqueLibrary, techniqueLabel, type TechniqueEntry } from './technique/technique-library.ts';
export { formatAnalysisReport, formatClock } from './report/analysis-report.ts';

// Scoring stored analyses against a reviewer's labels (`insession score`, `npm run eval`)
export * from './evaluation/labels.contract.ts';
export * from './evaluation/scorecard.ts';
export { scoreAnalyses } from './evaluation/score-analyses.ts';
export { formatScorecard } from './evaluation/scorecard-report.ts';
export { classScores, binaryScores, type ClassScores } from './evaluation/classification-scores.ts';

// Language-model providers (generate + usage), Wave 1 through a model, costs
export * from './providers/generation.types.ts';
export { GenerationError } from './providers/generation-error.ts';
export { ProviderConfigError } from './providers/provider-config-error.ts';
export { createModelProvider, type ModelProvider, type ModelProviderOptions } from './providers/model-provider.ts';
export {
  createOpenAiBackend,
  defaultOpenAiModels,
  isReasoningModel,
  type OpenAiOptions,
} from './providers/openai.backend.ts';
export { createLlamaBackend, type LlamaOptions } from './providers/llama.backend.ts';
export * from './providers/analysis-provider.ts';
export * from './providers/provider-choice.resolver.ts';
export { createProviderPool, type BackendSettings, type ProviderPool } from './providers/provider-factory.ts';
export * from './providers/price-table.ts';
export { defaultRetryPolicy, type RetryPolicy } from './providers/retry-policy.ts';
export { estimateTokens } from './providers/token-estimate.ts';
export { summarizeCosts, type CostRecord, type CostGrouping, type CostSummaryRow } from './providers/cost-summary.ts';
export { runWave1WithModel, type ModelWave1Parts, type ModelWave1Result } from './providers/wave1-model.runner.ts';
export {
  analyzeWave1WithModel,
  wave1Mode,
  wave1ModelTasks,
  type ModelWave1Analysis,
} from './providers/wave1-model.analysis.ts';

// Wave 2 and client rollups (any provider, including the offline heuristic)
export * from './wave2/contracts/deep-analysis.contract.ts';
export * from './wave2/contracts/narrative.contract.ts';
export * from './wave2/contracts/clinical-note.contract.ts';
export * from './wave2/contracts/treatment-plan.contract.ts';
export * from './wave2/contracts/journey.contract.ts';
export * from './wave2/contracts/bridge.contract.ts';
export type { SessionRecord } from './wave2/session-record.ts';
export { compactHistory, renderHistory, type CompactHistory } from './wave2/history-compaction.ts';
export { moodTrend, type TrendDirection } from './wave2/mood-trend.ts';
export type { Drafted } from './wave2/run-task.ts';
export { runWave2, type Wave2Input, type Wave2Result } from './wave2/run-wave2.ts';
export {
  runClientRollup,
  type RollupInput,
  type RollupResult,
  type PreviousRollup,
} from './wave2/run-client-rollup.ts';
