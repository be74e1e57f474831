import type { ActionItem, Topic } from '@insession/core';
import type { ClientContext } from './page-recommender.ts';

/** The parts of one analysed session the recommender uses. */
export interface SessionSignals {
  topics: Topic[];
  actionItems: ActionItem[];
}

// Each older session counts this much less than the one after it, so last week's topics lead.
const RECENCY_DECAY = 0.7;

/** Builds a client's context from their analysed sessions, newest first: topic weights decay with age. */
export function clientContextFromSessions(sessionsNewestFirst: SessionSignals[], language?: string): ClientContext {
  const weights = new Map<string, number>();
  sessionsNewestFirst.forEach((s, age) => {
    for (const t of s.topics) weights.set(t.id, (weights.get(t.id) ?? 0) + t.confidence * RECENCY_DECAY ** age);
  });
  return {
    topics: [...weights].map(([id, weight]) => ({ id, weight })),
    // Homework from the latest session only: older assignments are usually done or replaced.
    homework: (sessionsNewestFirst[0]?.actionItems ?? []).map((a) => a.text),
    ...(language ? { language } : {}),
  };
}
