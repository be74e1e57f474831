import { classProbabilities, knownTokens, presentFeatures, sentenceFeatures } from '../nlp/linear-model.ts';
import { wordTokens } from '../nlp/word-tokens.ts';
import { topicModels } from './topic-models.ts';

/**
 * Probability of each topic label (taxonomy order, then "general") for one sentence: from its embedding and
 * words when the embedding pass took it, otherwise from its words alone.
 */
export function sentenceTopicProbabilities(text: string, vector?: Float32Array): number[] {
  const { file, index } = topicModels();
  const tokens = wordTokens(text);
  if (vector) {
    const { idx, val } = sentenceFeatures(vector, tokens, index, file.tokenWeight);
    return classProbabilities(file.full, idx, val);
  }
  const { idx, val } = presentFeatures(knownTokens(tokens, index));
  return classProbabilities(file.words, idx, val);
}
