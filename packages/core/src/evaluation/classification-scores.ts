/** Precision, recall and F1 of one class. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Per-class and macro-averaged scores of a multi-class labelling. */
export function classScores(gold: string[], predicted: string[], classes: readonly string[]) {
  const per: Record<string, ClassScores> = {};
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    per[c] = {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      support: tp + fn,
    };
  }
  const values = Object.values(per);
  const mean = (k: keyof ClassScores): number => values.reduce((a, v) => a + v[k], 0) / values.length;
  const accuracy = gold.filter((g, i) => g === predicted[i]).length / Math.max(1, gold.length);
  return { per, accuracy, macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } };
}

/** Binary precision/recall/F1 with `true` as the positive class. */
export function binaryScores(gold: boolean[], predicted: boolean[]) {
  const s = classScores(gold.map(String), predicted.map(String), ['true', 'false']);
  const pos = s.per.true as ClassScores;
  return { accuracy: s.accuracy, precision: pos.precision, recall: pos.recall, f1: pos.f1 };
}
