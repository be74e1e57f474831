import riskPrototypes from '../../data/risk-prototypes.json' with { type: 'json' };
import type { Risk, RiskFlag, RiskSeverity, RiskType } from '../contracts/risk.contract.ts';
import type { SessionContext, Sentence } from '../analysis/session-context.ts';
import { embedPrototypes, maxSimilarity } from '../nlp/embedder.ts';
import { affirmativeStart, riskGate, screeningQuestion } from './risk-gate.ts';
import {
  aboutSomeoneElse,
  accident,
  clauseBefore,
  pastMarkers,
  reportedQuestion,
  resolvedMarkers,
  restoreApostrophes,
  speaksOfSelf,
} from './risk-context.ts';
import { harmParaphrases } from './harm.paraphrases.ts';
import { idioms, negators, nonNegators, riskPatterns } from './risk-patterns.ts';
import { suicideParaphrases } from './suicide.paraphrases.ts';

const idiomsGlobal = new RegExp(idioms.source, 'g');
const allPatterns = [...riskPatterns, ...suicideParaphrases, ...harmParaphrases];
const severityRank: Record<RiskSeverity, number> = { low: 0, moderate: 1, high: 2 };
/** On equal severity, the more specific reading wins ("took a bunch of pills hoping not to wake" is an attempt). */
const typeRank: Record<RiskType, number> = {
  active_suicidal_ideation: 5,
  self_harm: 4,
  harm_to_others: 3,
  abuse: 2,
  passive_suicidal_ideation: 1,
  substance_crisis: 0,
};
/** Similarity a sentence needs to a risk prototype, and its lead over the nearest "safe" prototype. */
const EMBED_THRESHOLD = 0.66;
const EMBED_MARGIN = 0.1;

// No substance-crisis prototypes: USE-lite puts ordinary drinking talk ("on good days I drink because it's what
// I do at seven") as close to crisis sentences (0.74–0.77) as real crises, so in health-behaviour counselling
// it raised crisis flags on use talk. Substance crises are found by their phrase patterns only.
type Types = Exclude<keyof typeof riskPrototypes, 'safe'>;
const riskTypes = Object.keys(riskPrototypes).filter((k) => k !== 'safe') as Types[];

function matchPatterns(s: Sentence): { type: RiskType; severity: RiskSeverity } | null {
  const text = restoreApostrophes(s.lower).replace(idiomsGlobal, ' … ');
  const past = pastMarkers.test(text);
  if (past && resolvedMarkers.test(text)) return null;
  let best: { type: RiskType; severity: RiskSeverity } | null = null;
  for (const p of allPatterns) {
    const m = p.re.exec(text);
    if (!m) continue;
    const clause = clauseBefore(text, m.index);
    if (!p.selfNegated && negators.test(clause) && !nonNegators.test(clause + m[0])) continue;
    // Abuse is told about someone else by design ("he hits me"); other risks must be the client's own.
    const before = text.slice(0, m.index);
    if (p.type !== 'abuse' && aboutSomeoneElse(before, m[0])) continue;
    if (reportedQuestion.test(clause) || reportedQuestion.test(before)) continue;
    const severity: RiskSeverity = past ? (p.type === 'abuse' ? 'moderate' : 'low') : p.severity;
    const rank = severityRank[severity] * 10 + typeRank[p.type];
    if (!best || rank > severityRank[best.severity] * 10 + typeRank[best.type]) best = { type: p.type, severity };
  }
  return best;
}

const isNegatedOrIdiom = (s: Sentence): boolean =>
  idioms.test(s.lower) || accident.test(s.lower) || (negators.test(s.lower) && !nonNegators.test(s.lower));

async function matchEmbedding(s: Sentence): Promise<{ type: RiskType; severity: RiskSeverity } | null> {
  // Similarity can't tell whose risk it is, so only sentences where the client speaks as "I" or "me" count.
  if (!s.vector || !riskGate.test(s.lower) || isNegatedOrIdiom(s) || !speaksOfSelf(s.lower)) return null;
  const safe = maxSimilarity(s.vector, await embedPrototypes(riskPrototypes.safe));
  let best: { type: RiskType; sim: number } | null = null;
  for (const type of riskTypes) {
    const sim = maxSimilarity(s.vector, await embedPrototypes(riskPrototypes[type]));
    if (!best || sim > best.sim) best = { type, sim };
  }
  if (!best || best.sim < EMBED_THRESHOLD || best.sim - safe < EMBED_MARGIN) return null;
  return { type: best.type, severity: pastMarkers.test(s.lower) ? 'low' : 'moderate' };
}

/** Whether a client sentence is worth an embedding for the risk check. */
export const needsRiskEmbedding = (s: Sentence): boolean => s.role === 'client' && riskGate.test(s.lower);

/**
 * Finds risk statements in the client's speech: phrase patterns with negation and idiom handling, "yes"
 * answers to a counsellor's screening question, and similarity to risk prototype sentences. Never sentiment.
 */
export async function detectRisk(ctx: SessionContext): Promise<Risk> {
  const flags: RiskFlag[] = [];
  const flagged = new Set<Sentence>();
  for (const s of ctx.clientSentences) {
    const hit = matchPatterns(s) ?? (await matchEmbedding(s));
    if (!hit) continue;
    flagged.add(s);
    flags.push({ ...hit, start: s.start, end: s.end, quote: s.text });
  }
  ctx.turns.forEach((turn, i) => {
    const next = ctx.turns[i + 1];
    if (turn.role !== 'therapist' || next?.role !== 'client' || !screeningQuestion.test(turn.lower)) return;
    const answer = next.sentences[0];
    // An answer whose own words were already flagged needs no second flag for the same disclosure.
    if (!answer || next.sentences.some((s) => flagged.has(s)) || !affirmativeStart.test(answer.lower)) return;
    const q = turn.lower;
    const type: RiskType = /hurt(ing)? (someone|anyone|him|her)/.test(q)
      ? 'harm_to_others'
      : /safe at home|hurt(ing)? you\b/.test(q)
        ? 'abuse'
        : /hurt(ing)? yourself|harm(ing)? yourself/.test(q)
          ? 'self_harm'
          : 'passive_suicidal_ideation';
    flags.push({ type, severity: 'moderate', start: answer.start, end: answer.end, quote: answer.text });
  });
  flags.sort((a, b) => a.start - b.start);
  return { level: riskLevel(flags), flags };
}

function riskLevel(flags: RiskFlag[]): Risk['level'] {
  const top = Math.max(-1, ...flags.map((f) => severityRank[f.severity]));
  return top === 2 ? 'high' : top === 1 ? 'moderate' : top === 0 ? 'low' : 'none';
}
