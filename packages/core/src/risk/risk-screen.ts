import { classProbabilities } from './linear-model.ts';
import { knownTokens, riskModels } from './risk-models.ts';
import { riskTokens } from './risk-tokens.ts';

/**
 * Probability that a sentence is risk talk from its words alone (the lexical screen). Microseconds per
 * sentence, so it runs on every client sentence and ranks which ones the embedding pass takes first.
 */
export function riskScreenScore(text: string): number {
  const { file, index } = riskModels();
  const idx = knownTokens(riskTokens(text), index);
  return (
    classProbabilities(
      file.screen,
      idx,
      idx.map(() => 1),
    )[1] ?? 0
  );
}
