import { z } from 'zod';

/** One-line session summary, at most 150 characters. */
export const summarySchema = z.string().min(1).max(150);
export type Summary = z.infer<typeof summarySchema>;
