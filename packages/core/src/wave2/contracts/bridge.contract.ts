import { z } from 'zod';

// "My" and "Me" start many sentences; a lone lowercase "i" is not first person, so no `i` flag.
const FIRST_PERSON = /\b(I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Mm]yself)\b/;
const CLINICAL = /\b(the client|the patient|diagnos\w*|symptomatology|clinician notes?)\b/i;

/** One sentence the client may share: first person, plain words. */
const sharedLine = z
  .string()
  .min(1)
  .max(300)
  .refine((s) => FIRST_PERSON.test(s), { message: 'must be written in the first person ("I", "my")' })
  .refine((s) => !CLINICAL.test(s), { message: 'must be non-clinical (no "the client", "diagnosis", …)' });

/** What the client may choose to share with their support network (versioned per client). */
export const bridgeSchema = z.object({
  concerns: z.array(sharedLine).min(1).max(5),
  progress: z.array(sharedLine).min(1).max(5),
  goals: z.array(sharedLine).min(1).max(5),
});
export type Bridge = z.infer<typeof bridgeSchema>;
