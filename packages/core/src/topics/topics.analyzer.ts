import type { Topic } from '../contracts/topics.contract.ts';
import type { SessionContext } from '../analysis/session-context.ts';
import { embedPrototypes, maxSimilarity } from '../nlp/embedder.ts';
import { topicTaxonomy } from '../taxonomy/topic-taxonomy.ts';
import { sentenceTopicProbabilities } from './sentence-topics.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longer keywords are word-start stems ("depress" matches "depressed"); short ones ("sti", "bet", "fat") must be
// whole words (plural allowed) or they would match "still", "better", "father".
const pattern = (k: string): string => (k.length <= 4 ? `${escape(k)}s?\\b` : escape(k));
const keywordRes = topicTaxonomy.map((t) => new RegExp(`\\b(${t.keywords.map(pattern).join('|')})`, 'g'));

const sensitive = new Set(['suicidal_thoughts', 'self_harm']);

interface Scored {
  index: number;
  keyword: number;
  embedding: number;
  /** Mean probability of the topic over the session's sentences, from the learned sentence topic models. */
  model: number;
  total: number;
}

/**
 * Weighted mean over the session's sentences (client 1, therapist 0.5) of each topic's probability under the
 * learned sentence topic models; talk about no topic ("general") takes its share, so a topic that runs
 * through a session scores well above one mentioned once.
 */
function modelShares(ctx: SessionContext): number[] {
  const sums = topicTaxonomy.map(() => 0);
  let weights = 0;
  for (const s of ctx.sentences) {
    if (s.role === 'other' || s.words < 3) continue;
    const weight = s.role === 'client' ? 1 : 0.5;
    const p = sentenceTopicProbabilities(s.text, s.vector);
    sums.forEach((_, k) => (sums[k] = (sums[k] ?? 0) + weight * (p[k] ?? 0)));
    weights += weight;
  }
  return sums.map((v) => (weights > 0 ? v / weights : 0));
}

/**
 * Top one or two taxonomy topics, from cue words (client weighted over therapist), similarity to the
 * taxonomy's prototype sentences, and the learned sentence topic models.
 */
export async function analyzeTopics(ctx: SessionContext): Promise<Topic[]> {
  const keyword = topicTaxonomy.map(() => 0);
  for (const s of ctx.sentences) {
    const weight = s.role === 'client' ? 1 : 0.5;
    keywordRes.forEach((re, i) => {
      const hits = s.lower.match(re)?.length ?? 0;
      keyword[i] = (keyword[i] ?? 0) + Math.min(2, hits) * weight;
    });
  }
  const vectors = ctx.clientSentences.filter((s) => s.vector && s.words >= 4).map((s) => s.vector as Float32Array);
  const embedding = await Promise.all(
    topicTaxonomy.map(async (t) => {
      if (vectors.length === 0) return 0;
      const protos = await embedPrototypes(t.prototypes);
      // Mean of the three closest client sentences: a topic needs more than one passing mention.
      const sims = vectors.map((v) => maxSimilarity(v, protos)).sort((a, b) => b - a);
      const top = sims.slice(0, 3);
      return top.reduce((a, b) => a + b, 0) / top.length;
    }),
  );
  const model = modelShares(ctx);
  const scored: Scored[] = topicTaxonomy.map((_, index) => {
    const hits = keyword[index] ?? 0;
    // Saturating, absolute scores: a topic's cue count is not scaled by whichever topic happened to lead.
    const kw = hits / (hits + 2);
    const em = Math.min(1, Math.max(0, ((embedding[index] ?? 0) - 0.25) / 0.45));
    // A quarter of all sentences on one topic is as strong as sessions get (most talk is "general").
    const learned = Math.min(1, (model[index] ?? 0) / 0.25);
    // Weights chosen on the dev sessions and the coded training excerpts (73 sessions, none of them topic
    // training data); cue words alone pick the wrong topic too often ("my mother", "work" are everywhere).
    return {
      index,
      keyword: hits,
      embedding: embedding[index] ?? 0,
      model: model[index] ?? 0,
      total: 0.2 * kw + 0.5 * em + 0.3 * learned,
    };
  });
  // A sensitive topic is never inferred from similarity alone: someone in the session must have named it.
  for (const s of scored) {
    if (sensitive.has(topicTaxonomy[s.index]?.id ?? '') && keyword[s.index] === 0) s.total = 0;
  }
  scored.sort((a, b) => b.total - a.total || a.index - b.index);
  const [first, second] = scored as [Scored, Scored];
  const picked = [first];
  if (second.total >= 0.6 * first.total && (second.keyword >= 1 || second.embedding >= 0.45 || second.model >= 0.05))
    picked.push(second);
  return picked.map((s) => {
    const entry = topicTaxonomy[s.index]!;
    // Absolute strength of the evidence: a total of 0.6 (cue words, prototypes and model all agreeing) is as
    // sure as this gets. The second topic never outranks the first, as its total is never higher.
    return {
      id: entry.id,
      label: entry.label,
      confidence: Math.round(Math.min(0.95, 0.3 + 0.65 * Math.min(1, s.total / 0.6)) * 100) / 100,
    };
  });
}
