import { therapistCodes, type TherapistCode } from '../contracts/mi-skills.contract.ts';
import { argmax, classProbabilities } from '../nlp/linear-model.ts';
import { questionDetail, reflectionDetail, ruleCodeTherapistTurn, type TherapistCoding } from './therapist-rules.ts';
import { therapistTalkFeatures, therapistTalkModel } from './therapist-talk-model.ts';

/**
 * Codes one counsellor turn with the learned therapist model, which reads the turn's words and the cue
 * rules' code. The rules carry the phrasing knowledge; the model learns the conventions they miss (a
 * greeting that ends in "how are you?" is other, "Can I share something? Some people..." is input).
 */
export function codeTherapistTurn(sentences: readonly string[], previousClient = ''): TherapistCoding {
  const rule = ruleCodeTherapistTurn(sentences, previousClient);
  const text = sentences.join(' ');
  // The training sessions never set a task and then checked it, so the model has not learned that shape.
  if (text.trim() === '' || rule.taskCheck) return rule;
  const { file, index } = therapistTalkModel();
  const { idx, val } = therapistTalkFeatures(text, rule.code, index);
  const code = therapistCodes[argmax(classProbabilities(file.model, idx, val))] as TherapistCode;
  if (code === rule.code) return rule;
  if (code === 'question') return { code, ...questionDetail(sentences) };
  if (code === 'reflection') return { code, ...reflectionDetail(sentences) };
  return { code };
}
