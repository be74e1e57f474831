import type { Database } from '../db/database.ts';
import type { Config } from '../config/config.ts';

/** A pipeline_events row as the listener delivers it (the NOTIFY payload carries only ids). */
export interface PipelineEventNotice {
  id: number;
  practiceId: string;
  sessionId: string | null;
  clientId: string | null;
  type: string;
}

/** What the API needs from the job system. Calls happen after the HTTP write has committed. */
export interface PipelinePort {
  /** Stage names a clinician may re-run, in pipeline order. */
  readonly rerunnableStages: readonly string[];
  /** Starts processing a freshly uploaded session (transcription for audio, analysis for transcripts). */
  startSession(sessionId: string, requestId: string): Promise<void>;
  /** Re-runs one stage (and what depends on it) for a session. */
  rerunStage(sessionId: string, stage: string, requestId: string): Promise<void>;
  /** Queues a background task of the API itself (webhook delivery, cleanups). */
  enqueueTask(name: ApiTaskName, payload: Record<string, string>, startAfterSeconds?: number): Promise<void>;
}

export type ApiTaskName = 'webhook.deliver';

/** Pipeline events, fed by Postgres LISTEN/NOTIFY (or PGlite's in-process listen). */
export interface EventPort {
  subscribe(listener: (event: PipelineEventNotice) => void): () => void;
}

export interface ApiPluginOptions {
  database: Database;
  config: Config;
  pipeline: PipelinePort;
  events: EventPort;
}
