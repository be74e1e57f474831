import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { topicTaxonomy } from '../src/taxonomy/topic-taxonomy.ts';

/** Settings of both topic models; part of the fingerprint. */
export const topicTrainingSettings = {
  minTokenCount: 2,
  tokenWeight: 0.3,
  words: { epochs: 200, learningRate: 2, l2: 1e-4, momentum: 0.9 },
  full: { epochs: 200, learningRate: 8, l2: 1e-5, momentum: 0.9 },
};
const trainingDir = fileURLToPath(new URL('../data/topic-training/', import.meta.url));

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
  const files = (await readdir(trainingDir)).filter((f) => f.endsWith('.json')).sort();
  const written = (
    await Promise.all(
      files.map(async (f) => JSON.parse(await readFile(path.join(trainingDir, f), 'utf8')) as TopicSentence[]),
    )
  ).flat();
  const prototypes = topicTaxonomy.flatMap((t) =>
    t.prototypes.map((text): TopicSentence => ({ text, role: 'client', topic: t.id })),
  );
  const seen = new Set<string>();
  return [...written, ...prototypes].filter((r) => !seen.has(r.text) && seen.add(r.text));
}
