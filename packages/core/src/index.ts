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

// Reference data
export { topicTaxonomy, topicIds, type TopicEntry } from './taxonomy/topic-taxonomy.ts';

// Transcript import and roles
export { parseTranscript, DEFAULT_MAX_TRANSCRIPT_BYTES } from './transcript/parse-transcript.ts';
export type { TranscriptInput, ParseOptions } from './transcript/parse-transcript.ts';
export { TranscriptError, type TranscriptErrorCode } from './transcript/transcript-error.ts';
export { labelRoles } from './roles/role-labeller.ts';

// Heuristic analysis engine (offline provider "heuristic")
export { analyzeTranscript, type AnalyzeOptions } from './analysis/analyze-transcript.ts';
export { loadEmbeddingModel } from './nlp/embedder.ts';
export { techniqueLibrary, techniqueLabel, type TechniqueEntry } from './technique/technique-library.ts';
