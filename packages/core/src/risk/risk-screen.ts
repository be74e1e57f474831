import { classProbabilities, knownTokens, presentFeatures } from '../nlp/linear-model.ts';
import { wordTokens } from '../nlp/word-tokens.ts';
import { riskModels } from './risk-models.ts';

/**
 * Probability that a sentence is risk talk from its words alone (the lexical screen). Microseconds per
 * sentence, so it runs on every client sentence and ranks which ones the embedding pass takes first.
 */
export function riskScreenScore(text: string): number {
  const { file, index } = riskModels();
  const { idx, val } = presentFeatures(knownTokens(wordTokens(text), index));
  return classProbabilities(file.screen, idx, val)[1] ?? 0;
}
