import { useStageProgress, type StageProgress } from '../api/use-stage-progress.ts';

export type SessionStatus =
  'draft' | 'uploaded' | 'transcribing' | 'analyzing' | 'deep_analyzing' | 'rolling_up' | 'completed' | 'failed';

const stageLabels: Record<SessionStatus, string> = {
  draft: 'Waiting for a recording or transcript',
  uploaded: 'Queued',
  transcribing: 'Transcribing',
  analyzing: 'Analysing mood, topics and risk',
  deep_analyzing: 'Deep analysis and notes',
  rolling_up: 'Updating the journey',
  completed: 'Done',
  failed: 'Failed',
};

/** True while the pipeline still has work to do for this session. */
function isInProgress(status: SessionStatus): boolean {
  return status !== 'completed' && status !== 'failed' && status !== 'draft';
}

// The steps of transcription (packages/audio), in words a clinician follows.
const stepLabels: Record<string, string> = {
  probe: 'checking the file',
  analyse: 'finding speech',
  diarize: 'telling speakers apart',
  asr: 'speech to text',
  align: 'matching words to speakers',
};

function progressText(p: StageProgress | undefined): string {
  return p ? ` — ${stepLabels[p.step] ?? p.step} ${Math.round(p.fraction * 100)}%` : '';
}

/** "Analyzing… <stage>" live while the pipeline runs (transcription adds its step and percent); the error when it failed. */
export function PipelineStage({
  status,
  error,
  sessionId,
}: {
  status: SessionStatus;
  error?: string | null;
  /** Enables the live step and percent pushed over SSE. */
  sessionId?: string;
}) {
  const progress = useStageProgress(sessionId);
  if (status === 'failed')
    return (
      <p className="stage failed" role="status">
        Analysis failed{error ? `: ${error}` : ''}
      </p>
    );
  if (!isInProgress(status)) return null;
  return (
    <p className="stage running" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Analyzing… {stageLabels[status]}
      {status === 'transcribing' && progressText(progress)}
    </p>
  );
}
