import { riskTopicIds, topicTaxonomy, type Bridge, type Journey } from '@insession/core';

// A second guard for what a client reads, whoever drafted it (a language model, an older heuristic version): no
// sentence that names suicide, self-harm, harm to others or abuse. Those stay between client and clinician.
const riskLabels = topicTaxonomy.filter((t) => riskTopicIds.has(t.id)).map((t) => t.label.toLowerCase());
const RISK = new RegExp(
  [
    ...riskLabels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    'suicid',
    'self[- ]?harm',
    'kill(ing)? (my|him|her|them)sel(f|ves)',
    'end(ing)? (my|his|her|their) life',
    'overdos',
    'hurt(ing)? (myself|yourself|someone|others)',
    'abus(e|ed|ive)',
  ].join('|'),
  'i',
);

const safe = (text: string): boolean => !RISK.test(text);
const keep = (items: readonly string[], fallback: string): string[] => {
  const kept = items.filter(safe);
  return kept.length > 0 ? kept : [fallback];
};

/** The journey as the client sees it: sentences and items with risk detail are left out. */
export function clientFacingJourney(j: Journey): Journey {
  const summary = j.summary
    .split(/(?<=[.!?])\s+/)
    .filter(safe)
    .join(' ');
  const s = j.sections;
  return {
    summary: summary || 'Your journey so far, written with your therapist.',
    achievements: j.achievements.filter(safe),
    currentFocus: safe(j.currentFocus) ? j.currentFocus : 'The next steps you agree with your therapist',
    sections: {
      progress: keep(s.progress, 'You keep coming and working on what matters to you.'),
      strategies: keep(s.strategies, 'Talking things through with your therapist.'),
      patterns: keep(s.patterns, 'Patterns become clearer as more sessions are reviewed.'),
      focus: keep(s.focus, 'The next steps you agree with your therapist.'),
      longTermGoals: keep(s.longTermGoals, 'Feel more like yourself in daily life.'),
    },
  };
}

/** The bridge as the client sees it, with the same guard (its lines stay first person). */
export function clientFacingBridge(b: Bridge): Bridge {
  return {
    concerns: keep(b.concerns, "I'm working through some things I'd rather talk about in person."),
    progress: keep(b.progress, "I'm keeping going with my sessions."),
    goals: keep(b.goals, 'It helps me when the people close to me ask how I am.'),
  };
}
