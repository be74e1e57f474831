import { z } from 'zod';

export const riskTypes = [
  'passive_suicidal_ideation',
  'active_suicidal_ideation',
  'self_harm',
  'harm_to_others',
  'abuse',
  'substance_crisis',
] as const;
export const riskTypeSchema = z.enum(riskTypes);
export type RiskType = z.infer<typeof riskTypeSchema>;

export const riskLevels = ['none', 'low', 'moderate', 'high'] as const;
export const riskSeveritySchema = z.enum(['low', 'moderate', 'high']);
export type RiskSeverity = z.infer<typeof riskSeveritySchema>;

/** One risk statement found by the risk detector, with its quote and time. */
export const riskFlagSchema = z.object({
  type: riskTypeSchema,
  severity: riskSeveritySchema,
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  quote: z.string().min(1),
});
export type RiskFlag = z.infer<typeof riskFlagSchema>;

export const riskSchema = z.object({
  level: z.enum(riskLevels),
  flags: z.array(riskFlagSchema),
});
export type Risk = z.infer<typeof riskSchema>;
