import { z } from 'zod';

const item = z.string().min(1).max(300);
const section = z.array(item).min(1).max(6);

/** The client's journey across sessions, regenerated after each analysed session (versioned by the server). */
export const journeySchema = z.object({
  summary: z.string().min(1).max(1200),
  achievements: z.array(item).max(8),
  currentFocus: item,
  sections: z.object({
    progress: section,
    strategies: section,
    patterns: section,
    focus: section,
    longTermGoals: section,
  }),
});
export type Journey = z.infer<typeof journeySchema>;
