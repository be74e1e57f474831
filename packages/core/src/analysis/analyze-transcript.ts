import { sessionAnalysisSchema, type SessionAnalysis } from '../contracts/session-analysis.contract.ts';
import type { Transcript } from '../contracts/transcript.contract.ts';
import { analyzeBreakthrough } from '../insight/breakthrough.analyzer.ts';
import { analyzeActionItems, summarizeActions } from '../homework/action-items.analyzer.ts';
import { analyzeMetrics } from '../metrics/metrics.analyzer.ts';
import { analyzeMood } from '../mood/mood.analyzer.ts';
import { detectRisk } from '../risk/risk.detector.ts';
import { analyzeMiSkills } from '../skills/mi-skills.analyzer.ts';
import { summarizeSession } from '../summary/summary.analyzer.ts';
import { analyzeTechnique } from '../technique/technique.analyzer.ts';
import { analyzeTopics } from '../topics/topics.analyzer.ts';
import { DEFAULT_EMBEDDING_WORD_BUDGET, runEmbeddingPass } from './embedding-pass.ts';
import { buildContext } from './session-context.ts';

export interface AnalyzeOptions {
  /** Words of client speech embedded per session (default 800); 0 runs rules and lexicons only. */
  embeddingWordBudget?: number;
  /** Called after each stage with its duration, for benchmarks and logs. */
  onTiming?: (stage: string, ms: number) => void;
}

/** Runs the offline `heuristic` provider on a transcript and returns the validated Wave 1 session analysis. */
export async function analyzeTranscript(
  transcript: Transcript,
  options: AnalyzeOptions = {},
): Promise<SessionAnalysis> {
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    options.onTiming?.(stage, performance.now() - t0);
    return out;
  };
  const ctx = await timed('prepare', () => buildContext(transcript));
  const budget = options.embeddingWordBudget ?? DEFAULT_EMBEDDING_WORD_BUDGET;
  if (budget > 0) await timed('embeddings', () => runEmbeddingPass(ctx, budget));
  const risk = await timed('risk', () => detectRisk(ctx));
  const mood = await timed('mood', () => analyzeMood(ctx, risk));
  const topics = await timed('topics', () => analyzeTopics(ctx));
  const actionItems = await timed('actionItems', () => analyzeActionItems(ctx));
  const actionSummary = summarizeActions(actionItems);
  const technique = await timed('technique', () => analyzeTechnique(ctx));
  const breakthrough = await timed('breakthrough', () => analyzeBreakthrough(ctx));
  const metrics = await timed('metrics', () => analyzeMetrics(transcript));
  const miSkills = await timed('miSkills', () => analyzeMiSkills(ctx));
  const summary = summarizeSession({
    topics,
    mood,
    technique,
    actionSummary,
    hasActions: actionItems.length > 0,
  });
  return sessionAnalysisSchema.parse({
    schemaVersion: 1,
    provider: 'heuristic',
    speakers: transcript.speakers,
    metrics,
    mood,
    topics,
    actionItems,
    actionSummary,
    technique,
    summary,
    breakthrough,
    risk,
    miSkills,
  } satisfies SessionAnalysis);
}
