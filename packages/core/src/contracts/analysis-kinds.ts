import { z } from 'zod';
import { sessionAnalysisSchema, type SessionAnalysis } from './session-analysis.contract.ts';

/** Which session-object keys each stored analysis kind holds (one `analyses` row per kind). */
const kindKeys = {
  speakers: ['speakers'],
  metrics: ['metrics'],
  mood: ['mood'],
  topics: ['topics'],
  action_items: ['actionItems', 'actionSummary'],
  technique: ['technique'],
  summary: ['summary'],
  breakthrough: ['breakthrough'],
  risk: ['risk'],
  mi_skills: ['miSkills'],
} as const satisfies Record<string, readonly (keyof SessionAnalysis)[]>;

export type AnalysisKind = keyof typeof kindKeys;
/** Every Wave 1 analysis kind, in report order. */
export const analysisKinds = Object.keys(kindKeys) as AnalysisKind[];
export const analysisKindSchema = z.enum(analysisKinds as [AnalysisKind, ...AnalysisKind[]]);

export interface AnalysisPart {
  kind: AnalysisKind;
  /** The session-object fields of this kind, e.g. `{ mood: {...} }` or `{ actionItems, actionSummary }`. */
  payload: Partial<SessionAnalysis>;
}

/** Splits a session analysis into one `{ kind, payload }` per analysis kind (schemaVersion/provider go with each row). */
export function splitSessionAnalysis(analysis: SessionAnalysis): AnalysisPart[] {
  return analysisKinds.map((kind) => {
    const payload: Record<string, unknown> = {};
    for (const key of kindKeys[kind]) payload[key] = analysis[key];
    return { kind, payload: payload as Partial<SessionAnalysis> };
  });
}

/** Reassembles stored parts into a validated session analysis (throws a ZodError if parts are missing). */
export function joinSessionAnalysis(
  parts: AnalysisPart[],
  meta: { provider: string; schemaVersion?: 1 } = { provider: 'heuristic' },
): SessionAnalysis {
  const merged = Object.assign(
    { schemaVersion: meta.schemaVersion ?? 1, provider: meta.provider },
    ...parts.map((p) => p.payload),
  );
  return sessionAnalysisSchema.parse(merged);
}
