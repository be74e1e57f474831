import type { SessionStatus, SourceKind } from '../db/enums.ts';

// The session pipeline, declared once. Handlers never enqueue successors themselves: the stage runner
// enqueues `next` in the same transaction that records the stage as done.
export const STAGE_NAMES = ['transcribe', 'analyze.wave1', 'analyze.wave2', 'client.rollup'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export type StageDoneColumn = 'transcribed_at' | 'wave1_at' | 'wave2_at' | 'rollup_at';

export interface StageSpec {
  /** Session column set when the stage's result is stored; a retry sees it and skips the work. */
  doneColumn: StageDoneColumn;
  /** Session status while the stage runs. */
  runningStatus: SessionStatus;
  next: StageName | null;
  /** Human wording used in error messages shown to clinicians. */
  label: string;
}

export const pipeline: Record<StageName, StageSpec> = {
  transcribe: {
    doneColumn: 'transcribed_at',
    runningStatus: 'transcribing',
    next: 'analyze.wave1',
    label: 'Transcription',
  },
  'analyze.wave1': {
    doneColumn: 'wave1_at',
    runningStatus: 'analyzing',
    next: 'analyze.wave2',
    label: 'Session analysis',
  },
  'analyze.wave2': {
    doneColumn: 'wave2_at',
    runningStatus: 'deep_analyzing',
    next: 'client.rollup',
    label: 'Deep analysis and notes',
  },
  'client.rollup': { doneColumn: 'rollup_at', runningStatus: 'rolling_up', next: null, label: 'Client journey update' },
};

/** Where a new session enters the pipeline: audio is transcribed first, uploaded transcripts skip that. */
export function firstStage(source: SourceKind): StageName {
  switch (source) {
    case 'audio':
      return 'transcribe';
    case 'transcript':
      return 'analyze.wave1';
  }
}

/** The stage a session in this status is running, if any. */
export function stageOfStatus(status: SessionStatus): StageName | null {
  return STAGE_NAMES.find((s) => pipeline[s].runningStatus === status) ?? null;
}
