import { z } from 'zod';

const share = z.number().min(0).max(1);

/** Talk-time and pacing figures of one session. */
export const sessionMetricsSchema = z.object({
  durationSeconds: z.number().nonnegative(),
  therapistTalkShare: share,
  clientTalkShare: share,
  turns: z.number().int().nonnegative(),
  wordsPerMinute: z.object({ therapist: z.number().nonnegative(), client: z.number().nonnegative() }),
  longestClientTurnSeconds: z.number().nonnegative(),
  silenceSeconds: z.number().nonnegative(),
  overlapSeconds: z.number().nonnegative(),
});
export type SessionMetrics = z.infer<typeof sessionMetricsSchema>;
