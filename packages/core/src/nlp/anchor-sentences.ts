import moodAnchors from '../../data/mood-anchors.json' with { type: 'json' };
import riskPrototypes from '../../data/risk-prototypes.json' with { type: 'json' };
import { topicTaxonomy } from '../taxonomy/topic-taxonomy.ts';

/** Every fixed sentence the analyzers compare client speech with (topic, risk and mood anchors). */
export function anchorSentences(): string[] {
  return [
    ...topicTaxonomy.flatMap((t) => t.prototypes),
    ...Object.values(riskPrototypes).flat(),
    ...moodAnchors.anchors.flatMap((a) => a.prototypes),
  ];
}
