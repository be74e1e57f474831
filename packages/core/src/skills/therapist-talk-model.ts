import { fileURLToPath } from 'node:url';
import { modelFileLoader, type TokenModelFile } from '../nlp/model-file.ts';
import { therapistCodes, type TherapistCode } from '../contracts/mi-skills.contract.ts';
import { knownTokens, presentFeatures } from '../nlp/linear-model.ts';
import { spokenWords, wordTokens } from '../nlp/word-tokens.ts';

/** Where eval/train-talk-models.ts stores the trained counsellor-turn model. */
export const therapistTalkModelPath = fileURLToPath(new URL('../../data/therapist-talk-model.json', import.meta.url));

/** Reflection, question, input or other from the turn's words, word pairs and opening words, then the rules' code. */
export type TherapistTalkModelFile = TokenModelFile<TherapistCode>;

/** The trained counsellor-turn model and its vocabulary index, read once per process (on first use). */
export const therapistTalkModel = modelFileLoader<TherapistTalkModelFile>(therapistTalkModelPath);

/**
 * The words of a counsellor turn as the model sees them: its words and word pairs, its first three words
 * marked as openings ("^hi", "^can i"), and whether it ends on a question mark.
 */
export function therapistTokens(text: string): string[] {
  const words = wordTokens(text);
  const opening = spokenWords(text);
  const marks = opening.slice(0, 3).map((_, i) => `^${opening.slice(0, i + 1).join(' ')}`);
  return [...words, ...marks, ...(text.trim().endsWith('?') ? ['?end'] : [])];
}

/** A counsellor turn as a sparse input: its known tokens, then one feature for the cue rules' code. */
export function therapistTalkFeatures(
  text: string,
  ruleCode: TherapistCode,
  index: ReadonlyMap<string, number>,
): { idx: number[]; val: number[] } {
  return presentFeatures([...knownTokens(therapistTokens(text), index), index.size + therapistCodes.indexOf(ruleCode)]);
}
