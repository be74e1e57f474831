import type { z } from 'zod';

/** Every task a provider can be asked to run; each has its own prompt file and may have its own model. */
export const generationTasks = [
  'mood',
  'session_labels',
  'breakthrough',
  'risk',
  'deep_analysis',
  'narrative',
  'clinical_note',
  'treatment_plan',
  'journey',
  'bridge',
] as const;
export type GenerationTask = (typeof generationTasks)[number];

export const providerKinds = ['heuristic', 'openai', 'llama'] as const;
export type ProviderKind = (typeof providerKinds)[number];

/** Same values as the database's `generation_costs.outcome` CHECK. */
export type GenerationOutcome = 'ok' | 'retried' | 'failed';

/** One request to a language model: shared context first (reused as a cached prefix), then the task. */
export interface GenerateRequest<S extends z.ZodType> {
  task: GenerationTask;
  system: string;
  /** Material shared by several tasks of one session (transcript, history); sent before the task text. */
  context?: string;
  prompt: string;
  schema: S;
  /** `<template>@v<N>`, recorded with the usage. */
  promptVersion?: string;
}

/** What one `generate` call cost and how it ended; stored in `generation_costs`. */
export interface GenerationUsage {
  task: GenerationTask;
  provider: ProviderKind;
  model: string | null;
  promptVersion: string | null;
  inputTokens: number;
  /** Input tokens served from a prompt cache (OpenAI) or kept in the llama context from the previous task. */
  cachedInputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
  outcome: GenerationOutcome;
  /** Model calls made, including the validation retry (transport retries are not counted). */
  attempts: number;
}

export interface GenerateResult<T> {
  value: T;
  usage: GenerationUsage;
}

/** The raw text a model produced for one attempt, with its token counts. */
export interface Completion {
  text: string;
  model: string;
  inputTokens: number;
  /** Input tokens served from the provider's prompt cache (billed at the cached rate). */
  cachedInputTokens?: number;
  outputTokens: number;
}

/** A language-model backend: produces JSON text for a request; validation and retry live in `generate`. */
export interface LanguageModel {
  kind: Exclude<ProviderKind, 'heuristic'>;
  /** The model used for a task (per-task model choice lives in the backend's options). */
  modelFor(task: GenerationTask): string;
  complete(request: CompletionRequest): Promise<Completion>;
  /** Frees native resources (llama); no-op for HTTP backends. */
  dispose?(): Promise<void>;
}

/** What a backend receives: the request with the zod schema already converted to JSON Schema. */
export interface CompletionRequest {
  task: GenerationTask;
  system: string;
  context?: string;
  prompt: string;
  schemaName: string;
  jsonSchema: Record<string, unknown>;
  zodSchema: z.ZodType;
}
