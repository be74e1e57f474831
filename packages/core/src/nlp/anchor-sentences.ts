import moodAnchors from '../../data/mood-anchors.json' with { type: 'json' };
import { topicTaxonomy } from '../taxonomy/topic-taxonomy.ts';

/** Every fixed sentence the analyzers compare client speech with (topic and mood anchors). */
export function anchorSentences(): string[] {
  return [...topicTaxonomy.flatMap((t) => t.prototypes), ...moodAnchors.anchors.flatMap((a) => a.prototypes)];
}
