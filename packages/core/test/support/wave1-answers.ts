import type { SessionAnalysis } from '../../src/contracts/session-analysis.contract.ts';

/**
 * What a local test model answers to each Wave 1 task (keyed by schema name): the judged parts of `analysis`.
 * Tests pass an engine analysis with the parts they want the model to change visibly.
 */
export function wave1Answers(analysis: SessionAnalysis): Record<string, unknown> {
  return {
    mood: { mood: analysis.mood },
    session_labels: {
      topics: analysis.topics,
      actionItems: analysis.actionItems,
      actionSummary: analysis.actionSummary,
      technique: analysis.technique,
      summary: analysis.summary,
    },
    breakthrough: { breakthrough: analysis.breakthrough },
    risk: { risk: analysis.risk },
  };
}
