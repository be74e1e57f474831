import { z } from 'zod';
import { clientCodes, therapistCodes } from '../contracts/mi-skills.contract.ts';
import { riskLevels } from '../contracts/risk.contract.ts';
import { topicIds } from '../taxonomy/topic-taxonomy.ts';

export const moodBandNames = ['crisis', 'low', 'mid', 'stable', 'thriving'] as const;
export type MoodBand = (typeof moodBandNames)[number];

/** Scores that count as a hit for each labelled mood band: the anchors of ANALYSIS.md, half a point either side. */
export const moodBands: Record<MoodBand, readonly [number, number]> = {
  crisis: [0, 3.5],
  low: [2, 5],
  mid: [4, 6.5],
  stable: [5.5, 8],
  thriving: [7, 10],
};

/** Whether a mood score counts as a hit for a labelled band. */
export function inMoodBand(score: number, band: MoodBand): boolean {
  const [lo, hi] = moodBands[band];
  return score >= lo && score <= hi;
}

/**
 * A reviewer's labels for one analysed transcript. Only `name` is required: each measure counts the sessions
 * that carry its label, so a team can label just risk, or just topics, and still get those figures.
 */
export const sessionLabelsSchema = z.object({
  /** The transcript's file name without extension: `insession analyze` wrote `<name>.analysis.json`. */
  name: z.string().min(1),
  /** Groups a client's sessions so the mood course can be followed; `order` is their order in time. */
  client: z.string().min(1).optional(),
  order: z.number().int().optional(),
  /** Taxonomy ids: a misspelt topic is refused rather than scored as a miss. */
  topics: z.array(z.enum(topicIds)).min(1).optional(),
  risk: z.enum(riskLevels).optional(),
  mood: z.enum(moodBandNames).optional(),
  breakthrough: z.boolean().optional(),
  /** Gold skill codes, `segment` indexing the transcript's segments as the analysis does. */
  utterances: z
    .array(z.object({ segment: z.number().int().nonnegative(), code: z.enum([...therapistCodes, ...clientCodes]) }))
    .optional(),
});
export type SessionLabels = z.infer<typeof sessionLabelsSchema>;

export const labelsFileSchema = z.object({ sessions: z.array(sessionLabelsSchema).min(1) }).superRefine((f, ctx) => {
  const seen = new Set<string>();
  f.sessions.forEach((s, i) => {
    if (seen.has(s.name))
      ctx.addIssue({ code: 'custom', path: ['sessions', i, 'name'], message: `${s.name} is labelled twice` });
    seen.add(s.name);
  });
});
export type LabelsFile = z.infer<typeof labelsFileSchema>;
