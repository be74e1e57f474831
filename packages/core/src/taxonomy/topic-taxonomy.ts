import { z } from 'zod';
import rawTaxonomy from '../../data/topic-taxonomy.json' with { type: 'json' };

const topicEntrySchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(1),
  description: z.string().min(1),
  /** Lower-case word-start cues matched against client and therapist speech. */
  keywords: z.array(z.string().min(2)).min(3),
  /** Example client sentences used as embedding anchors. */
  prototypes: z.array(z.string().min(10)).min(1),
});
export type TopicEntry = z.infer<typeof topicEntrySchema>;

/** The fixed topic taxonomy (ids, labels, descriptions, cue words and prototype sentences). */
export const topicTaxonomy: readonly TopicEntry[] = z.array(topicEntrySchema).min(29).parse(rawTaxonomy);

/** All topic ids, for `z.enum`. */
export const topicIds = topicTaxonomy.map((t) => t.id) as [string, ...string[]];

/** Topics that are themselves risk detail: client-facing text (summary, narrative, bridge) never names them. */
export const riskTopicIds: ReadonlySet<string> = new Set(['suicidal_thoughts', 'self_harm']);
