import { fileURLToPath } from 'node:url';
import { modelFileLoader } from '../nlp/model-file.ts';
import { therapistCodes, type TherapistCode } from '../contracts/mi-skills.contract.ts';
import { knownTokens, type LinearModel } from '../nlp/linear-model.ts';
import { wordTokens } from '../nlp/word-tokens.ts';

/** Where eval/train-talk-models.ts stores the trained counsellor-turn model. */
export const therapistTalkModelPath = fileURLToPath(new URL('../../data/therapist-talk-model.json', import.meta.url));

export interface TherapistTalkModelFile {
  /** Of the training data and settings, to tell when the file is stale. */
  fingerprint: string;
  trainedOn: Record<(typeof therapistCodes)[number], number>;
  /** Words, word pairs and opening words the model knows, in feature order; the rule features follow them. */
  vocabulary: string[];
  /** Reflection, question, input or other from the turn's words and the cue rules' code. */
  model: LinearModel;
}

/** The trained counsellor-turn model and its vocabulary index, read once per process (on first use). */
export const therapistTalkModel = modelFileLoader<TherapistTalkModelFile>(therapistTalkModelPath);

/**
 * The words of a counsellor turn as the model sees them: its words and word pairs, its first three words
 * marked as openings ("^hi", "^can i"), and whether it ends on a question mark.
 */
export function therapistTokens(text: string): string[] {
  const words = wordTokens(text);
  const opening =
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? [];
  const marks = opening.slice(0, 3).map((_, i) => `^${opening.slice(0, i + 1).join(' ')}`);
  return [...words, ...marks, ...(text.trim().endsWith('?') ? ['?end'] : [])];
}

/** A counsellor turn as a sparse input: its known tokens, then one feature for the cue rules' code. */
export function therapistTalkFeatures(
  text: string,
  ruleCode: TherapistCode,
  index: ReadonlyMap<string, number>,
): { idx: number[]; val: number[] } {
  const idx = [...knownTokens(therapistTokens(text), index), index.size + therapistCodes.indexOf(ruleCode)];
  return { idx, val: idx.map(() => 1) };
}
