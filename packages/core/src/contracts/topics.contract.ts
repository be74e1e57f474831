import { z } from 'zod';
import { topicIds } from '../taxonomy/topic-taxonomy.ts';

/** One topic of the session; `id` is from the topic taxonomy, `label` may be more specific. */
export const topicSchema = z.object({
  id: z.enum(topicIds),
  label: z.string().min(1),
  confidence: z.number().min(0).max(1),
});
export type Topic = z.infer<typeof topicSchema>;

export const topicsSchema = z.array(topicSchema).min(1).max(2);
