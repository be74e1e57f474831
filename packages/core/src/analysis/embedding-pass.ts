import { embedTexts } from '../nlp/embedder.ts';
import { needsRiskEmbedding } from '../risk/risk.detector.ts';
import type { SessionContext, Sentence } from './session-context.ts';

/** Default word budget of the shared embedding pass (about 1.5 s of encoder time on 2 cores). */
export const DEFAULT_EMBEDDING_WORD_BUDGET = 2500;

/**
 * One embedding pass per session, shared by risk, mood and topics. Every client sentence with risk vocabulary
 * is embedded; the rest of the budget goes to the client's other content sentences, spread evenly over the
 * session so long sessions stay within the time budget. Returns the number of sentences embedded.
 */
export async function runEmbeddingPass(
  ctx: SessionContext,
  wordBudget = DEFAULT_EMBEDDING_WORD_BUDGET,
): Promise<number> {
  const risky = ctx.clientSentences.filter(needsRiskEmbedding);
  const riskySet = new Set(risky);
  const rest = ctx.clientSentences.filter((s) => !riskySet.has(s) && s.words >= 4);
  let budget = wordBudget - risky.reduce((a, s) => a + s.words, 0);
  const restWords = rest.reduce((a, s) => a + s.words, 0);
  const chosen: Sentence[] = [...risky];
  if (budget > 0 && rest.length > 0) {
    // Deterministic even sampling: take every k-th sentence so all parts of the session are represented.
    const step = Math.max(1, restWords / budget);
    let next = 0;
    rest.forEach((s, i) => {
      if (i < next || budget <= 0) return;
      chosen.push(s);
      budget -= s.words;
      next = Math.ceil((i + 1) * step) === i + 1 ? i + 1 : Math.floor(i + step);
    });
  }
  const vectors = await embedTexts(chosen.map((s) => s.text));
  chosen.forEach((s, i) => (s.vector = vectors[i]));
  return chosen.length;
}
