/**
 * A multinomial logistic-regression model as stored in data/*-models.json by the eval/train-*.ts scripts:
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
  idx: ArrayLike<number>,
  val: ArrayLike<number>,
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

/** Index of the largest value (the first one on ties). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if ((values[k] ?? 0) > (values[best] ?? 0)) best = k;
  return best;
}

/** Feature numbers of a vocabulary, in its order. */
export const vocabularyIndex = (vocabulary: readonly string[]): Map<string, number> =>
  new Map(vocabulary.map((t, i) => [t, i]));

/** A sparse input of features that are simply present (value 1 each). */
export const presentFeatures = (idx: number[]): { idx: number[]; val: number[] } => ({ idx, val: idx.map(() => 1) });

/** Feature indices of the tokens a vocabulary knows; unknown tokens carry no weight. */
export const knownTokens = (tokens: readonly string[], index: ReadonlyMap<string, number>): number[] =>
  tokens.flatMap((t) => {
    const i = index.get(t);
    return i === undefined ? [] : [i];
  });

/**
 * A sentence as a sparse input: the embedding's components, then one feature per known token after them,
 * valued `tokenWeight` (the embedding's components are ±0.1 or so).
 */
export function sentenceFeatures(
  vector: Float32Array,
  tokens: readonly string[],
  index: ReadonlyMap<string, number>,
  tokenWeight: number,
): { idx: number[]; val: number[] } {
  const words = knownTokens(tokens, index);
  return {
    idx: [...Array.from(vector, (_, i) => i), ...words.map((i) => vector.length + i)],
    val: [...Array.from(vector), ...words.map(() => tokenWeight)],
  };
}
