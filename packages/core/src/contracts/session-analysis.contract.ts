import { z } from 'zod';
import { speakerSchema } from './transcript.contract.ts';
import { sessionMetricsSchema } from './metrics.contract.ts';
import { moodSchema } from './mood.contract.ts';
import { topicsSchema } from './topics.contract.ts';
import { actionItemsSchema, actionSummarySchema } from './action-items.contract.ts';
import { techniqueSchema } from './technique.contract.ts';
import { summarySchema } from './summary.contract.ts';
import { breakthroughSchema } from './breakthrough.contract.ts';
import { riskSchema } from './risk.contract.ts';
import { miSkillsSchema } from './mi-skills.contract.ts';

/** Provider ids: `heuristic`, `openai:<model>`, `llama:<file>`. */
export const providerIdSchema = z.string().regex(/^(heuristic|openai:.+|llama:.+)$/);

/** The Wave 1 analysis of one session, exactly as `insession analyze --json` prints it. */
export const sessionAnalysisSchema = z.object({
  schemaVersion: z.literal(1),
  provider: providerIdSchema,
  speakers: z.array(speakerSchema).min(1),
  metrics: sessionMetricsSchema,
  mood: moodSchema,
  topics: topicsSchema,
  actionItems: actionItemsSchema,
  actionSummary: actionSummarySchema,
  technique: techniqueSchema,
  summary: summarySchema,
  breakthrough: breakthroughSchema,
  risk: riskSchema,
  miSkills: miSkillsSchema,
});
export type SessionAnalysis = z.infer<typeof sessionAnalysisSchema>;
