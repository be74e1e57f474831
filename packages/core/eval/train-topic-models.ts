// Retrains data/topic-models.json: run `npm run train:topics` after changing a training sentence
// (data/topic-training/*.json, the taxonomy's prototypes) or a setting. A test fails while the stored models
// are stale. Training is deterministic.
import { writeFile } from 'node:fs/promises';
import { knownTokens, presentFeatures, sentenceFeatures } from '../src/nlp/linear-model.ts';
import { wordTokens } from '../src/nlp/word-tokens.ts';
import { topicLabels, topicModelsPath, type TopicModelsFile } from '../src/topics/topic-models.ts';
import { buildVocabulary, trainingFingerprint, trainSoftmax, type TrainingRow } from './linear-training.ts';
import { loadTopicTrainingSet, topicTrainingSettings } from './topic-training-set.ts';
import { trainingEmbeddings } from './training-embeddings.ts';

const S = topicTrainingSettings;
const labels = [...topicLabels];

const set = await loadTopicTrainingSet();
const unknown = set.filter((r) => !labels.includes(r.topic));
if (unknown.length > 0) throw new Error(`unknown topic ids: ${[...new Set(unknown.map((r) => r.topic))].join(', ')}`);
const tokens = set.map((r) => wordTokens(r.text));
const { vocabulary, index } = buildVocabulary(tokens, S.minTokenCount);
const label = (i: number): number => labels.indexOf((set[i] as (typeof set)[number]).topic);

const wordRows: TrainingRow[] = tokens.map((t, i) => ({ ...presentFeatures(knownTokens(t, index)), label: label(i) }));
const vectors = await trainingEmbeddings(set.map((r) => r.text));
const dims = vectors[0]?.length ?? 0;
const fullRows: TrainingRow[] = tokens.map((t, i) => ({
  ...sentenceFeatures(vectors[i] as Float32Array, t, index, S.tokenWeight),
  label: label(i),
}));

const file: TopicModelsFile = {
  fingerprint: trainingFingerprint(set, S),
  trainedOn: { sentences: set.length, topics: set.filter((r) => r.topic !== 'general').length },
  vocabulary,
  tokenWeight: S.tokenWeight,
  words: trainSoftmax(wordRows, { dims: vocabulary.length, labels, ...S.words }),
  full: trainSoftmax(fullRows, { dims: dims + vocabulary.length, labels, ...S.full }),
};
await writeFile(topicModelsPath, `${JSON.stringify(file)}\n`);
process.stdout.write(
  `trained on ${set.length} sentences (${file.trainedOn.topics} on a topic), ${vocabulary.length} tokens\n`,
);
