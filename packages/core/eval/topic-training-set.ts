import { topicTaxonomy } from '../src/taxonomy/topic-taxonomy.ts';
import { readBatches, uniqueTexts } from './training-batches.ts';

/** Settings of both topic models; part of the fingerprint. */
export const topicTrainingSettings = {
  minTokenCount: 2,
  tokenWeight: 0.3,
  words: { epochs: 200, learningRate: 2, l2: 1e-4, momentum: 0.9 },
  full: { epochs: 200, learningRate: 8, l2: 1e-5, momentum: 0.9 },
};

export interface TopicSentence {
  text: string;
  role: 'client' | 'therapist';
  /** A taxonomy id, or "general" for session talk about no topic. */
  topic: string;
}

/**
 * What the topic models learn from: the sentences written for training in data/topic-training/ and the
 * taxonomy's prototype sentences. No eval session is used, so every session set in eval/ measures the
 * topic models on text they never saw.
 */
export async function loadTopicTrainingSet(): Promise<TopicSentence[]> {
  const written = (await readBatches<TopicSentence>('topic-training')).flatMap((b) => b.rows);
  const prototypes = topicTaxonomy.flatMap((t) =>
    t.prototypes.map((text): TopicSentence => ({ text, role: 'client', topic: t.id })),
  );
  return uniqueTexts([...written, ...prototypes]);
}
