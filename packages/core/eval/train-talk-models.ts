// Retrains data/client-talk-model.json and data/therapist-talk-model.json: run `npm run train:talk` after
// changing a training line (data/talk-training/*.json, data/session-training/*.txt, the dev sessions), a cue
// rule, or a setting. A test fails while a stored model is stale. Training is deterministic.
import { writeFile } from 'node:fs/promises';
import { clientCodes, therapistCodes } from '../src/contracts/mi-skills.contract.ts';
import { wordTokens } from '../src/nlp/word-tokens.ts';
import { clientTalkFeatures, clientTalkModelPath, type ClientTalkModelFile } from '../src/skills/client-talk-model.ts';
import {
  therapistTalkFeatures,
  therapistTalkModelPath,
  therapistTokens,
  type TherapistTalkModelFile,
} from '../src/skills/therapist-talk-model.ts';
import { buildVocabulary, trainSoftmax, type TrainingRow } from './linear-training.ts';
import {
  loadTalkTrainingSet,
  loadTherapistTrainingSet,
  talkModelFingerprint,
  talkTrainingSettings as S,
  therapistModelFingerprint,
} from './talk-training-set.ts';

const counts = <L extends string>(labels: readonly L[], set: readonly { label: L }[]): Record<L, number> =>
  Object.fromEntries(labels.map((l) => [l, set.filter((r) => r.label === l).length])) as Record<L, number>;

// Client turns: change, sustain or neutral.
const client = await loadTalkTrainingSet();
const c = buildVocabulary(
  client.map((r) => wordTokens(r.text)),
  S.minTokenCount,
);
const clientRows: TrainingRow[] = client.map((r) => ({
  ...clientTalkFeatures(r.text, c.index),
  label: clientCodes.indexOf(r.label),
}));
const clientFile: ClientTalkModelFile = {
  fingerprint: talkModelFingerprint(client),
  trainedOn: counts(clientCodes, client),
  vocabulary: c.vocabulary,
  model: trainSoftmax(clientRows, { dims: c.vocabulary.length + 4, labels: [...clientCodes], ...S.client }),
};
await writeFile(clientTalkModelPath, `${JSON.stringify(clientFile)}\n`);

// Counsellor turns: reflection, question, input or other.
const therapist = await loadTherapistTrainingSet();
const t = buildVocabulary(
  therapist.map((r) => therapistTokens(r.sentences.join(' '))),
  S.minTokenCount,
);
const therapistRows: TrainingRow[] = therapist.map((r) => ({
  ...therapistTalkFeatures(r.sentences.join(' '), r.rule, t.index),
  label: therapistCodes.indexOf(r.label),
}));
const therapistFile: TherapistTalkModelFile = {
  fingerprint: therapistModelFingerprint(therapist),
  trainedOn: counts(therapistCodes, therapist),
  vocabulary: t.vocabulary,
  model: trainSoftmax(therapistRows, {
    dims: t.vocabulary.length + therapistCodes.length,
    labels: [...therapistCodes],
    ...S.therapist,
  }),
};
await writeFile(therapistTalkModelPath, `${JSON.stringify(therapistFile)}\n`);

process.stdout.write(
  `client model: ${client.length} lines ${JSON.stringify(clientFile.trainedOn)}, ${c.vocabulary.length} tokens\n` +
    `therapist model: ${therapist.length} turns ${JSON.stringify(therapistFile.trainedOn)}, ${t.vocabulary.length} tokens\n`,
);
