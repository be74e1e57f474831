import { z } from 'zod';
import { evidenceSchema } from './evidence.contract.ts';

/** The main technique used in the session, from the technique library; null when none specific. */
export const techniqueSchema = z
  .object({
    modality: z.string().min(1),
    name: z.string().min(1),
    label: z.string().min(1),
    confidence: z.number().min(0).max(1),
    evidence: z.array(evidenceSchema).min(1),
  })
  .nullable();
export type Technique = z.infer<typeof techniqueSchema>;
