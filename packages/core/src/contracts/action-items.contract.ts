import { z } from 'zod';

/** Homework the session agreed on, with where it was agreed. */
export const actionItemSchema = z.object({
  text: z.string().min(1),
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const actionItemsSchema = z.array(actionItemSchema).max(3);
export const actionSummarySchema = z.string().max(45);
