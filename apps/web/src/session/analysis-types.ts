// The parts of the analysis contract (docs: ANALYSIS.md) that the session screens display. Declared
// structurally so any API response carrying these fields fits, without importing server code.
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}
export interface MoodView {
  score: number;
  confidence: number;
  tone: string;
  indicators: string[];
  rationale: string;
  evidence: Evidence[];
}
export interface TopicView {
  id: string;
  label: string;
  confidence: number;
}
export interface ActionItemView {
  text: string;
  start: number;
  end: number;
}
export interface TechniqueView {
  modality: string;
  name: string;
  label: string;
  confidence: number;
  evidence: Evidence[];
}
export interface BreakthroughView {
  label: string;
  description: string;
  confidence: number;
  start: number;
  end: number;
  evidence: Evidence[];
}
export interface RiskFlagView {
  type: string;
  severity: 'low' | 'moderate' | 'high';
  start: number;
  end: number;
  quote: string;
}
export interface RiskView {
  level: 'none' | 'low' | 'moderate' | 'high';
  flags: RiskFlagView[];
}
export interface MetricsView {
  durationSeconds: number;
  therapistTalkShare: number;
  clientTalkShare: number;
  turns: number;
  longestClientTurnSeconds: number;
  silenceSeconds: number;
}
export interface MiSkillsView {
  reflections: number;
  complexReflections: number;
  questions: number;
  openQuestions: number;
  /** Null when the therapist asked no question. */
  reflectionToQuestionRatio: number | null;
  /** 0–100; null when no question was asked. */
  percentOpenQuestions: number | null;
  changeTalk: number;
  sustainTalk: number;
}
/** Every Wave 1 field may still be missing while the pipeline runs. */
export interface SessionAnalysisView {
  provider?: string;
  mood?: MoodView;
  topics?: TopicView[];
  actionItems?: ActionItemView[];
  actionSummary?: string;
  technique?: TechniqueView | null;
  summary?: string;
  breakthrough?: BreakthroughView | null;
  risk?: RiskView;
  metrics?: MetricsView;
  miSkills?: MiSkillsView;
}

/** A `YYYY-MM-DD` session day in the reader's locale (parsed as a local day, so no timezone shift). */
export function formatDay(day: string, style: 'medium' | 'long' = 'medium'): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).toLocaleDateString(undefined, { dateStyle: style });
}

/** `mm:ss` (or `h:mm:ss`) for a time in seconds. */
export function formatTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
