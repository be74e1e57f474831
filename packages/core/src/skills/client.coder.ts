import { clientCodes, type ClientCode } from '../contracts/mi-skills.contract.ts';
import { argmax, classProbabilities } from '../nlp/linear-model.ts';
import { clientTalkFeatures, clientTalkModel } from './client-talk-model.ts';

/**
 * Codes one client turn as change talk, sustain talk or neutral with the learned talk-type model, which
 * reads the turn's words and what the change and sustain cues say (in ambivalent turns the later cue
 * usually wins: "I want to quit, but I just can't" leans toward the status quo).
 */
export function codeClientTurn(text: string): ClientCode {
  if (text.trim().split(/\s+/).length < 3) return 'neutral';
  const { file, index } = clientTalkModel();
  const { idx, val } = clientTalkFeatures(text, index);
  return clientCodes[argmax(classProbabilities(file.model, idx, val))] as ClientCode;
}
