import { embedTexts } from '../nlp/embedder.ts';
import { needsRiskEmbedding } from '../risk/risk.detector.ts';
import type { SessionContext, Sentence } from './session-context.ts';

/**
 * Default word budget of the shared embedding pass. On 6,000–9,000-word sessions, 800 words gave the same
 * topics, mood and risk as 1,200 (and as embedding everything, bar the second topic of a mixed session) for
 * about a third less encoder time.
 */
export const DEFAULT_EMBEDDING_WORD_BUDGET = 800;

/**
 * One embedding pass per session, shared by risk, mood and topics. Every client sentence with risk vocabulary
 * is embedded; the rest of the budget goes to the client's other content sentences, spread evenly over the
 * session so long sessions stay within the time budget. Returns the number of sentences embedded.
 */
export async function runEmbeddingPass(
  ctx: SessionContext,
  wordBudget = DEFAULT_EMBEDDING_WORD_BUDGET,
): Promise<number> {
  // Risk sentences come first, within the same budget; explicit risk statements are caught by phrase
  // patterns anyway, the embedding check is for paraphrases.
  let riskWords = 0;
  const risky = ctx.clientSentences.filter((s) => needsRiskEmbedding(s) && (riskWords += s.words) <= wordBudget);
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
  // Repeated sentences ("Yeah, exactly.") are embedded once.
  const unique = [...new Set(chosen.map((s) => s.text))];
  const vectors = await embedTexts(unique);
  const byText = new Map(unique.map((t, i) => [t, vectors[i]]));
  for (const s of chosen) s.vector = byText.get(s.text);
  return chosen.length;
}
