import { z } from 'zod';

const text = z.string().min(1).max(400);

export const goalStatuses = ['no_change', 'some_progress', 'achieved', 'setback'] as const;

/** What one later session showed about a goal. */
export const goalProgressSchema = z.object({
  sessionId: z.string().min(1),
  date: z.string().min(1),
  status: z.enum(goalStatuses),
  note: text,
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;

/** Treatment plan draft: problems, goals with measurable objectives, interventions; goals track later sessions. */
export const treatmentPlanSchema = z.object({
  problems: z
    .array(z.object({ id: z.string().regex(/^P\d+$/), statement: text }))
    .min(1)
    .max(5),
  goals: z
    .array(
      z.object({
        id: z.string().regex(/^G\d+$/),
        problemId: z.string().regex(/^P\d+$/),
        /** Taxonomy topic the goal is about, when there is one (links later sessions to it). */
        topicId: z.string().nullable(),
        statement: text,
        objectives: z
          .array(z.object({ text, measure: text, target: z.string().min(1).max(120) }))
          .min(1)
          .max(4),
        /** One entry per later session that touched the goal; the newest 12 are kept. */
        progress: z.array(goalProgressSchema).max(12),
      }),
    )
    .min(1)
    .max(5),
  interventions: z
    .array(z.object({ name: z.string().min(1).max(120), goalIds: z.array(z.string()).min(1), frequency: text }))
    .min(1)
    .max(6),
});
export type TreatmentPlan = z.infer<typeof treatmentPlanSchema>;
