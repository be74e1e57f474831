import { z } from 'zod';
import { evidenceSchema } from '../../contracts/evidence.contract.ts';

const line = z.string().min(1).max(400);
const items = (max: number) => z.array(line).max(max);

export const skillLevels = ['beginner', 'developing', 'proficient'] as const;
export const skillLevelSchema = z.enum(skillLevels);
export type SkillLevel = z.infer<typeof skillLevelSchema>;

export const trendDirections = ['improving', 'declining', 'variable', 'stable', 'first_session'] as const;

const skillSchema = z.object({ name: z.string().min(1).max(80), level: skillLevelSchema, description: line });

/** How strong one aspect of the therapeutic relationship looked, with quotes that show it. */
const relationshipAspectSchema = z.object({
  rating: z.enum(['low', 'moderate', 'high']),
  description: line,
  evidence: z.array(evidenceSchema).min(1).max(3),
});

/** Wave 2 deep analysis of one session, read against the client's earlier sessions. */
export const deepAnalysisSchema = z.object({
  progressIndicators: z.object({
    symptomChange: z.object({ direction: z.enum(trendDirections), description: line }),
    skills: z.array(skillSchema).max(6),
    goalProgress: z
      .array(z.object({ goal: line, status: z.enum(['not_started', 'in_progress', 'achieved']), description: line }))
      .max(5),
    behaviourChanges: items(5),
  }),
  insights: z.object({ realisations: items(5), patterns: items(5), growthAreas: items(5), strengths: items(5) }),
  copingSkills: z.array(z.object({ name: z.string().min(1).max(80), level: skillLevelSchema, context: line })).max(6),
  therapeuticRelationship: z.object({
    engagement: relationshipAspectSchema,
    openness: relationshipAspectSchema,
    alliance: relationshipAspectSchema,
  }),
  recommendations: z
    .array(z.object({ text: line, rationale: line }))
    .min(1)
    .max(5),
});
export type DeepAnalysis = z.infer<typeof deepAnalysisSchema>;
