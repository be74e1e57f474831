import type { SessionAnalysisView } from '../session/analysis-types.ts';
import type { AnalysisDto } from './api-types.ts';

// Wave 1 kinds store session-object fields (`{ mood }`, `{ actionItems, actionSummary }`, …); they merge back
// into one object. Wave 2 kinds are whole documents of their own.
const WAVE1_KINDS = new Set([
  'speakers',
  'metrics',
  'mood',
  'topics',
  'action_items',
  'technique',
  'summary',
  'breakthrough',
  'risk',
  'mi_skills',
]);

export interface MappedAnalyses {
  analysis: SessionAnalysisView;
  deepAnalysis: Record<string, unknown> | null;
  narrative: string | null;
  /** How the Wave 2 drafts were produced (e.g. an automated heuristic draft), shown with them. */
  draftLabel: string | null;
}

/** Wave 2 rows are stored as `{ label, value }` drafts. */
function unwrapDraft(payload: unknown): { label: string | null; value: unknown } {
  if (payload && typeof payload === 'object' && 'value' in payload) {
    const o = payload as { label?: unknown; value: unknown };
    return { label: typeof o.label === 'string' ? o.label : null, value: o.value };
  }
  return { label: null, value: payload };
}

function textOf(payload: unknown): string | null {
  if (typeof payload === 'string') return payload;
  if (payload && typeof payload === 'object') {
    const o = payload as Record<string, unknown>;
    for (const k of ['narrative', 'text', 'body']) if (typeof o[k] === 'string') return o[k];
  }
  return null;
}

/** Splits the analyses list of a session into the Wave 1 view, the deep analysis and the narrative. */
export function mapAnalyses(rows: AnalysisDto[]): MappedAnalyses {
  const analysis: SessionAnalysisView = {};
  let deepAnalysis: Record<string, unknown> | null = null;
  let narrative: string | null = null;
  let draftLabel: string | null = null;
  for (const row of rows) {
    if (WAVE1_KINDS.has(row.kind)) {
      Object.assign(analysis, row.payload);
      analysis.provider = row.provider;
    } else if (row.kind === 'deep_analysis') {
      const draft = unwrapDraft(row.payload);
      deepAnalysis = draft.value && typeof draft.value === 'object' ? (draft.value as Record<string, unknown>) : null;
      draftLabel = draft.label ?? draftLabel;
    } else if (row.kind === 'narrative') {
      const draft = unwrapDraft(row.payload);
      narrative = textOf(draft.value);
      draftLabel = draft.label ?? draftLabel;
    }
  }
  return { analysis, deepAnalysis, narrative, draftLabel };
}
