import { fileURLToPath } from 'node:url';
import { modelFileLoader } from '../nlp/model-file.ts';
import { riskTypes } from '../contracts/risk.contract.ts';
import type { LinearModel } from '../nlp/linear-model.ts';

/** Class order of the risk classifier: "none", then the contract's risk types. */
export const riskLabels = ['none', ...riskTypes] as const;

/** Where eval/train-risk-models.ts stores the trained risk models. */
export const riskModelsPath = fileURLToPath(new URL('../../data/risk-models.json', import.meta.url));

export interface RiskModelsFile {
  /** Of the training data and settings, to tell when the file is stale. */
  fingerprint: string;
  trainedOn: { sentences: number; risk: number };
  /** Words and word pairs both models know, in feature order. */
  vocabulary: string[];
  /** Value of a present word in the classifier's features (the embedding's components are ±0.1 or so). */
  tokenWeight: number;
  /** Risk or not from the words alone: cheap, ranks which sentences get an embedding first. */
  screen: LinearModel;
  /** Risk type or none from the sentence embedding and its words. */
  classifier: {
    embedding: string;
    model: LinearModel;
    threshold: number;
    /** Out-of-fold figures on the training sentences; false alarms over all negatives and over ordinary talk. */
    crossValidated: { recall: number; precision: number; falseAlarmRate: number; ordinaryFalseAlarmRate: number };
  };
}

/** The trained risk models and their vocabulary index, read once per process (on first use). */
export const riskModels = modelFileLoader<RiskModelsFile>(riskModelsPath);
