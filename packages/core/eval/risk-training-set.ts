import { splitSentences } from '../src/nlp/sentences.ts';
import { loadRiskSentences, loadSessions, type RiskSentence } from './eval-set.ts';
import { readBatches, uniqueTexts } from './training-batches.ts';

/** Settings of both models; part of the fingerprint. */
export const riskTrainingSettings = {
  minTokenCount: 2,
  tokenWeight: 0.3,
  screen: { epochs: 200, learningRate: 2, l2: 1e-4, momentum: 0.9 },
  classifier: { epochs: 200, learningRate: 8, l2: 1e-5, momentum: 0.9, maxFalseAlarmRate: 0.005 },
  folds: 5,
};

export interface TrainingSentence extends RiskSentence {
  /** Ordinary session talk (the dev sessions and the ordinary-talk batches): the false alarms that matter. */
  ordinary: boolean;
}

/** Batches of risk-free session talk, as opposed to written risk / no-risk contrasts. */
const ordinaryTalkFiles = new Set(['session-talk.json', 'hard-negatives.json']);

/**
 * What the risk models learn from: the development risk sentences (the two early holdouts included, as their
 * misses were already read while writing rules), the written training batches in data/risk-training/, and
 * every client sentence of the development sessions labelled risk-free and of the coded training excerpts
 * (data/session-training/), so that ordinary session talk is what "none" looks like. The blind sets
 * (holdout-3, blind-4, session-talk-blind, the blind sessions and blind risk sessions) and the holdout sessions
 * are never used.
 */
export async function loadRiskTrainingSet(): Promise<TrainingSentence[]> {
  const dev = (
    await Promise.all(
      ['risk-sentences.json', 'risk-sentences-holdout.json', 'risk-sentences-fresh.json'].map((f) =>
        loadRiskSentences(f),
      ),
    )
  )
    .flat()
    .map((r) => ({ ...r, ordinary: false }));
  const written = (await readBatches<RiskSentence>('risk-training')).flatMap((b) =>
    b.rows.map((r) => ({ ...r, ordinary: ordinaryTalkFiles.has(b.file) })),
  );
  // The coded training excerpts are all risk-free by design.
  const riskFree = [
    ...(await loadSessions('sessions')).filter((s) => !s.risk),
    ...(await loadSessions('../data/session-training')),
  ];
  const sessionTalk = riskFree
    .flatMap((s) => s.turns.filter((t) => t.role === 'client').flatMap((t) => splitSentences(t.text)))
    .map((text) => ({ text, label: 'none', ordinary: true }));
  return uniqueTexts([...dev, ...written, ...sessionTalk]);
}
