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
  for (const row of rows) {
    if (WAVE1_KINDS.has(row.kind)) {
      Object.assign(analysis, row.payload);
      analysis.provider = row.provider;
    } else if (row.kind === 'deep_analysis' || row.kind === 'deep') {
      const p = row.payload as Record<string, unknown> | null;
      deepAnalysis = (p && typeof p['deepAnalysis'] === 'object' ? p['deepAnalysis'] : p) as Record<
        string,
        unknown
      > | null;
    } else if (row.kind === 'narrative') {
      narrative = textOf(row.payload);
    }
  }
  return { analysis, deepAnalysis, narrative };
}
