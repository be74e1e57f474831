import type { Bridge } from '../contracts/bridge.contract.ts';
import type { SessionRecord } from '../session-record.ts';
import { riskTopicIds } from '../../taxonomy/topic-taxonomy.ts';
import { lowerFirst, noPeriod, rollupFacts } from './rollup-facts.ts';

export interface BridgeInput {
  sessions: SessionRecord[];
}

/** First-person, plain-language lines the client may share; nothing about risk is ever included. */
export function composeBridge({ sessions }: BridgeInput): Bridge {
  const f = rollupFacts(sessions);
  const first = f.first.analysis.mood.score;
  const latest = f.latest.analysis.mood.score;
  const progress = [
    latest > first
      ? `I'm feeling better than when I started: about ${latest} out of 10 now, compared with ${first} at first.`
      : latest < first
        ? "Things have been harder for me lately, and I'm still working through it."
        : "I'm keeping going, and having a regular time to talk things through helps me.",
    ...f.breakthroughs.slice(-1).map(() => "I've started to understand some of the reasons behind how I react."),
    ...(f.techniques.length ? ["I'm learning practical ways to cope when things get difficult."] : []),
  ];
  return {
    // Risk topics stay between the client and the clinician: the bridge never names them.
    concerns: (f.topics.some((t) => !riskTopicIds.has(t.id))
      ? f.topics.filter((t) => !riskTopicIds.has(t.id))
      : [{ label: 'Some difficult feelings' }]
    )
      .slice(0, 3)
      .map((t) => `One of the things on my mind has been ${lowerFirst(t.label)}.`),
    progress,
    goals: [
      ...f.homework
        .filter((h) => !/\b(safety plan|crisis)\b/i.test(h))
        .slice(0, 2)
        .map((h) => `This week I'm working on this: ${lowerFirst(noPeriod(h))}.`),
      'It helps me when the people close to me ask how I am and listen without trying to fix everything.',
    ],
  };
}
