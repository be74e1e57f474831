import type { RiskType } from '../contracts/risk.contract.ts';
import { classProbabilities } from './linear-model.ts';
import { riskFeatures, riskLabels, riskModels } from './risk-models.ts';
import { riskTokens } from './risk-tokens.ts';

export interface RiskClassification {
  type: RiskType;
  /** Probability that the sentence is risk talk of any type. */
  probability: number;
}

/**
 * The learned risk classifier on a sentence's embedding and words: a risk type when the probability of any
 * risk clears the threshold chosen at training time, otherwise null.
 */
export function classifyRisk(text: string, vector: Float32Array): RiskClassification | null {
  const { file, index } = riskModels();
  const { idx, val } = riskFeatures(vector, riskTokens(text), index, file.tokenWeight);
  const p = classProbabilities(file.classifier.model, idx, val);
  const probability = 1 - (p[0] ?? 1);
  if (probability < file.classifier.threshold) return null;
  let best = 1;
  for (let k = 2; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
  return { type: riskLabels[best] as RiskType, probability };
}
