import { z } from 'zod';

export const therapistCodes = ['reflection', 'question', 'input', 'other'] as const;
export const clientCodes = ['change', 'sustain', 'neutral'] as const;
export type TherapistCode = (typeof therapistCodes)[number];
export type ClientCode = (typeof clientCodes)[number];

/** The skill code of one utterance; `segment` indexes the input segments. */
export const codedUtteranceSchema = z.object({
  segment: z.number().int().nonnegative(),
  code: z.enum([...therapistCodes, ...clientCodes]),
});
export type CodedUtterance = z.infer<typeof codedUtteranceSchema>;

const count = z.number().int().nonnegative();

/** Counselling-skill profile of the session (MI-style coding). */
export const miSkillsSchema = z.object({
  reflections: count,
  complexReflections: count,
  questions: count,
  openQuestions: count,
  therapistInput: count,
  /** Reflections per question; null when the therapist asked no question. */
  reflectionToQuestionRatio: z.number().nonnegative().nullable(),
  /** 0–100; null when no question was asked. */
  percentOpenQuestions: z.number().min(0).max(100).nullable(),
  changeTalk: count,
  sustainTalk: count,
  utterances: z.array(codedUtteranceSchema),
});
export type MiSkills = z.infer<typeof miSkillsSchema>;
