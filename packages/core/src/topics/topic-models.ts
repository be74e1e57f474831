import { fileURLToPath } from 'node:url';
import { modelFileLoader } from '../nlp/model-file.ts';
import type { LinearModel } from '../nlp/linear-model.ts';
import { topicIds } from '../taxonomy/topic-taxonomy.ts';

/** Class order of the sentence topic models: the taxonomy's ids, then "general" for talk about no topic. */
export const topicLabels = [...topicIds, 'general'] as const;

/** Where eval/train-topic-models.ts stores the trained topic models. */
export const topicModelsPath = fileURLToPath(new URL('../../data/topic-models.json', import.meta.url));

export interface TopicModelsFile {
  /** Of the training data and settings, to tell when the file is stale. */
  fingerprint: string;
  trainedOn: { sentences: number; topics: number };
  /** Words and word pairs both models know, in feature order. */
  vocabulary: string[];
  /** Value of a present word in the full model's features. */
  tokenWeight: number;
  /** Topic of a sentence from its words alone, for sentences the embedding pass did not take. */
  words: LinearModel;
  /** Topic of a sentence from its embedding and its words. */
  full: LinearModel;
}

/** The trained topic models and their vocabulary index, read once per process (on first use). */
export const topicModels = modelFileLoader<TopicModelsFile>(topicModelsPath);
