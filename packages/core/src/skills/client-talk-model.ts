import { fileURLToPath } from 'node:url';
import { modelFileLoader, type TokenModelFile } from '../nlp/model-file.ts';
import type { ClientCode } from '../contracts/mi-skills.contract.ts';
import { knownTokens, presentFeatures } from '../nlp/linear-model.ts';
import { wordTokens } from '../nlp/word-tokens.ts';
import { cueOrder } from './client-cues.ts';

/** Where eval/train-talk-models.ts stores the trained client talk-type model. */
export const clientTalkModelPath = fileURLToPath(new URL('../../data/client-talk-model.json', import.meta.url));

/** Change, sustain or neutral from the turn's words and word pairs, then the four cue features. */
export type ClientTalkModelFile = TokenModelFile<ClientCode>;

/** The trained talk-type model and its vocabulary index, read once per process (on first use). */
export const clientTalkModel = modelFileLoader<ClientTalkModelFile>(clientTalkModelPath);

/**
 * A client turn as a sparse input: its known words and word pairs, then four cue features (a sustain cue
 * matched, a change cue matched, the later of the two is change, the later is sustain). The cues carry
 * the phrase knowledge; the words let the model learn what they miss.
 */
export function clientTalkFeatures(text: string, index: ReadonlyMap<string, number>): { idx: number[]; val: number[] } {
  const idx = knownTokens(wordTokens(text), index);
  const { sustainAt, changeAt } = cueOrder(text);
  const cues = [sustainAt >= 0, changeAt >= 0, changeAt > sustainAt, sustainAt > changeAt];
  cues.forEach((on, k) => on && idx.push(index.size + k));
  return presentFeatures(idx);
}
