import type { Mood } from '../contracts/mood.contract.ts';
import type { Risk } from '../contracts/risk.contract.ts';
import type { Technique } from '../contracts/technique.contract.ts';
import type { Topic } from '../contracts/topics.contract.ts';

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

/** A ≤150-character summary assembled from the other analyses (topics, mood, technique, homework, risk). */
export function summarizeSession(input: {
  topics: Topic[];
  mood: Mood;
  technique: Technique;
  actionSummary: string;
  hasActions: boolean;
  risk: Risk;
}): string {
  const topics = input.topics.map((t) => t.label.toLowerCase()).join(' and ');
  const parts = [
    input.risk.level !== 'none' ? `Risk noted (${input.risk.level}).` : '',
    `Discussed ${topics}; mood ${input.mood.score}/10 (${input.mood.tone}).`,
    input.technique ? `Used ${input.technique.name}.` : '',
    input.hasActions ? `Homework: ${input.actionSummary}.` : '',
  ].filter(Boolean);
  const text = fit(parts);
  return text || `Discussed ${topics}.`.slice(0, MAX);
}
