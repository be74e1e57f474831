// What the screens need, independent of how the API spells it. api/*.queries.ts map the generated
// client's responses onto these shapes, so a rename in the API touches one mapper, not every page.
import type { SessionStatus } from '../components/pipeline-stage.tsx';
import type { RiskLevel } from '../components/risk-badge.tsx';
import type { SessionAnalysisView } from '../session/analysis-types.ts';
import type { SegmentView, SpeakerView } from '../session/transcript-view.tsx';

export type UserRole = 'admin' | 'clinician' | 'client';

export interface Me {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  /** Set when the signed-in user is a client: their own client record. */
  clientId: string | null;
}

export interface QuestionnaireTrendView {
  instrument: string;
  latest: number | null;
  severity: string | null;
  direction: string | null;
  points: { date: string; score: number }[];
}

export interface ClientSummaryView {
  id: string;
  name: string;
  lastSessionDate: string | null;
  latestMood: number | null;
  riskLevel: RiskLevel | null;
  sessionCount: number;
  questionnaires: QuestionnaireTrendView[];
}

export interface SessionSummaryView {
  id: string;
  clientId: string;
  date: string;
  status: SessionStatus;
  error: string | null;
  sourceKind: 'audio' | 'transcript';
  analysis: SessionAnalysisView;
  /** The analyses request for this session is still in flight. */
  analysisLoading: boolean;
}

export interface SessionDetailView extends SessionSummaryView {
  clientName: string;
  segments: SegmentView[];
  speakers: SpeakerView[];
  timesEstimated: boolean;
  audioUrl: string | null;
  narrative: string | null;
  deepAnalysis: Record<string, unknown> | null;
  draftLabel: string | null;
}
