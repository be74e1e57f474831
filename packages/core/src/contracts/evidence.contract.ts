import { z } from 'zod';

/** A verbatim quote from the transcript with its start/end time in seconds. */
export const evidenceSchema = z.object({
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  quote: z.string().min(1),
});
export type Evidence = z.infer<typeof evidenceSchema>;
