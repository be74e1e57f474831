import type { Mood } from '../contracts/mood.contract.ts';
import type { Technique } from '../contracts/technique.contract.ts';
import type { Topic } from '../contracts/topics.contract.ts';
import { riskTopicIds } from '../taxonomy/topic-taxonomy.ts';

const MAX = 150;

const fit = (parts: string[]): string => {
  let out = '';
  for (const p of parts) {
    const next = out ? `${out} ${p}` : p;
    if (next.length > MAX) break;
    out = next;
  }
  return out;
};

/**
 * A ≤150-character summary assembled from topics, mood, technique and homework. The client reads it in the
 * portal, so it never carries risk detail: no risk level and no risk topic. The clinician sees risk in the
 * risk flags, which the UI shows before anything else.
 */
export function summarizeSession(input: {
  topics: Topic[];
  mood: Mood;
  technique: Technique;
  actionSummary: string;
  hasActions: boolean;
}): string {
  const shareable = input.topics.filter((t) => !riskTopicIds.has(t.id));
  const topics = shareable.length ? shareable.map((t) => t.label.toLowerCase()).join(' and ') : 'how things have been';
  const parts = [
    `Discussed ${topics}; mood ${input.mood.score}/10 (${input.mood.tone}).`,
    input.technique ? `Used ${input.technique.name}.` : '',
    input.hasActions ? `Homework: ${input.actionSummary}.` : '',
  ].filter(Boolean);
  return fit(parts) || `Discussed ${topics}.`.slice(0, MAX);
}
