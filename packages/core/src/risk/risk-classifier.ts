import type { RiskType } from '../contracts/risk.contract.ts';
import { argmax, classProbabilities, sentenceFeatures } from '../nlp/linear-model.ts';
import { wordTokens } from '../nlp/word-tokens.ts';
import { riskLabels, riskModels } from './risk-models.ts';

export interface RiskClassification {
  type: RiskType;
  /** Probability that the sentence is risk talk of any type. */
  probability: number;
}

/**
 * The learned risk classifier on a sentence's embedding and words: a risk type when the probability of any
 * risk clears the threshold chosen at training time (or a stricter `minProbability`), otherwise null.
 */
export function classifyRisk(text: string, vector: Float32Array, minProbability = 0): RiskClassification | null {
  const { file, index } = riskModels();
  const { idx, val } = sentenceFeatures(vector, wordTokens(text), index, file.tokenWeight);
  const p = classProbabilities(file.classifier.model, idx, val);
  const probability = 1 - (p[0] ?? 1);
  if (probability < Math.max(minProbability, file.classifier.threshold)) return null;
  // The likeliest risk type, "none" (index 0) left out.
  return { type: riskLabels[1 + argmax(p.slice(1))] as RiskType, probability };
}
