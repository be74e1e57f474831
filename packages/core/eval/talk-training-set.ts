import { changeCues, sustainCues } from '../src/skills/client-cues.ts';
import type { TherapistCode } from '../src/contracts/mi-skills.contract.ts';
import { ruleCodeTherapistTurn } from '../src/skills/therapist-rules.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import { loadSessions, type LabelledSession } from './eval-set.ts';
import { trainingFingerprint } from './linear-training.ts';
import { readBatches, uniqueTexts } from './training-batches.ts';

/** Settings of the client and therapist talk models; part of their fingerprints. */
export const talkTrainingSettings = {
  minTokenCount: 2,
  /** Stronger weight decay for client talk: 5-fold cross-validation liked it, and it leans on the cues more. */
  client: { epochs: 300, learningRate: 2, l2: 1e-3, momentum: 0.9 },
  therapist: { epochs: 300, learningRate: 2, l2: 1e-4, momentum: 0.9 },
};

export interface TalkSentence {
  text: string;
  label: 'change' | 'sustain' | 'neutral';
}

/**
 * What the talk-type model learns from: the client lines written for training in data/talk-training/, and
 * the client turns of the coded session excerpts written for training (data/session-training/) and of the
 * development sessions. The holdout sessions, the blind sessions and the blind client-talk set are never used.
 */
export async function loadTalkTrainingSet(): Promise<TalkSentence[]> {
  const sessions = await codedTrainingSessions();
  const written = (await readBatches<TalkSentence>('talk-training')).flatMap((b) =>
    b.rows.map(({ text, label }) => ({ text, label })),
  );
  const inSession = sessions.flatMap((s) =>
    s.turns
      .filter((t) => t.role === 'client')
      .map((t): TalkSentence => ({ text: t.text, label: t.code as TalkSentence['label'] })),
  );
  return uniqueTexts([...written, ...inSession]);
}

/** Fingerprint of the training lines, the cue patterns (they are features) and the settings. */
export const talkModelFingerprint = (set: readonly TalkSentence[]): string =>
  trainingFingerprint({ set, cues: [...sustainCues, ...changeCues].map((re) => re.source) }, talkTrainingSettings);

/** The coded sessions both talk models learn from: the excerpts written for training and the dev sessions. */
async function codedTrainingSessions(): Promise<LabelledSession[]> {
  return [...(await loadSessions('../data/session-training')), ...(await loadSessions('sessions'))];
}

export interface TherapistTurnExample {
  sentences: string[];
  /** The cue rules' code, a feature of the model (so a rule change makes the stored model stale). */
  rule: TherapistCode;
  label: TherapistCode;
}

/** Every counsellor turn of the coded training sessions, with the client turn before it for the rules. */
export async function loadTherapistTrainingSet(): Promise<TherapistTurnExample[]> {
  return (await codedTrainingSessions()).flatMap((s) => {
    let previousClient = '';
    return s.turns.flatMap((t): TherapistTurnExample[] => {
      if (t.role === 'client') {
        previousClient = t.text;
        return [];
      }
      const sentences = splitSentences(t.text);
      const rule = ruleCodeTherapistTurn(sentences, previousClient).code;
      return [{ sentences, rule, label: t.code as TherapistCode }];
    });
  });
}

/** Fingerprint of the counsellor turns, the rules' codes for them, and the settings. */
export const therapistModelFingerprint = (set: readonly TherapistTurnExample[]): string =>
  trainingFingerprint(set, talkTrainingSettings);
