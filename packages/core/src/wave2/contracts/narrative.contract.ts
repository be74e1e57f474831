import { z } from 'zod';

export const NARRATIVE_MIN_WORDS = 500;
export const NARRATIVE_MAX_WORDS = 750;
export const NARRATIVE_PARAGRAPHS = 5;

/** Words as a reader counts them (runs of non-space characters). */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/** Paragraphs are separated by blank lines. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const THIRD_PERSON = /\b(the client|the patient|client's|patient's)\b/i;

/** Client-facing narrative: 500–750 words, 5 paragraphs, second person, warm, no headings. */
export const narrativeSchema = z.object({ text: z.string().min(1) }).superRefine(({ text }, ctx) => {
  const words = wordCount(text);
  if (words < NARRATIVE_MIN_WORDS || words > NARRATIVE_MAX_WORDS)
    ctx.addIssue({
      code: 'custom',
      path: ['text'],
      message: `must be ${NARRATIVE_MIN_WORDS}–${NARRATIVE_MAX_WORDS} words; it has ${words}`,
    });
  const paragraphs = paragraphsOf(text).length;
  if (paragraphs !== NARRATIVE_PARAGRAPHS)
    ctx.addIssue({
      code: 'custom',
      path: ['text'],
      message: `must have ${NARRATIVE_PARAGRAPHS} paragraphs separated by blank lines; it has ${paragraphs}`,
    });
  if (!/\byou(r|rs|rself)?\b/i.test(text) || THIRD_PERSON.test(text))
    ctx.addIssue({ code: 'custom', path: ['text'], message: 'must address the client as "you", never "the client"' });
  if (/^\s*(#|\*\*[^*]+\*\*\s*$)/m.test(text))
    ctx.addIssue({ code: 'custom', path: ['text'], message: 'must have no headings' });
});
export type Narrative = z.infer<typeof narrativeSchema>;
