import type { SessionStatus } from '../db/enums.ts';
import type { StageName } from '../jobs/pipeline.ts';

// Every pipeline event type and its payload. The SSE endpoint sends these to browsers; the row id of
// `pipeline_events` is the SSE event id, so a reconnect with Last-Event-ID replays what was missed.
export interface PipelineEventMap {
  /** A stage began (or was re-run). */
  'stage.started': { stage: StageName; status: SessionStatus };
  /** A stage wrote its result and `<stage>_at`. */
  'stage.completed': { stage: StageName; status: SessionStatus };
  /** How far a long stage has got (transcription reports its steps); throttled, so a few per stage. */
  'stage.progress': StageProgress;
  /** A stage attempt failed and will be retried. */
  'stage.retrying': { stage: StageName; attempt: number; error: string };
  /** The last stage finished. */
  'session.completed': { status: 'completed' };
  /** A stage failed for good; the session shows `error`. */
  'session.failed': { stage: StageName | null; status: 'failed'; error: string };
}

export type PipelineEventType = keyof PipelineEventMap;

/** Progress within a running stage: the step it is on (e.g. transcription's `asr`) and that step's share done. */
// A type alias, not an interface: payloads are stored as JSON, and only aliases are assignable to Json.
export type StageProgress = {
  stage: StageName;
  step: string;
  /** 0..1 within the step. */
  fraction: number;
};

export interface PipelineEventInput<T extends PipelineEventType = PipelineEventType> {
  type: T;
  practiceId: string;
  sessionId: string | null;
  clientId: string | null;
  stage: StageName | null;
  payload: PipelineEventMap[T];
}

/** What NOTIFY carries: enough to route and fetch; the row (and the REST resource) holds the rest. */
export interface EventNotification {
  id: number;
  type: PipelineEventType;
  practiceId: string;
  sessionId: string | null;
  clientId: string | null;
  /** Only on `stage.progress`: small enough for NOTIFY, and SSE forwards it without a database read. */
  progress?: StageProgress;
}
