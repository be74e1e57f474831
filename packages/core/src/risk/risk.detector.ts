import type { Risk, RiskFlag, RiskSeverity, RiskType } from '../contracts/risk.contract.ts';
import type { SessionContext, Sentence, Turn } from '../analysis/session-context.ts';
import { classifyRisk } from './risk-classifier.ts';
import { meansFlags } from './means-escalation.ts';
import { affirmativeStart, screeningQuestion } from './screening-question.ts';
import {
  aboutSomeoneElse,
  clauseBefore,
  pastMarkers,
  reportedQuestion,
  resolvedMarkers,
  restoreApostrophes,
} from './risk-context.ts';
import { harmParaphrases } from './harm.paraphrases.ts';
import { idioms, negators, nonNegators, riskPatterns } from './risk-patterns.ts';
import { suicideParaphrases } from './suicide.paraphrases.ts';

const idiomsGlobal = new RegExp(idioms.source, 'g');
const fillerCommas = /,\s*(like|you know|i mean|um+|uh+|er+|kind of|sort of)\s*,/g;
const allPatterns = [...riskPatterns, ...suicideParaphrases, ...harmParaphrases];
/**
 * A short client turn read whole must clear a stricter bar than a sentence: the classifier learned from
 * sentences, and at its own threshold ordinary sentences read together raised false alarms in 10 of the 120
 * risk-free training excerpts (2 at 0.9). At 0.9 it still finds plans told over a turn ("I've been keeping
 * them. In the tin in the bureau. I counted them Sunday.") in the risk-level development sessions.
 */
const WHOLE_TURN_MIN_PROBABILITY = 0.9;
/**
 * Told in the past, risk is history the client is recounting; only a clear reading is flagged ("he used to hit
 * me when I brought home a bad mark" is 0.99, "he used to say it when I brought home a bad mark" 0.64).
 */
const PAST_MIN_PROBABILITY = 0.8;
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
/** A risk told in the past tense is low, except abuse: what was done to the client still matters now. */
const pastSeverity = (type: RiskType): RiskSeverity => (type === 'abuse' ? 'moderate' : 'low');
/**
 * Severity of a present risk read without a phrase pattern (the classifier, a "yes" to a screening question), as
 * the patterns rate each type: active ideation (intent, a plan, a method or an attempt) is high; a wish to be
 * dead without plan or intent ("some nights I wish I wouldn't wake up") is low, as clinicians rate it, and means
 * or a plan in the same session raise it to high (meansFlags); the rest is moderate.
 */
const presentSeverity = (type: RiskType): RiskSeverity =>
  type === 'active_suicidal_ideation' ? 'high' : type === 'passive_suicidal_ideation' ? 'low' : 'moderate';

function matchPatterns(s: Sentence): { type: RiskType; severity: RiskSeverity } | null {
  // Spoken fillers between commas ("I'm not, like, starving myself") do not start a new clause.
  const text = restoreApostrophes(s.lower).replace(fillerCommas, ' $1 ').replace(idiomsGlobal, ' … ');
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
    const severity = past ? pastSeverity(p.type) : p.severity;
    const rank = severityRank[severity] * 10 + typeRank[p.type];
    if (!best || rank > severityRank[best.severity] * 10 + typeRank[best.type]) best = { type: p.type, severity };
  }
  return best;
}

// Negation, idioms and whose risk it is are learned from the hard negatives in the training data: on the blind
// sets the pattern guards in front of the classifier cost a sixth of its recall and saved no false alarm.
function matchClassifier(s: Sentence | Turn, minProbability = 0): { type: RiskType; severity: RiskSeverity } | null {
  if (!s.vector) return null;
  const past = pastMarkers.test(s.lower);
  const hit = classifyRisk(s.text, s.vector, past ? Math.max(minProbability, PAST_MIN_PROBABILITY) : minProbability);
  if (!hit) return null;
  return { type: hit.type, severity: past ? pastSeverity(hit.type) : presentSeverity(hit.type) };
}

/**
 * Finds risk statements in the client's speech: phrase patterns with negation and idiom handling, a learned
 * classifier on the sentences the embedding pass embedded, "yes" answers to a counsellor's screening
 * question, and means or preparation mentioned in a session with suicidal ideation. Never sentiment.
 */
export function detectRisk(ctx: SessionContext): Risk {
  const flags: RiskFlag[] = [];
  const flagged = new Set<Sentence>();
  for (const s of ctx.clientSentences) {
    const hit = matchPatterns(s) ?? matchClassifier(s);
    if (!hit) continue;
    flagged.add(s);
    flags.push({ ...hit, start: s.start, end: s.end, quote: s.text });
  }
  // A short turn, none of whose sentences was flagged, read whole ("I did it again. cut. saturday night.").
  for (const t of ctx.clientTurns) {
    const hit = t.sentences.some((s) => flagged.has(s)) ? null : matchClassifier(t, WHOLE_TURN_MIN_PROBABILITY);
    if (hit) flags.push({ ...hit, start: t.start, end: t.end, quote: t.text });
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
    flags.push({ type, severity: presentSeverity(type), start: answer.start, end: answer.end, quote: answer.text });
  });
  // A means flag replaces the ideation flags inside its turn: the whole turn says more than its fragments.
  const means = meansFlags(ctx.turns, flags);
  const covered = (f: RiskFlag): boolean =>
    f.type.endsWith('suicidal_ideation') && means.some((m) => f.start >= m.start && f.end <= m.end);
  const all = [...flags.filter((f) => !covered(f)), ...means].sort((a, b) => a.start - b.start);
  return { level: riskLevel(all), flags: all };
}

function riskLevel(flags: RiskFlag[]): Risk['level'] {
  const top = Math.max(-1, ...flags.map((f) => severityRank[f.severity]));
  return top === 2 ? 'high' : top === 1 ? 'moderate' : top === 0 ? 'low' : 'none';
}
