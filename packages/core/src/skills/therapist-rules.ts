import type { TherapistCode } from '../contracts/mi-skills.contract.ts';
import {
  affirmation,
  feelingOrMeaning,
  fillerOnly,
  informationCue,
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
  /** A task or suggestion followed by a permission check ("Would that work?"): input, whatever the model says. */
  taskCheck?: boolean;
}

/** Open or closed, for a turn coded as a question: read from its last question. */
export function questionDetail(sentences: readonly string[]): { open: boolean } {
  const texts = sentences.map((s) => s.trim()).filter(Boolean);
  return { open: isOpen(texts.findLast(isQuestion) ?? texts.at(-1) ?? '') };
}

/** Simple or complex, for a turn coded as a reflection. */
export const reflectionDetail = (sentences: readonly string[]): { complex: boolean } => ({
  complex: isComplex(sentences.join(' ')),
});

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const elaborationRequest =
  /^(?:(?:so|and|okay|now)[,.]?\s+)?(tell me|describe|say more|talk (to me )?about|walk me through)\b/i;
const isQuestion = (s: string): boolean =>
  s.trim().endsWith('?') || elaborationRequest.test(s.trim()) || (questionStem.test(s) && !/[.!]$/.test(s.trim()));
const isReflection = (s: string): boolean => reflectionStem.test(s.trim());
const isOpen = (s: string): boolean => openQuestionStem.test(s.trim()) && !/\bor\b[^?]*\?$/i.test(s);
const isComplex = (s: string): boolean => feelingOrMeaning.test(s) || wordCount(s) >= 16;
const secondPerson = /\b(you|your|you're|you've|yourself)\b/i;
const stopWords = new Set(
  'the a an and or but so to of in on at for with it is was be been i you me my your that this they he she we just really about like have has had not do did'.split(
    ' ',
  ),
);
const contentWords = (s: string): string[] =>
  (s.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => w.length > 2 && !stopWords.has(w)).map((w) => w.slice(0, 5));

/** Share of the statement's content words (5-letter stems) that echo the client's previous turn. */
function echo(statement: string, previousClient: string): number {
  const mine = contentWords(statement);
  if (mine.length === 0) return 0;
  const theirs = new Set(contentWords(previousClient));
  return mine.filter((w) => theirs.has(w)).length / mine.length;
}

/**
 * The cue rules' code for one counsellor turn, a feature of the learned therapist model. A turn that ends on
 * a question is a question (the question is what the client answers); otherwise a reflection, else
 * information/advice (input), else other (greetings, fillers, affirmations).
 */
export function ruleCodeTherapistTurn(sentences: readonly string[], previousClient = ''): TherapistCoding {
  const texts = sentences.map((s) => s.trim()).filter(Boolean);
  const whole = texts.join(' ');
  if (texts.length === 0) return { code: 'other' };
  // A two-word echo of the client ("Feeling useful.") is a simple reflection; other short turns are fillers.
  if (wordCount(whole) <= 3 && !whole.includes('?') && echo(whole, previousClient) >= 0.5)
    return { code: 'reflection', complex: false };
  if (fillerOnly.test(whole) || wordCount(whole) <= 2) return { code: 'other' };
  const last = texts.at(-1) ?? '';
  const reflections = texts.filter(isReflection);
  // "…keep a diary this week. Would that work?" is a task with a permission check, not a question.
  const checkIn = /^(would|does|is|how does|what do you think|sound|how would|can you)\b.{0,30}\?$/i;
  if (isQuestion(last) && texts.length > 1 && checkIn.test(last) && inputCue.test(texts.slice(0, -1).join(' '))) {
    return { code: 'input', taskCheck: true };
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
  if (statements.length === 0 || statements.every((t) => affirmation.test(t))) return { code: 'other' };
  const said = statements.filter((t) => !affirmation.test(t)).join(' ');
  // Generic talk about how things work is information; talk that echoes the client, sums up ("So ..."),
  // or is about "you" reflects.
  const echoes = echo(said, previousClient);
  if (informationCue.test(said) && echoes < 0.3 && !/^(you|your)\b/i.test(said)) return { code: 'input' };
  if (secondPerson.test(said) || /^so\b/i.test(said) || echoes >= 0.15 || wordCount(said) < 10) {
    return { code: 'reflection', complex: isComplex(said) && (wordCount(said) >= 8 || echoes < 0.5) };
  }
  return { code: 'input' };
}
