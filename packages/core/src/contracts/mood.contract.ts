import { z } from 'zod';
import { evidenceSchema } from './evidence.contract.ts';

/** Client mood 0–10 in 0.5 steps, judged from the client's speech only. */
export const moodSchema = z.object({
  score: z.number().min(0).max(10).multipleOf(0.5),
  confidence: z.number().min(0).max(1),
  tone: z.string().min(1),
  indicators: z.array(z.string().min(1)).min(3).max(5),
  rationale: z.string().min(1),
  evidence: z.array(evidenceSchema),
});
export type Mood = z.infer<typeof moodSchema>;
