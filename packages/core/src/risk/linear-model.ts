/**
 * A multinomial logistic-regression model as stored in data/risk-models.json by eval/train-risk-models.ts:
 * one weight row and one bias per label.
 */
export interface LinearModel {
  labels: string[];
  weights: number[][];
  bias: number[];
}

/** Label probabilities for a sparse input (feature indices and their values) under weight rows and biases. */
export function softmaxProbabilities(
  weights: readonly ArrayLike<number>[],
  bias: ArrayLike<number>,
  idx: readonly number[],
  val: readonly number[],
): number[] {
  const logits = weights.map((row, k) => {
    let s = bias[k] ?? 0;
    for (let j = 0; j < idx.length; j++) s += (row[idx[j] as number] ?? 0) * (val[j] ?? 0);
    return s;
  });
  const top = Math.max(...logits);
  const exp = logits.map((z) => Math.exp(z - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** Label probabilities of a stored model for a sparse input. */
export const classProbabilities = (model: LinearModel, idx: readonly number[], val: readonly number[]): number[] =>
  softmaxProbabilities(model.weights, model.bias, idx, val);
