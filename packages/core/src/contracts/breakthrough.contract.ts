import { z } from 'zod';
import { evidenceSchema } from './evidence.contract.ts';

/** A new, positive, self-directed client insight; rare, at most one per session. */
export const breakthroughSchema = z
  .object({
    label: z.string().min(1),
    description: z.string().min(1),
    confidence: z.number().min(0).max(1),
    start: z.number().nonnegative(),
    end: z.number().nonnegative(),
    evidence: z.array(evidenceSchema).min(1),
  })
  .nullable();
export type Breakthrough = z.infer<typeof breakthroughSchema>;
