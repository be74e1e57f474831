import type { SegmentView, SpeakerView } from '../session/transcript-view.tsx';
import type { MappedAnalyses } from './analysis.mapper.ts';
import type { SessionDto, TranscriptDto } from './api-types.ts';
import type { SessionSummaryView } from './view-models.ts';

export function toSessionSummary(s: SessionDto, a: MappedAnalyses | undefined, loading = false): SessionSummaryView {
  return {
    id: s.id,
    clientId: s.clientId,
    date: s.sessionDate,
    status: s.status,
    error: s.error,
    sourceKind: s.sourceKind,
    analysis: a?.analysis ?? {},
    analysisLoading: loading,
  };
}

/** Transcript rows are stored as the core transcript contract; the API passes them through untyped. */
export function toTranscriptView(t: TranscriptDto | undefined): { segments: SegmentView[]; speakers: SpeakerView[] } {
  if (!t) return { segments: [], speakers: [] };
  return { segments: t.segments as SegmentView[], speakers: t.speakers as SpeakerView[] };
}

/** Whether Wave 1 results can exist for this session yet (saves a request per unanalysed session). */
export function hasAnalyses(s: SessionDto): boolean {
  return s.stages.wave1At !== null;
}
