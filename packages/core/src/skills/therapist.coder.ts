import type { TherapistCode } from '../contracts/mi-skills.contract.ts';
import {
  feelingOrMeaning,
  fillerOnly,
  inputCue,
  openQuestionStem,
  questionStem,
  reflectionStem,
} from './therapist-cues.ts';

export interface TherapistCoding {
  code: TherapistCode;
  /** For questions: open (invites elaboration) vs closed (yes/no or a fact). */
  open?: boolean;
  /** For reflections: complex (adds meaning or feeling) vs simple (repeats content). */
  complex?: boolean;
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const isQuestion = (s: string): boolean => s.trim().endsWith('?') || (questionStem.test(s) && !/[.!]$/.test(s.trim()));
const isReflection = (s: string): boolean => reflectionStem.test(s.trim());
const isOpen = (s: string): boolean => openQuestionStem.test(s.trim()) && !/\bor\b[^?]*\?$/i.test(s);
const isComplex = (s: string): boolean => feelingOrMeaning.test(s) || wordCount(s) >= 16;
// Statements about the client ("you ...") that carry no question are reflections in intent.
const youStatement = /^(?:(?:so|and|okay|yeah|well)[,.]?\s+)?(you|your)\b/i;

/**
 * Codes one counsellor turn. A turn that ends on a question is a question (the question is what the client
 * answers); otherwise a reflection, else information/advice (input), else other (greetings, fillers, affirmations).
 */
export function codeTherapistTurn(sentences: readonly string[]): TherapistCoding {
  const texts = sentences.map((s) => s.trim()).filter(Boolean);
  const whole = texts.join(' ');
  if (texts.length === 0 || fillerOnly.test(whole) || wordCount(whole) <= 2) return { code: 'other' };
  const last = texts.at(-1) ?? '';
  const reflections = texts.filter(isReflection);
  // "…keep a diary this week. Would that work?" is a task with a permission check, not a question.
  const checkIn = /^(would|does|is|how does|what do you think|sound|how would|can you)\b.{0,30}\?$/i;
  if (isQuestion(last) && texts.length > 1 && checkIn.test(last) && inputCue.test(texts.slice(0, -1).join(' '))) {
    return { code: 'input' };
  }
  if (isQuestion(last)) {
    // A reflection voiced with a rising tone ("So you feel stuck?") is still a reflection.
    if (isReflection(last) && !questionStem.test(last)) return { code: 'reflection', complex: isComplex(last) };
    return { code: 'question', open: isOpen(last) };
  }
  const question = texts.find(isQuestion);
  if (reflections.length > 0) {
    const r = reflections.at(-1) ?? '';
    return { code: 'reflection', complex: reflections.length > 1 || isComplex(r) };
  }
  if (inputCue.test(whole)) return { code: 'input' };
  if (question) return { code: 'question', open: isOpen(question) };
  const statements = texts.filter((t) => !fillerOnly.test(t));
  if (statements.some((t) => youStatement.test(t) && !/\b(can|could|should|might|need to|have to)\b/i.test(t))) {
    const r = statements.find((t) => youStatement.test(t)) ?? '';
    return { code: 'reflection', complex: isComplex(r) };
  }
  // Longer declarative talk that is neither reflecting nor asking is the counsellor giving information.
  if (wordCount(statements.join(' ')) >= 10) return { code: 'input' };
  return { code: 'other' };
}
