import { embedTexts } from '../nlp/embedder.ts';
import { riskScreenScore } from '../risk/risk-screen.ts';
import type { SessionContext, Sentence, Turn } from './session-context.ts';

/**
 * Default word budget of the shared embedding pass. On 6,000–9,000-word sessions, 800 words gave the same
 * topics, mood and risk as 1,200 (and as embedding everything, bar the second topic of a mixed session) for
 * about a third less encoder time.
 */
export const DEFAULT_EMBEDDING_WORD_BUDGET = 800;

/**
 * Words of client speech embedded for the risk classifier, on top of the shared budget, in the order the
 * lexical risk screen ranks the sentences. Sessions with up to 1,200 client words (about 25 minutes) have
 * every client sentence classified; in longer ones the sentences with the most risk-like words go first.
 * On a 9,000-word session this adds about half a second (`npm run bench analysis`).
 */
export const RISK_EMBEDDING_WORD_BUDGET = 1200;

/** Longest client turn embedded whole for the risk classifier; longer turns are read sentence by sentence. */
const MAX_WHOLE_TURN_WORDS = 60;

/**
 * One embedding pass per session, shared by risk, mood and topics. The client sentences and short client
 * turns the lexical risk screen ranks highest are embedded for the risk classifier; then the shared budget goes
 * to the client's other content sentences, spread evenly over the session so long sessions stay within the
 * time budget. Returns the number of sentences and turns embedded.
 */
export async function runEmbeddingPass(
  ctx: SessionContext,
  wordBudget = DEFAULT_EMBEDDING_WORD_BUDGET,
): Promise<number> {
  const units = screenedForRisk([...ctx.clientSentences, ...shortClientTurns(ctx)]);
  const risky = units.filter((u): u is Sentence => !isTurn(u));
  const riskyTurns = units.filter(isTurn);
  const riskySet = new Set(risky);
  const rest = ctx.clientSentences.filter((s) => !riskySet.has(s) && s.words >= 4);
  let budget = wordBudget;
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
  const embedded: (Sentence | Turn)[] = [...chosen, ...riskyTurns];
  const unique = [...new Set(embedded.map((s) => s.text))];
  const vectors = await embedTexts(unique);
  const byText = new Map(unique.map((t, i) => [t, vectors[i]]));
  for (const s of embedded) s.vector = byText.get(s.text);
  return embedded.length;
}

/**
 * Client turns of several sentences and at most MAX_WHOLE_TURN_WORDS words, embedded whole for the risk
 * classifier: "I did it again. cut. saturday night. on my leg this time" says in fragments what no fragment
 * says alone.
 */
function shortClientTurns(ctx: SessionContext): Turn[] {
  return ctx.clientTurns.filter((t) => t.sentences.length >= 2 && unitWords(t) <= MAX_WHOLE_TURN_WORDS);
}

const isTurn = (u: Sentence | Turn): u is Turn => 'sentences' in u;
const unitWords = (u: Sentence | Turn): number => (isTurn(u) ? u.sentences.reduce((a, s) => a + s.words, 0) : u.words);

function screenedForRisk(units: readonly (Sentence | Turn)[]): (Sentence | Turn)[] {
  const scored = units.map((u) => ({ u, score: riskScreenScore(u.text) })).sort((a, b) => b.score - a.score);
  let words = 0;
  return scored.filter((x) => (words += unitWords(x.u)) <= RISK_EMBEDDING_WORD_BUDGET).map((x) => x.u);
}
