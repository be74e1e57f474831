import { z } from 'zod';
import rawLibrary from '../../data/technique-library.json' with { type: 'json' };

const techniqueEntrySchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  modality: z.string().min(1),
  name: z.string().min(1),
  /** Plain-language definition written for clients (2–3 sentences). */
  definition: z.string().min(40),
  aliases: z.array(z.string().min(2)).min(1),
  /** Lower-case phrases a counsellor says when using the technique. */
  cues: z.array(z.string().min(2)).min(1),
});
export type TechniqueEntry = z.infer<typeof techniqueEntrySchema>;

/** The technique library: ≥ 60 techniques with client-readable definitions, aliases and cue phrases. */
export const techniqueLibrary: readonly TechniqueEntry[] = z.array(techniqueEntrySchema).min(60).parse(rawLibrary);

/** The display label of a technique, e.g. "CBT - Cognitive Restructuring". */
export const techniqueLabel = (t: Pick<TechniqueEntry, 'modality' | 'name'>): string => `${t.modality} - ${t.name}`;
