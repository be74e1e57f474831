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

/** "Analyzing… <stage>", live while the pipeline runs; the error text when it failed. */
export function PipelineStage({ status, error }: { status: SessionStatus; error?: string | null }) {
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
    </p>
  );
}
